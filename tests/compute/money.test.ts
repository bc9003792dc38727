import { describe, expect, it } from 'vitest';
import { formatPence, sumPence, toPence } from '../../scripts/compute/money.ts';

describe('toPence', () => {
  it('turns pounds with up to two decimal places into exact whole pence', () => {
    expect(toPence(0)).toBe(0);
    expect(toPence(0.1)).toBe(10);
    expect(toPence(12500.5)).toBe(1250050);
    expect(toPence(1234567.89)).toBe(123456789);
    expect(toPence(-49.5)).toBe(-4950);
  });

  it('lands on the right penny where pounds * 100 is just below a whole number', () => {
    // 1.15 * 100 is 114.99999999999999 and 4.35 * 100 is 434.99999999999994 in floating point;
    // truncating would lose a penny, rounding keeps it.
    expect(1.15 * 100).toBeLessThan(115);
    expect(toPence(1.15)).toBe(115);
    expect(toPence(4.35)).toBe(435);
    expect(toPence(100000.1)).toBe(10000010);
  });
});

describe('sumPence', () => {
  it('adds exactly where adding pounds drifts', () => {
    // Ten lines of 10p: as pounds 0.1 added ten times is 0.9999999999999999.
    const tenPence = Array<number>(10).fill(0.1);
    expect(tenPence.reduce((a, b) => a + b, 0)).not.toBe(1);
    expect(sumPence(tenPence.map(toPence))).toBe(100);
  });

  it('is zero for no values, and nets overspends against underspends', () => {
    expect(sumPence([])).toBe(0);
    expect(sumPence([4950, -4950])).toBe(0);
    expect(sumPence([-1, -2, 3, -5])).toBe(-5);
  });
});

describe('formatPence', () => {
  it('writes pounds with a £ sign, thousands commas and two decimal places', () => {
    expect(formatPence(0)).toBe('£0.00');
    expect(formatPence(5)).toBe('£0.05');
    expect(formatPence(100)).toBe('£1.00');
    expect(formatPence(123456789)).toBe('£1,234,567.89');
    expect(formatPence(100000000000)).toBe('£1,000,000,000.00');
  });

  it('puts a true minus sign (U+2212) before the £ of a negative amount, which screen readers say as "minus"', () => {
    expect(formatPence(-5)).toBe('\u2212£0.05');
    expect(formatPence(-4950)).toBe('\u2212£49.50');
    expect(formatPence(-4950)).not.toContain('-'); // not a hyphen
    expect(formatPence(-0)).toBe('£0.00');
  });
});
