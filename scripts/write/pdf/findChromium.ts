import { accessSync, constants } from 'node:fs';
import { ChromiumNotFoundError } from '../../errors/ChromiumNotFoundError.ts';

/** Where Debian, Ubuntu and common installs put a Chromium or Chrome program. */
const knownPaths = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome-stable', '/usr/bin/google-chrome', '/snap/bin/chromium'];

/** PUPPETEER_EXECUTABLE_PATH if set, else the first known path that can be run. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const candidates = env.PUPPETEER_EXECUTABLE_PATH ? [env.PUPPETEER_EXECUTABLE_PATH] : knownPaths;
  for (const candidate of candidates) {
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // try the next one
    }
  }
  throw new ChromiumNotFoundError(candidates);
}
