import type { Kpis } from '../schemas/kpis.ts';
import { percentage } from './percentage.ts';
import type { Disclosure, ShownCount, ShownPercent, SuppressionRecord } from './shownCount.ts';

export interface KpiCohortFigures {
  met: ShownCount;
  total: ShownCount;
  percent: ShownPercent;
}

export interface KpiFigures {
  title: string;
  period: string;
  /** A cohort is undefined where the KPI does not apply to it; overall is set only for a KPI not split by cohort. */
  rows: { id: string; title: string; measure: string; outOfCourt: KpiCohortFigures | undefined; court: KpiCohortFigures | undefined; overall: KpiCohortFigures | undefined }[];
  suppressions: SuppressionRecord[];
}

/**
 * Percentages for the YJB's KPIs. "Met" is hidden when it, or the number who
 * did not meet the measure (total minus met), is small: showing either,
 * with the total, would identify a handful of children.
 */
export function computeKpis(kpis: Kpis, disclosure: Disclosure, file: string): KpiFigures {
  const suppressions: SuppressionRecord[] = [];
  const isSmall = (n: number) => n >= 1 && n <= disclosure.threshold;
  const cohort = (title: string, cohortName: string, result: { met: number; total: number } | undefined): KpiCohortFigures | undefined => {
    if (!result) return undefined;
    if (isSmall(result.total)) {
      suppressions.push({ file, table: kpis.title, cell: `${title} / ${cohortName} / total`, reason: 'primary' });
      return { met: { value: null, suppressed: 'primary' }, total: { value: null, suppressed: 'primary' }, percent: { value: null, suppressed: 'primary' } };
    }
    if (isSmall(result.met) || isSmall(result.total - result.met)) {
      suppressions.push({ file, table: kpis.title, cell: `${title} / ${cohortName} / met`, reason: 'primary' });
      return { met: { value: null, suppressed: 'primary' }, total: { value: result.total }, percent: { value: null, suppressed: 'primary' } };
    }
    return { met: { value: result.met }, total: { value: result.total }, percent: { value: percentage(result.met, result.total, 1) } };
  };
  return {
    title: kpis.title,
    period: kpis.period,
    rows: kpis.indicators.map((k) => ({
      id: k.id,
      title: k.title,
      measure: k.measure,
      outOfCourt: cohort(k.title, 'Out-of-court', k.out_of_court),
      court: cohort(k.title, 'Court', k.court),
      overall: cohort(k.title, 'Overall', k.overall),
    })),
    suppressions,
  };
}
