import puppeteer, { type Browser } from 'puppeteer';
import { findChromium } from './findChromium.ts';

/**
 * Flags for a headless Chromium on a machine with no network: without the
 * background-networking ones it stalls on connections that are refused.
 */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
  '--font-render-hinting=none',
];

/**
 * Starts Chromium so that it never outlives yjplan:
 * - `pipe: true` talks to it over a pipe instead of a port, and Chromium
 *   quits by itself when the pipe closes, even when yjplan is killed with
 *   SIGKILL (over a port, about 11 Chromium processes stayed behind).
 * - Puppeteer's own Ctrl+C and SIGTERM handlers are off: they closed the
 *   browser and let the build run on into "socket hang up" errors. The CLI
 *   handles those signals (cli/stopOnSignal.ts) and exits, and Puppeteer's
 *   exit hook then kills Chromium's whole process group.
 */
export async function launchBrowser(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: findChromium(),
    headless: true,
    args: chromiumArgs,
    pipe: true,
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
}
