import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buildPlan, type BuildResult } from '../../scripts/build.ts';
import type { Browser } from 'puppeteer';

export interface BuiltPlan {
  outputDir: string;
  result: BuildResult;
  read(file: string): Promise<string>;
  /** Every HTML file of the site, relative to dist/site. */
  pages(): Promise<string[]>;
}

export async function buildInto(planDir: string, options: { pdf?: boolean; browser?: Browser; audience?: 'public' | 'internal' } = {}): Promise<BuiltPlan> {
  const outputDir = await mkdtemp(path.join(os.tmpdir(), 'yjplan-dist-'));
  const result = await buildPlan({ planDir, outputDir, pdf: options.pdf ?? false, browser: options.browser, audience: options.audience });
  return {
    outputDir,
    result,
    read: (file) => readFile(path.join(outputDir, file), 'utf8'),
    async pages() {
      const site = path.join(outputDir, 'site');
      const entries = await readdir(site, { recursive: true });
      return entries.filter((e) => e.endsWith('.html')).map((e) => e.split(path.sep).join('/')).sort();
    },
  };
}
