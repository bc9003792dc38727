import { execFile } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPlan } from '../../../scripts/checks/verify/verifyPlan.ts';
import { closeSharedBrowser, sharedBrowser } from '../../helpers/browser.ts';
import { fixturesDir, repoRoot } from '../../helpers/fixturePlan.ts';

const broken = ['broken-alt-text', 'broken-anchor', 'broken-contrast', 'broken-nesting'];
let work: string;
let run: { code: number; stdout: string; stderr: string };

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'yjplan-verify-'));
  for (const name of broken) await cp(path.join(fixturesDir, name), path.join(work, 'plans', name), { recursive: true });
  // The real command, as npm run verify runs it, over the four broken fixtures.
  run = await new Promise((resolve) => {
    execFile(process.execPath, [path.join(repoRoot, 'scripts/cli/bin.js'), 'verify', '--plans', path.join(work, 'plans'), '--out', path.join(work, 'out')], { cwd: work, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
});
afterAll(async () => {
  await closeSharedBrowser();
  await rm(work, { recursive: true, force: true });
});

describe('yjplan verify on the broken fixtures', () => {
  it('fails, and says it verified the two that build', () => {
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/Verified 2 of 4 plans \(\d+ pages, 4 PDFs; build [\d.]+ s, verify [\d.]+ s\): 4 failures \(build 2, links 2\)\./);
  });

  it('refuses broken-alt-text at build time: the picture with no text alternative, by file and line', () => {
    expect(run.stderr).toMatch(/plans\/broken-alt-text \[build\] broken-alt-text does not build/);
    expect(run.stderr).toContain('content/17-appendix-structure.md:11 error [image-without-alt]');
  });

  it('refuses broken-contrast at build time: the pale theme colour, with its ratio', () => {
    expect(run.stderr).toMatch(/plans\/broken-contrast \[build\] broken-contrast does not build/);
    expect(run.stderr).toContain('plan.yaml:22:12 error [low-contrast-theme] theme.primary');
    expect(run.stderr).toContain('#9fc5e8 has a contrast of 1.81:1 against white');
  });

  it('catches broken-anchor in the built site and in the print page: the link to a section that does not exist', () => {
    expect(run.stderr).toMatch(/out\/plans\/broken-anchor\/current\/site\/governance\.html:\d+:\d+ \[links\] <a href="#how-we-spend-the-money"> goes nowhere: this page has no element with id "how-we-spend-the-money"\./);
    expect(run.stderr).toMatch(/out\/plans\/broken-anchor\/current\/print\/index\.html:\d+:\d+ \[links\] <a href="#how-we-spend-the-money"> goes nowhere/);
  });

  it('passes broken-nesting: the engine now puts a table written inside a list item inside the <li>', () => {
    const failureLines = run.stderr.split('\n').filter((line) => / \[[a-z]+\] /.test(line));
    expect(failureLines.length).toBe(4);
    expect(failureLines.filter((line) => line.includes('broken-nesting'))).toEqual([]);
  });
});

describe('verifyPlan', () => {
  it('fails a folder with nothing built in it, saying so', async () => {
    const { failures } = await verifyPlan(path.join(work, 'nothing-here'), { browser: await sharedBrowser() });
    expect(failures.map((f) => `${f.checker}: ${f.message}`)).toEqual([
      'build: There is no PDF here to verify. Build the plan with its PDF (without --no-pdf).',
      'build: There is no website here to verify. Build the plan first (yjplan build).',
    ]);
  });
});
