import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rolloverPlan } from '../../scripts/cli/scaffold/rolloverPlan.ts';
import { scaffoldPlan } from '../../scripts/cli/scaffold/scaffoldPlan.ts';
import { validationProblems } from '../helpers/checkPlan.ts';
import { buildInto } from '../helpers/buildFixture.ts';
import { copyFixturePlan, type FixturePlan } from '../helpers/fixturePlan.ts';

let work: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'yjplan-new-'));
});
afterAll(() => rm(work, { recursive: true, force: true }));

describe('yjplan new', () => {
  it('scaffolds a plan that checks with no errors and builds', async () => {
    const dir = path.join(work, 'northbrook');
    const written = await scaffoldPlan({ dir, authority: 'Northbrook Borough Council', period: '2026-27', framework: 'yjb-2023', today: '2026-05-01' });
    expect(written).toContain('plan.yaml');
    expect(written.filter((f) => f.startsWith('content/') && !f.includes('young-people'))).toHaveLength(18);
    const problems = await validationProblems(dir);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    // Each empty chapter is a warning that repeats the framework's prompt.
    expect(problems.find((p) => p.file === 'content/03-child-first.md')?.fix).toContain('Child First principles');
    const plan = yaml.load(await readFile(path.join(dir, 'plan.yaml'), 'utf8'), { schema: yaml.CORE_SCHEMA }) as Record<string, unknown>;
    expect(plan).toMatchObject({ authority: 'Northbrook Borough Council', service: 'Northbrook Youth Justice Service', period: '2026-27', framework: 'yjb-2023' });
    const chapter = await readFile(path.join(dir, 'content/03-child-first.md'), 'utf8');
    expect(chapter).toMatch(/^---\nchapter: child-first\n---\n\n<!--\nChild First\nWhat to write: Explain how the service puts Child First/);
    const built = await buildInto(dir);
    // The guidance note is never published.
    expect(await built.read('site/child-first.html')).not.toContain('What to write');
  });

  it('refuses to overwrite an existing plan', async () => {
    const dir = path.join(work, 'twice');
    await scaffoldPlan({ dir, authority: 'Twice Council', period: '2026-27', framework: 'yjb-2023', today: '2026-05-01' });
    await expect(scaffoldPlan({ dir, authority: 'Twice Council', period: '2026-27', framework: 'yjb-2023', today: '2026-05-01' })).rejects.toThrow('already exists');
  });
});

describe('yjplan new --from (year rollover)', () => {
  let fixture: FixturePlan;
  afterAll(() => fixture?.cleanup());

  it('moves the period on, clears the sign-off and carries priorities and unfinished actions into progress on the previous plan', async () => {
    fixture = await copyFixturePlan('minimal');
    await fixture.write('data/actions/improvement.yaml', `title: Improvement plan
actions:
  - ref: "1"
    action: Recruit a speech and language therapist
    lead: Head of Service
    due: 2025-09-30
    status: on-track
  - ref: "2"
    action: Publish the plan
    lead: Head of Service
    due: 2025-06-30
    status: completed
  - ref: "3"
    action: Recruit a therapist (repeat)
    lead: Head of Service
    due: 2025-09-30
    status: on-track
    duplicate_of: "1"
`);
    await fixture.edit('plan.yaml', (t) => t.replace('signed: null', 'signed: 2025-06-25'));
    const dir = path.join(work, 'rolled');
    const report = await rolloverPlan({ from: fixture.dir, dir, today: '2026-04-01' });
    expect(report).toMatchObject({ oldPeriod: '2025-26', newPeriod: '2026-27', progressFile: 'data/actions/progress-on-2025-26.yaml' });
    expect(report.carriedPriorities).toEqual(['P1 Prevention and diversion']);
    expect(report.carriedActions).toEqual(['1 Recruit a speech and language therapist (from data/actions/improvement.yaml, on-track)']);

    const plan = yaml.load(await readFile(path.join(dir, 'plan.yaml'), 'utf8'), { schema: yaml.CORE_SCHEMA }) as { period: string; plan_date: string; sign_off: { signed: unknown } };
    expect(plan.period).toBe('2026-27');
    expect(plan.plan_date).toBe('2026-06-20');
    expect(plan.sign_off.signed).toBeNull();
    const progress = yaml.load(await readFile(path.join(dir, report.progressFile), 'utf8'), { schema: yaml.CORE_SCHEMA }) as { actions: { ref: string; status: string }[] };
    expect(progress.actions.map((a) => a.ref)).toEqual(['P1', 'improvement-1']);
    // Nothing from last year is lost: the old action plan is still there.
    expect(await readFile(path.join(dir, 'data/actions/improvement.yaml'), 'utf8')).toContain('Publish the plan');
    expect(await readFile(path.join(dir, 'content/07-progress-previous-plan.md'), 'utf8')).toContain('{% actions "progress-on-2025-26" %}');

    const built = await buildInto(dir);
    expect(await built.read('site/progress-previous-plan.html')).toContain('Progress on the 2025/26 plan');
  });
});
