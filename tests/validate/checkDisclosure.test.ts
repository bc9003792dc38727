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

  it('refuses any small-count mark but [c] at threshold 1, where the mark alone would say the number is 1', async () => {
    // At threshold 1 only 1s are hidden as small numbers. "<2" (allowed before: 2 is above the threshold)
    // was printed with the note "<2 means the number 1", and "*" with "* means the number 1": every one
    // of them is then known to be exactly 1. Only [c], the mark shared with numbers hidden to protect
    // one, leaves the reader unable to tell.
    const reason = '  reason: Agreed with the information governance officer on 1 May 2026.\n';
    for (const symbol of ['<2', '<5', '*']) {
      const errors = await errorsWith(`  threshold: 1\n${reason}  symbol: "${symbol}"\n`);
      expect(errors.map((e) => [e.file, e.line, e.field])).toEqual([['plan.yaml', 22, 'disclosure.symbol']]);
      expect(errors[0]!.expected ?? errors[0]!.message).toContain('[c]');
    }
    expect(await errorsWith(`  threshold: 1\n${reason}  symbol: "[c]"\n`)).toEqual([]);
  });
});
