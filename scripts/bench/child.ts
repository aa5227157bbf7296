/** Runs one klacht command in a fresh process (stdout discarded) and prints its exit code and peak memory. */
import { main } from '../cli/main.js';

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
