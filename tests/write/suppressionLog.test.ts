import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixturePlan, repoRoot, type FixturePlan } from '../helpers/fixturePlan.ts';

let work: string;
let plan: FixturePlan;
type Run = { code: number; stdout: string; stderr: string };
const build = (...args: string[]) =>
  new Promise<Run>((resolve) => {
    execFile(process.execPath, [path.join(repoRoot, 'scripts/cli/bin.js'), 'build', '--plan', plan.dir, '--no-pdf', ...args], { cwd: work }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
let publicRun: Run;
let internalRun: Run;
beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'yjplan-log-'));
  // The minimal plan with its staff protected as children are, so its staff table has hidden cells.
  plan = await copyFixturePlan('minimal');
  await plan.edit('plan.yaml', (t) => `${t}disclosure:\n  protect_staff: all\n`);
  [publicRun, internalRun] = await Promise.all([build('--out', 'public'), build('--audience', 'internal', '--out', 'internal')]);
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
  await plan.cleanup();
});

// The minimal plan's staff: White 10, 6 | 16 and Black 2, 0 | 2; columns 12, 6 | 18. Black/Female 2 and the
// Black total 2 are primary; the Female column 12 then needs another hidden value, White/Female 10 (w + b = 12
// leaves b anywhere from 1 to 4), and the column of row totals 18 needs the White total 16.
describe('what each build says it hid', () => {
  it('prints one line counting the hidden values of each table, by reason', () => {
    expect(publicRun.code).toBe(0);
    expect(publicRun.stdout).toContain('Hidden: 4 in Staff by ethnicity and sex (2 primary, 2 secondary).\n');
  });

  it('the internal build, which hides nothing, says what the public build hides and writes the log beside the site', async () => {
    expect(internalRun.code).toBe(0);
    expect(internalRun.stdout).toContain('The public build hides: 4 in Staff by ethnicity and sex (2 primary, 2 secondary).\n');
    expect(internalRun.stdout).toContain(`Wrote ${path.join('internal', 'current', 'suppression-log.csv')}\n`);
    expect(await readFile(path.join(work, 'internal', 'current', 'suppression-log.csv'), 'utf8')).toBe(
      [
        'file,table,row,column,value,reason',
        'data/staff.yaml,Staff by ethnicity and sex,White,Female,10,secondary',
        'data/staff.yaml,Staff by ethnicity and sex,White,Total,16,secondary',
        'data/staff.yaml,Staff by ethnicity and sex,"Black, Black British, Caribbean or African",Female,2,primary',
        'data/staff.yaml,Staff by ethnicity and sex,"Black, Black British, Caribbean or African",Total,2,primary',
        '',
      ].join('\n'),
    );
    // Not inside the site, which is what gets published.
    expect((await readdir(path.join(work, 'internal', 'current', 'site'), { recursive: true })).filter((f) => f.includes('suppression'))).toEqual([]);
  });

  it('the public build writes no log', async () => {
    expect(await readdir(path.join(work, 'public', 'current'))).not.toContain('suppression-log.csv');
  });
});
