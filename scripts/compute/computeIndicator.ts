import type { Indicator } from '../schemas/indicator.ts';
import type { Disclosure } from './shownCount.ts';
import type { Counting } from './tableProtection.ts';

export interface IndicatorSeries {
  name: string;
  comparator: string;
  /** null where there is no figure, and where a small count is hidden: its true value is not kept. */
  values: (number | null)[];
  /** As published: "165.4", "[x]" for no figure, the small-count symbol (e.g. "<5") for a hidden one. */
  formatted: string[];
  /** True where a value is hidden to protect privacy (not missing). */
  hidden: boolean[];
}

export interface IndicatorFigures {
  title: string;
  measure: string;
  unit: Indicator['unit'];
  decimals: number;
  lowerIsBetter: boolean;
  periods: string[];
  series: IndicatorSeries[];
  source: string | undefined;
  /** The YJS's most recent figure and how it moved from the period before; value null when it is hidden. */
  latest: { period: string; value: number | null; formatted: string; change: 'better' | 'worse' | 'same' | undefined } | undefined;
  /** What the numbers count; only unit: number counts anything. */
  counting: Counting;
  /** Figures from 1 to this are hidden (0: none); the note under the table says so. See computeIndicator. */
  hiddenUpTo: number;
  /** True when any value is hidden. */
  hasSuppressed: boolean;
  /** True when any period has no figure ([x]). */
  hasMissing: boolean;
}

/** The Government Statistical Service's mark for a figure that is not available. */
export const notAvailable = '[x]';

/**
 * 165.4, 1 decimal, percent => "165.4%"; null => "[x]" (not available); -1.5 => "−1.5"
 * with a true minus sign, as money has; -0.04 to 1 decimal => "0.0", not "-0.0".
 */
export function formatIndicatorValue(value: number | null, unit: Indicator['unit'], decimals: number): string {
  if (value === null) return notAvailable;
  const digits = Math.abs(value).toLocaleString('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  const text = value < 0 && /[1-9]/.test(digits) ? `\u2212${digits}` : digits;
  return unit === 'percent' ? `${text}%` : text;
}

/**
 * An indicator's figures as they may be published. With unit: number and a
 * protected counting (children by default), every value from 1 to the
 * threshold, in every series, is replaced by the symbol before anything else
 * sees it: the table, {% latest %}, the chart and its summary all read these.
 */
export function computeIndicator(indicator: Indicator, disclosure: Disclosure, counting: Counting): IndicatorFigures {
  const threshold = counting.protected ? disclosure.threshold : 0;
  // An indicator has no totals, so no other figure can be hidden to protect a hidden one: at threshold 1 a
  // hidden figure would be 1 and nothing else. 2s are hidden too there, the smallest band of more than one value.
  const hiddenUpTo = threshold === 1 ? 2 : threshold;
  // Zero identifies nobody. A comparator's average below 1 (0.4 children a service) counts no one, and the
  // symbol, "a number from 1 to the threshold", would be false of it: it is shown.
  const isHidden = (v: number | null): v is number => v !== null && v >= 1 && v <= hiddenUpTo;
  const shown = (v: number) => formatIndicatorValue(v, indicator.unit, indicator.decimals);
  const series = indicator.series.map((s) => ({
    name: s.name,
    comparator: s.comparator,
    values: s.values.map((v) => (isHidden(v) ? null : v)),
    formatted: s.values.map((v) => (isHidden(v) ? disclosure.symbol : formatIndicatorValue(v, indicator.unit, indicator.decimals))),
    hidden: s.values.map(isHidden),
  }));
  const own = indicator.series.find((s) => s.comparator === 'yjs');
  let latest: IndicatorFigures['latest'];
  if (own) {
    // Found among the true values, so a hidden latest figure is reported as hidden, not skipped for an older one.
    const index = own.values.findLastIndex((v) => v !== null);
    if (index >= 0) {
      const value = own.values[index]!;
      const previous = own.values.slice(0, index).findLast((v) => v !== null);
      // Compared as published: 149.04 and 149.01 both read "149", so the change is "the same".
      // Beside a hidden figure a change would narrow it down, so there is none.
      const change =
        previous === undefined || previous === null || isHidden(value) || isHidden(previous)
          ? undefined
          : shown(value) === shown(previous)
            ? 'same'
            : (value < previous) === indicator.lower_is_better
              ? 'better'
              : 'worse';
      latest = isHidden(value)
        ? { period: indicator.periods[index]!, value: null, formatted: disclosure.symbol, change }
        : { period: indicator.periods[index]!, value, formatted: shown(value), change };
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
    counting,
    hiddenUpTo,
    hasSuppressed: series.some((s) => s.hidden.some(Boolean)),
    hasMissing: indicator.series.some((s) => s.values.some((v) => v === null)),
  };
}
