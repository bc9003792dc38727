import { loadPlan } from '../../scripts/load/loadPlan.ts';
import { validatePlan, type ValidPlan } from '../../scripts/validate/validatePlan.ts';
import type { Problem } from '../../scripts/errors/Problem.ts';
import { afterEach } from 'vitest';
import { copyFixturePlan, type FixturePlan } from './fixturePlan.ts';

/** Loads and validates a plan folder for an audience (public by default), returning every problem (errors and warnings). */
export async function validationProblems(dir: string, audience: 'public' | 'internal' = 'public'): Promise<Problem[]> {
  const result = await validatePlan(await loadPlan(dir), audience);
  return result.ok ? result.plan.warnings : result.problems;
}

/**
 * For tests that each break one thing in a copy of a fixture plan: returns
 * errorsAfter(change), which makes a fresh copy (removing the last one),
 * applies the change and returns the errors validation finds. Copies are
 * removed after each test.
 */
export function errorsAfterChanging(fixtureName: string): (change: (plan: FixturePlan) => Promise<void>) => Promise<Problem[]> {
  let fixture: FixturePlan | undefined;
  afterEach(async () => {
    await fixture?.cleanup();
    fixture = undefined;
  });
  return async (change) => {
    await fixture?.cleanup();
    fixture = await copyFixturePlan(fixtureName);
    await change(fixture);
    return (await validationProblems(fixture.dir)).filter((p) => p.severity === 'error');
  };
}

/**
 * For tests of what a valid plan computes: returns validAfter(change), which
 * makes a fresh copy of the fixture (removing the last one), applies the
 * change and returns the validated plan, failing the test with the problems
 * if it is not valid. Copies are removed after each test.
 */
export function validPlanAfterChanging(fixtureName: string): (change?: (plan: FixturePlan) => Promise<void>) => Promise<ValidPlan> {
  let fixture: FixturePlan | undefined;
  afterEach(async () => {
    await fixture?.cleanup();
    fixture = undefined;
  });
  return async (change = async () => {}) => {
    await fixture?.cleanup();
    fixture = await copyFixturePlan(fixtureName);
    await change(fixture);
    const result = await validatePlan(await loadPlan(fixture.dir));
    if (!result.ok) throw new Error(result.problems.map((p) => `${p.file}:${p.line} ${p.code} ${p.message}`).join('\n'));
    return result.plan;
  };
}
