import { existsSync, readdirSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readManifest } from '../../../scripts/write/output/outputManifest.ts';
import { fixturesDir, repoRoot } from '../../helpers/fixturePlan.ts';
import { runCli, startCli } from '../../helpers/runCli.ts';

let work: string;
let plans: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'yjplan-many-'));
  plans = path.join(work, 'plans');
  for (const name of ['a-good', 'b-deep', 'c-good']) await cp(path.join(fixturesDir, 'minimal'), path.join(plans, name), { recursive: true });
  // A breakdown nested 20,000 arrays deep: it used to throw "Maximum call stack size exceeded" out of the whole national build.
  await mkdir(path.join(plans, 'b-deep/data/breakdowns'), { recursive: true });
  await writeFile(path.join(plans, 'b-deep/data/breakdowns/deep.yaml'), `title: Deep\nrows: ${'['.repeat(20000)}${']'.repeat(20000)}\n`);
  // Hidden folders are never plans, even with a plan.yaml.
  await cp(path.join(fixturesDir, 'minimal'), path.join(plans, '.yjplan-lock'), { recursive: true });
});
afterAll(() => rm(work, { recursive: true, force: true }));

const hiddenEntriesUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((entry) => entry.split(path.sep).some((part) => part.startsWith('.yjplan') || part.startsWith('.staging')));

describe('build --plans', () => {
  it('run from another folder with a relative --out, writes every site there and nothing into the engine\'s folder', async () => {
    const cwd = path.join(work, 'elsewhere');
    await mkdir(cwd, { recursive: true });
    const result = await runCli(['build', '--plans', '../plans', '--out', 'national', '--no-pdf'], { cwd });
    for (const plan of ['a-good', 'c-good']) expect(existsSync(path.join(cwd, 'national', plan, 'current/site/index.html')), plan).toBe(true);
    expect(existsSync(path.join(repoRoot, 'national'))).toBe(false);
    expect(hiddenEntriesUnder(path.join(cwd, 'national'))).toEqual([]);
    expect(result.code).not.toBe(0);
  });

  it('reports a plan that throws something unexpected against that plan, builds the others, and exits non-zero', async () => {
    const out = path.join(work, 'many');
    // A plan whose output place is a file fails in the write stage, with an error no plan check makes.
    await mkdir(out, { recursive: true });
    await cp(path.join(fixturesDir, 'minimal'), path.join(plans, 'd-file'), { recursive: true });
    await writeFile(path.join(out, 'd-file'), 'not a folder');
    try {
      const result = await runCli(['build', '--plans', plans, '--out', out, '--no-pdf']);
      expect(result.stderr).toMatch(/\nb-deep:\n/);
      expect(result.stderr).toContain(`\nd-file:\n${out}/d-file is a file, not a folder.`);
      expect(result.stderr).not.toContain('yjplan failed');
      expect(result.stdout).toMatch(/^Built 2 of 4 plans into .* s; 2 did not build \(b-deep, d-file\)\.\n$/);
      expect(result.code).toBeGreaterThan(0);
      expect(readdirSync(out).sort()).toEqual(['a-good', 'c-good', 'd-file']);
      expect(hiddenEntriesUnder(out)).toEqual([]);
    } finally {
      await rm(path.join(plans, 'd-file'), { recursive: true });
    }
  });

  it('honours --audience internal, into dist-internal by default, and marks each output internal', async () => {
    const cwd = path.join(work, 'board');
    await mkdir(cwd, { recursive: true });
    await runCli(['build', '--plans', plans, '--audience', 'internal', '--no-pdf'], { cwd });
    expect(existsSync(path.join(cwd, 'dist'))).toBe(false);
    for (const plan of ['a-good', 'c-good']) {
      const current = path.join(cwd, 'dist-internal', plan, 'current');
      expect((await readManifest(current))?.audience).toBe('internal');
      expect(await readFile(path.join(current, 'site/index.html'), 'utf8')).toContain('Not for publication');
    }
  });

  it('refuses a second national build into the same folder while the first runs, naming it', async () => {
    const out = path.join(work, 'twice');
    const first = startCli(['build', '--plans', plans, '--out', out, '--no-pdf'], { env: { YJPLAN_TEST_PAUSE_AT: 'before-publish' } });
    await first.waitFor(/paused at before-publish/);
    const second = await runCli(['build', '--plans', plans, '--out', out, '--no-pdf']);
    first.child.kill('SIGKILL');
    await first.exited;
    expect(second.code).toBe(1);
    expect(second.stderr).toContain(`yjplan (process ${first.pid} on ${os.hostname()}`);
    expect(second.stderr).toContain(`is already writing to ${out}.`);
  });
});
