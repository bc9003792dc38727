import type { Kpis } from '../schemas/kpis.ts';
import { percentage } from './percentage.ts';
import { shownCount, suppressionRecord, usesOneMark, type Disclosure, type ShownCount, type ShownPercent, type SuppressionRecord } from './shownCount.ts';
import { suppressCounts } from './suppressCounts.ts';

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
 * Percentages for the YJB's KPIs. Each cohort is a line of a table: those
 * who met the measure and those who did not (never printed, but total minus
 * met) add up to the total. Suppression and the audit treat it like any
 * table, so 51 of 53 publishes "[c] of 53": the 2 who did not meet it are
 * protected, and "met" is hidden to protect them, never shown as "<5".
 */
export function computeKpis(kpis: Kpis, disclosure: Disclosure, file: string): KpiFigures {
  const suppressions: SuppressionRecord[] = [];
  const cohort = (title: string, cohortName: string, result: { met: number; total: number } | undefined): KpiCohortFigures | undefined => {
    if (!result) return undefined;
    const values = [result.met, result.total - result.met, result.total];
    const reasons = suppressCounts({ values, lines: [[0, 1, 2]], unpublished: new Set([1]) }, disclosure.threshold, { oneMark: usesOneMark(disclosure) });
    const where = { file, table: kpis.title };
    const publish = (slot: number, column: string): ShownCount => {
      const reason = reasons[slot];
      if (reason) suppressions.push(suppressionRecord(where, title, `${cohortName}: ${column}`, reason, disclosure.logValues ? values[slot] : undefined));
      return shownCount(values[slot]!, reason);
    };
    const met = publish(0, 'met');
    const total = publish(2, 'children');
    const percent: ShownPercent =
      met.value === null || total.value === null
        ? { value: null, suppressed: met.suppressed ?? total.suppressed ?? 'secondary' }
        : { value: percentage(met.value, total.value, 1) };
    return { met, total, percent };
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
