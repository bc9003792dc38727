import type { Browser, Page } from 'puppeteer';
import { pathToFileURL } from 'node:url';

/** Opens an HTML file in a new tab, ready to print once its fonts have loaded. */
export async function openForPrint(browser: Browser, htmlFile: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(pathToFileURL(htmlFile).href, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return page;
}

/**
 * Prints an open page to PDF with the page size and margins from its CSS.
 * tagged gives a structure tree for screen readers; outline gives bookmarks
 * from the headings.
 */
export async function printPage(page: Page): Promise<Uint8Array> {
  return page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true, displayHeaderFooter: false });
}

/** Prints one HTML file to PDF. */
export async function printPdf(browser: Browser, htmlFile: string): Promise<Uint8Array> {
  const page = await openForPrint(browser, htmlFile);
  try {
    return await printPage(page);
  } finally {
    await page.close();
  }
}
