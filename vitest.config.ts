import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Browser and PDF tests share one Chromium per file; two cores run two files at once.
    pool: 'forks',
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
    // No test may fail because the machine is busy: these limits only stop a
    // test that hangs, far above what any test needs on a loaded machine.
    testTimeout: 20 * 60_000,
    hookTimeout: 20 * 60_000,
  },
});
