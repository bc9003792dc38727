import type { Indicator } from '../schemas/indicator.ts';

export interface IndicatorFigures {
  title: string;
  measure: string;
  unit: Indicator['unit'];
  decimals: number;
  lowerIsBetter: boolean;
  periods: string[];
  series: { name: string; comparator: string; values: (number | null)[]; formatted: string[] }[];
  source: string | undefined;
  /** The YJS's most recent figure and how it moved from the period before. */
  latest: { period: string; value: number; formatted: string; change: 'better' | 'worse' | 'same' | undefined } | undefined;
}

/** 165.4, 1 decimal, percent => "165.4%"; null => "no data". */
export function formatIndicatorValue(value: number | null, unit: Indicator['unit'], decimals: number): string {
  if (value === null) return 'no data';
  const text = value.toLocaleString('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  return unit === 'percent' ? `${text}%` : text;
}

export function computeIndicator(indicator: Indicator): IndicatorFigures {
  const series = indicator.series.map((s) => ({
    name: s.name,
    comparator: s.comparator,
    values: s.values,
    formatted: s.values.map((v) => formatIndicatorValue(v, indicator.unit, indicator.decimals)),
  }));
  const own = indicator.series.find((s) => s.comparator === 'yjs');
  let latest: IndicatorFigures['latest'];
  if (own) {
    const index = own.values.findLastIndex((v) => v !== null);
    if (index >= 0) {
      const value = own.values[index]!;
      const previous = own.values.slice(0, index).findLast((v) => v !== null);
      const change =
        previous === undefined || previous === null
          ? undefined
          : value === previous
            ? 'same'
            : (value < previous) === indicator.lower_is_better
              ? 'better'
              : 'worse';
      latest = { period: indicator.periods[index]!, value, formatted: formatIndicatorValue(value, indicator.unit, indicator.decimals), change };
    }
  }
  return {
    title: indicator.title,
    measure: indicator.measure,
    unit: indicator.unit,
    decimals: indicator.decimals,
    lowerIsBetter: indicator.lower_is_better,
    periods: indicator.periods,
    series,
    source: indicator.source,
    latest,
  };
}
