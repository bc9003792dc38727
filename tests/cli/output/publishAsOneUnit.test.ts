import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixturePlan, type FixturePlan } from '../../helpers/fixturePlan.ts';
import { runCli, startCli } from '../../helpers/runCli.ts';

let plan: FixturePlan;
let out: string;
beforeAll(async () => {
  plan = await copyFixturePlan('minimal');
  out = await mkdtemp(path.join(os.tmpdir(), 'yjplan-swap-'));
});
afterAll(async () => {
  await plan.cleanup();
  await rm(out, { recursive: true, force: true });
});

const setVision = (word: string) => plan.edit('plan.yaml', (t) => t.replace(/^vision: .*$/m, `vision: The ${word} vision for every child.`));

/** Which build's vision the published site and the published plan PDF each show ('none' when there is no such file). */
function publishedVisions(): { site: string; pdf: string } {
  const current = path.join(out, 'current');
  const site = path.join(current, 'site/index.html');
  const pdfDir = path.join(current, 'pdf');
  const pdf = existsSync(pdfDir) ? readdirSync(pdfDir).find((f) => !f.includes('young-people')) : undefined;
  const word = (text: string) => /The (\w+) vision for every child/.exec(text.replace(/\s+/g, ' '))?.[1] ?? 'missing';
  return {
    site: existsSync(site) ? word(readFileSync(site, 'utf8')) : 'none',
    pdf: pdf ? word(execFileSync('pdftotext', ['-l', '1', path.join(pdfDir, pdf), '-'], { encoding: 'utf8' })) : 'none',
  };
}

const hiddenEntries = () => readdirSync(out).filter((name) => name.startsWith('.')).sort();

async function killedAt(point: string): Promise<void> {
  const build = startCli(['build', '--plan', plan.dir, '--out', out], { env: { YJPLAN_TEST_PAUSE_AT: point } });
  await build.waitFor(new RegExp(`paused at ${point}`));
  build.child.kill('SIGKILL');
  expect((await build.exited).signal).toBe('SIGKILL');
}

describe('the site and the PDF are published as one unit', () => {
  it('never shows a site from one build beside a PDF from another, whenever the build is killed, and the next build puts things right', async () => {
    await setVision('alpha');
    expect((await runCli(['build', '--plan', plan.dir, '--out', out])).code).toBe(0);
    expect(publishedVisions()).toEqual({ site: 'alpha', pdf: 'alpha' });

    await setVision('bravo');
    // Killed with everything built and marked, just before the swap: the old outputs stand, whole.
    await killedAt('before-publish');
    expect(publishedVisions()).toEqual({ site: 'alpha', pdf: 'alpha' });
    expect(hiddenEntries()).toEqual(['.yjplan-lock', expect.stringMatching(/^\.yjplan-staging-/)]);

    // Killed between the two renames: there is no current output at all, never a mix.
    await killedAt('between-renames');
    expect(publishedVisions()).toEqual({ site: 'none', pdf: 'none' });

    // The next build puts the previous output back before anything else, even when the plan then fails.
    await plan.edit('data/board.yaml', (t) => t.replace('role: Superintendent', 'rol: Superintendent'));
    const failed = await runCli(['build', '--plan', plan.dir, '--out', out]);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('data/board.yaml');
    expect(publishedVisions()).toEqual({ site: 'alpha', pdf: 'alpha' });
    expect(hiddenEntries()).toEqual([]);

    await plan.edit('data/board.yaml', (t) => t.replace('rol: Superintendent', 'role: Superintendent'));
    expect((await runCli(['build', '--plan', plan.dir, '--out', out])).code).toBe(0);
    expect(publishedVisions()).toEqual({ site: 'bravo', pdf: 'bravo' });
    expect(hiddenEntries()).toEqual([]);
  });
});
