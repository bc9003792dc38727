import type { Problem } from './Problem.ts';
import { isError, sortProblems } from './Problem.ts';

/**
 * The one way problems are printed: in the CLI, in the live preview and in
 * tests. The first line has the shape editors recognise (file:line:column).
 *
 *   data/actions/plan.yaml:14:5 error [unknown-field] actions, item 3 (1.3), stauts
 *     Unknown field "stauts".
 *     Expected: one of ref, action, lead, due, progress, status
 *     Found: stauts
 *     Fix: Did you mean "status"?
 */
export function formatProblem(problem: Problem): string {
  const place = [problem.file, problem.line, problem.line ? problem.column : undefined].filter((p) => p !== undefined).join(':');
  const where = problem.place ?? problem.field;
  const lines = [`${place} ${problem.severity} [${problem.code}]${where ? ` ${where}` : ''}`, `  ${problem.message}`];
  if (problem.expected !== undefined) lines.push(`  Expected: ${problem.expected}`);
  if (problem.found !== undefined) lines.push(`  Found: ${problem.found}`);
  if (problem.fix !== undefined) lines.push(`  Fix: ${problem.fix}`);
  return lines.join('\n');
}

export function formatProblems(problems: Problem[]): string {
  const sorted = sortProblems(problems);
  const errors = sorted.filter(isError).length;
  const warnings = sorted.length - errors;
  const summary = `${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`;
  return [...sorted.map(formatProblem), summary].join('\n\n');
}
