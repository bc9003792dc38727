import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'puppeteer';
import type { RenderedPlan } from '../../render/renderPlan.ts';
import { bookmarkKey, findBookmarkPages } from './findChapterPages.ts';
import { openForPrint, printPage } from './printPdf.ts';
import { chapterBookmarkTitle, pageStyleFile, renderPrintHtml, renderPrintPageStyle } from './renderPrintHtml.ts';
import { setPdfMetadata } from './setPdfMetadata.ts';

/** Set on <body> for the first pass; print.css then hides all but the headings. */
const firstPassClass = 'print--first-pass';

export interface WrittenPdf {
  file: string;
  /** Page on which each chapter starts, as printed in the contents. */
  chapterPages: Record<string, number>;
}

/**
 * Writes the print PDF in two passes over one open page: the first finds
 * the page each chapter starts on (from the PDF's own bookmarks); the
 * contents numbers are then filled in on the page itself, without loading
 * it again, and the second pass prints it. The numbers have room for two
 * digits in the first pass, so the contents page keeps its length and the
 * numbers stay true. The HTML on disk is written with them too.
 */
export async function writePdf(
  browser: Browser,
  rendered: RenderedPlan,
  options: { printDir: string; siteAssetsDir: string; pdfFile: string; logoFile?: string | undefined },
): Promise<WrittenPdf> {
  await mkdir(options.printDir, { recursive: true });
  const htmlFile = path.join(options.printDir, 'index.html');
  const assetsHref = path.relative(options.printDir, options.siteAssetsDir).split(path.sep).join('/');
  const logoHref = options.logoFile ? path.relative(options.printDir, options.logoFile).split(path.sep).join('/') : undefined;

  await writeFile(path.join(options.printDir, pageStyleFile), renderPrintPageStyle(rendered));
  await writeFile(htmlFile, renderPrintHtml(rendered, { assetsHref, logoHref, pages: {} }));
  const page = await openForPrint(browser, htmlFile, [options.printDir, options.siteAssetsDir]);
  let pdf: Uint8Array;
  const chapterPages: Record<string, number> = {};
  try {
    // The first pass only needs where each chapter heading falls. Hidden boxes keep their size, so
    // the pages break exactly as in the real print, but Chromium draws only the headings: 0.4 s, not 0.9 s.
    // A class, not an added <style>: the page's policy allows no inline style.
    await page.evaluate((name) => document.body.classList.add(name), firstPassClass);
    const firstPass = await findBookmarkPages(await printPage(page));
    await page.evaluate((name) => document.body.classList.remove(name), firstPassClass);
    for (const chapter of rendered.chapters) {
      const found = firstPass.get(bookmarkKey(chapterBookmarkTitle(chapter)));
      if (found === undefined) throw new Error(`The PDF has no bookmark for chapter "${chapterBookmarkTitle(chapter)}", so its page number is unknown.`);
      chapterPages[chapter.id] = found;
    }
    await page.evaluate((pages: Record<string, number>) => {
      for (const number of document.querySelectorAll<HTMLElement>('.toc__page-number')) number.textContent = String(pages[number.dataset.chapter ?? ''] ?? '');
    }, chapterPages);
    pdf = await printPage(page);
  } finally {
    await page.close();
  }
  await writeFile(htmlFile, renderPrintHtml(rendered, { assetsHref, logoHref, pages: chapterPages }));
  const [year, month, day] = rendered.plan.plan_date.split('-').map(Number);
  const withMetadata = await setPdfMetadata(pdf, {
    title: rendered.title,
    author: rendered.plan.authority,
    subject: `Youth Justice Plan ${rendered.plan.period.replace('-', '/')} made under section 40 of the Crime and Disorder Act 1998`,
    keywords: ['youth justice plan', rendered.plan.service, rendered.plan.period],
    date: new Date(Date.UTC(year!, month! - 1, day!, 12)),
    bookmarkTitles: [
      rendered.title,
      'Contents',
      ...rendered.chapters.flatMap((chapter) => [chapterBookmarkTitle(chapter), ...chapter.headings.map((h) => h.text)]),
    ],
  });
  await mkdir(path.dirname(options.pdfFile), { recursive: true });
  await writeFile(options.pdfFile, withMetadata);
  return { file: options.pdfFile, chapterPages };
}

