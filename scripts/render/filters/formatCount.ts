import type { ShownCount, ShownPercent } from '../../compute/shownCount.ts';

/** {value: 1234} => "1,234"; a suppressed count => the plan's symbol, e.g. "<5". */
export function formatCount(count: ShownCount, symbol = '<5'): string {
  return count.value === null ? symbol : count.value.toLocaleString('en-GB');
}

/** {value: 12.5} => "12.5%"; a suppressed percentage => the symbol. */
export function formatPercent(percent: ShownPercent, symbol = '<5'): string {
  return percent.value === null ? symbol : `${percent.value.toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 })}%`;
}

/** 1234.5 => "1,234.5" */
export function formatNumber(value: number, decimals = 0): string {
  return value.toLocaleString('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}
