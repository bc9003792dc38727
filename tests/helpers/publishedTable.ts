import type { BreakdownFigures } from '../../scripts/compute/computeBreakdown.ts';
import type { KpiCohortFigures } from '../../scripts/compute/computeKpis.ts';
import type { ShownCount } from '../../scripts/compute/shownCount.ts';
import type { Published, PublishedTable } from '../../scripts/disclosure/auditTable.ts';

/** A count as a reader sees it: the number, the plan's symbol (primary) or [c]. */
export function publishedOf(count: ShownCount): Published {
  if (count.value !== null) return { kind: 'shown', value: count.value };
  return count.suppressed === 'primary' ? { kind: 'small' } : { kind: 'confidential' };
}

/**
 * A computed breakdown as the audit reads it, built from the published
 * figures only (what the table prints), not from the data: one-way with its
 * total, two-way with row, column and grand totals, or overlapping rows with
 * each row's unpublished complement within the group size.
 */
export function publishedBreakdown(figures: BreakdownFigures, threshold: number): PublishedTable {
  const slots: Published[] = [];
  const lines: number[][] = [];
  const add = (p: Published) => slots.push(p) - 1;
  if (figures.overlapping) {
    const group = figures.hasShares ? add(publishedOf(figures.grandTotal)) : undefined;
    for (const row of figures.rows) {
      const total = add(publishedOf(row.total));
      if (figures.multiColumn) lines.push([...row.cells.map((c) => add(publishedOf(c))), total]);
      if (group !== undefined) lines.push([total, add({ kind: 'unpublished' }), group]);
    }
    return { threshold, slots, lines };
  }
  const grand = add(publishedOf(figures.grandTotal));
  const rowTotals = figures.rows.map((row) => add(publishedOf(row.total)));
  lines.push([...rowTotals, grand]);
  if (figures.multiColumn) {
    const cells = figures.rows.map((row) => row.cells.map((c) => add(publishedOf(c))));
    const columnTotals = figures.columnTotals.map((c) => add(publishedOf(c)));
    cells.forEach((row, i) => lines.push([...row, rowTotals[i]!]));
    columnTotals.forEach((total, j) => lines.push([...cells.map((row) => row[j]!), total]));
    lines.push([...columnTotals, grand]);
  }
  return { threshold, slots, lines };
}

/** A KPI cohort: met and the unpublished "did not meet" add up to the children. */
export function publishedKpiCohort(cohort: KpiCohortFigures, threshold: number): PublishedTable {
  return { threshold, slots: [publishedOf(cohort.met), { kind: 'unpublished' }, publishedOf(cohort.total)], lines: [[0, 1, 2]] };
}
