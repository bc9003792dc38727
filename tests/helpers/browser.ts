import type { Browser } from 'puppeteer';
import { launchBrowser } from '../../scripts/write/pdf/launchBrowser.ts';

let shared: Promise<Browser> | undefined;

/** One Chromium per test file: starting it costs more than most tests. */
export function sharedBrowser(): Promise<Browser> {
  shared ??= launchBrowser();
  return shared;
}

export async function closeSharedBrowser(): Promise<void> {
  if (shared) await (await shared).close();
  shared = undefined;
}
