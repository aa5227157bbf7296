// The PDF benchmark in one fresh process: a warm browser printing an empty page (the floor), then
// `klacht pdf --alle --soort formulier` on a register of forms, end to end (browser start included).
// Prints JSON. Plain JavaScript on the built program (dist/), like child.mjs.
import { readdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { main } from '../dist/cli/main.js';
import { PdfPrinter } from '../dist/pdf/browser.js';

const [root, out] = process.argv.slice(2);
const silent = { stdout: () => undefined, stderr: (text) => process.stderr.write(text), env: process.env, cwd: process.cwd(), stdoutIsTty: false, stdinIsTty: false, now: () => new Date() };

const printer = await PdfPrinter.launch();
const EMPTY = '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body></body></html>';
for (let i = 0; i < 3; i++) await printer.print(EMPTY, { footer: '' });
const empty: number[] = [];
for (let i = 0; i < 10; i++) {
  const start = performance.now();
  await printer.print(EMPTY, { footer: '' });
  empty.push(performance.now() - start);
}
await printer.close();
empty.sort((a, b) => a - b);

const start = performance.now();
const code = await main(['pdf', '--alle', '--soort', 'formulier', '--register', root, '--uit', out, '--vandaag', '2026-11-24'], silent);
const totalMs = performance.now() - start;
const made = readdirSync(out).filter((n) => n.endsWith('.pdf')).length;
process.stdout.write(JSON.stringify({ emptyMs: empty[5], totalMs, made, code, maxRssKiB: process.resourceUsage().maxRSS }));
