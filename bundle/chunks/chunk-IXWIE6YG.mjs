// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  require_node_os
} from "./chunk-UCIYNJQ2.mjs";
import {
  require_node_path
} from "./chunk-6S5FGJI4.mjs";
import {
  __toESM
} from "./chunk-Z5CEMS3B.mjs";

// bin/compile-cache.js
var import_node_os = __toESM(require_node_os(), 1);
var import_node_path = __toESM(require_node_path(), 1);
import module from "node:module";
function compileCache() {
  if (typeof module.enableCompileCache !== "function" || process.env.NODE_COMPILE_CACHE || process.env.NODE_DISABLE_COMPILE_CACHE) return;
  try {
    const cache = process.env.XDG_CACHE_HOME || (0, import_node_path.join)(process.env.HOME || (0, import_node_os.homedir)(), ".cache");
    module.enableCompileCache((0, import_node_path.join)(cache, "klachtenregister", "node-compile-cache"));
  } catch {
  }
}

export {
  compileCache
};
