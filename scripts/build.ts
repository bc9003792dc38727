import { cp } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'puppeteer';
import type { Audience, PlanFigures } from './compute/computePlanFigures.ts';
import type { Problem } from './errors/Problem.ts';
import { preparePlan } from './preparePlan.ts';
import type { RenderedPlan } from './render/renderPlan.ts';
import { openOutput, type OpenOutput } from './write/output/openOutput.ts';
import { launchBrowser } from './write/pdf/launchBrowser.ts';
import { pdfFileName } from './write/pdf/pdfFileName.ts';
import { writePdf } from './write/pdf/writePdf.ts';
import { writeYoungPeoplePdf } from './write/pdf/writeYoungPeoplePdf.ts';
import { buildSiteModel } from './write/site/siteModel.ts';
import { writeSite } from './write/site/writeSite.ts';
import { writeSuppressionLog } from './write/writeSuppressionLog.ts';

export interface BuildOptions {
  planDir: string;
  outputDir: string;
  audience?: Audience;
  /** Skip the PDF (the live preview does); on by default. */
  pdf?: boolean;
  /** Reuse a running browser, e.g. across many plans; otherwise one is started and closed. */
  browser?: Browser;
  /** Told as each long step starts, for a progress display. */
  onStage?: (stage: string) => void;
}

export interface BuildResult {
  rendered: RenderedPlan;
  /** The figures, for the line saying what was hidden. */
  figures: PlanFigures;
  /** Warnings only: a build with errors throws PlanValidationError. */
  problems: Problem[];
  /** The files a user looks for, inside OUT/current: the site folder, then each PDF. */
  outputs: string[];
  /** Things to tell the user that are not problems with the plan (old output folders left alone). */
  notices: string[];
}

/**
 * Builds every output of a plan:
 *   1–4. preparePlan (load, validate, compute, render)
 *   5.   write site  the website with Eleventy, into a staging folder
 *   6.   write PDF   print HTML from the same rendered chapters, printed twice by Chromium
 *   7.   publish     the staged outputs become OUT/current in one rename, only when all succeeded
 *                    (write/output/openOutput.ts: lock, yjplan's mark, audience)
 */
export async function buildPlan(options: BuildOptions): Promise<BuildResult> {
  // Chromium starts while the plan is checked and the site written, so its start-up costs no time.
  const launching = (options.pdf ?? true) && !options.browser ? launchBrowser() : undefined;
  // A failed check must not leave an unused browser running, nor an unhandled rejection behind it.
  launching?.catch(() => undefined);
  try {
    // The output folder is checked and locked first, so a folder that must not be written is refused before any work.
    const output = await openOutput({ outputDir: options.outputDir, audience: options.audience ?? 'public' });
    try {
      return await buildWithBrowser(options, output, launching);
    } finally {
      await output.close();
    }
  } finally {
    if (launching) await launching.then((browser) => browser.close(), () => undefined);
  }
}

async function buildWithBrowser(options: BuildOptions, output: OpenOutput, launching: Promise<Browser> | undefined): Promise<BuildResult> {
  const { rendered, problems, figures } = await preparePlan(options.planDir, options.audience);
  const planDir = path.resolve(options.planDir);
  const wantPdf = options.pdf ?? true;
  const internal = options.audience === 'internal';
  const fileName = pdfFileName(rendered.plan, internal ? 'internal' : '');
  const youngPeopleFileName = rendered.youngPeople ? pdfFileName(rendered.plan, internal ? 'young-people-internal' : 'young-people') : undefined;
  const outputs: string[] = [];
  const published = await output.publish(async (staging) => {
    const site = buildSiteModel(rendered, planDir, {
      pdfFileName: wantPdf ? fileName : undefined,
      youngPeoplePdfFileName: wantPdf ? youngPeopleFileName : undefined,
    });
    const siteDir = path.join(staging, 'site');
    options.onStage?.('Writing the website');
    await writeSite(site, siteDir);
    outputs.push('site');
    // The internal build's log of what the public build hides, with each value: beside the site, never in it.
    if (figures.suppressionLog) outputs.push(await writeSuppressionLog(staging, figures.suppressionLog));
    if (!wantPdf) return;

    const browser = options.browser ?? (await launching!);
    const pdfFile = path.join(staging, 'pdf', fileName);
    options.onStage?.('Printing the PDFs (the plan in two passes, for the contents page numbers)');
    // The young-person PDF prints in its own tab while the plan's two passes run.
    await Promise.all([
      writePdf(browser, rendered, {
        printDir: path.join(staging, 'print'),
        siteAssetsDir: path.join(siteDir, 'assets'),
        pdfFile,
        logoFile: site.logoUrl ? path.join(siteDir, site.logoUrl) : undefined,
      }),
      site.youngPeopleUrl && youngPeopleFileName
        ? writeYoungPeoplePdf(browser, rendered, { siteDir, htmlFile: path.join(siteDir, site.youngPeopleUrl), pdfFile: path.join(staging, 'pdf', youngPeopleFileName) })
        : undefined,
    ]);
    outputs.push(path.join('pdf', fileName));
    if (site.youngPeopleUrl && youngPeopleFileName) outputs.push(path.join('pdf', youngPeopleFileName));
    // The site links to its own copies, so the site folder can be published on its own.
    await cp(path.join(staging, 'pdf'), path.join(siteDir, 'pdf'), { recursive: true });
  });
  return { rendered, figures, problems, outputs: outputs.map((output) => path.join(published.dir, output)), notices: published.notices };
}
