import type { Problem } from '../errors/Problem.ts';
import { locateYamlPath } from '../load/locateYamlPath.ts';
import type { Breakdown } from '../schemas/breakdown.ts';
import { percentage } from './percentage.ts';
import { shownCount, suppressionRecord, usesOneMark, type Disclosure, type ShownCount, type ShownPercent, type SuppressionRecord } from './shownCount.ts';
import { suppressCounts, type SuppressionReason } from './suppressCounts.ts';
import { formatFieldPath } from '../validate/fieldPath.ts';

export interface BreakdownRow {
  label: string;
  cells: ShownCount[];
  total: ShownCount;
  /** Share of the grand total (of the group, in an overlapping table), one decimal place. */
  share: ShownPercent;
}

export interface BreakdownFigures {
  title: string;
  description: string | undefined;
  source: string | undefined;
  categoryLabel: string;
  columns: string[];
  /** False for a one-column table, which then shows no separate row totals. */
  multiColumn: boolean;
  rows: BreakdownRow[];
  /** True when a child can be counted in several rows: the rows are not added up. */
  overlapping: boolean;
  /** False for an overlapping table with no group_size: there is nothing to take a share of. */
  hasShares: boolean;
  /** Empty for an overlapping table. */
  columnTotals: ShownCount[];
  /** The total of the rows; for an overlapping table, the group size (hidden when not given). */
  grandTotal: ShownCount;
  suppressions: SuppressionRecord[];
  warnings: Problem[];
}

/** Where a breakdown sits in its file, so a warning can name the line: `path` is e.g. ['diversity'] in data/staff.yaml. */
export interface BreakdownSource {
  text: string;
  path?: PropertyKey[];
}

/**
 * Totals, shares and disclosure control for a table of counts. Suppression
 * runs on the whole grid, totals included, before anything is published.
 */
export function computeBreakdown(breakdown: Breakdown, disclosure: Disclosure, file: string, source?: BreakdownSource): BreakdownFigures {
  if (breakdown.overlapping) return computeOverlappingBreakdown(breakdown, disclosure, file);
  const columns = breakdown.columns ?? ['Number'];
  const width = columns.length;
  const matrix = breakdown.rows.map((row) => row.counts ?? [row.count ?? 0]);
  const rowTotals = matrix.map((cells) => cells.reduce((a, b) => a + b, 0));
  const columnTotals = columns.map((_, j) => matrix.reduce((sum, cells) => sum + (cells[j] ?? 0), 0));
  const grandTotal = rowTotals.reduce((a, b) => a + b, 0);

  // Lay every value out in one list of slots so one pass can protect them all.
  const values: number[] = [];
  const cellSlot = matrix.map((cells) => cells.map((v) => values.push(v) - 1));
  const rowTotalSlot = width > 1 ? rowTotals.map((v) => values.push(v) - 1) : cellSlot.map((cells) => cells[0]!);
  const columnTotalSlot = columnTotals.map((v) => values.push(v) - 1);
  const grandSlot = width > 1 ? values.push(grandTotal) - 1 : columnTotalSlot[0]!;
  const lines: number[][] = [];
  if (width > 1) {
    cellSlot.forEach((cells, i) => lines.push([...cells, rowTotalSlot[i]!]));
    lines.push([...columnTotalSlot, grandSlot]);
  }
  columns.forEach((_, j) => lines.push([...cellSlot.map((cells) => cells[j]!), columnTotalSlot[j]!]));
  if (width > 1) lines.push([...rowTotalSlot, grandSlot]);
  const reasons = suppressCounts({ values, lines }, disclosure.threshold, { oneMark: usesOneMark(disclosure) });

  const suppressions: SuppressionRecord[] = [];
  const publish = publisher(values, reasons, { file, table: breakdown.title }, suppressions, disclosure);
  const grand = publish(grandSlot, 'Total', width > 1 ? 'Total' : columns[0]!);
  const rows = breakdown.rows.map((row, i) => {
    const cells = width > 1 ? cellSlot[i]!.map((slot, j) => publish(slot, row.label, columns[j]!)) : [];
    const total = width > 1 ? publish(rowTotalSlot[i]!, row.label, 'Total') : publish(rowTotalSlot[i]!, row.label, columns[0]!);
    const share: ShownPercent =
      total.value === null || grand.value === null
        ? { value: null, suppressed: total.suppressed ?? grand.suppressed ?? 'secondary' }
        : { value: percentage(total.value, grand.value, 1) };
    return { label: row.label, cells: width > 1 ? cells : [total], total, share };
  });
  const shownColumnTotals = width > 1 ? columnTotalSlot.map((slot, j) => publish(slot, 'Total', columns[j]!)) : [grand];

  const warnings: Problem[] = [];
  if (breakdown.stated_total !== undefined && breakdown.stated_total !== grandTotal) {
    const path = [...(source?.path ?? []), 'stated_total'];
    warnings.push({
      severity: 'warning',
      code: 'stated-total-mismatch',
      file,
      ...(source ? locateYamlPath(source.text, path) : undefined),
      field: formatFieldPath(path),
      message: `The rows add up to ${grandTotal}, but stated_total says ${breakdown.stated_total}. yjplan shows the total of the rows.`,
      expected: String(grandTotal),
      found: String(breakdown.stated_total),
      fix: 'Check for a missing or double-counted row, then correct or remove stated_total.',
    });
  }

  return {
    ...tableHeading(breakdown, columns),
    rows,
    overlapping: false,
    hasShares: true,
    columnTotals: shownColumnTotals,
    grandTotal: grand,
    suppressions,
    warnings,
  };
}

