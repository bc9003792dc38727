import { describe, expect, it } from 'vitest';
import { computeKpis } from '../../scripts/compute/computeKpis.ts';
import type { Kpis } from '../../scripts/schemas/kpis.ts';

const publicDisclosure = { threshold: 4, symbol: '<5' };
const internalDisclosure = { threshold: 0, symbol: '<5' };

type Cohort = { met: number; total: number };
function kpis(...rows: [string, Cohort, Cohort][]): Kpis {
  return {
    title: 'Key performance indicators',
    period: 'April 2024 to March 2025',
    indicators: rows.map(([title, out_of_court, court]) => ({ id: title.toLowerCase(), title, measure: 'in suitable accommodation', out_of_court, court })),
  };
}

describe('computeKpis', () => {
  it('gives the percentage met for each cohort, to one decimal place', () => {
    // 18 of 24 = 75.0%; 7 of 20 = 35.0%; 11 of 30 = 36.666…% = 36.7%; 23 of 80 = 28.75% = 28.8%.
    const figures = computeKpis(kpis(['Accommodation', { met: 18, total: 24 }, { met: 7, total: 20 }], ['Education', { met: 11, total: 30 }, { met: 23, total: 80 }]), publicDisclosure, 'data/kpis.yaml');
    expect(figures.rows.map((r) => [r.outOfCourt!.percent.value, r.court!.percent.value])).toEqual([
      [75, 35],
      [36.7, 28.8],
    ]);
    expect(figures.rows[0]).toMatchObject({ id: 'accommodation', title: 'Accommodation', outOfCourt: { met: { value: 18 }, total: { value: 24 } } });
    expect(figures.suppressions).toEqual([]);
    expect(figures.period).toBe('April 2024 to March 2025');
  });

  it('hides a cohort of a few children, with "<5" only for numbers from 1 to 4', () => {
    // 3 children: 2 met, 1 did not. 2 and 3 are from 1 to 4: "<5" met of "<5", percentage hidden.
    const figures = computeKpis(kpis(['Accommodation', { met: 2, total: 3 }, { met: 10, total: 20 }]), publicDisclosure, 'data/kpis.yaml');
    expect(figures.rows[0]!.outOfCourt).toEqual({
      met: { value: null, suppressed: 'primary' },
      total: { value: null, suppressed: 'primary' },
      percent: { value: null, suppressed: 'primary' },
    });
    expect(figures.rows[0]!.court!.percent).toEqual({ value: 50 });
    expect(figures.suppressions).toEqual([
      { file: 'data/kpis.yaml', table: 'Key performance indicators', row: 'Accommodation', column: 'Out-of-court: met', reason: 'primary' },
      { file: 'data/kpis.yaml', table: 'Key performance indicators', row: 'Accommodation', column: 'Out-of-court: children', reason: 'primary' },
    ]);
  });

  it('hides "met" as a small number when few met it, and as [c] when few did not', () => {
    // 3 of 20 met: 3 is small, so "<5". 17 of 20 met: 20 - 17 = 3 did not, which is small, so 17 is
    // hidden to protect the 3 ([c], reason complement): "<5" there would say 1 to 4 met, the opposite of the truth.
    const figures = computeKpis(kpis(['Education', { met: 3, total: 20 }, { met: 17, total: 20 }]), publicDisclosure, 'data/kpis.yaml');
    expect(figures.rows[0]!.outOfCourt).toEqual({ met: { value: null, suppressed: 'primary' }, total: { value: 20 }, percent: { value: null, suppressed: 'primary' } });
    expect(figures.rows[0]!.court).toEqual({ met: { value: null, suppressed: 'complement' }, total: { value: 20 }, percent: { value: null, suppressed: 'complement' } });
    expect(figures.suppressions.map((s) => [s.column, s.reason])).toEqual([
      ['Out-of-court: met', 'primary'],
      ['Court: met', 'complement'],
    ]);
  });

  it('shows none and all: 0 of 10 is 0.0%, 10 of 10 is 100.0%, and 5 either side of the threshold is shown', () => {
    // Zero identifies nobody; 5 is above the threshold of 4.
    const figures = computeKpis(kpis(['Health', { met: 0, total: 10 }, { met: 10, total: 10 }], ['ETE', { met: 5, total: 10 }, { met: 4, total: 9 }]), publicDisclosure, 'f');
    expect(figures.rows[0]!.outOfCourt).toEqual({ met: { value: 0 }, total: { value: 10 }, percent: { value: 0 } });
    expect(figures.rows[0]!.court).toEqual({ met: { value: 10 }, total: { value: 10 }, percent: { value: 100 } });
    expect(figures.rows[1]!.outOfCourt!.percent).toEqual({ value: 50 });
    expect(figures.rows[1]!.court!.met.value).toBeNull(); // 4 met: small
  });

  it('gives 0% for a cohort with no children, rather than dividing by zero', () => {
    const figures = computeKpis(kpis(['Health', { met: 0, total: 0 }, { met: 0, total: 0 }]), publicDisclosure, 'f');
    expect(figures.rows[0]!.court).toEqual({ met: { value: 0 }, total: { value: 0 }, percent: { value: 0 } });
    expect(figures.suppressions).toEqual([]);
  });

  it('shows every count to the internal audience (threshold 0)', () => {
    // 2 of 3 = 66.666…% = 66.7%.
    const figures = computeKpis(kpis(['Accommodation', { met: 2, total: 3 }, { met: 1, total: 1 }]), internalDisclosure, 'f');
    expect(figures.rows[0]!.outOfCourt).toEqual({ met: { value: 2 }, total: { value: 3 }, percent: { value: 66.7 } });
    expect(figures.rows[0]!.court!.percent).toEqual({ value: 100 });
    expect(figures.suppressions).toEqual([]);
  });
});

describe('KPIs not split into both cohorts', () => {
  it('leave out a cohort the KPI does not apply to, and give an overall figure for one the YJB does not split', () => {
    const figures = computeKpis(
      {
        title: 'Key performance indicators',
        period: '2025-26',
        indicators: [
          { id: 'oocd', title: 'Out-of-court disposals completed', measure: 'completed', out_of_court: { met: 45, total: 50 } },
          { id: 'board', title: 'Management board attendance', measure: 'attendances', overall: { met: 27, total: 32 } },
        ],
      },
      publicDisclosure,
      'data/kpis.yaml',
    );
    // 45 of 50 = 90.0%; 27 of 32 = 84.375% = 84.4%.
    expect(figures.rows[0]).toMatchObject({ outOfCourt: { percent: { value: 90 } }, court: undefined, overall: undefined });
    expect(figures.rows[1]).toMatchObject({ outOfCourt: undefined, court: undefined, overall: { met: { value: 27 }, total: { value: 32 }, percent: { value: 84.4 } } });
  });
});
