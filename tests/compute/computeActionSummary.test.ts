import { describe, expect, it } from 'vitest';
import { computeActionSummary } from '../../scripts/compute/computeActionSummary.ts';
import { actionPlanSchema } from '../../scripts/schemas/actionPlan.ts';

/** An action as an author writes it in YAML; planOf reads it through the schema, as a build does. */
const action = (ref: string, status: string, due = '2025-09-30', duplicate_of?: string) => ({
  ref, action: `Action ${ref}`, lead: 'Head of Service', due, progress: '', status, duplicate_of, internal: false,
});
const planOf = (plan: { title: string; as_at?: string; actions: object[] }) => actionPlanSchema.parse(plan);

describe('computeActionSummary', () => {
  it('counts statuses from the rows, not counting duplicates again', () => {
    const summary = computeActionSummary(planOf({ title: 'Plan', actions: [
      action('1.1', 'completed'),
      action('1.2', 'completed'),
      action('1.3', 'on-track'),
      action('2.1', 'not-started'),
      action('2.2', 'completed', '2025-09-30', '1.1'),
    ] }), '2025-06-20');
    expect(summary.counts.map((c) => [c.status, c.count])).toEqual([
      ['completed', 2], ['on-track', 1], ['may-exceed-target-date', 0], ['not-started', 1],
    ]);
    expect(summary.counted).toBe(4);
    expect(summary.duplicates).toBe(1);
    expect(summary.counts.reduce((sum, c) => sum + c.count, 0)).toBe(summary.counted);
  });

  it('flags actions due before the plan date that are not completed', () => {
    const summary = computeActionSummary(planOf({ title: 'Plan', actions: [
      action('1', 'on-track', '2025-05-31'),
      action('2', 'completed', '2025-05-31'),
      action('3', 'not-started', '2025-06-20'),
    ] }), '2025-06-20');
    expect(summary.rows.map((r) => r.overdue)).toEqual([true, false, false]);
    expect(summary.overdue).toBe(1);
  });
});

describe('computeActionSummary and internal actions', () => {
  it('leaves internal actions and their notes out of the public figures, and keeps them for the board', () => {
    const plan = planOf({ title: 'Plan', actions: [
      { ...action('1', 'completed'), internal_notes: 'Ask J. Smith about funding' },
      { ...action('2', 'on-track'), internal: true },
    ] });
    const publicSummary = computeActionSummary(plan, '2025-06-20', 'public');
    expect(publicSummary.rows.map((r) => r.ref)).toEqual(['1']);
    expect(publicSummary.rows[0]!.internalNotes).toBeUndefined();
    expect(publicSummary.counted).toBe(1);
    const internalSummary = computeActionSummary(plan, '2025-06-20', 'internal');
    expect(internalSummary.rows.map((r) => r.ref)).toEqual(['1', '2']);
    expect(internalSummary.rows[0]!.internalNotes).toBe('Ask J. Smith about funding');
  });
});

describe('computeActionSummary edge cases', () => {
  it('gives all-zero counts for an empty action plan', () => {
    const summary = computeActionSummary(planOf({ title: 'Plan', actions: [] }), '2025-06-20');
    expect(summary.rows).toEqual([]);
    expect(summary.counts.map((c) => c.count)).toEqual([0, 0, 0, 0]);
    expect(summary).toMatchObject({ counted: 0, duplicates: 0, overdue: 0 });
  });

  it('labels every status in words, in the YJB order', () => {
    const summary = computeActionSummary(planOf({ title: 'Plan', actions: [
      action('1', 'not-started'), action('2', 'may-exceed-target-date'), action('3', 'on-track'), action('4', 'completed'),
    ] }), '2025-06-20');
    expect(summary.rows.map((r) => r.statusLabel)).toEqual(['Planned but not started', 'May exceed original target date', 'Progressing and on track', 'Completed']);
    expect(summary.counts.map((c) => [c.label, c.count])).toEqual([
      ['Completed', 1], ['Progressing and on track', 1], ['May exceed original target date', 1], ['Planned but not started', 1],
    ]);
  });

  it('counts an overdue duplicate once, under the action it repeats', () => {
    // 1 and its repeat 2 are both overdue (due 31 May, plan date 20 June): one overdue action, not two.
    const summary = computeActionSummary(planOf({ title: 'Plan', actions: [action('1', 'on-track', '2025-05-31'), action('2', 'on-track', '2025-05-31', '1')] }), '2025-06-20');
    expect(summary.rows.map((r) => r.overdue)).toEqual([true, true]);
    expect(summary).toMatchObject({ counted: 1, duplicates: 1, overdue: 1 });
  });

  it('counts the public copy of an action whose original is internal, instead of counting it nowhere', () => {
    // 1 is internal; 2 repeats it. The public plan does not show 1, so 2 is the action readers see:
    // it is counted, and not linked to a row that is not on the page.
    const plan = planOf({ title: 'Plan', actions: [{ ...action('1', 'on-track'), internal: true }, action('2', 'on-track', '2025-09-30', '1')] });
    const publicSummary = computeActionSummary(plan, '2025-06-20', 'public');
    expect(publicSummary.rows.map((r) => [r.ref, r.duplicateOf])).toEqual([['2', undefined]]);
    expect(publicSummary).toMatchObject({ counted: 1, duplicates: 0 });
    expect(publicSummary.counts.find((c) => c.status === 'on-track')!.count).toBe(1);
    // The board sees both, and the repeat counted once under 1.
    const internalSummary = computeActionSummary(plan, '2025-06-20', 'internal');
    expect(internalSummary.rows.map((r) => [r.ref, r.duplicateOf])).toEqual([['1', undefined], ['2', '1']]);
    expect(internalSummary).toMatchObject({ counted: 1, duplicates: 1 });
  });
});

