import { afterEach, describe, expect, it } from 'vitest';
import { loadPlan } from '../../scripts/load/loadPlan.ts';
import { validatePlan } from '../../scripts/validate/validatePlan.ts';
import { copyFixturePlan, type FixturePlan } from '../helpers/fixturePlan.ts';
import { computePlanFigures, type DataFigures } from '../../scripts/compute/computePlanFigures.ts';
import { validPlanAfterChanging } from '../helpers/checkPlan.ts';

const validMinimal = validPlanAfterChanging('minimal');

/** A copy of the minimal plan for the tests that break it; removed after each test. */
let fixture: FixturePlan | undefined;
afterEach(async () => {
  await fixture?.cleanup();
  fixture = undefined;
});

function breakdown(entry: DataFigures | undefined) {
  if (entry?.kind !== 'breakdowns') throw new Error(`expected breakdown figures, got ${entry?.kind}`);
  return entry.figures;
}
function staff(entry: DataFigures | undefined) {
  if (entry?.kind !== 'staff') throw new Error(`expected staff figures, got ${entry?.kind}`);
  return entry.figures;
}

// Offences 9 and 3 out of court, 2 and 30 in court. As children: 3 and 2 are from 1 to 4 (primary).
const offences = (extra: string) =>
  `title: Offences\ncategory_label: Offence\n${extra}columns: [Out of court, Court]\nrows:\n  - { label: Theft, counts: [9, 2] }\n  - { label: Robbery, counts: [3, 30] }\n`;
const cells = (figures: ReturnType<typeof breakdown>) => figures.rows.map((r) => r.cells.map((c) => c.value));

describe('what a table counts decides whether it is protected', () => {
  it('publishes counts of offences, outcomes and events in full, and says what they count', async () => {
    const valid = await validMinimal(async (p) => {
      await p.write('data/breakdowns/offences.yaml', offences('counting: offences\n'));
      await p.write('data/breakdowns/outcomes.yaml', offences('counting: outcomes\n'));
      await p.write('data/breakdowns/events.yaml', offences('counting: events\n'));
    });
    const figures = computePlanFigures(valid, 'public');
    for (const id of ['offences', 'outcomes', 'events']) {
      const table = breakdown(figures.byId.get(id));
      expect(cells(table), id).toEqual([
        [9, 2],
        [3, 30],
      ]);
      expect(table.suppressions, id).toEqual([]);
      expect(table.counting, id).toEqual({ counting: id, protected: false, specialCategory: false });
    }
  });

  it('protects a table with no counting: (children), of people, or of events marked identifying', async () => {
    const valid = await validMinimal(async (p) => {
      await p.write('data/breakdowns/children.yaml', offences(''));
      await p.write('data/breakdowns/victims.yaml', offences('counting: people\n'));
      await p.write('data/breakdowns/rare.yaml', offences('counting: offences\nidentifying: true\n'));
    });
    const figures = computePlanFigures(valid, 'public');
    for (const id of ['children', 'victims', 'rare']) {
      // 3 and 2 are primary; the audit then hides both row totals and both column totals, leaving 9, 30
      // and the total 44: a reader gets 2 + 3 = 44 - 9 - 30 = 5, which each of 1 to 4 can be part of.
      const table = breakdown(figures.byId.get(id));
      expect(cells(table), id).toEqual([
        [9, null],
        [null, 30],
      ]);
      expect([...table.rows.map((r) => r.total.value), ...table.columnTotals.map((c) => c.value), table.grandTotal.value], id).toEqual([null, null, null, null, 44]);
      expect(breakdown(figures.byId.get(id)).counting.protected, id).toBe(true);
    }
  });
});

