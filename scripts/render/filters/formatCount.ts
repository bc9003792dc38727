import type { ShownCount, ShownPercent } from '../../compute/shownCount.ts';

/** Marks a value hidden only to protect another: it is not small itself, so "<5" would mislead. */
export const secondarySymbol = '[c]';

/** {value: 1234} => "1,234"; a small count => the plan's symbol, e.g. "<5"; a count hidden to protect another => "[c]". */
export function formatCount(count: ShownCount, symbol = '<5'): string {
  if (count.value !== null) return count.value.toLocaleString('en-GB');
  return count.suppressed === 'primary' ? symbol : secondarySymbol;
}

/** {value: 12.5} => "12.5%"; a hidden percentage => "[c]", since it is not itself a small number. */
export function formatPercent(percent: ShownPercent): string {
  return percent.value === null ? secondarySymbol : `${percent.value.toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 })}%`;
}

/** 1234.5 => "1,234.5" */
export function formatNumber(value: number, decimals = 0): string {
  return value.toLocaleString('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}
