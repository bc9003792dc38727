import type { Browser, Page } from 'puppeteer';
import { pathToFileURL } from 'node:url';

export interface BuiltPage {
  page: Page;
  /** URLs the page asked for that are not files of the built output. Each was blocked, never fetched. */
  externalRequests: string[];
  close(): Promise<void>;
}

/** Schemes a page of a static site may load from: its own files, inline data, and nothing else. */
const localScheme = /^(file|data|about|blob):/;

/**
 * Opens a built page in Chromium from disk. Every request to another host
 * is blocked and recorded, so a checker can say a page depends on one
 * without any traffic leaving the machine.
 */
export async function openBuiltPage(browser: Browser, htmlFile: string, options: { width?: number; bypassCsp?: boolean; media?: 'screen' | 'print' } = {}): Promise<BuiltPage> {
  const page = await browser.newPage();
  const externalRequests: string[] = [];
  try {
    // tsx keeps function names with a __name() helper that only exists in Node; functions sent to
    // page.evaluate() need it in the page too.
    await page.evaluateOnNewDocument('globalThis.__name ??= (target) => target;');
    if (options.bypassCsp) await page.setBypassCSP(true);
    await page.setViewport({ width: options.width ?? 1280, height: 900 });
    if (options.media) await page.emulateMediaType(options.media);
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.isInterceptResolutionHandled()) return;
      if (localScheme.test(request.url())) {
        void request.continue();
      } else {
        externalRequests.push(request.url());
        void request.abort('blockedbyclient');
      }
    });
    await page.goto(pathToFileURL(htmlFile).href, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
  } catch (error) {
    await page.close();
    throw error;
  }
  return { page, externalRequests, close: () => page.close() };
}
