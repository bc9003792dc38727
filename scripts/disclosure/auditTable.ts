import { RangeSolver, solveRanges, type LinearRow, type LinearSystem, type Range } from './solveRanges.ts';

/**
 * What a reader sees in one place of a table of counts:
 *   shown         the number itself
 *   small         the plan's symbol (e.g. "<5"): a number from 1 to the threshold
 *   confidential  "[c]": hidden to protect a small number; larger than the threshold (small numbers
 *                 are shown with the plan's symbol, and zero is never hidden), except the total of a
 *                 line of "<5" and zeros, which may be small itself (see mayBeSmall)
 *   unpublished   never printed, but fixed by the table's structure, e.g. the children who did not
 *                 meet a KPI (total minus met), or those without a need (group size minus the row)
 */
export type Published = { kind: 'shown'; value: number } | { kind: 'small' } | { kind: 'confidential' } | { kind: 'unpublished' };

export interface PublishedTable {
  threshold: number;
  /** Every value in the table: cells, totals and unpublished complements alike. */
  slots: Published[];
  /** Each line lists member slots and, last, the slot of their total: the members add up to it. */
  lines: number[][];
  /** Other published facts, e.g. a share of a hidden total; these make the audit solve in whole numbers. */
  facts?: LinearRow[];
  /**
   * The plan's symbol for a small number is "[c]" itself (always so at threshold 1): a reader cannot
   * tell a small number from one hidden to protect it, so every hidden figure reads only as "at least 1"
   * (0 is shown). The audit then reads the table that way, and a small number must still never have one
   * possible value: at threshold 1 its band, "1 to 1", is one value, so it must be able to be more.
   */
  oneMark?: boolean;
}

export type FindingKind =
  /** A small number could be narrowed to fewer values than its symbol (and the table's shape) allow. */
  | 'narrowed'
  /** A hidden number has only one possible value. */
  | 'pinned'
  /** No table of counts fits what is published. */
  | 'contradiction';

export interface Finding {
  slot: number;
  kind: FindingKind;
  /** The values the slot can take, given everything published. */
  range: Range;
  /** For 'narrowed': the values it should still be able to take. */
  band?: Range;
}

export interface Audit {
  /**
   * For every slot not shown, values it can take: its exact range where the
   * audit had to solve for it, otherwise the values seen in solutions, enough to settle it.
   */
  ranges: Map<number, Range>;
  findings: Finding[];
}

/**
 * The audit a statistical office runs after suppression (as in τ-ARGUS and
 * sdcTable): for every value not shown, the smallest and largest value it
 * can take given everything published and the meaning of each symbol.
 *
 *   - A small number ("<5") is safe when those bounds are its whole band,
 *     1 to the threshold, except where the symbols alone already rule a
 *     value out (two "<5" in a line whose total is "<5" cannot each be 4):
 *     then the bounds must be what the symbols alone allow, and never one value.
 *   - An unpublished complement whose bounds reach into 1..threshold is held
 *     to the same test, since a reader cannot tell it is not small.
 *   - A "[c]" is safe when it can take more than one value.
 *
 * "What the symbols alone allow" is the same table with every non-zero shown
 * number hidden as "[c]", the most suppression can do: the bounds then come
 * only from the symbols and the sums, so a table with everything hidden passes
 * unless its symbols alone pin a small number.
 */
