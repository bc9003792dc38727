// The thread that draws authors' raw Vega-Lite charts (see vegaToSvgIsolated.ts). A worker starts without the
// main thread's TypeScript loader, so it registers tsx before loading the TypeScript that does the work.
import { register } from 'tsx/esm/api';

register();
await import('./vegaWorkerMain.ts');
