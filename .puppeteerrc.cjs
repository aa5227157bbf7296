// Puppeteer must never download a browser. klacht uses PUPPETEER_EXECUTABLE_PATH, a system
// Chromium or Chrome, or the Chromium that npm ci brings inside @sparticuz/chromium (unpacked
// from the package, never fetched). See src/pdf/browser-choice.ts.
module.exports = { skipDownload: true };
