/**
 * Work to undo synchronously if the process is told to stop (Ctrl+C,
 * SIGTERM) while a build is writing: remove its staging folder, release
 * its lock. The CLI's signal handler runs these, then exits; Chromium is
 * killed by Puppeteer's own exit hook.
 */
const pending = new Map<() => void, 'build' | 'other'>();

/**
 * Registers `undo`; call the returned function once the work is finished and
 * nothing is left to undo. `kind` 'build' marks a build in progress (its
 * staging folder), so the stop message can say one was abandoned.
 */
export function undoOnStop(undo: () => void, kind: 'build' | 'other' = 'other'): () => void {
  pending.set(undo, kind);
  return () => pending.delete(undo);
}

/** Runs every registered undo, newest first; returns how many builds were in progress. */
export function runStopCleanups(): number {
  const undos = [...pending].reverse();
  pending.clear();
  for (const [undo] of undos) {
    try {
      undo();
    } catch {
      // Stopping must not fail: the next build removes what is left.
    }
  }
  return undos.filter(([, kind]) => kind === 'build').length;
}
