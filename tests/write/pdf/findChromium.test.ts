import { describe, expect, it } from 'vitest';
import { ChromiumNotFoundError } from '../../../scripts/errors/ChromiumNotFoundError.ts';
import { findChromium, knownBrowserPaths } from '../../../scripts/write/pdf/findChromium.ts';

const only = (...files: string[]) => (file: string) => files.includes(file);
const noDownload = () => undefined;

describe('findChromium', () => {
  it('finds Chrome on a Windows laptop, reading ProgramFiles in any case', () => {
    const chrome = 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe';
    const found = findChromium({ platform: 'win32', env: { ProgramFiles: 'C:\\Program Files', LOCALAPPDATA: 'C:\\Users\\sm\\AppData\\Local' }, canRun: only(chrome), puppeteerBrowser: noDownload });
    expect(found).toBe(chrome);
  });

  it('falls back to Edge on Windows, which every managed Windows laptop has', () => {
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    const env = { ProgramFiles: 'C:\\Program Files', 'ProgramFiles(x86)': 'C:\\Program Files (x86)' };
    expect(findChromium({ platform: 'win32', env, canRun: only(edge), puppeteerBrowser: noDownload })).toBe(edge);
  });

  it('finds Chrome in a Mac user\'s own Applications folder', () => {
    const chrome = '/Users/sm/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(findChromium({ platform: 'darwin', env: { HOME: '/Users/sm' }, canRun: only(chrome), puppeteerBrowser: noDownload })).toBe(chrome);
  });

  it('uses the browser Puppeteer downloaded when none is installed', () => {
    const own = '/home/sm/.cache/puppeteer/chrome/linux-1/chrome-linux64/chrome';
    expect(findChromium({ platform: 'linux', env: {}, canRun: only(own), puppeteerBrowser: () => own })).toBe(own);
  });

  it('prefers PUPPETEER_EXECUTABLE_PATH, and says so when it names nothing that runs', () => {
    expect(findChromium({ env: { PUPPETEER_EXECUTABLE_PATH: '/opt/chrome' }, canRun: only('/opt/chrome', '/usr/bin/chromium') })).toBe('/opt/chrome');
    expect(() => findChromium({ env: { PUPPETEER_EXECUTABLE_PATH: '/opt/missing' }, canRun: only('/usr/bin/chromium') })).toThrow('Tried: /opt/missing.');
  });

  it('names every place it looked and how to fix it when there is no browser', () => {
    let error: unknown;
    try {
      findChromium({ platform: 'win32', env: { PROGRAMFILES: 'C:\\PF' }, canRun: () => false, puppeteerBrowser: noDownload });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ChromiumNotFoundError);
    expect((error as Error).message).toContain('Tried: C:\\PF\\Google\\Chrome\\Application\\chrome.exe, C:\\PF\\Microsoft\\Edge\\Application\\msedge.exe.');
    expect((error as Error).message).toContain('Install Google Chrome or Microsoft Edge');
  });

  it('leaves out a place whose variable is not set, rather than looking in "\\Google\\…"', () => {
    expect(knownBrowserPaths('win32', {})).toEqual([]);
    expect(knownBrowserPaths('linux', {})[0]).toBe('/usr/bin/chromium');
  });

  it('finds this machine\'s Debian Chromium with the real file system', () => {
    expect(findChromium({ env: {} })).toBe('/usr/bin/chromium');
  });
});
