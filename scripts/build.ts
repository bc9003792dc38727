import path from 'node:path';
import { computePlanFigures, type Audience, type PlanFigures } from './compute/computePlanFigures.ts';
import { PlanValidationError } from './errors/PlanValidationError.ts';
import { isError, type Problem } from './errors/Problem.ts';
import { loadPlan } from './load/loadPlan.ts';
import { renderPlan, type RenderedPlan } from './render/renderPlan.ts';
import { validatePlan } from './validate/validatePlan.ts';
import { replaceOutputAtomically } from './write/replaceOutputAtomically.ts';
import { buildSiteModel } from './write/site/siteModel.ts';
import { writeSite } from './write/site/writeSite.ts';

export interface BuildOptions {
  planDir: string;
  outputDir: string;
  audience?: Audience;
}

export interface BuildResult {
  rendered: RenderedPlan;
  /** Warnings only: a build with errors throws PlanValidationError. */
  problems: Problem[];
  outputs: string[];
}

/**
 * Checks a plan and renders it in memory, writing nothing. Both `check`
 * and `build` run exactly this, so check finds every problem build would.
 *
 *   1. load      read plan.yaml, content/ and data/ as text and YAML
 *   2. validate  schemas, the framework's chapters, cross-references
 *   3. compute   totals, percentages, summaries, suppression
 *   4. render    Markdown, shortcodes, tables and charts into HTML
 */
export async function preparePlan(planDir: string, audience: Audience = 'public'): Promise<{ rendered: RenderedPlan; figures: PlanFigures; problems: Problem[] }> {
  const loaded = await loadPlan(planDir);
  const validation = await validatePlan(loaded);
  if (!validation.ok) throw new PlanValidationError(validation.problems);
  const figures = computePlanFigures(validation.plan, audience);
  const rendered = await renderPlan(validation.plan, figures);
  if (rendered.problems.some(isError)) throw new PlanValidationError(rendered.problems);
  return { rendered, figures, problems: rendered.problems };
}

/**
 * Builds every output of a plan:
 *   1–4. preparePlan (load, validate, compute, render)
 *   5.   write       the website with Eleventy, into a staging folder
 *   6.   swap        staged folders replace the old output only when all succeeded
 */
export async function buildPlan(options: BuildOptions): Promise<BuildResult> {
  const { rendered, problems } = await preparePlan(options.planDir, options.audience);
  const outputs: string[] = [];
  await replaceOutputAtomically(options.outputDir, async (staging) => {
    const site = buildSiteModel(rendered, path.resolve(options.planDir), {});
    await writeSite(site, path.join(staging, 'site'));
    outputs.push(path.join(options.outputDir, 'site'));
    return ['site'];
  });
  return { rendered, problems, outputs };
}
