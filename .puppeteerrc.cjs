// Puppeteer must never download a browser: the register uses the system Chromium
// (apt-get install chromium) or PUPPETEER_EXECUTABLE_PATH. See scripts/pdf/browser.ts.
module.exports = { skipDownload: true };
