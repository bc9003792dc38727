import { afterEach, describe, expect, it } from 'vitest';
import { PlanValidationError } from '../../scripts/errors/PlanValidationError.ts';
import { preparePlan } from '../../scripts/preparePlan.ts';
import { copyFixturePlan, type FixturePlan } from '../helpers/fixturePlan.ts';

let plan: FixturePlan | undefined;
afterEach(async () => plan?.cleanup());

async function problemsAfter(change: (p: FixturePlan) => Promise<void>) {
  plan = await copyFixturePlan('minimal');
  await change(plan);
  const error = await preparePlan(plan.dir).catch((e: unknown) => e);
  return error instanceof PlanValidationError ? error.problems : [];
}

describe('placing tables and charts', () => {
  it('refuses a table placed a second time, naming where it already is', async () => {
    const problems = await problemsAfter((p) => p.edit('content/09-performance.md', (t) => `${t}\n{% table "partner-contributions" %}\n`));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'placed-twice', file: 'content/09-performance.md', line: 9, found: '{% table "partner-contributions" %}' });
    expect(problems[0]!.message).toBe('The table "partner-contributions" is already placed in content/08-resources-and-services.md at line 9. Each table and chart appears once in the plan.');
    expect(problems[0]!.fix).toContain('(resources-and-services.html)');
  });

  it('counts {% actions %} and {% table %} of one action plan as the same table', async () => {
    // Chapter 14 already has {% actions "improvement" %} at line 9; chapter 7 comes first in the plan.
    const problems = await problemsAfter((p) => p.edit('content/07-progress-previous-plan.md', (t) => `${t}\n{% table "improvement" %}\n`));
    expect(problems.map((e) => [e.code, e.file, e.line])).toEqual([['placed-twice', 'content/14-service-development.md', 9]]);
  });
});
