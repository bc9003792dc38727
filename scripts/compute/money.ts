/**
 * Money is held as whole pence so that totals are exact: adding 0.1 + 0.2
 * pounds as floating point is how published totals end up a penny out.
 */
export type Pence = number;

export function toPence(pounds: number): Pence {
  return Math.round(pounds * 100);
}

/**
 * 123456789 => "£1,234,567.89"; negative amounts get a true minus sign.
 * Without pence (a table whose source has none): 123456700 => "£1,234,567".
 */
export function formatPence(pence: Pence, withPence = true): string {
  const pounds = Math.abs(pence) / 100;
  const digits = withPence ? 2 : 0;
  const text = `£${pounds.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits })}`;
  return pence < 0 ? `\u2212${text}` : text;
}

/** True when any amount has pence, so a table shows them all to the penny; otherwise it shows whole pounds, as its source does. */
export function hasPence(values: readonly Pence[]): boolean {
  return values.some((v) => v % 100 !== 0);
}

export function sumPence(values: readonly Pence[]): Pence {
  return values.reduce((total, value) => total + value, 0);
}
