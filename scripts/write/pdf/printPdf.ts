import type { Browser } from 'puppeteer';
import { pathToFileURL } from 'node:url';

/**
 * Prints one HTML file to PDF with the page size and margins from its CSS.
 * tagged gives a structure tree for screen readers; outline gives bookmarks
 * from the headings.
 */
export async function printPdf(browser: Browser, htmlFile: string): Promise<Uint8Array> {
  const page = await browser.newPage();
  try {
    await page.goto(pathToFileURL(htmlFile).href, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    return await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true, displayHeaderFooter: false });
  } finally {
    await page.close();
  }
}
