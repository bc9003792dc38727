/**
 * Money is held as whole pence so that totals are exact: adding 0.1 + 0.2
 * pounds as floating point is how published totals end up a penny out.
 */
export type Pence = number;

export function toPence(pounds: number): Pence {
  return Math.round(pounds * 100);
}

/** 123456789 => "£1,234,567.89"; negative amounts get a true minus sign. */
export function formatPence(pence: Pence): string {
  const pounds = Math.abs(pence) / 100;
  const text = `£${pounds.toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
  return pence < 0 ? `\u2212${text}` : text;
}

export function sumPence(values: readonly Pence[]): Pence {
  return values.reduce((total, value) => total + value, 0);
}
