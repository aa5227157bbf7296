// Runs one klacht command of the built program (dist/) in a fresh process, stdout discarded, and
// prints its exit code and peak memory. Plain JavaScript on purpose: the bench measures dist/, and
// nothing may be compiled on the way (npm run bench builds first).
import { main } from '../dist/cli/main.js';

const code = await main(process.argv.slice(2), {
  stdout: () => undefined,
  stderr: (text) => process.stderr.write(text),
  env: {},
  cwd: process.cwd(),
  stdoutIsTty: false,
  stdinIsTty: false,
  now: () => new Date(),
});
process.stdout.write(JSON.stringify({ code, maxRssKiB: process.resourceUsage().maxRSS }));
