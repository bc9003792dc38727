import { cp, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { PlanValidationError } from '../../errors/PlanValidationError.ts';
import { UsageError } from '../../errors/UsageError.ts';
import { loadPlan } from '../../load/loadPlan.ts';
import { validatePlan } from '../../validate/validatePlan.ts';
import { planExists, schemaComment } from './scaffoldPlan.ts';

export interface RolloverReport {
  from: string;
  dir: string;
  oldPeriod: string;
  newPeriod: string;
  progressFile: string;
  carriedPriorities: string[];
  carriedActions: string[];
  copiedFiles: number;
}

/** 2025-26 => 2026-27 */
export function nextPeriod(period: string): string {
  const start = Number(period.slice(0, 4)) + 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

/** 2025-06-20 => 2026-06-20 (29 February becomes 28 February). */
export function nextYearDate(date: string): string {
  const [year, month, day] = date.split('-');
  const next = `${Number(year) + 1}-${month}-${day}`;
  return month === '02' && day === '29' ? next.replace(/-29$/, '-28') : next;
}

/**
 * Starts next year's plan from this year's. Everything is copied, so nothing
 * is lost; then the period and date move on a year, the sign-off is cleared,
 * and last year's priorities and unfinished actions become the starting rows
 * of "Progress on previous plan".
 */
export async function rolloverPlan(options: { from: string; dir: string; today: string }): Promise<RolloverReport> {
  // Last year's plan need only be readable: publication rules (typed small numbers, the threshold's reason) are checked when the new plan is built.
  const validation = await validatePlan(await loadPlan(options.from), 'internal');
  if (!validation.ok) throw new PlanValidationError(validation.problems);
  const valid = validation.plan;
  const dir = path.resolve(options.dir);
  try {
    await stat(path.join(dir, 'plan.yaml'));
    throw new UsageError(planExists(dir));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const inside = path.relative(valid.dir, dir);
  if (inside === '' || (!inside.startsWith('..') && !path.isAbsolute(inside))) throw new UsageError(`${dir} is inside the plan it would copy (${valid.dir}). Choose a folder outside it, for example beside it.`);
  let copiedFiles = 0;
  await cp(valid.dir, dir, {
    recursive: true,
    filter: (source) => {
      const relative = path.relative(valid.dir, source);
      const keep = !/^(dist|node_modules|\.git)(\/|$)/.test(relative);
      if (keep && /\.(md|ya?ml|svg|png|jpe?g)$/.test(source)) copiedFiles++;
      return keep;
    },
  });

  const oldPeriod = valid.plan.period;
  const newPeriod = nextPeriod(oldPeriod);
  const planFile = path.join(dir, 'plan.yaml');
  const document = parseDocument(await readFile(planFile, 'utf8'));
  document.set('period', newPeriod);
  document.set('plan_date', nextYearDate(valid.plan.plan_date) > options.today ? nextYearDate(valid.plan.plan_date) : options.today);
  document.setIn(['sign_off', 'signed'], null);
  await writeFile(planFile, document.toString());

  const rows: string[] = [];
  const carriedPriorities: string[] = [];
  const carriedActions: string[] = [];
  const due = `${Number(oldPeriod.slice(0, 4)) + 1}-03-31`;
  valid.plan.priorities.forEach((priority, index) => {
    const ref = `P${index + 1}`;
    carriedPriorities.push(`${ref} ${priority.title}`);
    rows.push(actionYaml({ ref, action: `Priority: ${priority.title}. ${priority.summary}`, lead: 'Youth Justice Partnership Board', due, progress: `Say what was achieved on this priority in ${oldPeriod.replace('-', '/')}.`, status: 'not-started', priority: priority.id }));
  });
  for (const entry of valid.data.values()) {
    if (entry.kind !== 'actions') continue;
    for (const action of entry.value.actions) {
      if (action.status === 'completed' || action.duplicate_of !== undefined) continue;
      const ref = `${entry.id}-${action.ref}`;
      carriedActions.push(`${action.ref} ${action.action} (from ${entry.file}, ${action.status})`);
      rows.push(actionYaml({ ref, action: action.action, lead: action.lead, due: typeof action.due === 'string' ? action.due : action.due.iso, progress: action.progress, status: action.status, priority: action.priority }));
    }
  }
  const progressId = `progress-on-${oldPeriod}`;
  const progressFile = `data/actions/${progressId}.yaml`;
  await writeFile(
    path.join(dir, progressFile),
    `${schemaComment(path.join(dir, 'data/actions'), 'actions')}# Carried over from the ${oldPeriod.replace('-', '/')} plan by "yjplan new --from". Update each status and progress.\ntitle: Progress on the ${oldPeriod.replace('-', '/')} plan\nactions:\n${rows.join('')}`,
  );
  const progressChapter = valid.chapters.find((c) => c.definition.id === 'progress-previous-plan')?.source;
  if (progressChapter) {
    const chapterFile = path.join(dir, progressChapter.file);
    const text = await readFile(chapterFile, 'utf8');
    const insert = `\n<!-- Added by yjplan new --from: last year's priorities and unfinished actions. -->\n{% actions "${progressId}" %}\n`;
    await writeFile(chapterFile, text.replace(/^(---\n[\s\S]*?\n---\n)/, `$1${insert}`));
  }
  return { from: valid.dir, dir, oldPeriod, newPeriod, progressFile, carriedPriorities, carriedActions, copiedFiles };
}

function actionYaml(action: { ref: string; action: string; lead: string; due: string; progress: string; status: string; priority: string | undefined }): string {
  return [
    `  - ref: ${JSON.stringify(action.ref)}`,
    `    action: ${JSON.stringify(action.action)}`,
    `    lead: ${JSON.stringify(action.lead)}`,
    `    due: ${JSON.stringify(action.due)}`,
    `    progress: ${JSON.stringify(action.progress)}`,
    `    status: ${action.status}`,
    ...(action.priority ? [`    priority: ${action.priority}`] : []),
  ].join('\n') + '\n';
}

export function formatRolloverReport(report: RolloverReport): string {
  return [
    `Started the ${report.newPeriod.replace('-', '/')} plan in ${report.dir} from the ${report.oldPeriod.replace('-', '/')} plan in ${report.from}.`,
    `Copied ${report.copiedFiles} files: every chapter and data file is kept.`,
    `Moved the period to ${report.newPeriod} and the plan date on a year; cleared the sign-off.`,
    `Carried over into ${report.progressFile}:`,
    ...report.carriedPriorities.map((p) => `  priority ${p}`),
    ...report.carriedActions.map((a) => `  action ${a}`),
    `${report.carriedPriorities.length} priorities and ${report.carriedActions.length} unfinished actions carried over.`,
  ].join('\n');
}
