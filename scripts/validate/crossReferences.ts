import { isScalar, parseDocument } from 'yaml';
import type { Problem } from '../errors/Problem.ts';
import { locateYamlPath } from '../load/locateYamlPath.ts';
import type { YamlSource } from '../load/loadPlan.ts';
import type { Breakdown } from '../schemas/breakdown.ts';
import type { DataEntry } from '../schemas/dataKinds.ts';
import type { InspectionEdition } from '../schemas/inspectionStandards.ts';
import type { Plan } from '../schemas/plan.ts';
import { closestMatch, closestRef } from './closestMatch.ts';
import { formatFieldPath } from './fieldPath.ts';

/**
 * Checks what a schema cannot see on its own: references between rows and
 * files, and rows whose lengths must agree. Each problem points at the line.
 */
export function checkCrossReferences(entries: Map<string, DataEntry>, sources: Map<string, YamlSource>, plan: Plan | undefined, inspectionEditions: Map<string, InspectionEdition> = new Map()): Problem[] {
  const problems: Problem[] = [];
  const at = (entry: DataEntry, path: PropertyKey[], problem: Omit<Problem, 'file' | 'severity' | 'field'> & { severity?: Problem['severity'] }) => {
    const text = sources.get(entry.file)?.text ?? '';
    problems.push({ severity: 'error', file: entry.file, field: formatFieldPath(path), ...locateYamlPath(text, path), ...problem });
  };
  const priorityIds = plan?.priorities.map((p) => p.id) ?? [];

  for (const entry of entries.values()) {
    switch (entry.kind) {
      case 'actions': {
        const refs = entry.value.actions.map((a) => a.ref);
        const numbersRead = refsReadAsNumbers(sources.get(entry.file)?.text ?? '', entry.value.actions.length);
        for (const { path, written, read } of numbersRead) {
          at(entry, path, {
            code: 'ref-read-as-number',
            message: `${written} is read as the number ${read}, so the plan would show "${read}", not "${written}".`,
            expected: `"${written}" in quotes`,
            found: written,
            fix: `Put it in quotes: ${String(path[path.length - 1])}: "${written}".`,
          });
        }
        entry.value.actions.forEach((action, index) => {
          if (refs.indexOf(action.ref) !== index) {
            at(entry, ['actions', index, 'ref'], { code: 'duplicate-ref', message: `The ref "${action.ref}" is used by more than one action.`, fix: 'Give each action its own ref.' });
          }
          if (action.duplicate_of !== undefined) {
            if (action.duplicate_of === action.ref) {
              at(entry, ['actions', index, 'duplicate_of'], { code: 'duplicate-of-self', message: `Action ${action.ref} says it duplicates itself.`, fix: 'Point duplicate_of at the other action, or remove it.' });
            } else if (!refs.includes(action.duplicate_of)) {
              const suggestion = closestRef(action.duplicate_of, refs);
              at(entry, ['actions', index, 'duplicate_of'], {
                code: 'duplicate-of-missing',
                message: `Action ${action.ref} says it duplicates action "${action.duplicate_of}", but there is no action with that ref in this file.`,
                expected: `one of ${refs.join(', ')}`,
                found: action.duplicate_of,
                fix: suggestion ? `Did you mean "${suggestion}"?` : 'Correct the ref, or remove duplicate_of.',
              });
            }
          }
          const cycle = duplicateCycle(entry.value.actions, index);
          if (cycle?.length === 3) {
            // Two actions each marked as the other's duplicate: the usual slip is marking both sides of the pair.
            const later = cycle[1]!;
            at(entry, ['actions', index, 'duplicate_of'], {
              code: 'duplicate-of-cycle',
              message: `Actions ${action.ref} and ${later} are each marked as a duplicate of the other, so neither would be counted.`,
              expected: 'duplicate_of on the later action only, pointing at the earlier one',
              found: cycle.join(' → '),
              fix: `Mark only the later one: remove duplicate_of from ${action.ref}, and keep duplicate_of: "${action.ref}" on ${later}.`,
            });
          } else if (cycle) {
            at(entry, ['actions', index, 'duplicate_of'], {
              code: 'duplicate-of-cycle',
              message: `Actions ${listInWords(cycle.slice(0, -1))} repeat each other in a loop (${cycle.join(' → ')}), so none of them would be counted.`,
              expected: 'duplicate_of on the repeats only, pointing at the original action',
              found: cycle.join(' → '),
              fix: `Remove duplicate_of from the action that is the original (probably ${action.ref}).`,
            });
          }
          const original = action.duplicate_of === undefined ? undefined : entry.value.actions.find((a) => a.ref === action.duplicate_of);
          if (original && original !== action && original.status !== action.status) {
            at(entry, ['actions', index, 'status'], {
              severity: 'warning',
              code: 'duplicate-status-differs',
              message: `Action ${action.ref} repeats ${original.ref}, but its status is "${action.status}" and ${original.ref}'s is "${original.status}". The summary counts ${original.ref}'s status only.`,
              expected: `"${original.status}", as on ${original.ref}`,
              found: action.status,
              fix: `Check which status is right, and give both rows the same one.`,
            });
          }
          if (action.priority !== undefined && plan && !priorityIds.includes(action.priority)) {
            at(entry, ['actions', index, 'priority'], {
              code: 'unknown-priority',
              message: `Action ${action.ref} names priority "${action.priority}", which is not in plan.yaml.`,
              expected: `one of ${priorityIds.join(', ')}`,
              found: action.priority,
              fix: closestMatch(action.priority, priorityIds) ? `Did you mean "${closestMatch(action.priority, priorityIds)}"?` : 'Use the id of a priority in plan.yaml.',
            });
          }
        });
        break;
      }
      case 'indicators': {
        const periods = entry.value.periods.length;
        entry.value.periods.forEach((period, index) => {
          if (entry.value.periods.indexOf(period) !== index) {
            at(entry, ['periods', index], {
              code: 'duplicate-period',
              message: `The period "${period}" is listed twice, so two columns of figures would have the same heading.`,
              found: period,
              fix: 'Correct the period (a typo for the next year?), or remove it and its value from every series.',
            });
          }
        });
        entry.value.series.forEach((series, index) => {
          if (series.values.length !== periods) {
            at(entry, ['series', index, 'values'], {
              code: 'periods-mismatch',
              message: `The series "${series.name}" has ${series.values.length} values but there are ${periods} periods, so its values cannot be matched to periods.`,
              expected: `${periods} values (use null for a period with no figure)`,
              found: `${series.values.length} values`,
              fix: 'Add or remove values so there is exactly one for each period, in the same order.',
            });
          }
        });
        break;
      }
      case 'breakdowns':
        checkBreakdownRows(entry.value, [], (path, p) => at(entry, path, p));
        break;
      case 'staff':
        checkBreakdownRows(entry.value.diversity, ['diversity'], (path, p) => at(entry, path, p));
        {
          const roles = entry.value.structure.map((r) => r.role);
          entry.value.structure.forEach((role, index) => {
            if (role.reports_to !== undefined && !roles.includes(role.reports_to)) {
              at(entry, ['structure', index, 'reports_to'], {
                code: 'unknown-role',
                message: `"${role.role}" reports to "${role.reports_to}", which is not a role in this structure.`,
                expected: `one of ${roles.join(', ')}`,
                found: role.reports_to,
                fix: closestMatch(role.reports_to, roles) ? `Did you mean "${closestMatch(role.reports_to, roles)}"?` : 'Write the role exactly as in its role: line.',
              });
            }
          });
        }
        break;
      case 'board': {
        const meetings = entry.value.meetings;
        meetings.forEach((date, index) => {
          if (meetings.indexOf(date) !== index) {
            at(entry, ['meetings', index], {
              code: 'duplicate-meeting',
              message: `The meeting on ${date} is listed more than once, so attendance at it would be counted twice.`,
              found: date,
              fix: 'Remove the repeated date from meetings.',
            });
          }
        });
        entry.value.members.forEach((member, index) => {
          member.attended.forEach(({ date }, j) => {
            if (!meetings.includes(date)) {
              at(entry, ['members', index, 'attended', j], {
                code: 'unknown-meeting',
                message: `${member.name} is recorded as attending a meeting on ${date}, but that date is not in meetings.`,
                expected: `one of ${meetings.join(', ')}`,
                found: date,
                fix: 'Correct the date, or add the meeting to meetings.',
              });
            }
          });
        });
        break;
      }
      case 'kpis': {
        entry.value.indicators.forEach((kpi, index) => {
          for (const [cohort, name] of [['out_of_court', 'out-of-court'], ['court', 'court'], ['overall', 'overall']] as const) {
            const result = kpi[cohort];
            if (!result) continue;
            const { met, total } = result;
            if (met > total) {
              at(entry, ['indicators', index, cohort, 'met'], {
                code: 'kpi-met-over-total',
                message: `"${kpi.title}" (${name}): ${met} children met the measure, but the cohort has only ${total} children.`,
                expected: `met no more than total (${total})`,
                found: String(met),
                fix: 'met counts the children in total who met the measure: check both figures.',
              });
            }
          }
        });
        break;
      }
      case 'inspection': {
        const edition = inspectionEditions.get(entry.value.standards);
        if (!edition) {
          const known = [...inspectionEditions.keys()];
          at(entry, ['standards'], {
            code: 'unknown-inspection-standards',
            message: `There is no edition of the inspectorate's standards called "${entry.value.standards}".`,
            expected: `one of ${known.join(', ')}`,
            found: entry.value.standards,
            fix: closestMatch(entry.value.standards, known) ? `Did you mean "${closestMatch(entry.value.standards, known)}"?` : 'Name the edition the inspection used.',
          });
        } else {
          const refs = edition.domains.flatMap((d) => d.standards.map((s) => s.ref));
          for (const ref of Object.keys(entry.value.ratings)) {
            if (refs.includes(ref)) continue;
            const suggestion = closestRef(ref, refs);
            at(entry, ['ratings', ref], {
              code: 'unknown-standard',
              message: `There is no standard ${ref} in ${edition.title}.`,
              expected: `one of ${refs.join(', ')}`,
              found: ref,
              fix: suggestion ? `Did you mean "${suggestion}"?` : `Check the standard's number in the inspection report. If the inspection used other standards, set standards: to its edition.`,
            });
          }
        }
        entry.value.recommendations.forEach((recommendation, index) => {
          recommendation.actions.forEach((reference, j) => {
            const [planId, ref] = reference.split('#');
            const target = planId ? entries.get(planId) : undefined;
            // An action plan that exists but failed its own checks is reported there; saying its actions "do not exist" would mislead.
            if (!target && sources.has(`data/actions/${planId}.yaml`)) return;
            const refs = target?.kind === 'actions' ? target.value.actions.map((a) => a.ref) : [];
            if (!target || target.kind !== 'actions' || ref === undefined || !refs.includes(ref)) {
              at(entry, ['recommendations', index, 'actions', j], {
                code: 'unknown-action',
                message: `Recommendation ${recommendation.id} points at action "${reference}", which does not exist.`,
                expected: 'ACTION-PLAN-ID#REF, e.g. service-improvement#2.1, naming a file in data/actions/ and a ref in it',
                found: reference,
                fix: !target ? `There is no data/actions/${planId ?? ''}.yaml.` : `Refs in ${target.file}: ${refs.join(', ')}.`,
              });
            }
          });
        });
        break;
      }
      default:
        break;
    }
  }
  return problems;
}

