/**
 * Statistical disclosure control for counts of children.
 *
 * Primary suppression hides every count from 1 to the threshold. Secondary
 * suppression then hides more cells until no hidden count can be worked out
 * by subtraction: in every line (a row or column with its total) either no
 * value is hidden, or at least two are. Zero is never hidden by primary
 * suppression: "none" identifies nobody.
 */

export type SuppressionReason = 'primary' | 'secondary';

export interface SuppressionGrid {
  /** Every value in the table: cells and totals alike. */
  values: number[];
  /** Each line lists member slots and, last, the slot of their total. */
  lines: number[][];
}

export function suppressCounts(grid: SuppressionGrid, threshold: number): (SuppressionReason | undefined)[] {
  const reasons: (SuppressionReason | undefined)[] = grid.values.map((v) => (v >= 1 && v <= threshold ? 'primary' : undefined));
  if (threshold <= 0) return reasons;
  let changed = true;
  while (changed) {
    changed = false;
    for (const line of grid.lines) {
      const hidden = line.filter((slot) => reasons[slot] !== undefined).length;
      if (hidden !== 1) continue;
      const members = line.slice(0, -1);
      const total = line[line.length - 1]!;
      // Hide the smallest other non-zero member: it costs readers the least information.
      const candidates = members.filter((slot) => reasons[slot] === undefined && grid.values[slot]! > 0);
      candidates.sort((a, b) => grid.values[a]! - grid.values[b]!);
      const next = candidates[0] ?? (reasons[total] === undefined ? total : undefined);
      if (next === undefined) continue;
      reasons[next] = 'secondary';
      changed = true;
    }
  }
  return reasons;
}
