import type { Problem } from '../errors/Problem.ts';
import { locateYamlPath } from '../load/locateYamlPath.ts';
import type { YamlSource } from '../load/loadPlan.ts';
import { actionStatusesOrNotRecorded } from '../schemas/actionPlan.ts';
import type { DataEntry } from '../schemas/dataKinds.ts';
import { notRecorded } from '../schemas/notRecorded.ts';
import { formatFieldPath } from './fieldPath.ts';

const pence = (pounds: number) => Math.round(pounds * 100);
const poundsText = (p: number) => `£${(p / 100).toLocaleString('en-GB', { minimumFractionDigits: p % 100 ? 2 : 0, maximumFractionDigits: 2 })}`;

/**
 * A total or count the source printed (stated_total, stated_counts) that
 * disagrees with its own rows: the defect published trackers and outturns
 * carry. yjplan always shows what the rows give; this warns in `check` and
 * fails `check --submission`, naming the line of the stated figure.
 */
export function checkStatedTotals(entries: Map<string, DataEntry>, sources: Map<string, YamlSource>): Problem[] {
  const problems: Problem[] = [];
  const warn = (entry: DataEntry, path: PropertyKey[], what: string, computed: string, stated: string) => {
    problems.push({
      severity: 'warning',
      code: 'stated-total-mismatch',
      file: entry.file,
      ...locateYamlPath(sources.get(entry.file)?.text ?? '', path),
      field: formatFieldPath(path),
      message: `The rows give ${what} ${computed}, but the source states ${stated}. yjplan shows ${computed}, from the rows.`,
      expected: computed,
      found: stated,
      fix: 'Check the rows against the source for a missing, repeated or mistyped line; then correct the rows, or the stated figure.',
    });
  };
  for (const entry of entries.values()) {
    if (entry.kind === 'budgets' && entry.value.stated_total) {
      for (const column of ['budget', 'actual'] as const) {
        const stated = entry.value.stated_total[column];
        if (stated === undefined) continue;
        const computed = entry.value.lines.reduce((sum, line) => sum + pence(line[column]), 0);
        if (computed !== pence(stated)) warn(entry, ['stated_total', column], `a total ${column} of`, poundsText(computed), poundsText(pence(stated)));
      }
    }
    if (entry.kind === 'partner-contributions' && entry.value.stated_total !== undefined) {
      const amounts = entry.value.partners.flatMap((p) => [p.staffing, p.payments_in_kind, p.other_delegated_funds]);
      const computed = amounts.reduce<number>((sum, amount) => sum + (amount === notRecorded ? 0 : pence(amount)), 0);
      if (computed !== pence(entry.value.stated_total)) warn(entry, ['stated_total'], 'a total of', poundsText(computed), poundsText(pence(entry.value.stated_total)));
    }
    if (entry.kind === 'actions' && entry.value.stated_counts) {
      // The source's counts are of its own rows, internal ones included; a repeat is counted once, under its original.
      const counted = entry.value.actions.filter((a) => a.duplicate_of === undefined);
      for (const status of actionStatusesOrNotRecorded) {
        const stated = entry.value.stated_counts[status];
        if (stated === undefined) continue;
        const computed = counted.filter((a) => a.status === status).length;
        if (computed !== stated) warn(entry, ['stated_counts', status], `"${status}" a count of`, String(computed), String(stated));
      }
    }
  }
  return problems;
}
