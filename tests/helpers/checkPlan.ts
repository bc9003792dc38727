import { loadPlan } from '../../scripts/load/loadPlan.ts';
import { validatePlan } from '../../scripts/validate/validatePlan.ts';
import type { Problem } from '../../scripts/errors/Problem.ts';

/** Loads and validates a plan folder, returning every problem (errors and warnings). */
export async function validationProblems(dir: string): Promise<Problem[]> {
  const result = await validatePlan(await loadPlan(dir));
  return result.ok ? result.plan.warnings : result.problems;
}
