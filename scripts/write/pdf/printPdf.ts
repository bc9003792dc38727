import type { Browser, HTTPRequest, Page } from 'puppeteer';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * Opens an HTML file in a new tab, ready to print once its fonts have loaded.
 * The tab may read only files of this build, inside `buildDirs`: every other
 * request (another host, a file elsewhere on the machine) is refused before
 * Chromium makes it, whatever the page or a chart inside it asks for. The
 * page's own Content-Security-Policy says the same; this holds even if a
 * page is ever written without it.
 */
export async function openForPrint(browser: Browser, htmlFile: string, buildDirs: string[]): Promise<Page> {
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request) => void answer(request, buildDirs));
  await page.goto(pathToFileURL(htmlFile).href, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return page;
}

async function answer(request: HTTPRequest, buildDirs: string[]): Promise<void> {
  try {
    if (isBuildFile(request.url(), buildDirs)) await request.continue();
    else await request.abort('blockedbyclient');
  } catch {
    // The tab closed while the request was waiting; there is nothing left to answer.
  }
}

/** True for a data: URL or a file: URL of a file inside one of `dirs`. */
export function isBuildFile(url: string, dirs: string[]): boolean {
  if (url.startsWith('data:')) return true;
  if (!url.startsWith('file:')) return false;
  let file: string;
  try {
    file = path.resolve(fileURLToPath(url));
  } catch {
    return false;
  }
  return dirs.some((dir) => file.startsWith(path.resolve(dir) + path.sep));
}

/**
 * Prints an open page to PDF with the page size and margins from its CSS.
 * tagged gives a structure tree for screen readers; outline gives bookmarks
 * from the headings.
 */
export async function printPage(page: Page): Promise<Uint8Array> {
  return page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true, displayHeaderFooter: false });
}

/** Prints one HTML file to PDF, reading only files inside `buildDirs`. */
export async function printPdf(browser: Browser, htmlFile: string, buildDirs: string[]): Promise<Uint8Array> {
  const page = await openForPrint(browser, htmlFile, buildDirs);
  try {
    return await printPage(page);
  } finally {
    await page.close();
  }
}