describe('staff: the policy in plan.yaml', () => {
  // data/staff.yaml in the minimal fixture: White 10 female, 6 male; Black 2 female, 0 male.
  const disability = (t: string) => `${t}\ndisability:\n  "yes": 2\n  "no": 14\n  not_known: 2\n`;

  it('by default publishes staff by ethnicity and sex in full, and hides small numbers with a known disability', async () => {
    const figures = computePlanFigures(await validMinimal((p) => p.edit('data/staff.yaml', disability)), 'public');
    const { diversity, disability: byDisability } = staff(figures.byId.get('staff'));
    expect(diversity.rows.map((r) => [...r.cells.map((c) => c.value), r.total.value])).toEqual([
      [10, 6, 16],
      [2, 0, 2],
    ]);
    expect(diversity.counting).toEqual({ counting: 'staff', protected: false, specialCategory: false });
    // 2 and 2 are small. Showing 14 of 18 would leave them adding to 4, so neither could be 4: 14 is hidden too.
    expect(byDisability!.rows.map((r) => r.total.value)).toEqual([null, null, null]);
    expect(byDisability!.grandTotal.value).toBe(18);
    expect(byDisability!.counting).toEqual({ counting: 'staff', protected: true, specialCategory: true });
  });

  it('protect_staff: all hides small numbers in both; none in neither', async () => {
    const all = computePlanFigures(
      await validMinimal(async (p) => {
        await p.edit('data/staff.yaml', disability);
        await p.edit('plan.yaml', (t) => `${t}disclosure:\n  protect_staff: all\n`);
      }),
      'public',
    );
    // Black/Female 2 and its row total are primary; the Female column and the column of row totals each hide one more.
    // A reader has White/Female + 2 = 12 (shown) and 18 in all: the 2 can be any of 1 to 4.
    expect(staff(all.byId.get('staff')).diversity.rows.map((r) => [...r.cells.map((c) => c.value), r.total.value])).toEqual([
      [null, 6, null],
      [null, 0, null],
    ]);
    expect(staff(all.byId.get('staff')).disability!.rows.map((r) => r.total.value)).toEqual([null, null, null]);
    const none = computePlanFigures(
      await validMinimal(async (p) => {
        await p.edit('data/staff.yaml', disability);
        await p.edit('plan.yaml', (t) => `${t}disclosure:\n  protect_staff: none\n`);
      }),
      'public',
    );
    expect(staff(none.byId.get('staff')).disability!.rows.map((r) => r.total.value)).toEqual([2, 14, 2]);
    expect(none.suppressions).toEqual([]);
  });

  it('refuses counting: in staff.yaml, where the policy decides', async () => {
    fixture = await copyFixturePlan('minimal');
    await fixture.edit('data/staff.yaml', (t) => t.replace('  category_label: Ethnicity\n', '  category_label: Ethnicity\n  counting: offences\n'));
    const result = await validatePlan(await loadPlan(fixture.dir));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.filter((p) => p.severity === 'error').map((p) => [p.file, p.line, p.field])).toEqual([['data/staff.yaml', 10, 'diversity.counting']]);
  });
});

describe('indicators say what they count', () => {
  const average = (extra: string) =>
    `title: Frequency of reoffending\nmeasure: Reoffences per reoffender\nunit: number\n${extra}decimals: 2\nperiods: ["2024", "2025"]\nseries:\n  - { name: Testshire, comparator: yjs, values: [3.72, 3.64] }\n`;

  it('refuses a fraction in a count of children, pointing to counting: none for an average', async () => {
    fixture = await copyFixturePlan('minimal');
    await fixture.write('data/indicators/frequency.yaml', average(''));
    const result = await validatePlan(await loadPlan(fixture.dir));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const errors = result.problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.file, p.line, p.field])).toEqual([
      ['data/indicators/frequency.yaml', 7, 'series[0].values[0]'],
      ['data/indicators/frequency.yaml', 7, 'series[0].values[1]'],
    ]);
    expect(errors[0]!.expected ?? errors[0]!.message).toContain('counting: none');
  });

  it('shows an average in full with counting: none, and refuses counting: with a rate', async () => {
    const valid = await validMinimal((p) => p.write('data/indicators/frequency.yaml', average('counting: none\n')));
    const frequency = computePlanFigures(valid, 'public').byId.get('frequency');
    if (frequency?.kind !== 'indicators') throw new Error('expected indicator figures');
    expect(frequency.figures.series[0]!.formatted).toEqual(['3.72', '3.64']);
    fixture = await copyFixturePlan('minimal');
    await fixture.write('data/indicators/frequency.yaml', average('counting: children\n').replace('unit: number', 'unit: rate'));
    const result = await validatePlan(await loadPlan(fixture.dir));
    expect(result.ok ? [] : result.problems.filter((p) => p.severity === 'error').map((p) => [p.line, p.field])).toEqual([[4, 'counting']]);
  });
});
