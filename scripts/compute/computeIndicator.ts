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

/**
 * 165.4, 1 decimal, percent => "165.4%"; null => "no data"; -1.5 => "−1.5"
 * with a true minus sign, as money has; -0.04 to 1 decimal => "0.0", not "-0.0".
 */
export function formatIndicatorValue(value: number | null, unit: Indicator['unit'], decimals: number): string {
  if (value === null) return 'no data';
  const digits = Math.abs(value).toLocaleString('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  const text = value < 0 && /[1-9]/.test(digits) ? `\u2212${digits}` : digits;
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
      // Compared as published: 149.04 and 149.01 both read "149", so the change is "the same".
      const shown = (v: number) => formatIndicatorValue(v, indicator.unit, indicator.decimals);
      const change =
        previous === undefined || previous === null
          ? undefined
          : shown(value) === shown(previous)
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
