// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  __commonJS,
  __require
} from "./chunk-Z5CEMS3B.mjs";

// node-builtin:node:stream/promises
var require_promises = __commonJS({
  "node-builtin:node:stream/promises"(exports, module) {
    module.exports = __require("node:stream/promises");
  }
});

export {
  require_promises
};
