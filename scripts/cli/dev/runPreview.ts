import { watch } from 'chokidar';
import path from 'node:path';
import { buildPlan } from '../../build.ts';
import { formatProblems } from '../../errors/formatProblems.ts';
import { PlanValidationError } from '../../errors/PlanValidationError.ts';
import { publishedDir } from '../../write/output/outputLayout.ts';
import { messageFor } from '../failureMessage.ts';
import { problemsPage } from './problemsPage.ts';
import { startPreviewServer, type PreviewServer } from './previewServer.ts';

function isWithin(dir: string, file: string): boolean {
  const relative = path.relative(dir, path.resolve(file));
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * The files in the plan folder whose changes the preview ignores: dist,
 * node_modules and .git, and the preview's own output wherever it is (an
 * --out inside the plan folder would otherwise set off a rebuild after
 * every rebuild, as each writes pictures there).
 */
export function ignoredByPreview(planDir: string, outputDir: string): (file: string) => boolean {
  return (file) => /(^|[\\/])(dist|node_modules|\.git)([\\/]|$)/.test(path.relative(planDir, file)) || isWithin(outputDir, file);
}

export interface PreviewOptions {
  planDir: string;
  outputDir: string;
  port: number;
  log?: (line: string) => void;
}

/**
 * Live preview: builds the site (no PDF), serves it on localhost, and
 * rebuilds on every save in the plan folder. Errors appear in the terminal
 * and on the page the author is looking at.
 */
export async function runPreview(options: PreviewOptions): Promise<{ server: PreviewServer; rebuild: () => Promise<void>; close: () => void }> {
  const log = options.log ?? ((line: string) => console.log(line));
  const outputDir = path.resolve(options.outputDir);
  const siteDir = path.join(publishedDir(outputDir), 'site');
  const server = await startPreviewServer(() => siteDir, options.port);
  let running: Promise<void> | undefined;
  let again = false;

  const rebuild = async (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      const started = performance.now();
      try {
        const result = await buildPlan({ planDir: options.planDir, outputDir, pdf: false });
        server.showProblems(undefined);
        log(`Rebuilt in ${Math.round(performance.now() - started)} ms${result.problems.length ? `, ${result.problems.length} warnings` : ''}.`);
        if (result.problems.length) log(formatProblems(result.problems));
      } catch (error) {
        if (!(error instanceof PlanValidationError)) throw error;
        server.showProblems(problemsPage(error.problems));
        log(formatProblems(error.problems));
      }
      server.reload();
    })();
    try {
      await running;
    } finally {
      running = undefined;
    }
    if (again) {
      again = false;
      await rebuild();
    }
  };

  try {
    await rebuild();
  } catch (error) {
    // The first build could not even start (the output folder is refused, say): stop serving and say why.
    server.server.close();
    throw error;
  }
  const planDir = path.resolve(options.planDir);
  let timer: NodeJS.Timeout | undefined;
  // chokidar, not fs.watch: Node 20's recursive fs.watch on Linux stops
  // reporting a file once an editor saves it by renaming a new copy over it
  // (as vim and sed -i do), so the preview went stale after one save.
  const watcher = watch(planDir, { ignoreInitial: true, ignored: ignoredByPreview(planDir, outputDir) });
  watcher.on('all', (_event, file) => {
    if (!/\.(md|yaml|yml|svg|png|jpe?g)$/.test(file)) return;
    clearTimeout(timer);
    // Editors often write a file in several steps; wait for the last one.
    timer = setTimeout(() => {
      // After the first build, anything but the plan's own problems (a folder refused, say) is reported and the preview keeps serving.
      rebuild().catch((error: unknown) => log(messageFor(error)));
    }, 50);
  });
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  log(`Previewing ${planDir} at ${server.url} (press Ctrl+C to stop).`);
  return {
    server,
    rebuild,
    close() {
      void watcher.close();
      server.server.closeAllConnections();
      server.server.close();
    },
  };
}
