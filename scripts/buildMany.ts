import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { buildPlan } from './build.ts';
import { PlanValidationError } from './errors/PlanValidationError.ts';
import type { Problem } from './errors/Problem.ts';
import { launchBrowser } from './write/pdf/launchBrowser.ts';

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

/** "2/4" => { index: 2, count: 4 }: this machine builds the second quarter of the plans. */
export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) throw new Error(`--shard takes i/n with 1 ≤ i ≤ n, for example 1/4; got "${text}".`);
  return { index, count };
}

export interface ManyResult {
  built: string[];
  failed: { plan: string; problems: Problem[] }[];
}

/** Every folder under `plansDir` holding a plan.yaml, sorted so shards split the same way on every machine. */
export async function findPlanFolders(plansDir: string): Promise<string[]> {
  const entries = await readdir(plansDir, { withFileTypes: true });
  const folders: string[] = [];
  for (const entry of entries) {
    if (!entry.isDirectory()) continue;
    try {
      await stat(path.join(plansDir, entry.name, 'plan.yaml'));
      folders.push(entry.name);
    } catch {
      // not a plan folder
    }
  }
  return folders.sort();
}

/**
 * Builds many plans with one browser, a few at a time. A plan with errors
 * is reported and skipped; the others still build. With a shard, only every
 * n-th plan is built, so a CI matrix can split a national build.
 */
export async function buildMany(options: {
  plansDir: string;
  outputDir: string;
  pdf: boolean;
  shard?: Shard;
  concurrency?: number;
  onProgress?: (done: number, total: number, plan: string) => void;
}): Promise<ManyResult> {
  const all = await findPlanFolders(options.plansDir);
  const shard = options.shard;
  const plans = shard ? all.filter((_, i) => i % shard.count === shard.index - 1) : all;
  const browser = options.pdf ? await launchBrowser() : undefined;
  const result: ManyResult = { built: [], failed: [] };
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < plans.length) {
      const plan = plans[next++]!;
      try {
        await buildPlan({ planDir: path.join(options.plansDir, plan), outputDir: path.join(options.outputDir, plan), pdf: options.pdf, browser });
        result.built.push(plan);
      } catch (error) {
        if (!(error instanceof PlanValidationError)) throw error;
        result.failed.push({ plan, problems: error.problems });
      }
      options.onProgress?.(++done, plans.length, plan);
    }
  };
  try {
    // Three at a time keeps both cores busy while one plan waits on Chromium (measured: 2 gave 46 plans a minute, 3 gave 49).
    await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 3) }, worker));
  } finally {
    await browser?.close();
  }
  return result;
}
