import { describe, expect, it } from 'vitest';
import { computeBreakdown } from '../../scripts/compute/computeBreakdown.ts';
import { suppressCounts } from '../../scripts/compute/suppressCounts.ts';

const disclosure = { threshold: 4, symbol: '<5' };

describe('suppressCounts', () => {
  it('hides 1 to the threshold, shows zero, and hides a second cell so the first cannot be subtracted out', () => {
    // Column: 3, 0, 10, 20 with total 33. 3 is primary; 10 is the smallest other non-zero cell.
    const reasons = suppressCounts({ values: [3, 0, 10, 20, 33], lines: [[0, 1, 2, 3, 4]] }, 4);
    expect(reasons).toEqual(['primary', undefined, 'secondary', undefined, undefined]);
  });

  it('turns off at threshold 0 (the internal audience)', () => {
    expect(suppressCounts({ values: [1, 2, 3], lines: [[0, 1, 2]] }, 0)).toEqual([undefined, undefined, undefined]);
  });
});

describe('computeBreakdown', () => {
  it('computes totals and shares to one decimal place', () => {
    const figures = computeBreakdown({ title: 'Offences', category_label: 'Offence', rows: [
      { label: 'Violence', count: 20 }, { label: 'Theft', count: 10 }, { label: 'Drugs', count: 0 },
    ] }, disclosure, 'data/breakdowns/offences.yaml');
    expect(figures.grandTotal).toEqual({ value: 30 });
    expect(figures.rows.map((r) => r.share.value)).toEqual([66.7, 33.3, 0]);
    expect(figures.suppressions).toEqual([]);
  });

  it('suppresses small cells in a two-way table so none can be recovered from row or column totals', () => {
    const figures = computeBreakdown({ title: 'Staff', category_label: 'Ethnicity', columns: ['Female', 'Male'], rows: [
      { label: 'White', counts: [10, 6] },
      { label: 'Black', counts: [2, 0] },
      { label: 'Asian', counts: [7, 5] },
    ] }, disclosure, 'data/staff.yaml');
    const shown = figures.rows.map((r) => [...r.cells.map((c) => c.value), r.total.value]);
    // Black/Female = 2 is primary; so is the Black row total (2). The Female column then needs a second
    // hidden cell (7, its smallest other), and the totals column a second (12, its smallest other).
    // Worked by hand: x + y = 9 and a + b = 14 with x = a, y + 5 = b leaves x and y unknown.
    expect(shown).toEqual([
      [10, 6, 16],
      [null, 0, null],
      [null, 5, null],
    ]);
    expect(figures.rows[1]!.share.value).toBeNull();
    // Every line now hides zero or at least two values.
    for (const row of figures.rows) expect([...row.cells, row.total].filter((c) => c.value === null).length).not.toBe(1);
    expect(figures.suppressions.filter((s) => s.reason === 'primary').map((s) => `${s.row} / ${s.column}`)).toEqual(['Black / Female', 'Black / Total']);
  });

  it('warns when a stated total disagrees with the rows', () => {
    const figures = computeBreakdown({ title: 'Outcomes', category_label: 'Outcome', stated_total: 41, rows: [
      { label: 'Referral order', count: 25 }, { label: 'Youth caution', count: 15 },
    ] }, disclosure, 'data/breakdowns/outcomes.yaml');
    expect(figures.warnings).toHaveLength(1);
    expect(figures.warnings[0]).toMatchObject({ code: 'stated-total-mismatch', expected: '40', found: '41' });
    expect(figures.grandTotal.value).toBe(40);
  });

  it('handles an empty-valued table without dividing by zero', () => {
    const figures = computeBreakdown({ title: 'None', category_label: 'Type', rows: [{ label: 'A', count: 0 }] }, disclosure, 'f');
    expect(figures.rows[0]!.share).toEqual({ value: 0 });
  });
});
