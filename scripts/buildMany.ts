import { mkdir, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { buildPlan } from './build.ts';
import type { Audience } from './compute/computePlanFigures.ts';
import { PlanValidationError } from './errors/PlanValidationError.ts';
import type { Problem } from './errors/Problem.ts';
import { UsageError } from './errors/UsageError.ts';
import { acquireOutputLock } from './write/output/outputLock.ts';
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
  if (!match || count < 1 || index < 1 || index > count) throw new UsageError(`--shard takes i/n with 1 ≤ i ≤ n, for example 1/4; got "${text}".`);
  return { index, count };
}

/** Why one plan of many did not build: its problems, or (for anything else that went wrong) a message. */
export type PlanFailure = { plan: string; problems: Problem[] } | { plan: string; message: string; usage: boolean };

export interface ManyResult {
  built: string[];
  failed: PlanFailure[];
  /** Notes for the user from each plan's build, prefixed with its name. */
  notices: string[];
}

/**
 * Every folder under `plansDir` holding a plan.yaml, sorted so shards split
 * the same way on every machine. Hidden folders (.git, yjplan's own
 * .yjplan-*) are never plans.
 */
export async function findPlanFolders(plansDir: string): Promise<string[]> {
  const entries = await readdir(plansDir, { withFileTypes: true });
  const folders: string[] = [];
  for (const entry of entries) {
    if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
    try {
      await stat(path.join(plansDir, entry.name, 'plan.yaml'));
      folders.push(entry.name);
    } catch {
      // not a plan folder
    }
  }
  return folders.sort();
}

function failureOf(plan: string, error: unknown): PlanFailure {
  if (error instanceof PlanValidationError) return { plan, problems: error.problems };
  return { plan, message: error instanceof Error ? error.message : String(error), usage: error instanceof UsageError };
}

/**
 * Builds many plans with one browser, a few at a time, each into OUT/NAME.
 * Whatever stops one plan (its errors, or anything unexpected) is reported
 * against that plan and the others still build. OUT is locked for the run,
 * and each OUT/NAME by its own build.
 */
export async function buildMany(options: {
  plansDir: string;
  outputDir: string;
  pdf: boolean;
  audience?: Audience;
  shard?: Shard;
  concurrency?: number;
  onProgress?: (done: number, total: number, plan: string) => void;
}): Promise<ManyResult> {
  const plansDir = path.resolve(options.plansDir);
  const outputDir = path.resolve(options.outputDir);
  const all = await findPlanFolders(plansDir);
  const shard = options.shard;
  const plans = shard ? all.filter((_, i) => i % shard.count === shard.index - 1) : all;
  await mkdir(outputDir, { recursive: true });
  const lock = await acquireOutputLock(outputDir);
  const result: ManyResult = { built: [], failed: [], notices: [] };
  try {
    const browser = options.pdf ? await launchBrowser() : undefined;
    let next = 0;
    let done = 0;
    const worker = async () => {
      while (next < plans.length) {
        const plan = plans[next++]!;
        try {
          const built = await buildPlan({ planDir: path.join(plansDir, plan), outputDir: path.join(outputDir, plan), pdf: options.pdf, audience: options.audience, browser });
          result.built.push(plan);
          result.notices.push(...built.notices.map((notice) => `${plan}: ${notice}`));
        } catch (error) {
          result.failed.push(failureOf(plan, error));
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
  } finally {
    await lock.release();
  }
  result.built.sort();
  result.failed.sort((a, b) => a.plan.localeCompare(b.plan));
  return result;
}
