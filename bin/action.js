// The entry of the GitHub Action (action.yml, `runs.main: bundle/action.mjs`), built from this file
// by `npm run bundle`: the compile cache first, then the action itself (src/cli/action/action.ts).
import { compileCache } from './compile-cache.js';

compileCache();
await import('../dist/cli/action/action.js');
