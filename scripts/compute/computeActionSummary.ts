import { actionStatuses, type ActionPlan, type ActionStatus } from '../schemas/actionPlan.ts';
import { lastDayOf, type SourceDate } from '../schemas/dates.ts';
import { notRecorded, type NotRecorded } from '../schemas/notRecorded.ts';

export const actionStatusLabels: Record<ActionStatus, string> = {
  completed: 'Completed',
  'on-track': 'Progressing and on track',
  'may-exceed-target-date': 'May exceed original target date',
  'not-started': 'Planned but not started',
  [notRecorded]: 'Not recorded',
};

export const duplicateCountingRule =
  'An action that repeats another (marked "duplicate of") is listed but not counted again: it is counted once, under the action it repeats.';

export interface ActionRow {
  ref: string;
  action: string;
  lead: string | NotRecorded;
  due: SourceDate | NotRecorded;
  progress: string;
  status: ActionStatus;
  statusLabel: string;
  duplicateOf: string | undefined;
  /** Due (by the end of its day or month) before the date progress was reported, and not completed. A row with no due date or no status is never overdue. */
  overdue: boolean;
  priority: string | undefined;
  group: string | undefined;
  /** Only in the internal build. */
  internalNotes: string | undefined;
  internal: boolean;
}

export interface ActionSummary {
  title: string;
  description: string | undefined;
  /** The date progress was reported: the action plan's as_at, else the plan date. */
  asAt: string;
  rows: ActionRow[];
  /** The rows under the tracker's own headings, in the order each heading first appears; one unnamed group when there are none. */
  groups: { name: string | undefined; rows: ActionRow[] }[];
  /** True when some row names the priority it serves, so the table has a column for it. */
  hasPriorities: boolean;
  /** Counts by status, duplicates excluded, in the YJB's order; "not recorded" last, and only when some row has it. */
  counts: { status: ActionStatus; label: string; count: number }[];
  /** Distinct actions: rows less duplicates. */
  counted: number;
  duplicates: number;
  overdue: number;
}

/**
 * Status counts computed from the rows, so the summary can never disagree
 * with the table. Public outputs leave out actions marked internal, and the
 * counts with them.
 */
export function computeActionSummary(plan: ActionPlan, planDate: string, audience: 'public' | 'internal' = 'public'): ActionSummary {
  const asAt = plan.as_at ?? planDate;
  const visible = plan.actions.filter((a) => audience === 'internal' || !a.internal);
  const shownRefs = new Set(visible.map((a) => a.ref));
  const rows: ActionRow[] = visible.map((a) => ({
    ref: a.ref,
    action: a.action,
    lead: a.lead,
    due: a.due,
    progress: a.progress,
    status: a.status,
    statusLabel: actionStatusLabels[a.status],
    // A repeat of an action this audience does not see is the one it sees: count it, and link nowhere.
    duplicateOf: a.duplicate_of !== undefined && shownRefs.has(a.duplicate_of) ? a.duplicate_of : undefined,
    overdue: a.status !== 'completed' && a.status !== notRecorded && a.due !== notRecorded && lastDayOf(a.due) < asAt,
    priority: a.priority,
    group: a.group,
    internalNotes: audience === 'internal' ? a.internal_notes : undefined,
    internal: a.internal,
  }));
  const counted = rows.filter((r) => r.duplicateOf === undefined);
  const statuses: ActionStatus[] = counted.some((r) => r.status === notRecorded) ? [...actionStatuses, notRecorded] : [...actionStatuses];
  return {
    title: plan.title,
    description: plan.description,
    asAt,
    rows,
    groups: groupRows(rows),
    hasPriorities: rows.some((r) => r.priority !== undefined),
    counts: statuses.map((status) => ({
      status,
      label: actionStatusLabels[status],
      count: counted.filter((r) => r.status === status).length,
    })),
    counted: counted.length,
    duplicates: rows.length - counted.length,
    overdue: counted.filter((r) => r.overdue).length,
  };
}

/** Rows under their group headings, each group where its first row is; rows with no heading form one unnamed group, shown as "Other actions" beside named ones. */
function groupRows(rows: ActionRow[]): { name: string | undefined; rows: ActionRow[] }[] {
  const groups: { name: string | undefined; rows: ActionRow[] }[] = [];
  for (const row of rows) {
    const group = groups.find((g) => g.name === row.group);
    if (group) group.rows.push(row);
    else groups.push({ name: row.group, rows: [row] });
  }
  return groups;
}
