// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  __commonJS,
  __require
} from "./chunk-Z5CEMS3B.mjs";

// node-builtin:node:process
var require_node_process = __commonJS({
  "node-builtin:node:process"(exports, module) {
    module.exports = __require("node:process");
  }
});

export {
  require_node_process
};
