/** No Chromium, Chrome or Edge could be found to print the PDF with. */
export class ChromiumNotFoundError extends Error {
  constructor(triedPaths: string[]) {
    super(
      `No Chrome, Edge or Chromium browser was found to make the PDF. Tried: ${triedPaths.join(', ')}.\n` +
        'Install Google Chrome or Microsoft Edge (Windows, macOS), or "apt-get install chromium" (Debian, Ubuntu), then run npm ci again; ' +
        'or set PUPPETEER_EXECUTABLE_PATH to the browser program. To build only the website, add --no-pdf.',
    );
    this.name = 'ChromiumNotFoundError';
  }
}
