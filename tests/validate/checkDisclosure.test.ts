import { afterEach, describe, expect, it } from 'vitest';
import { validationProblems } from '../helpers/checkPlan.ts';
import { copyFixturePlan, type FixturePlan } from '../helpers/fixturePlan.ts';

let fixture: FixturePlan | undefined;
afterEach(async () => {
  await fixture?.cleanup();
  fixture = undefined;
});

/** The minimal fixture's plan.yaml ends at line 18; these settings start at line 19. */
async function errorsWith(disclosure: string, audience: 'public' | 'internal' = 'public') {
  fixture = await copyFixturePlan('minimal');
  await fixture.edit('plan.yaml', (t) => `${t}disclosure:\n${disclosure}`);
  return (await validationProblems(fixture.dir, audience)).filter((p) => p.severity === 'error');
}

describe('disclosure settings in plan.yaml', () => {
  it('refuses a public build with threshold 0 and no reason, at the threshold line, with the fix', async () => {
    const errors = await errorsWith('  threshold: 0\n');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'threshold-without-reason', file: 'plan.yaml', line: 20, column: 14, field: 'disclosure.threshold', found: 'threshold: 0' });
    expect(errors[0]!.fix).toContain('reason:');
  });

  it('refuses thresholds 1 to 3 without a reason, and accepts 4 and above', async () => {
    for (const threshold of [1, 2, 3]) expect((await errorsWith(`  threshold: ${threshold}\n`)).map((e) => e.code)).toEqual(['threshold-without-reason']);
    expect(await errorsWith('  threshold: 4\n')).toEqual([]);
    expect(await errorsWith('  threshold: 6\n')).toEqual([]);
  });

  it('accepts a lower threshold with a reason, and does not ask the internal build for one', async () => {
    expect(await errorsWith('  threshold: 2\n  reason: Agreed with the information governance officer on 1 May 2026.\n')).toEqual([]);
    expect(await errorsWith('  threshold: 0\n', 'internal')).toEqual([]);
  });

  it('refuses a symbol that would misstate a hidden number, at its line', async () => {
    const errors = await errorsWith('  threshold: 4\n  symbol: "<3"\n');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'plan.yaml', line: 21, field: 'disclosure.symbol' });
  });
});
