import path from 'node:path';
import type { Browser } from 'puppeteer';
import { buildPlan } from '../../build.ts';
import { findPlanFolders } from '../../buildMany.ts';
import { formatProblems } from '../../errors/formatProblems.ts';
import { PlanValidationError } from '../../errors/PlanValidationError.ts';
import { launchBrowser } from '../../write/pdf/launchBrowser.ts';
import { verifyOutputs, type VerifyResult } from './verifyPlan.ts';
import { sortFailures } from './VerifyFailure.ts';

export interface PlanToVerify {
  /** A short name for messages, e.g. the plan folder's name. */
  name: string;
  planDir: string;
  outputDir: string;
  screenshotsDir?: string | undefined;
}

/** "broken-*" => matches "broken-anchor": * is any run of characters, ? any one. */
export function namePattern(glob: string): RegExp {
  const escaped = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${escaped}$`);
}

/** Every plan folder inside `plansDir` whose name matches none of `exclude`, each to be built into OUT/NAME. */
export async function plansIn(plansDir: string, outputDir: string, exclude: string[] = []): Promise<PlanToVerify[]> {
  const patterns = exclude.map(namePattern);
  const names = (await findPlanFolders(plansDir)).filter((name) => !patterns.some((p) => p.test(name)));
  return names.map((name) => ({ name, planDir: path.join(plansDir, name), outputDir: path.join(outputDir, name) }));
}

export interface BuildAndVerifyResult extends VerifyResult {
  built: string[];
  seconds: { build: number; verify: number };
}

/**
 * Builds each plan (site and PDF) with one browser, then verifies all the
 * outputs together (verifyOutputs). A plan that does not build is a
 * failure naming its problems; the others are still built and verified.
 */
export async function buildAndVerify(plans: PlanToVerify[], options: { build?: boolean; browser?: Browser; onStage?: (stage: string) => void } = {}): Promise<BuildAndVerifyResult> {
  const browser = options.browser ?? (await launchBrowser());
  const started = performance.now();
  try {
    const failures: VerifyResult['failures'] = [];
    const built: PlanToVerify[] = [];
    for (const plan of plans) {
      if (options.build === false) {
        built.push(plan);
        continue;
      }
      options.onStage?.(`Building ${plan.name}`);
      try {
        await buildPlan({ planDir: plan.planDir, outputDir: plan.outputDir, pdf: true, browser });
        built.push(plan);
      } catch (error) {
        // Whatever stops one plan is a failure against that plan; the others are still built and verified.
        const why = error instanceof PlanValidationError ? formatProblems(error.problems) : error instanceof Error ? error.message : String(error);
        failures.push({ checker: 'build', file: path.resolve(plan.planDir), message: `${plan.name} does not build, so its outputs cannot be verified:\n${why}` });
      }
    }
    const verifyStarted = performance.now();
    const result = await verifyOutputs(
      built.map((plan) => ({ outputDir: plan.outputDir, screenshotsDir: plan.screenshotsDir })),
      { browser, onStage: options.onStage },
    );
    return {
      ...result,
      failures: sortFailures([...failures, ...result.failures]),
      built: built.map((plan) => plan.name),
      seconds: { build: (verifyStarted - started) / 1000, verify: (performance.now() - verifyStarted) / 1000 },
    };
  } finally {
    if (!options.browser) await browser.close();
  }
}
