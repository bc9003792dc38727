import { describe, expect, it } from 'vitest';
import { computeIndicator, formatIndicatorValue } from '../../scripts/compute/computeIndicator.ts';
import type { Indicator } from '../../scripts/schemas/indicator.ts';
import { indicatorCounting } from '../../scripts/compute/tableProtection.ts';

type Series = Indicator['series'][number];

const publicDisclosure = { threshold: 4, symbol: '<5' };
/** As the build computes it: protected or not by what the indicator counts. */
const compute = (i: Indicator) => computeIndicator(i, publicDisclosure, indicatorCounting(i, 'disability'));

function indicator(values: (number | null)[], options: Partial<Indicator> = {}, others: Series[] = []): Indicator {
  const periods = options.periods ?? values.map((_, i) => String(2021 + i));
  return {
    title: 'First time entrants',
    measure: 'Rate per 100,000 children aged 10 to 17',
    unit: 'rate',
    decimals: 0,
    lower_is_better: true,
    periods,
    series: [{ name: 'Testshire', comparator: 'yjs', values }, ...others],
    ...options,
  };
}

describe('computeIndicator: the latest figure and how it moved', () => {
  it('takes the last period as the latest and calls a fall better when lower is better', () => {
    // 149 (2025) against 161 (2024): lower, and lower is better.
    const figures = compute(indicator([212, 188, 174, 161, 149]));
    expect(figures.latest).toEqual({ period: '2025', value: 149, formatted: '149', change: 'better' });
  });

  it('calls a rise worse when lower is better, and better when higher is better', () => {
    expect(compute(indicator([161, 170])).latest?.change).toBe('worse');
    expect(compute(indicator([161, 170], { lower_is_better: false })).latest?.change).toBe('better');
    expect(compute(indicator([170, 161], { lower_is_better: false })).latest?.change).toBe('worse');
  });

  it('calls an unchanged figure the same, whichever way is better', () => {
    expect(compute(indicator([31.0, 31.0])).latest?.change).toBe('same');
    expect(compute(indicator([31.0, 31.0], { lower_is_better: false })).latest?.change).toBe('same');
  });

  it('compares figures as published: two values that both read "149" are the same', () => {
    // To 0 decimals 149.04 and 149.01 both show as 149; "better than the period before" beside
    // two equal numbers would be a claim no reader could check.
    expect(compute(indicator([149.04, 149.01])).latest).toMatchObject({ formatted: '149', change: 'same' });
    // To 2 decimals they differ, and 149.01 is lower, so better.
    expect(compute(indicator([149.04, 149.01], { decimals: 2 })).latest).toMatchObject({ formatted: '149.01', change: 'better' });
  });

  it('skips periods with no figure (null) on both sides of the comparison', () => {
    // [0.21, null, 0.12]: latest 0.12 in 2023 against 0.21 in 2021, past the gap.
    const gap = compute(indicator([0.21, null, 0.12], { decimals: 2 }));
    expect(gap.latest).toEqual({ period: '2023', value: 0.12, formatted: '0.12', change: 'better' });
    // [5, 6, null]: the last period has no figure, so the latest is 6 in 2022, a rise from 5.
    const trailing = compute(indicator([5, 6, null]));
    expect(trailing.latest).toEqual({ period: '2022', value: 6, formatted: '6', change: 'worse' });
  });

  it('has no change with only one figure, and no latest figure with none', () => {
    expect(compute(indicator([null, 42])).latest).toEqual({ period: '2022', value: 42, formatted: '42', change: undefined });
    expect(compute(indicator([null, null])).latest).toBeUndefined();
  });

  it('has no latest figure when no series is the service\'s own (comparator yjs)', () => {
    const figures = compute({ ...indicator([1, 2]), series: [{ name: 'England and Wales', comparator: 'national', values: [1, 2] }] });
    expect(figures.latest).toBeUndefined();
  });

  it('uses the service\'s own series for the latest figure, not the first listed', () => {
    const figures = compute({
      ...indicator([]),
      periods: ['2024', '2025'],
      series: [
        { name: 'England and Wales', comparator: 'national', values: [150, 300] },
        { name: 'Testshire', comparator: 'yjs', values: [160, 140] },
      ],
    });
    expect(figures.latest).toEqual({ period: '2025', value: 140, formatted: '140', change: 'better' });
  });

  it('formats every series, with [x] (not available) for a gap', () => {
    const figures = compute(
      indicator([0.21, null, 0.12], { unit: 'rate', decimals: 2 }, [{ name: 'England and Wales', comparator: 'national', values: [0.12, 0.11, 0.1] }]),
    );
    expect(figures.series.map((s) => s.formatted)).toEqual([
      ['0.21', '[x]', '0.12'],
      ['0.12', '0.11', '0.10'],
    ]);
    expect(figures.periods).toEqual(['2021', '2022', '2023']);
    expect(figures.lowerIsBetter).toBe(true);
  });
});

