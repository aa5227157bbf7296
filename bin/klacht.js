#!/usr/bin/env node
// The toolkit is written in TypeScript under src/ and compiled to dist/ by `npm run build`
// (`npm test` and `npm run voorbeeld` build first). Users run the bundle instead: bundle/klacht.mjs,
// package.json's bin, built from this file by `npm run bundle`.
import { compileCache } from './compile-cache.js';

compileCache();
let cli;
try {
  cli = await import('../dist/cli/main.js');
} catch (error) {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist')) {
    console.error('klacht is nog niet gebouwd. Voer eerst `npm run build` uit in de map van klachtenregister (of gebruik bundle/klacht.mjs).');
    process.exit(2);
  }
  throw error;
}
// A failure that escaped the command (a promise nobody awaited) is still said in Dutch, exit 2.
process.on('unhandledRejection', (error) => process.exit(cli.reportFailure(error)));
// Ends once the output is handed over (a write that failed is exit code 2), not when a library's timer allows.
cli.finishProcess(await cli.main(process.argv.slice(2)));
