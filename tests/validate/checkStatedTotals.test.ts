import { describe, expect, it } from 'vitest';
import { validationProblems } from '../helpers/checkPlan.ts';
import { copyFixturePlan, type FixturePlan } from '../helpers/fixturePlan.ts';

// The tracker fixture's stated totals agree with their rows; each test makes one disagree, as published trackers and outturns do.
async function statedTotalWarnings(change: (plan: FixturePlan) => Promise<void>) {
  const plan = await copyFixturePlan('tracker');
  try {
    await change(plan);
    return (await validationProblems(plan.dir)).filter((p) => p.code === 'stated-total-mismatch');
  } finally {
    await plan.cleanup();
  }
}

describe('stated totals and counts from the source', () => {
  it('agree in the tracker fixture, so it warns of nothing', async () => {
    expect(await statedTotalWarnings(async () => undefined)).toEqual([]);
  });

  it('warn when the partners\' printed total is £20 out, naming the line and showing the rows\' total', async () => {
    const warnings = await statedTotalWarnings((p) => p.edit('data/partner-contributions.yaml', (t) => t.replace('stated_total: 857980', 'stated_total: 858000')));
    expect(warnings).toEqual([
      expect.objectContaining({
        severity: 'warning',
        file: 'data/partner-contributions.yaml',
        line: 13,
        field: 'stated_total',
        message: 'The rows give a total of £857,980, but the source states £858,000. yjplan shows £857,980, from the rows.',
      }),
    ]);
  });

  it('warn for a budget total a few pence from its lines', async () => {
    const warnings = await statedTotalWarnings((p) => p.edit('data/budgets/outturn-2024-25.yaml', (t) => t.replace('actual: 397390 }', 'actual: 397390.04 }')));
    expect(warnings).toEqual([expect.objectContaining({ file: 'data/budgets/outturn-2024-25.yaml', field: 'stated_total.actual', expected: '£397,390', found: '£397,390.04' })]);
  });

  it('warn when a tracker\'s printed status count disagrees with its own rows (the duplicate counted once)', async () => {
    const warnings = await statedTotalWarnings((p) => p.edit('data/actions/tracker.yaml', (t) => t.replace('not recorded: 1 }', 'not recorded: 2 }')));
    expect(warnings).toEqual([expect.objectContaining({ file: 'data/actions/tracker.yaml', line: 4, field: 'stated_counts.not recorded', expected: '1', found: '2' })]);
  });
});