type BreakdownLike = Pick<Breakdown, 'columns' | 'rows' | 'overlapping' | 'group_size' | 'stated_total'>;

function checkBreakdownRows(
  breakdown: BreakdownLike,
  prefix: PropertyKey[],
  report: (path: PropertyKey[], problem: Omit<Problem, 'file' | 'severity' | 'field'>) => void,
): void {
  const width = breakdown.columns?.length;
  breakdown.rows.forEach((row, index) => {
    const path = [...prefix, 'rows', index];
    const both = row.count !== undefined && row.counts !== undefined;
    if (width === undefined) {
      if (row.count === undefined || row.counts !== undefined) {
        report(path, {
          code: 'breakdown-row-shape',
          message: `Row "${row.label}" needs a single count:, because this table has no columns: list.`,
          expected: 'count: NUMBER',
          found: both ? 'both count: and counts:' : row.counts ? 'counts: [...]' : 'no count',
          fix: both ? 'Keep count: and remove counts:, or add columns: [...] and give every row counts: [...].' : 'Write count: 12, or add columns: [...] and give every row counts: [...].',
        });
      }
    } else if (row.counts === undefined || row.counts.length !== width || row.count !== undefined) {
      report(path, {
        code: 'breakdown-row-shape',
        message: `Row "${row.label}" needs ${width} counts, one for each column (${breakdown.columns!.join(', ')}).`,
        expected: `counts: [${breakdown.columns!.map(() => 'N').join(', ')}]`,
        found: both
          ? 'both count: and counts:'
          : row.counts
            ? `${row.counts.length} count${row.counts.length === 1 ? '' : 's'}`
            : row.count !== undefined
              ? 'count: (a single number)'
              : 'no counts',
        fix: both ? 'Remove count: and keep counts:, with one count for each column.' : 'Give one count for each column, in the same order.',
      });
    }
    const rowTotal = (row.counts ?? [row.count ?? 0]).reduce((a, b) => a + b, 0);
    if (breakdown.overlapping && breakdown.group_size !== undefined && rowTotal > breakdown.group_size) {
      report([...path, row.counts ? 'counts' : 'count'], {
        code: 'row-over-group-size',
        message: `Row "${row.label}" counts ${rowTotal} children, but the group they are counted from (group_size) has only ${breakdown.group_size}.`,
        expected: `no more than ${breakdown.group_size}`,
        found: String(rowTotal),
        fix: 'Check the row and group_size: each row counts children from the group.',
      });
    }
  });
  if (breakdown.group_size !== undefined && !breakdown.overlapping) {
    report([...prefix, 'group_size'], {
      code: 'group-size-without-overlapping',
      message: 'group_size is only used when a child can be counted in more than one row.',
      found: String(breakdown.group_size),
      fix: 'Add overlapping: true if a child can appear in several rows; otherwise remove group_size (the total of the rows is the group).',
    });
  }
  if (breakdown.stated_total !== undefined && breakdown.overlapping) {
    report([...prefix, 'stated_total'], {
      code: 'stated-total-with-overlapping',
      message: 'The rows of an overlapping table are not added up, so a stated total cannot be checked against them.',
      found: String(breakdown.stated_total),
      fix: 'Remove stated_total. To say how many children the rows are counted from, use group_size.',
    });
  }
}

