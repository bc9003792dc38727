import type { BreakdownFigures } from '../../compute/computeBreakdown.ts';
import { notAvailable, type IndicatorFigures } from '../../compute/computeIndicator.ts';
import { formatCount } from '../filters/formatCount.ts';
import type { Counting } from '../../compute/tableProtection.ts';

/** One plotted value in long form, the shape Vega-Lite reads. A null value is not drawn. */
export interface ChartDatum {
  /** Period for indicators, row label for breakdowns. */
  category: string;
  /** Comparator name for indicators, column for breakdowns. */
  series: string;
  value: number | null;
  /** The value as the table prints it, e.g. "165.4", "<5", "[x]". */
  text: string;
  /** True when the value is hidden to protect privacy (not missing). */
  hidden: boolean;
}

/** The chart's data as a table a screen reader can use; the same figures the chart draws. */
export interface ChartTable {
  caption: string;
  rowHeader: string;
  columns: string[];
  rows: { header: string; cells: string[] }[];
}

/** A breakdown's counting, when known, says whose privacy its hidden numbers protect. */
export type ChartSource = { kind: 'indicators'; figures: IndicatorFigures } | { kind: 'breakdowns'; figures: BreakdownFigures & { counting?: Counting } };

export interface ChartData {
  categories: string[];
  series: string[];
  data: ChartDatum[];
  table: ChartTable;
  /** True when a hidden small number left a gap in the chart. */
  hasSuppressed: boolean;
  /** True when a period has no figure ([x]). */
  hasMissing: boolean;
}

export function chartDataOf(source: ChartSource, symbol: string): ChartData {
  return source.kind === 'indicators' ? indicatorChartData(source.figures) : breakdownChartData(source.figures, symbol);
}

function indicatorChartData(figures: IndicatorFigures): ChartData {
  const data = figures.series.flatMap((s) =>
    // A hidden count is already null here, with the symbol as its text: it is not drawn.
    figures.periods.map((period, i) => ({ category: period, series: s.name, value: s.values[i] ?? null, text: s.formatted[i] ?? notAvailable, hidden: s.hidden[i] ?? false })),
  );
  return {
    categories: figures.periods,
    series: figures.series.map((s) => s.name),
    data,
    table: {
      caption: `${figures.title}: ${figures.measure}`,
      rowHeader: 'Area',
      columns: figures.periods,
      rows: figures.series.map((s) => ({ header: s.name, cells: s.formatted })),
    },
    hasSuppressed: figures.hasSuppressed,
    hasMissing: figures.hasMissing,
  };
}

function breakdownChartData(figures: BreakdownFigures, symbol: string): ChartData {
  const data = figures.rows.flatMap((row) =>
    figures.columns.map((column, j) => {
      const cell = row.cells[j]!;
      return { category: row.label, series: column, value: cell.value, text: formatCount(cell, symbol), hidden: cell.value === null };
    }),
  );
  return {
    categories: figures.rows.map((r) => r.label),
    series: figures.columns,
    data,
    table: {
      caption: figures.title,
      rowHeader: figures.categoryLabel,
      columns: figures.multiColumn ? [...figures.columns, 'Total'] : figures.columns,
      rows: figures.rows.map((row) => ({
        header: row.label,
        cells: [...row.cells.map((c) => formatCount(c, symbol)), ...(figures.multiColumn ? [formatCount(row.total, symbol)] : [])],
      })),
    },
    hasSuppressed: data.some((d) => d.value === null),
    hasMissing: false,
  };
}
