import type { SuppressionReason } from './suppressCounts.ts';
import type { SuppressionRecord } from './shownCount.ts';

const reasons: SuppressionReason[] = ['primary', 'secondary', 'complement'];

/**
 * One line for the end of every build: how many values each table hides and
 * why. "Hidden: 6 in Needs of children (4 primary, 2 secondary); 2 in Key
 * performance indicators (2 complement)." In the internal build, which hides
 * nothing, it is what the public build hides.
 */
export function suppressionSummary(records: SuppressionRecord[], audience: 'public' | 'internal'): string {
  const lead = audience === 'internal' ? 'The public build hides' : 'Hidden';
  if (!records.length) return `${lead}: nothing (no count from 1 to the threshold, nothing to protect).`;
  const tables = new Map<string, SuppressionRecord[]>();
  for (const record of records) tables.set(record.table, [...(tables.get(record.table) ?? []), record]);
  const parts = [...tables].map(([table, hidden]) => {
    const why = reasons.map((reason) => [reason, hidden.filter((h) => h.reason === reason).length] as const).filter(([, n]) => n > 0);
    return `${hidden.length} in ${table} (${why.map(([reason, n]) => `${n} ${reason}`).join(', ')})`;
  });
  return `${lead}: ${parts.join('; ')}.`;
}

/**
 * The suppression log for the board and the information governance lead:
 * one row per hidden value with where it is, the value and why it is hidden.
 * Only the internal build writes it, beside (never inside) its outputs.
 */
export function suppressionLogCsv(records: SuppressionRecord[]): string {
  const cell = (text: string) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  const lines = records.map((r) => [r.file, r.table, r.row, r.column, r.value === undefined ? '' : String(r.value), r.reason].map(cell).join(','));
  return `${['file', 'table', 'row', 'column', 'value', 'reason'].join(',')}\n${lines.map((l) => `${l}\n`).join('')}`;
}