/**
 * The loop of refs when following duplicate_of from action `index` comes back
 * to it, e.g. ['1.1', '1.4', '1.1']; reported once, at the loop's first action.
 */
function duplicateCycle(actions: readonly { ref: string; duplicate_of?: string | undefined }[], index: number): string[] | undefined {
  const start = actions[index]!;
  if (start.duplicate_of === undefined || start.duplicate_of === start.ref) return undefined;
  const byRef = new Map<string, number>();
  actions.forEach((a, i) => {
    if (!byRef.has(a.ref)) byRef.set(a.ref, i);
  });
  const path = [start.ref];
  const seen = new Set([index]);
  let current = byRef.get(start.duplicate_of);
  while (current !== undefined) {
    const action = actions[current]!;
    path.push(action.ref);
    if (current === index) return Math.min(...seen) === index ? path : undefined;
    if (seen.has(current) || action.duplicate_of === undefined) return undefined;
    seen.add(current);
    current = byRef.get(action.duplicate_of);
  }
  return undefined;
}

/** ['1.1', '1.2', '1.3'] => "1.1, 1.2 and 1.3" */
function listInWords(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]!}`;
}

/**
 * Refs such as 1.10 or 2.0 written without quotes: YAML reads them as the
 * numbers 1.1 and 2, which is not what the author wrote or will see published.
 */
function refsReadAsNumbers(text: string, count: number): { path: PropertyKey[]; written: string; read: string }[] {
  const found: { path: PropertyKey[]; written: string; read: string }[] = [];
  const document = parseDocument(text, { uniqueKeys: false });
  for (let index = 0; index < count; index++) {
    for (const field of ['ref', 'duplicate_of']) {
      const path = ['actions', index, field];
      const node = document.getIn(path, true);
      if (!isScalar(node) || typeof node.value !== 'number' || !node.range) continue;
      const written = text.slice(node.range[0], node.range[1]).trim();
      if (written !== String(node.value)) found.push({ path, written, read: String(node.value) });
    }
  }
  return found;
}
