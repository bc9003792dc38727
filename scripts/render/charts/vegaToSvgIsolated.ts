import { Worker } from 'node:worker_threads';
import type * as vega from 'vega';
import type { VegaDrawNotes } from './vegaToSvg.ts';
import type { VegaWorkerReply, VegaWorkerRequest } from './vegaWorkerMain.ts';

/**
 * An author's raw Vega-Lite spec is drawn in a thread of its own with a
 * memory limit. Its expressions, transforms and scales can ask for any
 * amount of memory (sequence(0, 300000000) is one line), and running out of
 * heap aborts a Node process outright, with no problem naming the file and,
 * in a national build, no other plan built. A thread over its limit is
 * stopped alone, every chart it was drawing is reported as that chart's
 * error, and the next chart starts a new thread.
 */
export const chartMemoryLimitMb = 256;

interface Pending {
  notes: VegaDrawNotes;
  resolve: (svg: string) => void;
  reject: (error: Error) => void;
}

let thread: { worker: Worker; pending: Map<number, Pending> } | undefined;
let nextId = 0;

export function vegaToSvgIsolated(spec: vega.Spec, notes: VegaDrawNotes): Promise<string> {
  const current = thread ?? startThread();
  return new Promise((resolve, reject) => {
    const id = nextId++;
    current.pending.set(id, { notes, resolve, reject });
    // Kept alive only while it has work: an idle thread never holds the command open.
    current.worker.ref();
    current.worker.postMessage({ id, spec } satisfies VegaWorkerRequest);
  });
}

function startThread(): NonNullable<typeof thread> {
  const worker = new Worker(new URL('./vegaWorker.js', import.meta.url), {
    resourceLimits: { maxOldGenerationSizeMb: chartMemoryLimitMb, maxYoungGenerationSizeMb: 32 },
    stdout: true,
    stderr: true,
  });
  const started = { worker, pending: new Map<number, Pending>() };
  thread = started;
  worker.on('message', (reply: VegaWorkerReply) => {
    const waiting = started.pending.get(reply.id);
    if (!waiting) return;
    started.pending.delete(reply.id);
    if (started.pending.size === 0) worker.unref();
    waiting.notes.refused.push(...reply.refused);
    waiting.notes.warnings.push(...reply.warnings);
    if ('svg' in reply) waiting.resolve(reply.svg);
    else waiting.reject(new Error(reply.error));
  });
  const fail = (message: string) => {
    if (thread === started) thread = undefined;
    for (const waiting of started.pending.values()) waiting.reject(new Error(message));
    started.pending.clear();
  };
  worker.on('error', (error: Error & { code?: string }) => fail(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `it needs more memory than a chart may use (${chartMemoryLimitMb} MB).` : error.message));
  worker.on('exit', (code) => fail(`the chart's drawing stopped (exit code ${code}).`));
  return started;
}
