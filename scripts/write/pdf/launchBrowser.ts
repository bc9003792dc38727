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

export async function launchBrowser(): Promise<Browser> {
  return puppeteer.launch({ executablePath: findChromium(), headless: true, args: chromiumArgs });
}
