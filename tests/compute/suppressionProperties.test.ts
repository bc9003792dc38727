import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeBreakdown } from '../../scripts/compute/computeBreakdown.ts';
import { computeKpis } from '../../scripts/compute/computeKpis.ts';
import { formatCount } from '../../scripts/render/filters/formatCount.ts';

const threshold = 4;
const disclosure = { threshold, symbol: '<5' };

/** A table of 1–6 rows and 1–4 columns of small and large counts, zeros included. */
const tables = fc
  .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 4 }))
  .chain(([rows, columns]) => fc.array(fc.array(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 60 })), { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows }));

function breakdownOf(matrix: number[][]) {
  const width = matrix[0]!.length;
  return computeBreakdown(
    {
      title: 'T',
      category_label: 'C',
      columns: width > 1 ? matrix[0]!.map((_, j) => `c${j}`) : undefined,
      rows: matrix.map((cells, i) => (width > 1 ? { label: `r${i}`, counts: cells } : { label: `r${i}`, count: cells[0]! })),
    },
    disclosure,
    'f',
  );
}

describe('disclosure control, for any table', () => {
  it('never publishes a count from 1 to the threshold', () => {
    fc.assert(
      fc.property(tables, (matrix) => {
        const figures = breakdownOf(matrix);
        const published = [...figures.rows.flatMap((r) => [...r.cells, r.total]), ...figures.columnTotals, figures.grandTotal];
        for (const count of published) {
          if (count.value !== null) expect(count.value === 0 || count.value > threshold).toBe(true);
          expect(formatCount(count)).not.toMatch(/^[1-4]$/);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never leaves exactly one hidden value in a row or column with its total', () => {
    fc.assert(
      fc.property(tables, (matrix) => {
        const figures = breakdownOf(matrix);
        const hidden = (counts: { value: number | null }[]) => counts.filter((c) => c.value === null).length;
        if (figures.multiColumn) {
          for (const row of figures.rows) expect(hidden([...row.cells, row.total])).not.toBe(1);
          expect(hidden([...figures.columnTotals, figures.grandTotal])).not.toBe(1);
        }
        figures.columns.forEach((_, j) => {
          expect(hidden([...figures.rows.map((r) => r.cells[j]!), figures.columnTotals[j]!])).not.toBe(1);
        });
        expect(hidden([...figures.rows.map((r) => r.total), figures.grandTotal])).not.toBe(1);
      }),
      { numRuns: 500 },
    );
  });

  it('hides the share of any row whose count is hidden', () => {
    fc.assert(
      fc.property(tables, (matrix) => {
        for (const row of breakdownOf(matrix).rows) if (row.total.value === null) expect(row.share.value).toBeNull();
      }),
    );
  });

  it('never shows a small number of children meeting or missing a KPI', () => {
    const cohort = fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 })).map(([a, b]) => ({ met: Math.min(a, b), total: Math.max(a, b) }));
    fc.assert(
      fc.property(cohort, cohort, (outOfCourt, court) => {
        const figures = computeKpis({ title: 'K', period: 'P', indicators: [{ id: 'k', title: 'K', measure: 'm', out_of_court: outOfCourt, court }] }, disclosure, 'f');
        for (const shown of [figures.rows[0]!.outOfCourt!, figures.rows[0]!.court!]) {
          for (const value of [shown.met.value, shown.total.value]) if (value !== null) expect(value === 0 || value > threshold).toBe(true);
          if (shown.met.value !== null && shown.total.value !== null) {
            const missed = shown.total.value - shown.met.value;
            expect(missed === 0 || missed > threshold).toBe(true);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
