// klacht, gebundeld door scripts/tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);

// bin/compile-cache.js
import module from "node:module";
import { homedir } from "node:os";
import { join } from "node:path";
function compileCache() {
  if (typeof module.enableCompileCache !== "function" || process.env.NODE_COMPILE_CACHE || process.env.NODE_DISABLE_COMPILE_CACHE) return;
  try {
    const cache = process.env.XDG_CACHE_HOME || join(process.env.HOME || homedir(), ".cache");
    module.enableCompileCache(join(cache, "klachtenregister", "node-compile-cache"));
  } catch {
  }
}

export {
  compileCache
};
