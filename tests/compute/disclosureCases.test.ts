import { describe, expect, it } from 'vitest';
import { computeBreakdown } from '../../scripts/compute/computeBreakdown.ts';
import { computeKpis } from '../../scripts/compute/computeKpis.ts';
import { auditTable } from '../../scripts/disclosure/auditTable.ts';
import { formatCount, formatPercent } from '../../scripts/render/filters/formatCount.ts';
import { publishedBreakdown, publishedKpiCohort } from '../helpers/publishedTable.ts';

const disclosure = { threshold: 4, symbol: '<5' };
const printed = (count: Parameters<typeof formatCount>[0]) => formatCount(count, '<5');

describe('the cases of issue 13, after suppression', () => {
  it('Custody 1, Intensive supervision 1, Referral order 30: hides 30 too, so neither 1 can be worked out', () => {
    // Today: <5, <5, 30, total 32, so x + y = 2 and both are 1. With 30 hidden as [c] (at least 5):
    // x + y + z = 32 leaves x and y anywhere from 1 to 4 (z from 24 to 30).
    const figures = computeBreakdown(
      { title: 'Outcomes', category_label: 'Outcome', rows: [{ label: 'Custody', count: 1 }, { label: 'Intensive supervision', count: 1 }, { label: 'Referral order', count: 30 }] },
      disclosure,
      'f',
    );
    expect(figures.rows.map((r) => printed(r.total))).toEqual(['<5', '<5', '[c]']);
    expect(printed(figures.grandTotal)).toBe('32');
    expect(figures.rows.map((r) => formatPercent(r.share))).toEqual(['[c]', '[c]', '[c]']);
    expect(auditTable(publishedBreakdown(figures, 4)).findings).toEqual([]);
  });

  it('White 4, 4 / Black 2, 5: hides the row and column totals too, keeping the grand total 15', () => {
    // By hand: a, b, c are 1 to 4 and d at least 5. The totals of White (a + b) and Female (a + c) are
    // [c] over two "<5", which may be small, so they bound nothing. a + b + c + d = 15 leaves d = 15 - a - b - c
    // from 5 to 12: any a, b, c from 1 to 4 fit (1, 1, 1 with d = 12; 4, 4, 4 with d = 3 does not, but 4 with
    // 1, 1 and d = 9 does), so each is still 1 to 4 and d is not pinned.
    const figures = computeBreakdown(
      { title: 'Children', category_label: 'Ethnicity', columns: ['Female', 'Male'], rows: [{ label: 'White', counts: [4, 4] }, { label: 'Black', counts: [2, 5] }] },
      disclosure,
      'f',
    );
    expect(figures.rows.map((r) => [...r.cells.map(printed), printed(r.total)])).toEqual([
      ['<5', '<5', '[c]'],
      ['<5', '[c]', '[c]'],
    ]);
    expect(figures.columnTotals.map(printed)).toEqual(['[c]', '[c]']);
    expect(printed(figures.grandTotal)).toBe('15');
    expect(auditTable(publishedBreakdown(figures, 4)).findings).toEqual([]);
  });

  it('Has SEN 18 of a group of 20: hides the 18, since 20 - 18 = 2 children without SEN', () => {
    const figures = computeBreakdown(
      { title: 'Needs', category_label: 'Need', overlapping: true, group_size: 20, rows: [{ label: 'Has SEN', count: 18 }, { label: 'Looked after', count: 9 }] },
      disclosure,
      'f',
    );
    expect(figures.rows.map((r) => [printed(r.total), formatPercent(r.share)])).toEqual([
      ['[c]', '[c]'],
      ['9', '45.0%'],
    ]);
    expect(printed(figures.grandTotal)).toBe('20');
    expect(figures.suppressions.map((s) => [s.row, s.reason])).toEqual([['Has SEN', 'complement']]);
    // 18 as [c] (5 or more) leaves 0 to 15 without SEN: 1 to 4 all possible.
    expect(auditTable(publishedBreakdown(figures, 4)).findings).toEqual([]);
  });
});

describe('a small total that "<5" would give away', () => {
  it('four rows of 1, total 4: the total is shown as [c], since four "<5" adding to a "<5" must all be 1', () => {
    const figures = computeBreakdown({ title: 'Few', category_label: 'Row', rows: ['A', 'B', 'C', 'D'].map((label) => ({ label, count: 1 })) }, disclosure, 'f');
    expect(figures.rows.map((r) => printed(r.total))).toEqual(['<5', '<5', '<5', '<5']);
    // As [c] over a line of "<5" the total may be small (4 to 16 by the sums), so each row can be 1 to 4 again.
    expect(printed(figures.grandTotal)).toBe('[c]');
    expect(figures.suppressions.find((s) => s.row === 'Total')?.reason).toBe('secondary');
    expect(auditTable(publishedBreakdown(figures, 4)).findings).toEqual([]);
  });
});

describe('KPIs: "<5" only for a number from 1 to 4', () => {
  const cohort = (met: number, total: number) => {
    const figures = computeKpis({ title: 'K', period: 'P', indicators: [{ id: 'k', title: 'K', measure: 'm', court: { met, total } }] }, disclosure, 'f');
    const court = figures.rows[0]!.court!;
    expect(auditTable(publishedKpiCohort(court, 4)).findings).toEqual([]);
    return [printed(court.met), printed(court.total), formatPercent(court.percent), figures.suppressions.map((s) => s.reason).join(',')];
  };

  it('51 of 53 in suitable accommodation is "[c] of 53", not "<5 of 53"', () => {
    // 53 - 51 = 2 did not: small. "<5" met would say 1 to 4 met, the opposite of the truth.
    expect(cohort(51, 53)).toEqual(['[c]', '53', '[c]', 'complement']);
  });

  it('16 of 19 (SEND) is "[c] of 19"', () => {
    expect(cohort(16, 19)).toEqual(['[c]', '19', '[c]', 'complement']);
  });

  it('2 of 53 is "<5 of 53": 49 to 52 did not, none of them small', () => {
    expect(cohort(2, 53)).toEqual(['<5', '53', '[c]', 'primary']);
  });

  it('3 of 5 is "<5 of 5": met 1 to 4 leaves 1 to 4 who did not, both whole bands', () => {
    expect(cohort(3, 5)).toEqual(['<5', '5', '[c]', 'primary']);
  });

  it('4 of 6 hides the 6 as well: with 6 shown, "<5" met leaves 2 to 5 who did not, so not 1', () => {
    expect(cohort(4, 6)).toEqual(['<5', '[c]', '[c]', 'primary,complement']);
  });

  it('0 of 3 shows the 0: none met, among fewer than 5', () => {
    expect(cohort(0, 3)).toEqual(['0', '<5', '[c]', 'primary']);
  });

  it('40 of 53 shows everything: 13 did not', () => {
    expect(cohort(40, 53)).toEqual(['40', '53', '75.5%', '']);
  });
});
