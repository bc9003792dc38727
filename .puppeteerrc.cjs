// Puppeteer downloads its own Chrome only where no browser is installed.
// Where Chromium, Chrome or Edge is already installed (Debian's chromium, a
// council laptop's Chrome or Edge), or PUPPETEER_SKIP_DOWNLOAD is set (this
// project's CI, which can reach only the npm registry and Debian), the
// download is skipped and scripts/write/pdf/findChromium.ts finds the browser.
const { accessSync, constants } = require('node:fs');
const known = require('./scripts/write/pdf/knownBrowsers.json');

function installedBrowser() {
  const places = known[process.platform] ?? known.linux;
  return places.some((place) => {
    const filled = place.replace(/\$\{([^}]+)\}/g, (_, name) => {
      const key = Object.keys(process.env).find((k) => k.toUpperCase() === name.toUpperCase());
      return key ? process.env[key] : '\0';
    });
    if (filled.includes('\0')) return false;
    try {
      accessSync(filled, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

module.exports = { skipDownload: Boolean(process.env.PUPPETEER_EXECUTABLE_PATH) || installedBrowser() };
