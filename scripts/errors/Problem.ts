/**
 * One thing wrong with a plan. Validation collects every problem in one run
 * rather than stopping at the first, so an author fixes them all at once.
 */
export interface Problem {
  severity: 'error' | 'warning';
  /** A short stable code, e.g. unknown-field, so tests and tools need not match prose. */
  code: string;
  /** Path relative to the plan folder, e.g. data/actions/improvement-plan.yaml. */
  file: string;
  line?: number;
  column?: number;
  /** Where in the file's data, e.g. actions[2].status. */
  field?: string;
  /** The same place in words, counting from 1 and naming the item: "actions, item 3 (1.3), status". */
  place?: string;
  message: string;
  expected?: string;
  found?: string;
  fix?: string;
}

export function isError(problem: Problem): boolean {
  return problem.severity === 'error';
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
}
