import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeBreakdown, type BreakdownFigures } from '../../scripts/compute/computeBreakdown.ts';
import { computeKpis } from '../../scripts/compute/computeKpis.ts';
import type { ShownCount } from '../../scripts/compute/shownCount.ts';
import { auditTable, mayBeSmall } from '../../scripts/disclosure/auditTable.ts';
import type { Breakdown } from '../../scripts/schemas/breakdown.ts';
import { formatCount } from '../../scripts/render/filters/formatCount.ts';
import { publishedBreakdown, publishedKpiCohort } from '../helpers/publishedTable.ts';

const threshold = 4;
const disclosure = { threshold, symbol: '<5' };
const internal = { threshold: 0, symbol: '<5' };

/** Counts as plans have them: many zeros, many from 1 to the threshold, some larger. */
const count = fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 4, arbitrary: fc.integer({ min: 1, max: threshold }) }, { weight: 3, arbitrary: fc.integer({ min: 5, max: 60 }) });

const oneWay = fc.array(count, { minLength: 1, maxLength: 8 }).map((counts): Breakdown => ({ title: 'T', category_label: 'C', rows: counts.map((c, i) => ({ label: `r${i}`, count: c })) }));

const twoWay = fc
  .tuple(fc.integer({ min: 2, max: 5 }), fc.integer({ min: 2, max: 5 }))
  .chain(([rows, columns]) => fc.array(fc.array(count, { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows }))
  .map((matrix): Breakdown => ({ title: 'T', category_label: 'C', columns: matrix[0]!.map((_, j) => `c${j}`), rows: matrix.map((counts, i) => ({ label: `r${i}`, counts })) }));

/** Rows of an overlapping table, each no more than the group it is counted from. */
const overlapping = fc
  .tuple(fc.array(count, { minLength: 1, maxLength: 6 }), fc.integer({ min: 0, max: 8 }), fc.boolean())
  .map(([counts, extra, withGroup]): Breakdown => ({
    title: 'T',
    category_label: 'C',
    overlapping: true,
    ...(withGroup ? { group_size: Math.max(0, ...counts) + extra } : {}),
    rows: counts.map((c, i) => ({ label: `r${i}`, count: c })),
  }));

const tables = fc.oneof(oneWay, twoWay, overlapping);

/** Every count the table publishes, beside its true value from the internal build. */
function pairs(shown: BreakdownFigures, truth: BreakdownFigures): [ShownCount, number][] {
  const all = (f: BreakdownFigures) => [...f.rows.flatMap((r) => [...r.cells, r.total]), ...f.columnTotals, ...(f.hasShares || !f.overlapping ? [f.grandTotal] : [])];
  const a = all(shown);
  const b = all(truth);
  return a.map((c, i) => [c, b[i]!.value!]);
}

describe('disclosure control, for any table of counts', () => {
  it('passes the audit after suppression, shows no number from 1 to 4, uses "<5" only for 1 to 4, and is deterministic (1,000 tables)', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(tables, async (breakdown) => {
        // Each table takes the solver some milliseconds: let the test runner's messages through between them.
        await new Promise((resolve) => setImmediate(resolve));
        const figures = computeBreakdown(breakdown, disclosure, 'f');
        const truth = computeBreakdown(breakdown, internal, 'f');
        const published = publishedBreakdown(figures, threshold);
        expect(auditTable(published).findings).toEqual([]);
        // The audit reads the symbols as the docs define them; that reading must be true of the data.
        const truths = publishedBreakdown(truth, 0).slots.map((slot) => (slot.kind === 'shown' ? slot.value : undefined));
        published.slots.forEach((slot, i) => {
          const value = truths[i];
          if (value === undefined) return; // an unprinted complement
          if (slot.kind === 'shown') expect(slot.value === value && (value === 0 || value > threshold)).toBe(true);
          if (slot.kind === 'small') expect(value >= 1 && value <= threshold).toBe(true);
          if (slot.kind === 'confidential') expect(value > threshold || (value >= 1 && mayBeSmall(published.slots, published.lines, i))).toBe(true);
        });
        for (const [count, value] of pairs(figures, truth)) {
          const text = formatCount(count, '<5');
          if (count.value !== null) expect(count.value).toBe(value);
          if (text === '<5') expect(value >= 1 && value <= threshold).toBe(true);
        }
        // The same data gives the same table (checked on every tenth, to keep the test quick).
        if (run++ % 10 === 0) expect(computeBreakdown(breakdown, disclosure, 'f')).toEqual(figures);
      }),
      { numRuns: 1000, seed: 13 },
    );
  });

  it('hides the share of any row whose count is hidden', () => {
    fc.assert(
      fc.property(tables, (breakdown) => {
        for (const row of computeBreakdown(breakdown, disclosure, 'f').rows) if (row.total.value === null) expect(row.share.value).toBeNull();
      }),
      { numRuns: 200 },
    );
  });

  it('never lets a KPI cohort give away a small number who met or missed it', () => {
    const cohort = fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 })).map(([a, b]) => ({ met: Math.min(a, b), total: Math.max(a, b) }));
    fc.assert(
      fc.property(cohort, ({ met, total }) => {
        const shown = computeKpis({ title: 'K', period: 'P', indicators: [{ id: 'k', title: 'K', measure: 'm', court: { met, total } }] }, disclosure, 'f').rows[0]!.court!;
        expect(auditTable(publishedKpiCohort(shown, threshold)).findings).toEqual([]);
        if (formatCount(shown.met) === '<5') expect(met >= 1 && met <= threshold).toBe(true);
        if (formatCount(shown.total) === '<5') expect(total >= 1 && total <= threshold).toBe(true);
        if (shown.met.value !== null) expect(shown.met.value).toBe(met);
        if (shown.met.value !== null && shown.total.value !== null) {
          const missed = shown.total.value - shown.met.value;
          expect(missed === 0 || missed > threshold).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
