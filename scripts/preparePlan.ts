import { computePlanFigures, type Audience, type PlanFigures } from './compute/computePlanFigures.ts';
import { PlanValidationError } from './errors/PlanValidationError.ts';
import { isError, type Problem } from './errors/Problem.ts';
import { loadPlan } from './load/loadPlan.ts';
import { renderPlan, type RenderedPlan } from './render/renderPlan.ts';
import { validatePlan, type ValidPlan } from './validate/validatePlan.ts';

/**
 * Checks a plan and renders it in memory, writing nothing. Both `check`
 * and `build` run exactly this, so check finds every problem build would.
 *
 *   1. load      read plan.yaml, content/ and data/ as text and YAML
 *   2. validate  schemas, the framework's chapters, cross-references
 *   3. compute   totals, percentages, summaries, suppression
 *   4. render    Markdown, shortcodes, tables and charts into HTML
 */
export async function preparePlan(planDir: string, audience: Audience = 'public'): Promise<{ valid: ValidPlan; rendered: RenderedPlan; figures: PlanFigures; problems: Problem[] }> {
  const loaded = await loadPlan(planDir);
  const validation = await validatePlan(loaded, audience);
  if (!validation.ok) throw new PlanValidationError(validation.problems);
  const figures = computePlanFigures(validation.plan, audience);
  const rendered = await renderPlan(validation.plan, figures);
  if (rendered.problems.some(isError)) throw new PlanValidationError(rendered.problems);
  return { valid: validation.plan, rendered, figures, problems: rendered.problems };
}
