import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditTable, mayBeSmall, systemOf, type Published, type PublishedTable } from '../../scripts/disclosure/auditTable.ts';
import { solveRanges } from '../../scripts/disclosure/solveRanges.ts';

const small: Published = { kind: 'small' };
const hidden: Published = { kind: 'confidential' };
const shown = (value: number): Published => ({ kind: 'shown', value });

describe('auditTable: what a reader with a calculator can work out', () => {
  it('pins both "<5" in Custody <5, Intensive supervision <5, Referral order 30, total 32 (today\'s publication)', () => {
    // x + y + 30 = 32 with x and y from 1 to 4: x + y = 2, so both are 1.
    const audit = auditTable({ threshold: 4, slots: [small, small, shown(30), shown(32)], lines: [[0, 1, 2, 3]] });
    expect(audit.findings).toEqual([
      { slot: 0, kind: 'pinned', range: { min: 1, max: 1 } },
      { slot: 1, kind: 'pinned', range: { min: 1, max: 1 } },
    ]);
  });

  it('works out every hidden cell of White 4, 4 / Black 2, 5 as published today: <5 <5 | 8, <5 [c] | 7, totals 6 9 | 15', () => {
    // Slots: a b c d (cells), 8 7 (row totals), 6 9 (column totals), 15.
    // a + b = 8 with both at most 4: a = b = 4; a + c = 6: c = 2; c + d = 7: d = 5.
    const table: PublishedTable = {
      threshold: 4,
      slots: [small, small, small, hidden, shown(8), shown(7), shown(6), shown(9), shown(15)],
      lines: [[0, 1, 4], [2, 3, 5], [0, 2, 6], [1, 3, 7], [4, 5, 8], [6, 7, 8]],
    };
    expect(auditTable(table).findings.map((f) => [f.slot, f.kind, f.range.min, f.range.max])).toEqual([
      [0, 'pinned', 4, 4],
      [1, 'pinned', 4, 4],
      [2, 'pinned', 2, 2],
      [3, 'pinned', 5, 5],
    ]);
  });

  it('reads [c] as more than the threshold: <5, [c], 50 | 57 gives the small one as 1 or 2', () => {
    // x + y = 7 with y at least 5: x is 1 or 2, narrower than "<5".
    const audit = auditTable({ threshold: 4, slots: [small, hidden, shown(50), shown(57)], lines: [[0, 1, 2, 3]] });
    expect(audit.findings).toEqual([{ slot: 0, kind: 'narrowed', range: { min: 1, max: 2 }, band: { min: 1, max: 4 } }]);
    // Hiding 50 as well: x + y + z = 57 with y, z at least 5 leaves x anywhere from 1 to 4.
    expect(auditTable({ threshold: 4, slots: [small, hidden, hidden, shown(57)], lines: [[0, 1, 2, 3]] }).findings).toEqual([]);
  });

  it('finds the "did not meet" complement of a KPI: 51 of 53 published as met <5 of 53 says 49 to 52 did not', () => {
    // met + not met = 53. met shown as 51: not met is 2, pinned.
    expect(auditTable({ threshold: 4, slots: [shown(51), { kind: 'unpublished' }, shown(53)], lines: [[0, 1, 2]] }).findings).toEqual([
      { slot: 1, kind: 'pinned', range: { min: 2, max: 2 } },
    ]);
    // met hidden as [c] (at least 5): not met is anywhere from 0 to 48, which covers 1 to 4.
    expect(auditTable({ threshold: 4, slots: [hidden, { kind: 'unpublished' }, shown(53)], lines: [[0, 1, 2]] }).findings).toEqual([]);
  });

  it('lets the symbols alone bound a small number, but never pin it', () => {
    // Two "<5" adding to a "<5": each is 1 to 3 whatever else is shown, so 1 to 3 is all that can be asked.
    expect(auditTable({ threshold: 4, slots: [small, small, small], lines: [[0, 1, 2]] }).findings).toEqual([]);
    // Four "<5" adding to a "<5" are all 1: pinned by the symbols alone.
    const four = auditTable({ threshold: 4, slots: [small, small, small, small, small], lines: [[0, 1, 2, 3, 4]] });
    expect(four.findings.map((f) => [f.slot, f.kind])).toEqual([[0, 'pinned'], [1, 'pinned'], [2, 'pinned'], [3, 'pinned'], [4, 'pinned']]);
    // Their total as [c] may be small (mayBeSmall), so it no longer bounds them: each is 1 to 4 again.
    const withheld: PublishedTable = { threshold: 4, slots: [small, small, small, small, hidden], lines: [[0, 1, 2, 3, 4]] };
    expect(mayBeSmall(withheld.slots, withheld.lines, 4)).toBe(true);
    expect(auditTable(withheld).findings).toEqual([]);
  });

  it('uses a published share of a hidden count: 25.0% of a shown 40 pins a [c] at 10', () => {
    // 2000 × x between (2 × 250 − 1) × 40 and (2 × 250 + 1) × 40 − 1: 9.99 ≤ x < 10.01, so x = 10.
    const table: PublishedTable = {
      threshold: 4,
      slots: [hidden, hidden, shown(40)],
      lines: [[0, 1, 2]],
      facts: [{ terms: [[0, 2000], [2, -499]], lower: 0, upper: Infinity }, { terms: [[0, 2000], [2, -501]], lower: -Infinity, upper: -1 }],
    };
    expect(auditTable(table).findings.map((f) => [f.slot, f.kind, f.range.min])).toEqual([
      [0, 'pinned', 10],
      [1, 'pinned', 30],
    ]);
  });

  it('reports a table no counts can fit', () => {
    expect(auditTable({ threshold: 4, slots: [small, shown(50), shown(40)], lines: [[0, 1, 2]] }).findings[0]!.kind).toBe('contradiction');
  });
});

