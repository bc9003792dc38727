import { Worker } from 'node:worker_threads';
import type * as vega from 'vega';
import type { VegaDrawNotes } from './vegaToSvg.ts';
import type { VegaWorkerReply } from './vegaWorkerMain.ts';

/**
 * An author's raw Vega-Lite spec is drawn in a thread of its own with a
 * memory limit. Its expressions, transforms and scales can ask for any
 * amount of memory (sequence(0, 300000000) is one line), and running out of
 * heap aborts a Node process outright, with no problem naming the file and,
 * in a national build, no other plan built. A thread over its limit is
 * stopped alone and reported as the chart's error.
 */
export const chartMemoryLimitMb = 256;

export function vegaToSvgIsolated(spec: vega.Spec, notes: VegaDrawNotes): Promise<string> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./vegaWorker.js', import.meta.url), {
      workerData: spec,
      resourceLimits: { maxOldGenerationSizeMb: chartMemoryLimitMb, maxYoungGenerationSizeMb: 32 },
      stdout: true,
      stderr: true,
    });
    let settled = false;
    worker.once('message', (reply: VegaWorkerReply) => {
      settled = true;
      notes.refused.push(...reply.refused);
      notes.warnings.push(...reply.warnings);
      if ('svg' in reply) resolve(reply.svg);
      else reject(new Error(reply.error));
    });
    worker.once('error', (error: Error & { code?: string }) => {
      settled = true;
      reject(new Error(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `it needs more memory than a chart may use (${chartMemoryLimitMb} MB).` : error.message));
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`the chart's drawing stopped (exit code ${code}).`));
    });
  });
}
