import { readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixturePlan, type FixturePlan } from '../../helpers/fixturePlan.ts';
import { descendants, untilAllEnded } from '../../helpers/processes.ts';
import { runCli, startCli, type RunningCli } from '../../helpers/runCli.ts';

let plan: FixturePlan;
let work: string;
beforeAll(async () => {
  plan = await copyFixturePlan('minimal');
  work = await mkdtemp(path.join(os.tmpdir(), 'yjplan-signals-'));
});
afterAll(async () => {
  await plan.cleanup();
  await rm(work, { recursive: true, force: true });
});

const hiddenEntries = (out: string) => readdirSync(out).filter((name) => name.startsWith('.')).sort();

/** Starts a full build and returns once it is printing the PDFs, with the Chromium processes it started. */
async function buildAtPdfStep(out: string): Promise<{ build: RunningCli; browser: number[]; stderrSoFar: string }> {
  const build = startCli(['build', '--plan', plan.dir, '--out', out]);
  await build.waitFor(/Printing the PDFs/);
  let browser: number[] = [];
  // Chromium was started as the build began; wait until it shows among the build's child processes.
  while (!browser.length) {
    browser = descendants(build.pid).map((p) => p.pid);
    if (!browser.length) await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { build, browser, stderrSoFar: build.stderr() };
}

describe('stopping a build', () => {
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    it(`${signal} during the PDF step stops it with one plain line and exit ${code}, Chromium ends with it, and nothing is left behind`, async () => {
      const out = path.join(work, signal);
      const { build, browser, stderrSoFar } = await buildAtPdfStep(out);
      build.child.kill(signal);
      const result = await build.exited;
      expect(result.code).toBe(code);
      expect(result.stderr.slice(stderrSoFar.length)).toBe(`yjplan stopped (${signal}): the build was abandoned and nothing half-built was published.\n`);
      expect(result.stdout).toBe('');
      await untilAllEnded(browser);
      // The staging folder and the lock are removed as the build stops.
      expect(hiddenEntries(out)).toEqual([]);
      expect(readdirSync(out)).toEqual([]);
    });
  }

  it('after SIGKILL, Chromium ends by itself and the next build removes what the killed one left', async () => {
    const out = path.join(work, 'SIGKILL');
    const { build, browser } = await buildAtPdfStep(out);
    build.child.kill('SIGKILL');
    await build.exited;
    // Nothing ran in the build to stop Chromium: it quits because its pipe to the build closed.
    await untilAllEnded(browser);
    expect(hiddenEntries(out)).toEqual(['.yjplan-lock', expect.stringMatching(/^\.yjplan-staging-/)]);

    const next = await runCli(['build', '--plan', plan.dir, '--out', out, '--no-pdf']);
    expect(next.code).toBe(0);
    expect(hiddenEntries(out)).toEqual([]);
    expect(readdirSync(out)).toEqual(['current']);
  });
});
