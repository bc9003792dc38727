import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'puppeteer';
import { exists } from './builtFiles.ts';
import { openBuiltPage } from './openBuiltPage.ts';
import type { VerifyFailure } from './VerifyFailure.ts';

export interface Shot {
  name: string;
  /** The page, relative to the site folder. */
  page: string;
}

/** The pages a reviewer looks at: the home page, a chapter with a chart and tables, and the young-person version. */
export const defaultShots: Shot[] = [
  { name: 'home', page: 'index.html' },
  { name: 'performance', page: 'performance.html' },
  { name: 'young-people', page: 'young-people/index.html' },
];

export const screenshotWidths = [1280, 320];

/**
 * Takes full-page screenshots of a few pages at desktop and phone width, so
 * a reviewer can see each change without building the plan. Old
 * screenshots of these pages are removed first, so none is left from an
 * earlier build; any other file in the folder is the user's and is kept.
 */
export async function takeScreenshots(
  browser: Browser,
  siteDir: string,
  outputDir: string,
  options: { shots?: Shot[]; widths?: number[] } = {},
): Promise<{ files: string[]; failures: VerifyFailure[] }> {
  await mkdir(outputDir, { recursive: true });
  const shots = options.shots ?? defaultShots;
  const ours = (file: string) => shots.some((shot) => new RegExp(`^${shot.name.replace(/[^a-z0-9]/gi, '\\$&')}-\\d+\\.png$`).test(file));
  for (const old of await readdir(outputDir)) if (ours(old)) await rm(path.join(outputDir, old));
  const files: string[] = [];
  const failures: VerifyFailure[] = [];
  for (const shot of shots) {
    const page = path.join(siteDir, shot.page);
    if (!(await exists(page))) {
      failures.push({ checker: 'screenshots', file: page, message: `There is no page ${shot.page} to take a screenshot of.` });
      continue;
    }
    const opened = await openBuiltPage(browser, page);
    try {
      for (const width of options.widths ?? screenshotWidths) {
        await opened.page.setViewport({ width, height: 900 });
        const file = path.join(outputDir, `${shot.name}-${width}.png`);
        await opened.page.screenshot({ path: file as `${string}.png`, fullPage: true });
        files.push(file);
      }
    } finally {
      await opened.close();
    }
  }
  return { files, failures };
}
