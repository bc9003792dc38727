import { describe, expect, it } from 'vitest';
import { computeBreakdown } from '../../scripts/compute/computeBreakdown.ts';
import type { Breakdown } from '../../scripts/schemas/breakdown.ts';

const publicDisclosure = { threshold: 4, symbol: '<5' };
const internalDisclosure = { threshold: 0, symbol: '<5' };

const oneColumn = (counts: [string, number][], extra: Partial<Breakdown> = {}): Breakdown => ({
  title: 'Children we worked with',
  category_label: 'Need',
  rows: counts.map(([label, count]) => ({ label, count })),
  ...extra,
});

describe('computeBreakdown: a one-column table', () => {
  it('has a single "Number" column whose cells are the row totals, with no separate total column', () => {
    // 11 + 23 + 3 + 9 = 46. Shares: 11/46 = 23.91 => 23.9; 23/46 = 50.0; 3/46 = 6.52 => 6.5; 9/46 = 19.57 => 19.6.
    const figures = computeBreakdown(oneColumn([['Looked after', 11], ['SEND', 23], ['Known to CAMHS', 3], ['Exploitation', 9]]), internalDisclosure, 'f');
    expect(figures.columns).toEqual(['Number']);
    expect(figures.multiColumn).toBe(false);
    expect(figures.rows.map((r) => [r.label, r.cells, r.total.value, r.share.value])).toEqual([
      ['Looked after', [{ value: 11 }], 11, 23.9],
      ['SEND', [{ value: 23 }], 23, 50],
      ['Known to CAMHS', [{ value: 3 }], 3, 6.5],
      ['Exploitation', [{ value: 9 }], 9, 19.6],
    ]);
    expect(figures.columnTotals).toEqual([{ value: 46 }]);
    expect(figures.grandTotal).toEqual({ value: 46 });
    expect(figures.categoryLabel).toBe('Need');
  });

  it('hides a small count and the next smallest, so the small one cannot be taken from the total', () => {
    // 3 (CAMHS) is from 1 to 4: primary. The column 11, 23, 3, 9 = 46 would then give it away,
    // so the smallest other non-zero count, 9, is hidden too. The total 46 stays.
    const figures = computeBreakdown(oneColumn([['Looked after', 11], ['SEND', 23], ['Known to CAMHS', 3], ['Exploitation', 9]]), publicDisclosure, 'data/breakdowns/cohort.yaml');
    expect(figures.rows.map((r) => r.total)).toEqual([{ value: 11 }, { value: 23 }, { value: null, suppressed: 'primary' }, { value: null, suppressed: 'secondary' }]);
    expect(figures.rows.map((r) => r.share.value)).toEqual([23.9, 50, null, null]);
    expect(figures.grandTotal).toEqual({ value: 46 });
    expect(figures.suppressions).toEqual([
      { file: 'data/breakdowns/cohort.yaml', table: 'Children we worked with', row: 'Known to CAMHS', column: 'Number', reason: 'primary' },
      { file: 'data/breakdowns/cohort.yaml', table: 'Children we worked with', row: 'Exploitation', column: 'Number', reason: 'secondary' },
    ]);
  });

  it('rounds shares half up, so they may add to more than 100', () => {
    // 23/80 = 28.75% => 28.8 and 57/80 = 71.25% => 71.3: together 100.1, as the table note warns.
    const figures = computeBreakdown(oneColumn([['A', 23], ['B', 57]]), internalDisclosure, 'f');
    expect(figures.rows.map((r) => r.share.value)).toEqual([28.8, 71.3]);
  });

  it('gives every row a 0% share when every count is zero', () => {
    const figures = computeBreakdown(oneColumn([['A', 0], ['B', 0]]), publicDisclosure, 'f');
    expect(figures.rows.map((r) => r.share)).toEqual([{ value: 0 }, { value: 0 }]);
    expect(figures.grandTotal).toEqual({ value: 0 });
    expect(figures.suppressions).toEqual([]);
  });
});