describe('computeActionSummary: what the tracker does not say, and dates as precise as the source', () => {
  it('counts a row with no status as "Not recorded", its own group, never as not started, and never overdue', () => {
    const summary = computeActionSummary(planOf({ title: 'Plan', actions: [
      action('1', 'not recorded', '2025-01-31'), action('2', 'not-started', '2025-01-31'), { ...action('3', 'on-track'), lead: 'not recorded', due: 'not recorded' },
    ] }), '2025-06-20');
    expect(summary.counts.map((c) => [c.label, c.count])).toEqual([
      ['Completed', 0], ['Progressing and on track', 1], ['May exceed original target date', 0], ['Planned but not started', 1], ['Not recorded', 1],
    ]);
    // 1 has no status and 3 no due date: neither can be judged overdue. Only 2 is.
    expect(summary.rows.map((r) => r.overdue)).toEqual([false, true, false]);
    expect(summary.rows[2]).toMatchObject({ lead: 'not recorded', due: 'not recorded' });
  });

  it('leaves the "Not recorded" group out of the summary when every row has a status', () => {
    const summary = computeActionSummary(planOf({ title: 'Plan', actions: [action('1', 'completed')] }), '2025-06-20');
    expect(summary.counts.map((c) => c.status)).toEqual(['completed', 'on-track', 'may-exceed-target-date', 'not-started']);
  });

  it('judges a month by its last day: "2025-05" is overdue on 1 June, not on 31 May', () => {
    const plan = planOf({ title: 'Plan', actions: [action('1', 'on-track', '2025-05')] });
    expect(plan.actions[0]!.due).toEqual({ precision: 'month', iso: '2025-05' });
    expect(computeActionSummary(plan, '2025-05-31').rows[0]!.overdue).toBe(false);
    expect(computeActionSummary(plan, '2025-06-01').rows[0]!.overdue).toBe(true);
    // February in a leap year ends on the 29th.
    const leap = planOf({ title: 'Plan', actions: [action('1', 'on-track', '2024-02')] });
    expect(computeActionSummary(leap, '2024-02-29').rows[0]!.overdue).toBe(false);
    expect(computeActionSummary(leap, '2024-03-01').rows[0]!.overdue).toBe(true);
  });

  it('judges overdue on the action plan\'s own as_at date (the board meeting), not the plan date', () => {
    // Due 31 March; the plan is signed on 20 June, but progress was reported on 15 March.
    const plan = planOf({ title: 'Plan', as_at: '2025-03-15', actions: [action('1', 'on-track', '2025-03-31')] });
    const summary = computeActionSummary(plan, '2025-06-20');
    expect(summary.asAt).toBe('2025-03-15');
    expect(summary.overdue).toBe(0);
    expect(computeActionSummary(planOf({ title: 'Plan', actions: [action('1', 'on-track', '2025-03-31')] }), '2025-06-20')).toMatchObject({ asAt: '2025-06-20', overdue: 1 });
  });
});
