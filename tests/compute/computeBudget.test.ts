import { describe, expect, it } from 'vitest';
import { computeBudget, computePartnerContributions } from '../../scripts/compute/computeBudget.ts';
import { formatPence } from '../../scripts/compute/money.ts';
import { budgetSchema, partnerContributionsSchema } from '../../scripts/schemas/budget.ts';

/** Budgets as an author writes them, read through the schema as a build reads them. */
const budget = (b: object) => budgetSchema.parse(b);
const partners = (p: object) => partnerContributionsSchema.parse(p);

describe('computeBudget', () => {
  it('adds pounds and pence exactly, where floating point would drift', () => {
    // 0.1 + 0.2 !== 0.3 in floating point; held as pence the total is exact.
    const figures = computeBudget(budget({ title: 'Outturn', lines: [
      { category: 'Staffing', budget: 0.1, actual: 0.2 },
      { category: 'Running costs', budget: 0.2, actual: 0.1 },
      { category: 'Programmes', budget: 1234567.89, actual: 1234567.9 },
    ] }));
    expect(figures.total).toMatchObject({ category: 'Total', budget: 123456819, actual: 123456820, variance: 1 });
    expect(figures.showPence).toBe(true);
    expect(formatPence(figures.total.budget)).toBe('£1,234,568.19');
  });

  it('computes negative variances (underspends) and zero budgets', () => {
    const figures = computeBudget(budget({ title: 'Outturn', lines: [
      { category: 'Staffing', budget: 500, actual: 450.5 },
      { category: 'New post', budget: 0, actual: 0 },
    ] }));
    expect(figures.lines.map((l) => l.variance)).toEqual([-4950, 0]);
    expect(formatPence(figures.lines[0]!.variance)).toBe('\u2212£49.50');
    expect(figures.total.variance).toBe(-4950);
  });
});

describe('computePartnerContributions', () => {
  it('totals each partner and each column', () => {
    const figures = computePartnerContributions(partners({ title: 'Partners', partners: [
      { partner: 'Council', staffing: 100000.1, payments_in_kind: 0, other_delegated_funds: 20000.2 },
      { partner: 'YJB grant', staffing: 0, payments_in_kind: 0, other_delegated_funds: 50000.05 },
    ] }));
    expect(figures.rows.map((r) => r.total)).toEqual([12000030, 5000005]);
    expect(figures.total).toMatchObject({ staffing: 10000010, otherDelegatedFunds: 7000025, total: 17000035 });
  });
});

describe('empty money tables', () => {
  it('total zero, with no lines or no partners', () => {
    expect(computeBudget(budget({ title: 'Capital', lines: [] })).total).toMatchObject({ category: 'Total', budget: 0, actual: 0, variance: 0 });
    expect(computePartnerContributions(partners({ title: 'Partners', partners: [] })).total).toEqual({ partner: 'Total', staffing: 0, paymentsInKind: 0, otherDelegatedFunds: 0, total: 0, partial: false });
  });

  it('nets an overspend on one line against an underspend on another to the penny', () => {
    // Staffing 100.00 -> 99.99 (1p under); transport 0.10 -> 0.20 (10p over): total 9p over.
    const figures = computeBudget(budget({ title: 'Outturn', lines: [
      { category: 'Staffing', budget: 100, actual: 99.99 },
      { category: 'Transport', budget: 0.1, actual: 0.2 },
    ] }));
    expect(figures.lines.map((l) => l.variance)).toEqual([-1, 10]);
    expect(figures.total.variance).toBe(9);
  });
});

describe('budgets as councils keep them', () => {
  it('shows whole pounds where the source has no pence, and pence where it has them', () => {
    expect(computeBudget(budget({ title: 'Outturn', lines: [{ category: 'Staffing', budget: 1412600, actual: 1438214 }] })).showPence).toBe(false);
    expect(formatPence(141260000, false)).toBe('£1,412,600');
    expect(formatPence(-1333300, false)).toBe('\u2212£13,333');
    expect(computeBudget(budget({ title: 'Outturn', lines: [{ category: 'Staffing', budget: 1412600, actual: 1438214.37 }] })).showPence).toBe(true);
  });

  it('nets an income line (negative, as in the ledger) against spending, keeping its cost code', () => {
    // Spending 100,000 -> 104,000 (4,000 over); grant income -40,000 -> -53,333 (13,333 more income).
    // Net: budget 60,000, actual 50,667, variance -9,333.
    const figures = computeBudget(budget({ title: 'Outturn', lines: [
      { category: 'Staffing', code: 'YJ1001', budget: 100000, actual: 104000 },
      { category: 'Grant income', code: 'YJ9001', income: true, budget: -40000, actual: -53333 },
    ] }));
    expect(figures.lines.map((l) => [l.code, l.income, l.variance])).toEqual([['YJ1001', false, 400000], ['YJ9001', true, -1333300]]);
    expect(figures.total).toMatchObject({ budget: 6000000, actual: 5066700, variance: -933300 });
    expect(figures.hasCodes).toBe(true);
  });

  it('leaves a contribution that is not recorded out of the totals, never counting it as £0, and says how many', () => {
    const figures = computePartnerContributions(partners({ title: 'Partners', partners: [
      { partner: 'Health', staffing: 'not recorded', other_delegated_funds: 12000 },
      { partner: 'Council', staffing: 700000, other_delegated_funds: 148600 },
    ] }));
    expect(figures.rows[0]).toMatchObject({ staffing: 'not recorded', total: 1200000, partial: true });
    expect(figures.total).toMatchObject({ staffing: 70000000, otherDelegatedFunds: 16060000, total: 86060000, partial: true });
    expect(figures.notRecorded).toBe(1);
    expect(figures.showPence).toBe(false);
  });
});
