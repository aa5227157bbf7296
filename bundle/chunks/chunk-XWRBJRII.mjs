// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);

// dist/core/text/errors.js
var RunError = class extends Error {
  name = "RunError";
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
