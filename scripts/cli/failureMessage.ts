import { formatProblems } from '../errors/formatProblems.ts';
import { PlanValidationError } from '../errors/PlanValidationError.ts';
import { UsageError } from '../errors/UsageError.ts';

/** The first error in `error`'s chain of causes that yjplan knows how to explain, if any. */
function knownError(error: unknown): PlanValidationError | UsageError | undefined {
  for (let e = error, depth = 0; e instanceof Error && depth < 10; e = e.cause, depth++) {
    if (e instanceof PlanValidationError || e instanceof UsageError) return e;
  }
  return undefined;
}

/**
 * What the CLI prints when a command fails: the plan's problems, a usage
 * mistake's own message, or for anything else one line saying yjplan
 * failed (YJPLAN_DEBUG=1 adds the stack).
 */
export function messageFor(error: unknown): string {
  const known = knownError(error);
  if (known instanceof PlanValidationError) return `${formatProblems(known.problems)}\n\n${known.message}`;
  if (known) return known.message;
  return error instanceof Error ? `yjplan failed: ${error.message}` : `yjplan failed: ${String(error)}`;
}

/** 1 for the plan's problems and usage mistakes, which the user can fix; 2 for anything else. */
export function exitCodeFor(error: unknown): number {
  return knownError(error) ? 1 : 2;
}