/**
 * The solver's bounds are exact: for tables small enough to list every table of counts that fits
 * a publication, the smallest and largest value each hidden slot takes among them equal the
 * solver's (a linear programme, not asked for whole numbers: exact because the sums of a table are
 * totally unimodular). Both are given the same box, each cell from 0 to `bound`, which keeps that so.
 */
describe('the solver\'s bounds equal brute force', () => {
  const threshold = 4;
  const bound = 12;

  /**
   * A publication a reader could see of the true values: zeros shown, small ones "<5", others shown
   * or [c], and a small total of "<5" and zeros sometimes [c] (as suppression does when "<5" would pin its parts).
   */
  function publish(values: number[], hideBig: boolean[], lines: number[][]): Published[] {
    const slots: Published[] = values.map((v, i) => (v >= 1 && v <= threshold ? small : v > threshold && hideBig[i] ? hidden : shown(v)));
    for (const line of lines) {
      const total = line[line.length - 1]!;
      if (slots[total]!.kind === 'small' && hideBig[total] && mayBeSmall(slots.map((p, i) => (i === total ? hidden : p)), lines, total)) slots[total] = hidden;
    }
    return slots;
  }

  function consistent(p: Published, v: number, slots: Published[], lines: number[][], slot: number): boolean {
    if (p.kind === 'shown') return v === p.value;
    if (p.kind === 'small') return v >= 1 && v <= threshold;
    if (p.kind === 'confidential') return v > threshold || (mayBeSmall(slots, lines, slot) && v >= 0);
    return v >= 0;
  }

  /** Every assignment of the free cells from 0 to `bound`; the rest follow from the lines. */
  function bruteForce(slots: Published[], lines: number[][], free: number, derive: (cells: number[]) => number[]) {
    const seen = new Map<number, { min: number; max: number }>();
    const cells = new Array<number>(free).fill(0);
    const visit = (i: number) => {
      if (i === free) {
        const values = derive(cells);
        if (!values.every((v, slot) => consistent(slots[slot]!, v, slots, lines, slot))) return;
        values.forEach((v, slot) => {
          const r = seen.get(slot) ?? { min: Infinity, max: -Infinity };
          seen.set(slot, { min: Math.min(r.min, v), max: Math.max(r.max, v) });
        });
        return;
      }
      for (let v = 0; v <= bound; v++) {
        cells[i] = v;
        visit(i + 1);
      }
    };
    visit(0);
    return seen;
  }

  const compare = (slots: Published[], lines: number[][], free: number, derive: (cells: number[]) => number[]) => {
    const system = systemOf({ threshold, slots, lines });
    expect(system.integer).toBe(false);
    for (let cell = 0; cell < free; cell++) system.upper[cell] = Math.min(system.upper[cell]!, bound);
    const hidden = slots.flatMap((p, slot) => (p.kind === 'shown' ? [] : [slot]));
    const solved = solveRanges(system, hidden)!;
    const brute = bruteForce(slots, lines, free, derive);
    hidden.forEach((slot, i) => {
      expect(solved[i], `slot ${slot}`).toEqual(brute.get(slot));
    });
  };

  it('for 2 × 2 tables with row, column and grand totals', () => {
    const value = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 5, max: 9 }));
    fc.assert(
      fc.property(fc.array(value, { minLength: 4, maxLength: 4 }), fc.array(fc.boolean(), { minLength: 9, maxLength: 9 }), (cells, hideBig) => {
        // Slots: a b c d, rows a+b c+d, columns a+c b+d, grand.
        const derive = ([a, b, c, d]: number[]) => [a!, b!, c!, d!, a! + b!, c! + d!, a! + c!, b! + d!, a! + b! + c! + d!];
        const lines = [[0, 1, 4], [2, 3, 5], [0, 2, 6], [1, 3, 7], [4, 5, 8], [6, 7, 8]];
        compare(publish(derive(cells), hideBig, lines), lines, 4, derive);
      }),
      { numRuns: 40 },
    );
  });

  it('for one-way tables of four rows and a total', () => {
    const value = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 5, max: 9 }));
    fc.assert(
      fc.property(fc.array(value, { minLength: 4, maxLength: 4 }), fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }), (cells, hideBig) => {
        const derive = (c: number[]) => [...c, c.reduce((x, y) => x + y, 0)];
        const lines = [[0, 1, 2, 3, 4]];
        compare(publish(derive(cells), hideBig, lines), lines, 4, derive);
      }),
      { numRuns: 40 },
    );
  });
});
