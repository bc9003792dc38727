import { writeSync } from 'node:fs';

/**
 * For the tests that kill a build at the moment it publishes: with
 * YJPLAN_TEST_PAUSE_AT=<point> the build says so on stderr and then blocks
 * for ever, synchronously, so nothing else of the build runs until the test
 * kills it. Without the variable (always, outside those tests) this does nothing.
 */
export function pauseForTest(point: 'before-publish' | 'between-renames'): void {
  if (process.env.YJPLAN_TEST_PAUSE_AT !== point) return;
  writeSync(2, `yjplan test: paused at ${point}\n`);
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
}
