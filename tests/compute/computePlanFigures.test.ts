import { describe, expect, it } from 'vitest';
import { computePlanFigures, type DataFigures } from '../../scripts/compute/computePlanFigures.ts';
import { validPlanAfterChanging } from '../helpers/checkPlan.ts';

const validMinimal = validPlanAfterChanging('minimal');

function staffFigures(entry: DataFigures | undefined) {
  if (entry?.kind !== 'staff') throw new Error(`expected staff figures, got ${entry?.kind}`);
  return entry.figures;
}

describe('computePlanFigures: staff diversity', () => {
  // data/staff.yaml in the minimal fixture: White 10 female, 6 male; Black 2 female, 0 male.
  it('shows the internal audience every count, with row and column totals and shares', async () => {
    const figures = computePlanFigures(await validMinimal(), 'internal');
    const diversity = staffFigures(figures.byId.get('staff')).diversity;
    expect(figures.disclosure.threshold).toBe(0);
    // Rows: 10 + 6 = 16 and 2 + 0 = 2. Columns: 12 and 6. Grand 18. Shares 16/18 = 88.9, 2/18 = 11.1.
    expect(diversity.rows.map((r) => [r.label, r.cells.map((c) => c.value), r.total.value, r.share.value])).toEqual([
      ['White', [10, 6], 16, 88.9],
      ['Black, Black British, Caribbean or African', [2, 0], 2, 11.1],
    ]);
    expect(diversity.columnTotals).toEqual([{ value: 12 }, { value: 6 }]);
    expect(diversity.grandTotal).toEqual({ value: 18 });
    expect(figures.suppressions).toEqual([]);
  });

  it('hides small counts of staff in public when plan.yaml protects all staff counts, and collects each hidden cell for the suppression log', async () => {
    const figures = computePlanFigures(await validMinimal((p) => p.edit('plan.yaml', (t) => `${t}disclosure:\n  protect_staff: all\n`)), 'public');
    const diversity = staffFigures(figures.byId.get('staff')).diversity;
    // Black/Female 2 and the Black total 2 are from 1 to 4: primary. The Female column (10, 2 | 12)
    // then hides 10, and the column of row totals (16, 2 | 18) hides 16. Male 6, 0 | 6 shows.
    expect(diversity.rows.map((r) => [...r.cells.map((c) => c.value), r.total.value])).toEqual([
      [null, 6, null],
      [null, 0, null],
    ]);
    expect(diversity.columnTotals).toEqual([{ value: 12 }, { value: 6 }]);
    expect(diversity.grandTotal).toEqual({ value: 18 });
    expect(figures.suppressions.map((s) => [s.file, s.row, s.column, s.reason])).toEqual([
      ['data/staff.yaml', 'White', 'Female', 'secondary'],
      ['data/staff.yaml', 'White', 'Total', 'secondary'],
      ['data/staff.yaml', 'Black, Black British, Caribbean or African', 'Female', 'primary'],
      ['data/staff.yaml', 'Black, Black British, Caribbean or African', 'Total', 'primary'],
    ]);
    // The public figures keep no hidden value, not even in the log records.
    expect(figures.suppressions.every((s) => s.value === undefined)).toBe(true);
    expect(figures.suppressionLog).toBeUndefined();
    expect(figures.warnings).toEqual([]);
  });

  it('hides a small number of staff with a known disability, and protects it from the total', async () => {
    const valid = await validMinimal((p) => p.edit('data/staff.yaml', (t) => `${t}\ndisability:\n  "yes": 2\n  "no": 14\n  not_known: 2\n`));
    const disability = staffFigures(computePlanFigures(valid, 'public').byId.get('staff')).disability!;
    // 2 and 2 are from 1 to 4: hidden. With 14 and the total 18 shown, the two would add up to 4, so
    // neither could be 4: a reader learns each is 1 to 3, narrower than "<5". So 14 is hidden too
    // ([c], more than 4): then x + y + z = 18 with z at least 5 leaves each of x and y anywhere in 1 to 4.
    expect(disability.rows.map((r) => [r.label, r.total])).toEqual([
      ['Say they have a disability', { value: null, suppressed: 'primary' }],
      ['Say they do not', { value: null, suppressed: 'secondary' }],
      ['Not known', { value: null, suppressed: 'primary' }],
    ]);
    expect(disability.grandTotal).toEqual({ value: 18 });
    const internal = staffFigures(computePlanFigures(valid, 'internal').byId.get('staff')).disability!;
    expect(internal.rows.map((r) => r.total.value)).toEqual([2, 14, 2]);
  });

  it('reports a staff stated_total that disagrees with the rows, at its line in staff.yaml', async () => {
    const valid = await validMinimal((p) => p.edit('data/staff.yaml', (t) => t.replace('  columns: [Female, Male]\n', '  columns: [Female, Male]\n  stated_total: 19\n')));
    const { warnings } = computePlanFigures(valid, 'public');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ severity: 'warning', code: 'stated-total-mismatch', file: 'data/staff.yaml', line: 11, field: 'diversity.stated_total', expected: '18', found: '19' });
  });
});

describe('computePlanFigures: the other kinds', () => {
  it('collects KPI and breakdown suppressions and breakdown warnings alongside staff', async () => {
    const valid = await validMinimal(async (p) => {
      await p.write(
        'data/kpis.yaml',
        'period: April 2024 to March 2025\nindicators:\n  - id: accommodation\n    title: Suitable accommodation\n    measure: in suitable accommodation\n    out_of_court: { met: 18, total: 24 }\n    court: { met: 2, total: 3 }\n',
      );
      await p.write('data/breakdowns/outcomes.yaml', 'title: Outcomes\nrows:\n  - { label: Referral order, count: 25 }\n  - { label: Youth caution, count: 15 }\nstated_total: 41\n');
    });
    const figures = computePlanFigures(valid, 'public');
    const kpis = figures.byId.get('kpis');
    expect(kpis?.kind).toBe('kpis');
    // 2 of 3: both the 2 who met it and the 3 children are from 1 to 4.
    expect(figures.suppressions.filter((s) => s.file === 'data/kpis.yaml').map((s) => [s.row, s.column, s.reason])).toEqual([
      ['Suitable accommodation', 'Court: met', 'primary'],
      ['Suitable accommodation', 'Court: children', 'primary'],
    ]);
    expect(figures.warnings.map((w) => [w.file, w.line, w.code])).toEqual([['data/breakdowns/outcomes.yaml', 5, 'stated-total-mismatch']]);
  });

  it('computes action summaries against the plan date, leaving internal actions out of the public figures', async () => {
    const valid = await validMinimal();
    const publicActions = computePlanFigures(valid, 'public').byId.get('improvement');
    const internalActions = computePlanFigures(valid, 'internal').byId.get('improvement');
    if (publicActions?.kind !== 'actions' || internalActions?.kind !== 'actions') throw new Error('expected action figures');
    // 1.1 (on track, due 31 May, before the plan date of 20 June: overdue), 1.2 (not started),
    // 1.3 (internal), 1.4 (duplicate of 1.1).
    expect(publicActions.figures).toMatchObject({ counted: 2, duplicates: 1, overdue: 1 });
    expect(internalActions.figures).toMatchObject({ counted: 3, duplicates: 1, overdue: 1 });
  });
});
