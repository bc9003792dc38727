import { describe, expect, it } from 'vitest';
import { computeBudget, computePartnerContributions } from '../../scripts/compute/computeBudget.ts';
import { formatPence } from '../../scripts/compute/money.ts';

describe('computeBudget', () => {
  it('adds pounds and pence exactly, where floating point would drift', () => {
    // 0.1 + 0.2 !== 0.3 in floating point; held as pence the total is exact.
    const figures = computeBudget({ title: 'Outturn', lines: [
      { category: 'Staffing', budget: 0.1, actual: 0.2 },
      { category: 'Running costs', budget: 0.2, actual: 0.1 },
      { category: 'Programmes', budget: 1234567.89, actual: 1234567.9 },
    ] });
    expect(figures.total).toEqual({ category: 'Total', budget: 123456819, actual: 123456820, variance: 1 });
    expect(formatPence(figures.total.budget)).toBe('£1,234,568.19');
  });

  it('computes negative variances (underspends) and zero budgets', () => {
    const figures = computeBudget({ title: 'Outturn', lines: [
      { category: 'Staffing', budget: 500, actual: 450.5 },
      { category: 'New post', budget: 0, actual: 0 },
    ] });
    expect(figures.lines.map((l) => l.variance)).toEqual([-4950, 0]);
    expect(formatPence(figures.lines[0]!.variance)).toBe('\u2212£49.50');
    expect(figures.total.variance).toBe(-4950);
  });
});

describe('computePartnerContributions', () => {
  it('totals each partner and each column', () => {
    const figures = computePartnerContributions({ title: 'Partners', partners: [
      { partner: 'Council', staffing: 100000.1, payments_in_kind: 0, other_delegated_funds: 20000.2 },
      { partner: 'YJB grant', staffing: 0, payments_in_kind: 0, other_delegated_funds: 50000.05 },
    ] });
    expect(figures.rows.map((r) => r.total)).toEqual([12000030, 5000005]);
    expect(figures.total).toMatchObject({ staffing: 10000010, otherDelegatedFunds: 7000025, total: 17000035 });
  });
});

describe('empty money tables', () => {
  it('total zero, with no lines or no partners', () => {
    expect(computeBudget({ title: 'Capital', lines: [] }).total).toEqual({ category: 'Total', budget: 0, actual: 0, variance: 0 });
    expect(computePartnerContributions({ title: 'Partners', partners: [] }).total).toEqual({ partner: 'Total', staffing: 0, paymentsInKind: 0, otherDelegatedFunds: 0, total: 0 });
  });

  it('nets an overspend on one line against an underspend on another to the penny', () => {
    // Staffing 100.00 -> 99.99 (1p under); transport 0.10 -> 0.20 (10p over): total 9p over.
    const figures = computeBudget({ title: 'Outturn', lines: [
      { category: 'Staffing', budget: 100, actual: 99.99 },
      { category: 'Transport', budget: 0.1, actual: 0.2 },
    ] });
    expect(figures.lines.map((l) => l.variance)).toEqual([-1, 10]);
    expect(figures.total.variance).toBe(9);
  });
});