describe('computeBreakdown: a table with several columns', () => {
  const offences: Breakdown = {
    title: 'Offences by type',
    category_label: 'Offence type',
    columns: ['Out of court', 'Court'],
    rows: [
      { label: 'Violence', counts: [34, 21] },
      { label: 'Theft', counts: [12, 6] },
      { label: 'Criminal damage', counts: [9, 3] },
      { label: 'Drugs', counts: [7, 8] },
      { label: 'Robbery', counts: [0, 5] },
    ],
  };

  it('totals each row and each column, with shares of the grand total', () => {
    // Rows: 55, 18, 12, 15, 5. Columns: 34+12+9+7+0 = 62 and 21+6+3+8+5 = 43. Grand: 105.
    // Shares: 55/105 = 52.38 => 52.4; 18/105 = 17.14 => 17.1; 12/105 = 11.43 => 11.4; 15/105 = 14.29 => 14.3; 5/105 = 4.76 => 4.8.
    const figures = computeBreakdown(offences, internalDisclosure, 'f');
    expect(figures.multiColumn).toBe(true);
    expect(figures.rows.map((r) => [r.cells.map((c) => c.value), r.total.value, r.share.value])).toEqual([
      [[34, 21], 55, 52.4],
      [[12, 6], 18, 17.1],
      [[9, 3], 12, 11.4],
      [[7, 8], 15, 14.3],
      [[0, 5], 5, 4.8],
    ]);
    expect(figures.columnTotals).toEqual([{ value: 62 }, { value: 43 }]);
    expect(figures.grandTotal).toEqual({ value: 105 });
  });

  it('hides the small cell and enough others in its row and column, and names each one', () => {
    // Criminal damage / Court = 3 is primary. Worked line by line, each line with one hidden value
    // hiding its smallest other non-zero member (or, failing that, its total):
    //   row Criminal damage (9, 3 | 12): hides 9.     column Out of court (34, 12, 9, 7, 0 | 62): hides 7.
    //   column Court (21, 6, 3, 8, 5 | 43): hides 5.  row Drugs (7, 8 | 15): hides 8.
    //   row Robbery (0, 5 | 5): zero is never hidden, so hides its total 5.
    //   column of row totals (55, 18, 12, 15, 5 | 105): hides 12.
    // Then every line hides none or at least two, and the column totals and grand total stay.
    // The audit then finds nothing to narrow. By hand, with x = Criminal damage/Out of court, a = its Court
    // cell (1 to 4), y = Drugs/Out of court, b = Drugs/Court, c = Robbery/Court, every [c] at least 5:
    // x + y = 16, y + b = 15, a + b + c = 16 leave y free in 5..10 once a is chosen (a = 4 needs y >= 8),
    // so a can still be any of 1, 2, 3, 4 and no [c] has only one value.
    const figures = computeBreakdown(offences, publicDisclosure, 'f');
    const shown = figures.rows.map((r) => [...r.cells.map((c) => c.value), r.total.value]);
    expect(shown).toEqual([
      [34, 21, 55],
      [12, 6, 18],
      [null, null, null],
      [null, null, 15],
      [0, null, null],
    ]);
    expect(figures.columnTotals).toEqual([{ value: 62 }, { value: 43 }]);
    expect(figures.grandTotal).toEqual({ value: 105 });
    expect(figures.suppressions.filter((s) => s.reason === 'primary').map((s) => [s.row, s.column])).toEqual([['Criminal damage', 'Court']]);
  });
});

describe('computeBreakdown: a stated total', () => {
  const outcomes = (stated_total: number) =>
    oneColumn([['Referral order', 25], ['Youth caution', 15]], { title: 'Outcomes', category_label: 'Outcome', stated_total });

  it('says nothing when the rows add up to it', () => {
    expect(computeBreakdown(outcomes(40), publicDisclosure, 'f').warnings).toEqual([]);
  });

  it('warns with the file, line and field when the rows do not add up to it, and shows the rows\' total', () => {
    const text = 'title: Outcomes\nrows:\n  - { label: Referral order, count: 25 }\n  - { label: Youth caution, count: 15 }\nstated_total: 41\n';
    const figures = computeBreakdown(outcomes(41), publicDisclosure, 'data/breakdowns/outcomes.yaml', { text });
    expect(figures.warnings).toEqual([
      {
        severity: 'warning',
        code: 'stated-total-mismatch',
        file: 'data/breakdowns/outcomes.yaml',
        line: 5,
        column: 15,
        field: 'stated_total',
        message: 'The rows add up to 40, but stated_total says 41. yjplan shows the total of the rows.',
        expected: '40',
        found: '41',
        fix: 'Check for a missing or double-counted row, then correct or remove stated_total.',
      },
    ]);
    expect(figures.grandTotal).toEqual({ value: 40 });
  });

  it('names the field inside a larger file, e.g. diversity.stated_total in staff.yaml', () => {
    const text = 'structure: []\ndiversity:\n  title: Staff\n  rows:\n    - { label: A, count: 10 }\n  stated_total: 12\n';
    const figures = computeBreakdown({ title: 'Staff', category_label: 'Ethnicity', rows: [{ label: 'A', count: 10 }], stated_total: 12 }, publicDisclosure, 'data/staff.yaml', { text, path: ['diversity'] });
    expect(figures.warnings[0]).toMatchObject({ file: 'data/staff.yaml', line: 6, field: 'diversity.stated_total', expected: '10', found: '12' });
  });
});

describe('computeBreakdown, when a child can be counted in several rows', () => {
  it('adds no rows up and takes each share of the group size: 21 of 60 = 35.0%, 18 of 60 = 30.0%', () => {
    const figures = computeBreakdown(oneColumn([['Speech', 21], ['CAMHS', 18], ['Care leaver', 2]], { overlapping: true, group_size: 60 }), publicDisclosure, 'f');
    expect(figures.overlapping).toBe(true);
    expect(figures.columnTotals).toEqual([]);
    expect(figures.grandTotal).toEqual({ value: 60 });
    expect(figures.rows.map((r) => [r.total.value, r.share.value])).toEqual([
      [21, 35],
      [18, 30],
      [null, null],
    ]);
    // With no totals, a hidden row cannot be worked out from the others, so only the small count is hidden.
    // The 58 without a care-leaver background follow from 60 - 2, but "<5" leaves them anywhere from 56 to 59.
    expect(figures.suppressions.map((s) => [s.row, s.reason])).toEqual([['Care leaver', 'primary']]);
  });

  it('shows no shares when the group size is not given', () => {
    const figures = computeBreakdown(oneColumn([['Speech', 21], ['CAMHS', 18]], { overlapping: true }), publicDisclosure, 'f');
    expect(figures.hasShares).toBe(false);
    expect(figures.rows.map((r) => r.total.value)).toEqual([21, 18]);
  });
});
