// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);

// dist/core/text/errors.js
var RunError = class extends Error {
  name = "RunError";
  /**
   * A program's own words about the failure (git's, Chromium's: often English, never a
   * complainant's data), kept out of the message and shown only when a maintainer asks (KLACHT_DEBUG=1).
   */
  detail;
  constructor(message, options = {}) {
    super(message);
    this.detail = options.detail;
  }
};
var FileWriteError = class extends RunError {
  code;
  path;
  constructor(message, code, path) {
    super(message);
    this.code = code;
    this.path = path;
  }
};

export {
  RunError,
  FileWriteError
};