export function auditTable(table: PublishedTable, options: { firstOnly?: boolean } = {}): Audit {
  const hidden = table.slots.flatMap((p, slot) => (p.kind === 'shown' ? [] : [slot]));
  const findings: Finding[] = [];
  const ranges = new Map<number, Range>();
  if (!hidden.length) return { ranges, findings };
  const solver = new RangeSolver(systemOf(table, false));
  try {
    if (!solver.feasible) return { ranges, findings: [{ slot: hidden[0]!, kind: 'contradiction', range: { min: 0, max: Infinity } }] };
    const band = { min: 1, max: table.threshold };
    solver.spread(hidden);
    // Slots whose bounds fall short of the band: only these need the bounds from the symbols alone.
    const short: number[] = [];
    for (const slot of hidden) {
      const kind = table.slots[slot]!.kind;
      // Values seen in solutions so far are possible values: solve only when they do not settle it.
      if (kind === 'confidential') {
        const seen = solver.seen(slot);
        // With one mark, a "[c]" that can only be from 1 to the threshold is a small number a reader has found.
        const evident = table.oneMark && seen.max <= band.max;
        if (!evident && (seen.min < seen.max || solver.min(slot) < seen.max)) continue;
        const range = solver.range(slot);
        ranges.set(slot, range);
        if (range.min === range.max) findings.push({ slot, kind: 'pinned', range });
        else if (table.oneMark && range.max <= band.max && (range.min > band.min || range.max < band.max)) short.push(slot);
      } else {
        // An unprinted complement that cannot be small needs nothing: one solve tells, e.g. 91 - 14 = 77.
        if (kind === 'unpublished' && solver.seen(slot).min > band.max && solver.min(slot) > band.max) continue;
        // It must reach the top of its band and never have one value: at threshold 1 the band is one value,
        // so a small number must be able to be 2 as well.
        const top = Math.max(band.max, band.min + 1);
        if (solver.seen(slot).min > band.min) solver.min(slot);
        if (solver.seen(slot).max < top) solver.max(slot);
        const seen = solver.seen(slot);
        if (seen.min <= band.min && seen.max >= top) continue;
        const range = solver.range(slot);
        ranges.set(slot, range);
        if (kind === 'unpublished' && (range.max < band.min || range.min > band.max)) continue;
        if (range.min === range.max) findings.push({ slot, kind: 'pinned', range });
        else if (range.min > band.min || range.max < band.max) short.push(slot);
      }
      if (options.firstOnly && findings.length) return { ranges, findings };
    }
    if (short.length) {
      const prior = solveRanges(systemOf(table, true), short);
      short.forEach((slot, i) => {
        const range = ranges.get(slot)!;
        const symbols = prior?.[i] ?? { min: 0, max: Infinity };
        const due = { min: Math.max(band.min, symbols.min), max: Math.min(band.max, symbols.max) };
        if (range.min > due.min || range.max < due.max) findings.push({ slot, kind: 'narrowed', range, band: due });
      });
    }
    for (const slot of hidden) if (!ranges.has(slot)) ranges.set(slot, solver.seen(slot));
    findings.sort((a, b) => a.slot - b.slot);
    return { ranges, findings };
  } finally {
    solver.dispose();
  }
}

/**
 * The reader's knowledge as linear constraints. `symbolsOnly` is the same
 * table with every non-zero shown count hidden as "[c]": what the symbols
 * alone would say.
 */
export function systemOf(table: PublishedTable, symbolsOnly = false): LinearSystem {
  const slots = symbolsOnly ? table.slots.map((p): Published => (p.kind === 'shown' && p.value !== 0 ? { kind: 'confidential' } : p)) : table.slots;
  const lower: number[] = [];
  const upper: number[] = [];
  const maySmall = smallTotals(slots, table.lines);
  slots.forEach((p, slot) => {
    const [lo, hi] =
      p.kind === 'shown'
        ? [p.value, p.value]
        : table.oneMark && (p.kind === 'small' || p.kind === 'confidential')
          ? [1, Infinity]
          : p.kind === 'small'
            ? [1, table.threshold]
            : p.kind === 'confidential'
              ? [maySmall.has(slot) ? 0 : table.threshold + 1, Infinity]
              : [0, Infinity];
    lower.push(lo);
    upper.push(hi);
  });
  const rows: LinearRow[] = table.lines.map((line) => ({
    terms: [...line.slice(0, -1).map((slot): [number, number] => [slot, 1]), [line[line.length - 1]!, -1]],
    lower: 0,
    upper: 0,
  }));
  const facts = symbolsOnly ? [] : (table.facts ?? []);
  return { lower, upper, rows: [...rows, ...facts], integer: facts.length > 0 };
}

/**
 * A "[c]" is larger than the threshold, except the total of a line whose
 * counts are all "<5", 0 or such totals: that total may be small itself,
 * hidden as "[c]" because "<5" would give its parts away (four "<5" adding to
 * a "<5" are all 1; in a 2 × 2 table of 1s, a grand total "<5" over column
 * totals of two "<5" each pins every cell). The rule follows totals of totals:
 * a grand total over row totals that may be small may be small too.
 */
export function mayBeSmall(slots: Published[], lines: number[][], slot: number): boolean {
  return smallTotals(slots, lines).has(slot);
}

/** Every "[c]" that may be small (see mayBeSmall): grown from lines of "<5" and 0 until nothing changes. */
export function smallTotals(slots: Published[], lines: number[][]): Set<number> {
  const found = new Set<number>();
  const smallish = (m: number) => {
    const p = slots[m]!;
    return p.kind === 'small' || (p.kind === 'shown' && p.value === 0) || found.has(m);
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (const line of lines) {
      const total = line[line.length - 1]!;
      if (found.has(total) || slots[total]!.kind !== 'confidential' || !line.slice(0, -1).every(smallish)) continue;
      found.add(total);
      changed = true;
    }
  }
  return found;
}
