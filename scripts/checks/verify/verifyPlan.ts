import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'puppeteer';
import { publishedDir } from '../../write/output/outputLayout.ts';
import { builtFiles, exists } from './builtFiles.ts';
import { checkAccessibility } from './checkAccessibility.ts';
import { checkDisclosure } from './checkDisclosure.ts';
import { checkHtmlValidity } from './checkHtmlValidity.ts';
import { checkLinks } from './checkLinks.ts';
import { checkPdfStructure, expectedImages } from './checkPdfStructure.ts';
import { takeScreenshots } from './takeScreenshots.ts';
import { sortFailures, type VerifyFailure } from './VerifyFailure.ts';

/** An output folder as `yjplan build` writes it (site/, pdf/ and print/ in OUT/current) to verify. */
export interface VerifyTarget {
  outputDir: string;
  /** Where to save screenshots of this output for a reviewer; none are taken without it. */
  screenshotsDir?: string | undefined;
}

export interface VerifyResult {
  failures: VerifyFailure[];
  /** Checkers that could not run on this machine, with why (none in CI, where that is a failure). */
  skipped: string[];
  screenshots: string[];
  pages: number;
  pdfs: number;
}

export interface VerifyOptions {
  browser: Browser;
  /** Widths to run axe-core at; the narrowest is also checked for sideways scrolling. */
  widths?: number[];
  /** Told as each checker starts, for a progress display. */
  onStage?: (stage: string) => void;
}

interface BuiltOutput {
  target: VerifyTarget;
  siteDir: string;
  pages: string[];
  css: string[];
  printHtml: string | undefined;
  pdfs: string[];
}

async function findOutput(target: VerifyTarget): Promise<{ output: BuiltOutput; failures: VerifyFailure[] }> {
  const current = publishedDir(target.outputDir);
  const siteDir = path.join(current, 'site');
  const failures: VerifyFailure[] = [];
  const pages = await builtFiles(siteDir, ['.html']);
  if (!pages.length) failures.push({ checker: 'build', file: siteDir, message: 'There is no website here to verify. Build the plan first (yjplan build).' });
  const pdfs = await builtFiles(path.join(current, 'pdf'), ['.pdf']);
  if (!pdfs.length) failures.push({ checker: 'build', file: path.join(current, 'pdf'), message: 'There is no PDF here to verify. Build the plan with its PDF (without --no-pdf).' });
  const printHtml = path.join(current, 'print', 'index.html');
  return {
    output: { target, siteDir, pages, css: await builtFiles(path.join(siteDir, 'assets'), ['.css']), printHtml: (await exists(printHtml)) ? printHtml : undefined, pdfs },
    failures,
  };
}

/** The page each PDF was printed from: the young-person page for its PDF, the print page for the plan. */
function sourceOf(output: BuiltOutput, pdf: string): string | undefined {
  if (path.basename(pdf).includes('-young-people')) {
    const page = path.join(output.siteDir, 'young-people', 'index.html');
    return output.pages.includes(page) ? page : undefined;
  }
  return output.printHtml;
}

async function languageOf(htmlFile: string): Promise<string | undefined> {
  return /<html[^>]*\slang="([^"]+)"/i.exec(await readFile(htmlFile, 'utf8'))?.[1];
}

/**
 * Verifies already built outputs; builds nothing. Every checker runs on
 * every output and every failure is returned, not just the first:
 *
 *   html    the Nu Html Checker on every page, the print page and the CSS (one run for all outputs)
 *   links   every link, fragment and file a page or stylesheet uses, inside the folder
 *   disclosure  the disclosure audit on every table of counts, from the printed text alone
 *   axe     axe-core, WCAG 2.2 A and AA, on every page at each width; sideways scrolling at the narrowest; requests to other hosts
 *   pdf     tags, title, language, bookmarks, embedded fonts, alternative text of every figure
 *   shots   screenshots for a reviewer, where a target asks for them
 */
export async function verifyOutputs(targets: VerifyTarget[], options: VerifyOptions): Promise<VerifyResult> {
  const failures: VerifyFailure[] = [];
  const outputs: BuiltOutput[] = [];
  for (const target of targets) {
    const found = await findOutput(target);
    outputs.push(found.output);
    failures.push(...found.failures);
  }
  // The validator runs in Java beside Chromium, so its start-up costs nothing extra.
  const htmlFiles = outputs.flatMap((o) => [...o.pages, ...(o.printHtml ? [o.printHtml] : []), ...o.css]);
  const validity = checkHtmlValidity(htmlFiles);
  const screenshots: string[] = [];
  const skipped: string[] = [];
  try {
    for (const output of outputs) {
      options.onStage?.(`Checking links in ${output.target.outputDir}`);
      failures.push(...(await checkLinks({ root: output.siteDir, htmlFiles: output.pages, cssFiles: output.css })));
      if (output.printHtml) failures.push(...(await checkLinks({ root: publishedDir(output.target.outputDir), htmlFiles: [output.printHtml] })));

      options.onStage?.(`Auditing the tables of counts in ${output.target.outputDir}`);
      failures.push(...(await checkDisclosure([...output.pages, ...(output.printHtml ? [output.printHtml] : [])])));

      options.onStage?.(`Running axe-core on ${output.pages.length} pages of ${output.target.outputDir}`);
      failures.push(...(await checkAccessibility(options.browser, output.pages, { widths: options.widths })));

      options.onStage?.(`Checking the PDFs in ${output.target.outputDir}`);
      for (const pdf of output.pdfs) {
        const source = sourceOf(output, pdf);
        const expected = source ? { language: await languageOf(source), images: await expectedImages(options.browser, source) } : {};
        failures.push(...(await checkPdfStructure(pdf, expected)));
      }

      if (output.target.screenshotsDir && output.pages.length) {
        options.onStage?.(`Taking screenshots into ${output.target.screenshotsDir}`);
        const shots = await takeScreenshots(options.browser, output.siteDir, output.target.screenshotsDir);
        screenshots.push(...shots.files);
        failures.push(...shots.failures);
      }
    }
  } finally {
    options.onStage?.('Waiting for the Nu Html Checker');
    const validation = await validity;
    failures.push(...validation.failures);
    if (validation.skipped) skipped.push(validation.skipped);
  }
  return {
    failures: sortFailures(failures),
    skipped,
    screenshots,
    pages: outputs.reduce((n, o) => n + o.pages.length, 0),
    pdfs: outputs.reduce((n, o) => n + o.pdfs.length, 0),
  };
}

/** Verifies one built output folder. */
export async function verifyPlan(outputDir: string, options: VerifyOptions & { screenshotsDir?: string }): Promise<VerifyResult> {
  return verifyOutputs([{ outputDir, screenshotsDir: options.screenshotsDir }], options);
}
