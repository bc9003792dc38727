/** No Chromium could be found to print the PDF with. */
export class ChromiumNotFoundError extends Error {
  constructor(triedPaths: string[]) {
    super(
      `No Chromium browser was found to make the PDF. Tried: ${triedPaths.join(', ')}.\n` +
        'Install it with "apt-get install chromium" (Debian/Ubuntu), or set PUPPETEER_EXECUTABLE_PATH to a Chrome or Chromium program.',
    );
    this.name = 'ChromiumNotFoundError';
  }
}
