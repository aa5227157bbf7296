// V8's compile cache (Node 22.1 and later): the code of klacht compiled once is kept on disk, so a
// later start reads it instead of compiling it again (README "Snelheid"). Switched on before the
// program is imported, since only modules loaded afterwards use it. It lives in the user's cache
// folder, not in the shared temporary folder (Node's default), where another user could have put
// compiled code of their own. NODE_COMPILE_CACHE set by the user wins; NODE_DISABLE_COMPILE_CACHE
// switches it off. Node 20 has no compile cache: there this does nothing.
import module from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';

export function compileCache() {
  if (typeof module.enableCompileCache !== 'function' || process.env.NODE_COMPILE_CACHE || process.env.NODE_DISABLE_COMPILE_CACHE) return;
  // A folder that can't be made or written is no failure: Node then just compiles, as without it.
  try {
    const cache = process.env.XDG_CACHE_HOME || join(process.env.HOME || homedir(), '.cache');
    module.enableCompileCache(join(cache, 'klachtenregister', 'node-compile-cache'));
  } catch {
    // No home folder at all: no cache.
  }
}
