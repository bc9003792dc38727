import { describe, expect, it } from 'vitest';
import { percentage } from '../../scripts/compute/percentage.ts';

describe('percentage', () => {
  it('gives hand-checked shares at 0 and 1 decimal places', () => {
    expect(percentage(1, 3, 1)).toBe(33.3); // 33.333… rounds down
    expect(percentage(2, 3, 1)).toBe(66.7); // 66.666… rounds up
    expect(percentage(2, 3, 0)).toBe(67);
    expect(percentage(1, 8, 1)).toBe(12.5); // exact: 12.5
    expect(percentage(7, 7, 0)).toBe(100);
    expect(percentage(1, 3)).toBe(33.3); // one decimal place unless told
  });

  it('rounds an exact half up, even where floating point lands just below it', () => {
    // 23 / 40 = 0.575 exactly, so 57.5% to 0 places is 58. In floating point
    // 23 / 40 * 100 is 57.49999999999999, which Math.round took to 57.
    expect(percentage(23, 40, 0)).toBe(58);
    // 23 / 80 = 0.2875, so 28.75% to 1 place is 28.8 (floating point gave 28.7).
    expect(percentage(23, 80, 1)).toBe(28.8);
    // 29 / 200 = 14.5% to 0 places is 15 (floating point gave 14).
    expect(percentage(29, 200, 0)).toBe(15);
    // 1 / 200 = 0.5% rounds up to 1; 1 / 201 = 0.4975…% rounds down to 0.
    expect(percentage(1, 200, 0)).toBe(1);
    expect(percentage(1, 201, 0)).toBe(0);
  });

  it('rounds half away from zero for a negative part', () => {
    // -23 / 40 = -57.5% => -58, not -57 (Math.round would go towards +infinity).
    expect(percentage(-23, 40, 0)).toBe(-58);
    expect(Object.is(percentage(-1, 1000, 0), 0)).toBe(true); // -0.1% to 0 places is 0, not -0
  });

  it('is 0 for a zero whole, rather than NaN or Infinity', () => {
    expect(percentage(0, 0)).toBe(0);
    expect(percentage(5, 0, 1)).toBe(0);
    expect(percentage(0, 7, 1)).toBe(0);
  });

  it('rounds parts that are not whole numbers without float noise', () => {
    expect(percentage(1.5, 4, 1)).toBe(37.5); // 37.5 exactly
    // 0.575 * 100 is 57.49999999999999 in floating point; the intended 57.5 rounds to 58.
    expect(percentage(0.575, 1, 0)).toBe(58);
  });

  it('agrees with exact decimal arithmetic for every count up to 300', () => {
    // Reference worked in BigInt: round(part * 100 * 10^d / whole) half up.
    const exact = (part: number, whole: number, d: number) => {
      const n = BigInt(part) * 100n * 10n ** BigInt(d);
      const w = BigInt(whole);
      return Number((2n * n + w) / (2n * w)) / 10 ** d;
    };
    const wrong: string[] = [];
    for (let whole = 1; whole <= 300; whole++) {
      for (let part = 0; part <= whole; part++) {
        for (const d of [0, 1]) if (percentage(part, whole, d) !== exact(part, whole, d)) wrong.push(`${part}/${whole} to ${d}dp`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
