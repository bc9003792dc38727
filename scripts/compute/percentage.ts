/**
 * part / whole as a percentage rounded half away from zero to `decimals`
 * places; 0 when the whole is 0, since "0% of nothing" is how plans read.
 * Rounding is stated beside every table that shows percentages.
 */
export function percentage(part: number, whole: number, decimals = 1): number {
  if (whole === 0) return 0;
  const factor = 10 ** decimals;
  return Math.round(((part / whole) * 100 + Number.EPSILON) * factor) / factor;
}
