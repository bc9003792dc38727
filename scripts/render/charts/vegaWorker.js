// The thread that draws an author's raw Vega-Lite chart (see vegaToSvgIsolated.ts). A worker starts without the
// main thread's TypeScript loader, so it registers tsx before loading the TypeScript that does the work.
import { register } from 'tsx/esm/api';

register();
await import('./vegaWorkerMain.ts');
