import type { Problem } from './Problem.ts';
import { isError } from './Problem.ts';

/** Thrown when a plan has errors; carries every problem found, not just the first. */
export class PlanValidationError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    const errors = problems.filter(isError).length;
    super(`The plan has ${errors} ${errors === 1 ? 'error' : 'errors'}. Nothing was written.`);
    this.name = 'PlanValidationError';
    this.problems = problems;
  }
}
