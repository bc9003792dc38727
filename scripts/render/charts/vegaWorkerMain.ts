import { parentPort, workerData } from 'node:worker_threads';
import type * as vega from 'vega';
import { vegaToSvg, type VegaDrawNotes } from './vegaToSvg.ts';

/** The reply of the chart thread: the SVG, or the error, with what Vega noted either way. */
export type VegaWorkerReply = VegaDrawNotes & ({ svg: string } | { error: string });

const notes: VegaDrawNotes = { refused: [], warnings: [] };
let reply: VegaWorkerReply;
try {
  reply = { ...notes, svg: await vegaToSvg(workerData as vega.Spec, notes) };
} catch (error) {
  reply = { ...notes, error: error instanceof Error ? error.message : String(error) };
}
parentPort!.postMessage(reply);
