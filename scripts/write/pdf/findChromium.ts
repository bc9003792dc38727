import { accessSync, constants } from 'node:fs';
import { createRequire } from 'node:module';
import { ChromiumNotFoundError } from '../../errors/ChromiumNotFoundError.ts';

type KnownBrowsers = Record<'linux' | 'darwin' | 'win32', string[]>;
const knownBrowsers = createRequire(import.meta.url)('./knownBrowsers.json') as KnownBrowsers;

export interface BrowserSearch {
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  /** The browser Puppeteer downloaded for itself, if it did (on a machine with no system browser). */
  puppeteerBrowser?: () => string | undefined;
  canRun?: (file: string) => boolean;
}

/**
 * The browser that prints the PDF: PUPPETEER_EXECUTABLE_PATH if set, else an
 * installed Chromium, Chrome or Edge where Debian, macOS or Windows puts it,
 * else the one Puppeteer downloaded when none was installed (.puppeteerrc.cjs).
 */
export function findChromium(search: BrowserSearch = {}): string {
  const env = search.env ?? process.env;
  const canRun = search.canRun ?? runnable;
  if (env.PUPPETEER_EXECUTABLE_PATH) {
    if (canRun(env.PUPPETEER_EXECUTABLE_PATH)) return env.PUPPETEER_EXECUTABLE_PATH;
    throw new ChromiumNotFoundError([env.PUPPETEER_EXECUTABLE_PATH]);
  }
  const candidates = knownBrowserPaths(search.platform ?? process.platform, env);
  const downloaded = (search.puppeteerBrowser ?? puppeteerOwnBrowser)();
  if (downloaded) candidates.push(downloaded);
  const found = candidates.find(canRun);
  if (found) return found;
  throw new ChromiumNotFoundError(candidates);
}

/** The known places for this platform, with ${VARIABLE}s filled in; a place whose variable is unset is left out. */
export function knownBrowserPaths(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  const places = platform === 'darwin' || platform === 'win32' ? knownBrowsers[platform] : knownBrowsers.linux;
  return places.flatMap((place) => {
    let complete = true;
    const filled = place.replace(/\$\{([^}]+)\}/g, (_, name: string) => {
      const value = environmentValue(env, name);
      if (value === undefined) complete = false;
      return value ?? '';
    });
    return complete ? [filled] : [];
  });
}

/** Windows treats variable names without regard to case (ProgramFiles, PROGRAMFILES). */
function environmentValue(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const key = Object.keys(env).find((k) => k.toUpperCase() === name.toUpperCase());
  return key === undefined ? undefined : env[key] || undefined;
}

function runnable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function puppeteerOwnBrowser(): string | undefined {
  try {
    // puppeteer's own download path, whether or not it was downloaded; canRun decides.
    const puppeteer = createRequire(import.meta.url)('puppeteer') as { executablePath(): string };
    return puppeteer.executablePath();
  } catch {
    return undefined;
  }
}
