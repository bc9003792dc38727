/**
 * Work to undo synchronously if the process is told to stop (Ctrl+C,
 * SIGTERM) while a build is writing: remove its staging folder, release
 * its lock. The CLI's signal handler runs these, then exits; Chromium is
 * killed by Puppeteer's own exit hook.
 */
const pending = new Set<() => void>();

/** Registers `undo`; call the returned function once the work is finished and nothing is left to undo. */
export function undoOnStop(undo: () => void): () => void {
  pending.add(undo);
  return () => pending.delete(undo);
}

/** Runs every registered undo, newest first; returns how many there were (builds interrupted). */
export function runStopCleanups(): number {
  const undos = [...pending].reverse();
  pending.clear();
  for (const undo of undos) {
    try {
      undo();
    } catch {
      // Stopping must not fail: the next build removes what is left.
    }
  }
  return undos.length;
}
