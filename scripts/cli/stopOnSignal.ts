import { writeSync } from 'node:fs';
import { runStopCleanups } from '../write/output/stopCleanup.ts';

const exitCodes = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;

/**
 * Ctrl+C (SIGINT), SIGTERM and SIGHUP stop yjplan at once with one plain
 * line and the shell's usual exit code (128 + the signal's number). What a
 * build had staged is removed and its lock released (write/output/stopCleanup.ts);
 * process.exit then runs Puppeteer's exit hook, which kills Chromium's
 * process group, so no browser outlives the build. Nothing asynchronous runs
 * after the signal, so no half-finished browser call can print a stack.
 */
export function stopOnSignal(): void {
  for (const signal of Object.keys(exitCodes) as (keyof typeof exitCodes)[]) {
    process.on(signal, () => {
      const interrupted = runStopCleanups() > 0;
      const line = interrupted ? `yjplan stopped (${signal}): the build was abandoned and nothing half-built was published.` : `yjplan stopped (${signal}).`;
      // Synchronous, so the line is out before the process ends; a progress line on a terminal is cleared first.
      writeSync(2, `${process.stderr.isTTY ? '\r\x1b[2K' : ''}${line}\n`);
      process.exit(exitCodes[signal]);
    });
  }
}
