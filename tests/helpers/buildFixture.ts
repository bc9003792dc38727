import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buildPlan, type BuildResult } from '../../scripts/build.ts';
import { publishedDir } from '../../scripts/write/output/outputLayout.ts';
import type { Browser } from 'puppeteer';

export interface BuiltPlan {
  /** The --out folder the plan was built into. */
  outputDir: string;
  /** OUT/current: the published outputs (site/, pdf/, print/). */
  currentDir: string;
  /** OUT/current/site. */
  siteDir: string;
  /** OUT/current/pdf. */
  pdfDir: string;
  result: BuildResult;
  /** A file's text, relative to OUT/current, e.g. read('site/index.html'). */
  read(file: string): Promise<string>;
  /** Every HTML file of the site, relative to OUT/current/site. */
  pages(): Promise<string[]>;
}

export function builtPlanAt(outputDir: string, result: BuildResult): BuiltPlan {
  const currentDir = publishedDir(outputDir);
  const siteDir = path.join(currentDir, 'site');
  return {
    outputDir,
    currentDir,
    siteDir,
    pdfDir: path.join(currentDir, 'pdf'),
    result,
    read: (file) => readFile(path.join(currentDir, file), 'utf8'),
    async pages() {
      const entries = await readdir(siteDir, { recursive: true });
      return entries.filter((e) => e.endsWith('.html')).map((e) => e.split(path.sep).join('/')).sort();
    },
  };
}

export async function buildInto(planDir: string, options: { pdf?: boolean; browser?: Browser; audience?: 'public' | 'internal' } = {}): Promise<BuiltPlan> {
  const outputDir = await mkdtemp(path.join(os.tmpdir(), 'yjplan-dist-'));
  const result = await buildPlan({ planDir, outputDir, pdf: options.pdf ?? false, browser: options.browser, audience: options.audience });
  return builtPlanAt(outputDir, result);
}