describe('formatIndicatorValue', () => {
  it('writes rates and numbers with thousands commas and the stated decimals', () => {
    expect(formatIndicatorValue(1234.4, 'rate', 0)).toBe('1,234');
    expect(formatIndicatorValue(1234.5, 'rate', 1)).toBe('1,234.5');
    expect(formatIndicatorValue(0.1, 'rate', 2)).toBe('0.10'); // pads to 2 places
    expect(formatIndicatorValue(12, 'number', 0)).toBe('12');
    expect(formatIndicatorValue(12, 'number', 3)).toBe('12.000');
  });

  it('adds a % sign to percentages, after the decimals', () => {
    expect(formatIndicatorValue(31, 'percent', 1)).toBe('31.0%');
    expect(formatIndicatorValue(34.25, 'percent', 1)).toBe('34.3%'); // 34.25 rounds half up
  });

  it('rounds a decimal half up as written, not as stored', () => {
    // 1.005 is stored as 1.00499999999999989…, but it was written as 1.005 and reads as 1.01.
    expect(formatIndicatorValue(1.005, 'number', 2)).toBe('1.01');
    expect(formatIndicatorValue(2.5, 'number', 0)).toBe('3');
  });

  it('writes a missing figure as [x], the Government Statistical Service\'s mark for not available', () => {
    expect(formatIndicatorValue(null, 'percent', 1)).toBe('[x]');
  });

  it('writes a negative figure with a true minus sign, and never "-0.0"', () => {
    expect(formatIndicatorValue(-1.5, 'percent', 1)).toBe('\u22121.5%');
    expect(formatIndicatorValue(-1234, 'number', 0)).toBe('\u22121,234');
    // -0.04 to one decimal is zero: no sign at all.
    expect(formatIndicatorValue(-0.04, 'rate', 1)).toBe('0.0');
    expect(formatIndicatorValue(-0, 'number', 0)).toBe('0');
  });
});

describe('computeIndicator: counts of children (unit: number)', () => {
  const custody = (values: (number | null)[], options: Partial<Indicator> = {}) =>
    indicator(values, { title: 'Children sentenced to custody', measure: 'Number of children', unit: 'number', decimals: 0, ...options }, [
      { name: 'England and Wales', comparator: 'national', values: values.map((_, i) => 1200 - 50 * i) },
    ]);

  it('hides every value from 1 to the threshold, keeping 0 and larger counts, and keeps no hidden value', () => {
    // 2021-2025: 6, 2, 0, 1, 3. 2, 1 and 3 are from 1 to 4; 0 identifies nobody; 6 is above 4.
    const figures = compute(custody([6, 2, 0, 1, 3]));
    expect(figures.series[0]).toEqual({
      name: 'Testshire',
      comparator: 'yjs',
      values: [6, null, 0, null, null],
      formatted: ['6', '<5', '0', '<5', '<5'],
      hidden: [false, true, false, true, true],
    });
    // The national counts (1,200 down to 1,000) are large and shown.
    expect(figures.series[1]!.formatted).toEqual(['1,200', '1,150', '1,100', '1,050', '1,000']);
    expect(figures.hasSuppressed).toBe(true);
    expect(JSON.stringify(figures)).not.toMatch(/"value":(1|2|3)\b/);
  });

  it('gives a hidden latest figure as the symbol, for its own period, with no change beside it', () => {
    // The latest is 3 (2025): hidden, not skipped for the 0 of 2023 as a "latest" figure.
    expect(compute(custody([6, 2, 0, 1, 3])).latest).toEqual({ period: '2025', value: null, formatted: '<5', change: undefined });
    // [6, 2, null]: the latest figure is 2 (2022), hidden; not 6 (2021).
    expect(compute(custody([6, 2, null])).latest).toEqual({ period: '2022', value: null, formatted: '<5', change: undefined });
    // 7 after a hidden 2: "worse than the period before" would say the hidden figure was below 7.
    expect(compute(custody([2, 7])).latest).toEqual({ period: '2022', value: 7, formatted: '7', change: undefined });
    // 9 after 6: both shown, so the change is given.
    expect(compute(custody([6, 9])).latest).toEqual({ period: '2022', value: 9, formatted: '9', change: 'worse' });
  });

  it('shows counts in full that are not of children, and numbers that count nothing', () => {
    for (const counting of ['offences', 'outcomes', 'events', 'none'] as const) {
      const figures = compute(custody([6, 2, 0, 1, 3], { counting }));
      expect(figures.series[0]!.formatted, counting).toEqual(['6', '2', '0', '1', '3']);
      expect(figures.hasSuppressed, counting).toBe(false);
    }
    // An offence count marked identifying is hidden like children; so are counts of people.
    expect(compute(custody([6, 2], { counting: 'offences', identifying: true })).series[0]!.formatted).toEqual(['6', '<5']);
    expect(compute(custody([6, 2], { counting: 'people' })).series[0]!.formatted).toEqual(['6', '<5']);
  });

  it('hides nothing in a rate or percentage, and nothing for the internal audience', () => {
    expect(compute(indicator([2, 3], { unit: 'rate' })).series[0]!.formatted).toEqual(['2', '3']);
    const internal = computeIndicator(custody([6, 2]), { threshold: 0, symbol: '<5' }, indicatorCounting(custody([6, 2]), 'disability'));
    expect(internal.series[0]!.formatted).toEqual(['6', '2']);
  });
});
