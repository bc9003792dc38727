import { parentPort } from 'node:worker_threads';
import type * as vega from 'vega';
import { vegaToSvg, type VegaDrawNotes } from './vegaToSvg.ts';

/** One chart to draw, and the reply of the chart thread: the SVG or the error, with what Vega noted either way. */
export interface VegaWorkerRequest {
  id: number;
  spec: vega.Spec;
}
export type VegaWorkerReply = { id: number } & VegaDrawNotes & ({ svg: string } | { error: string });

// The thread stays up and draws one chart after another, so Vega is loaded once, not once a chart.
parentPort!.on('message', async ({ id, spec }: VegaWorkerRequest) => {
  const notes: VegaDrawNotes = { refused: [], warnings: [] };
  let reply: VegaWorkerReply;
  try {
    reply = { id, ...notes, svg: await vegaToSvg(spec, notes) };
  } catch (error) {
    reply = { id, ...notes, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(reply);
});
