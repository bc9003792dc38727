// Puppeteer must never download its own Chrome: only the npm registry and
// Debian packages are reachable. scripts/write/pdf/findChromium.ts finds
// Debian's /usr/bin/chromium (or PUPPETEER_EXECUTABLE_PATH) instead.
module.exports = { skipDownload: true };
