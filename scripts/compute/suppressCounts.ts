import { auditTable, mayBeSmall, type Published } from '../disclosure/auditTable.ts';

/**
 * Statistical disclosure control for counts of children.
 *
 *   1. Primary: every count from 1 to the threshold is hidden (shown with
 *      the plan's symbol, e.g. "<5"). Zero is never hidden: "none"
 *      identifies nobody, and a "[c]" can then be read as "more than the
 *      threshold" (but for the small totals of step 3), which the audit
 *      assumes every reader knows.
 *   2. A quick pass: no line (a row or column with its total) may hide
 *      exactly one value, since subtraction would give it back.
 *   3. The audit (disclosure/auditTable.ts) works out, from what would be
 *      published, the smallest and largest value every hidden number can
 *      take. While a small number can be narrowed, or a hidden one pinned,
 *      one more value is hidden in a line through it: the smallest non-zero
 *      one, totals last; failing that, a small total of a line of "<5" and
 *      zeros is shown as "[c]" instead, since "<5" bounds its parts (four
 *      "<5" adding to a "<5" are all 1). Each round changes at least one
 *      value, so it ends; at worst every non-zero value is hidden, which the
 *      audit passes unless the symbols alone pin a small count (none of the
 *      property test's 1,000 random tables does).
 *
 * A value hidden because an unpublished complement is small (the children
 * who did not meet a KPI, or those in the group without a need) has the
 * reason 'complement'; other values hidden to protect one are 'secondary'.
 */
export type SuppressionReason = 'primary' | 'secondary' | 'complement';

export interface SuppressionGrid {
  /** Every value in the table: cells, totals and unpublished complements alike. */
  values: number[];
  /** Each line lists member slots and, last, the slot of their total. */
  lines: number[][];
  /** Slots never printed but fixed by the lines, e.g. total minus met. */
  unpublished?: ReadonlySet<number>;
}

/** oneMark: the plan's symbol for a small number is "[c]" itself (see PublishedTable.oneMark). */
export function suppressCounts(grid: SuppressionGrid, threshold: number, options: { oneMark?: boolean } = {}): (SuppressionReason | undefined)[] {
  const unpublished = grid.unpublished ?? new Set<number>();
  const oneMark = options.oneMark === true;
  const reasons: (SuppressionReason | undefined)[] = grid.values.map((v, slot) => (!unpublished.has(slot) && v >= 1 && v <= threshold ? 'primary' : undefined));
  if (threshold <= 0) return reasons;
  protectLines(grid, reasons, unpublished);

  const totals = new Set(grid.lines.map((line) => line[line.length - 1]!));
  const linesOf = grid.values.map((_, slot) => grid.lines.filter((line) => line.includes(slot)));
  // Members before totals, then the smallest value (it costs readers least), then table order.
  const preference = (a: number, b: number) => Number(totals.has(a)) - Number(totals.has(b)) || grid.values[a]! - grid.values[b]! || a - b;
  const hideable = (slot: number) => !unpublished.has(slot) && reasons[slot] === undefined && grid.values[slot]! > 0;
  // A small total of a line of small counts, zeros and such totals, still "<5": as "[c]" it no longer
  // bounds its parts. Asked of the table as it would be published, so the audit reads the "[c]" as may-be-small.
  const resymbolable = (slot: number) => {
    // With one mark for both, "[c]" for a small total would print the same: it changes nothing.
    if (oneMark || reasons[slot] !== 'primary') return false;
    const trial = reasons.slice();
    trial[slot] = 'secondary';
    return mayBeSmall(publishedTable(grid, trial, threshold, unpublished).slots, grid.lines, slot);
  };
  const choices = (slots: number[]) => [...slots.filter(hideable).sort(preference), ...slots.filter(resymbolable).sort(preference)];
  for (;;) {
    const { findings } = auditTable(publishedTable(grid, reasons, threshold, unpublished, oneMark));
    if (!findings.length || findings.some((f) => f.kind === 'contradiction')) break;
    const added: number[] = [];
    for (const finding of findings) {
      const near = new Set(linesOf[finding.slot]!.flat());
      // One new value per round in any line: it may already protect the next finding.
      if (added.some((slot) => near.has(slot))) continue;
      const next = choices([...near])[0] ?? choices(grid.values.map((_, slot) => slot))[0];
      if (next === undefined) continue;
      reasons[next] = unpublished.has(finding.slot) ? 'complement' : 'secondary';
      added.push(next);
    }
    if (!added.length) break;
  }
  // Rounds that hide several values at once can hide more than needed: give back any value hidden to
  // protect another whose showing the audit still passes, totals and the largest first.
  const secondary = grid.values.map((_, slot) => slot).filter((slot) => reasons[slot] === 'secondary' || reasons[slot] === 'complement');
  const hiddenIn = (line: number[]) => line.filter((s) => reasons[s] !== undefined).length;
  for (const slot of secondary.sort((a, b) => preference(b, a))) {
    const reason = reasons[slot];
    const value = grid.values[slot]!;
    reasons[slot] = value <= threshold ? 'primary' : undefined;
    // A published line left with one hidden value gives it away: no need to ask the audit.
    const gives = linesOf[slot]!.some((line) => !line.some((s) => unpublished.has(s)) && hiddenIn(line) === 1);
    if (gives || auditTable(publishedTable(grid, reasons, threshold, unpublished, oneMark), { firstOnly: true }).findings.length) reasons[slot] = reason;
  }
  return reasons;
}

/** The published form of a table, given which values are hidden and why. */
export function publishedTable(grid: SuppressionGrid, reasons: (SuppressionReason | undefined)[], threshold: number, unpublished: ReadonlySet<number>, oneMark = false) {
  const slots = grid.values.map((value, slot): Published => {
    if (unpublished.has(slot)) return { kind: 'unpublished' };
    const reason = reasons[slot];
    if (reason === undefined) return { kind: 'shown', value };
    return reason === 'primary' ? { kind: 'small' } : { kind: 'confidential' };
  });
  return { threshold, slots, lines: grid.lines, oneMark };
}

/** Until no line with only published values hides exactly one of them, hide its smallest other non-zero member (or its total). */
function protectLines(grid: SuppressionGrid, reasons: (SuppressionReason | undefined)[], unpublished: ReadonlySet<number>): void {
  const lines = grid.lines.filter((line) => !line.some((slot) => unpublished.has(slot)));
  let changed = true;
  while (changed) {
    changed = false;
    for (const line of lines) {
      const hidden = line.filter((slot) => reasons[slot] !== undefined).length;
      if (hidden !== 1) continue;
      const members = line.slice(0, -1);
      const total = line[line.length - 1]!;
      const candidates = members.filter((slot) => reasons[slot] === undefined && grid.values[slot]! > 0);
      candidates.sort((a, b) => grid.values[a]! - grid.values[b]! || a - b);
      const next = candidates[0] ?? (reasons[total] === undefined && grid.values[total]! > 0 ? total : undefined);
      if (next === undefined) continue;
      reasons[next] = 'secondary';
      changed = true;
    }
  }
}
