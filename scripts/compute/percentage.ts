/**
 * part / whole as a percentage rounded half away from zero to `decimals`
 * places; 0 when the whole is 0, since "0% of nothing" is how plans read.
 * Rounding is stated beside every table that shows percentages.
 *
 * Counts are whole numbers, so the rounding is done in integers: in floating
 * point 23 / 40 * 100 is 57.49999999999999, which Math.round takes to 57,
 * not the 58 a reader checking 57.5% by hand expects.
 */
export function percentage(part: number, whole: number, decimals = 1): number {
  if (whole === 0) return 0;
  const factor = 10 ** decimals;
  const sign = Math.sign(part) * Math.sign(whole);
  const numerator = Math.abs(part) * 100 * factor;
  const denominator = Math.abs(whole);
  let units: number;
  if (Number.isSafeInteger(numerator) && Number.isSafeInteger(denominator) && Number.isSafeInteger(2 * numerator + denominator)) {
    // floor((2n + d) / 2d) is n / d rounded half up, done exactly with a remainder.
    const doubled = 2 * numerator + denominator;
    units = (doubled - (doubled % (2 * denominator))) / (2 * denominator);
  } else {
    // Not whole numbers: round the quotient at 15 significant digits first, which removes float noise.
    units = Math.round(Number((numerator / denominator).toPrecision(15)));
  }
  return units === 0 ? 0 : (sign * units) / factor;
}