/**
 * A table where one child can be in several rows (needs, circumstances).
 * Its rows do not add up to anything, so there are no column totals to
 * protect: each row (with its own total, across columns) is a line, and
 * shares are of the group the children are counted from, when it is given.
 */
function computeOverlappingBreakdown(breakdown: Breakdown, disclosure: Disclosure, file: string): BreakdownFigures {
  const columns = breakdown.columns ?? ['Number'];
  const width = columns.length;
  const values: number[] = [];
  const lines: number[][] = [];
  const rowSlots = breakdown.rows.map((row) => {
    const counts = row.counts ?? [row.count ?? 0];
    const cells = counts.map((v) => values.push(v) - 1);
    const total = width > 1 ? values.push(counts.reduce((a, b) => a + b, 0)) - 1 : cells[0]!;
    if (width > 1) lines.push([...cells, total]);
    return { cells, total };
  });
  const group = breakdown.group_size;
  const groupSlot = group === undefined ? undefined : values.push(group) - 1;
  // Each row of a group publishes its complement: 18 of a group of 20 with a need says 2 have not.
  // The complement is never printed, but the audit protects it like a cell when it is small.
  const unpublished = new Set<number>();
  if (groupSlot !== undefined && rowSlots.every(({ total }) => values[total]! <= group!)) {
    for (const { total } of rowSlots) {
      const complement = values.push(group! - values[total]!) - 1;
      unpublished.add(complement);
      lines.push([total, complement, groupSlot]);
    }
  }
  const reasons = suppressCounts({ values, lines, unpublished }, disclosure.threshold, { oneMark: usesOneMark(disclosure) });

  const suppressions: SuppressionRecord[] = [];
  const publish = publisher(values, reasons, { file, table: breakdown.title }, suppressions, disclosure);
  const shownGroup: ShownCount = groupSlot === undefined ? { value: null, suppressed: 'secondary' } : publish(groupSlot, 'Group size', columns.length > 1 ? 'Total' : columns[0]!);
  const rows = breakdown.rows.map((row, i): BreakdownRow => {
    const { cells, total } = rowSlots[i]!;
    const shownCells = width > 1 ? cells.map((slot, j) => publish(slot, row.label, columns[j]!)) : [];
    const shownTotal = width > 1 ? publish(total, row.label, 'Total') : publish(total, row.label, columns[0]!);
    const share: ShownPercent =
      shownTotal.value === null || shownGroup.value === null
        ? { value: null, suppressed: shownTotal.suppressed ?? shownGroup.suppressed ?? 'secondary' }
        : { value: percentage(shownTotal.value, shownGroup.value, 1) };
    return { label: row.label, cells: width > 1 ? shownCells : [shownTotal], total: shownTotal, share };
  });
  return {
    ...tableHeading(breakdown, columns),
    rows,
    overlapping: true,
    hasShares: breakdown.group_size !== undefined,
    columnTotals: [],
    grandTotal: shownGroup,
    suppressions,
    warnings: [],
  };
}

/** Gives the value in a slot as it may be published, logging each one hidden (with its value only for the internal log). */
function publisher(values: number[], reasons: (SuppressionReason | undefined)[], where: { file: string; table: string }, suppressions: SuppressionRecord[], disclosure: Disclosure) {
  return (slot: number, row: string, column: string): ShownCount => {
    const reason = reasons[slot];
    if (reason) suppressions.push(suppressionRecord(where, row, column, reason, disclosure.logValues ? values[slot] : undefined));
    return shownCount(values[slot]!, reason);
  };
}

/** What every breakdown table shows above and beside its rows. */
function tableHeading(breakdown: Breakdown, columns: string[]) {
  return {
    title: breakdown.title,
    description: breakdown.description,
    source: breakdown.source,
    categoryLabel: breakdown.category_label,
    columns,
    multiColumn: columns.length > 1,
  };
}
