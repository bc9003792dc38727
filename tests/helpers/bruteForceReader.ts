import type { BreakdownFigures } from '../../scripts/compute/computeBreakdown.ts';
import { formatCount } from '../../scripts/render/filters/formatCount.ts';

/**
 * A hostile reader of a printed table of counts, who knows nothing of the
 * solver: it tries every table of whole numbers (each hidden cell from 0 to
 * `bound`) and keeps those that fit what is printed. What each printed
 * position could be is then the set of values it took in the tables kept.
 *
 * The reader reads the marks as docs/disclosure-control.md defines them:
 *   - a number is exact, and 0 is never hidden, so a hidden figure is at least 1;
 *   - the plan's symbol (e.g. "<5") is 1 to the threshold;
 *   - "[c]" is more than the threshold, except a total whose line's counts are
 *     all "<5", 0 or such totals: that total may be small;
 *   - when the plan's symbol is itself "[c]" (`oneMark`), a reader cannot tell a
 *     small count from one hidden to protect it: every "[c]" is at least 1.
 */
export interface Printed {
  /** Rows of printed cells; a one-way table has one cell a row (it is also the row's total). */
  cells: string[][];
  /** Printed row totals of a two-way table; none for a one-way table. */
  rowTotals?: string[];
  /** Printed column totals of a two-way table; for a one-way table, none. */
  columnTotals?: string[];
  grand: string;
}

export interface Reading {
  threshold: number;
  symbol: string;
}

/** A computed breakdown as a reader sees it printed. */
export function printedOf(figures: BreakdownFigures, symbol: string): Printed {
  const text = (c: Parameters<typeof formatCount>[0]) => formatCount(c, symbol);
  if (!figures.multiColumn) return { cells: figures.rows.map((r) => [text(r.total)]), grand: text(figures.grandTotal) };
  return {
    cells: figures.rows.map((r) => r.cells.map(text)),
    rowTotals: figures.rows.map((r) => text(r.total)),
    columnTotals: figures.columnTotals.map(text),
    grand: text(figures.grandTotal),
  };
}

/** The values each printed cell can take, row by row, as sorted arrays. */
export function possibleCells(printed: Printed, reading: Reading, bound: number): number[][][] {
  const { threshold, symbol } = reading;
  const oneMark = symbol === '[c]';
  const rows = printed.cells.length;
  const columns = printed.cells[0]!.length;
  const twoWay = printed.rowTotals !== undefined;
  // Which printed totals may be small: the rule applied until nothing changes.
  const rowSmall = new Array<boolean>(rows).fill(false);
  const columnSmall = new Array<boolean>(columns).fill(false);
  let grandSmall = false;
  const smallish = (text: string) => text === symbol || text === '0';
  for (let round = 0; round < 3; round++) {
    printed.cells.forEach((row, i) => (rowSmall[i] = row.every(smallish)));
    for (let j = 0; j < columns; j++) columnSmall[j] = printed.cells.every((row) => smallish(row[j]!));
    grandSmall = twoWay
      ? printed.rowTotals!.every((t, i) => smallish(t) || (t === '[c]' && rowSmall[i])) || printed.columnTotals!.every((t, j) => smallish(t) || (t === '[c]' && columnSmall[j]))
      : printed.cells.every((row) => smallish(row[0]!));
  }
  const fits = (text: string, value: number, maySmall: boolean): boolean => {
    if (text === symbol && !oneMark) return value >= 1 && value <= threshold;
    if (text === '[c]') return oneMark || maySmall ? value >= 1 : value > threshold;
    return Number(text.replace(/,/g, '')) === value;
  };
  const hidden: [number, number][] = [];
  printed.cells.forEach((row, i) => row.forEach((text, j) => (/^[\d,]+$/.test(text) ? undefined : hidden.push([i, j]))));
  const values = printed.cells.map((row) => row.map((text) => (/^[\d,]+$/.test(text) ? Number(text.replace(/,/g, '')) : 0)));
  const seen = printed.cells.map((row) => row.map(() => new Set<number>()));
  const visit = (k: number) => {
    if (k === hidden.length) {
      for (const [i, j] of hidden) if (!fits(printed.cells[i]![j]!, values[i]![j]!, false)) return;
      const rowTotals = values.map((row) => row.reduce((a, b) => a + b, 0));
      const columnTotals = Array.from({ length: columns }, (_, j) => values.reduce((sum, row) => sum + row[j]!, 0));
      const grand = rowTotals.reduce((a, b) => a + b, 0);
      if (twoWay) {
        if (!printed.rowTotals!.every((t, i) => fits(t, rowTotals[i]!, rowSmall[i]!))) return;
        if (!printed.columnTotals!.every((t, j) => fits(t, columnTotals[j]!, columnSmall[j]!))) return;
      }
      if (!fits(printed.grand, grand, grandSmall)) return;
      values.forEach((row, i) => row.forEach((v, j) => seen[i]![j]!.add(v)));
      return;
    }
    const [i, j] = hidden[k]!;
    for (let v = 1; v <= bound; v++) {
      values[i]![j] = v;
      visit(k + 1);
    }
    values[i]![j] = 0;
  };
  visit(0);
  return seen.map((row) => row.map((s) => [...s].sort((a, b) => a - b)));
}
