/**
 * Bench case "one large file" (issue 20): `klacht valideer` on a register of one complaint with
 * 10,000 and with 100,000 unknown keys (each a finding), as a whole process, plain and with one
 * escaped string (`naam: "J\u00e9"`, which the plain reader leaves to `yaml`). The goal: the cost
 * is linear in the file (10x the keys, about 10x the time) and the 100,000-key file (under the
 * 1 MB limit) is done within a few seconds; before, it took 56 s and 234 s.
 *
 * Reported per size: the median of the whole process, and the net: less the same register with
 * the complaint alone (start-up, loading, the rest of the file). The ratio of the nets says how
 * the check grows with the file; the ratio of the wholes is what a person waits.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_FILE_BYTES } from '../src/register/decode.js';

const ROUNDS = 3;
const SIZES = [10_000, 100_000] as const;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

function fmt(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`;
}

/** A valid complaint that has received nothing yet, with `keys` unknown keys after it. */
function largeComplaint(keys: number, escaped: boolean): string {
  const extra = Array.from({ length: keys }, (_, i) => `k${i}: 1\n`).join('');
  return `---
id: KL-2026-001
status: ontvangen
ontvangen: { datum: 2026-03-02, door: Anna Verzonnen, wijze: mondeling }
ingediend: 2026-03-02
indiener:
  naam: ${escaped ? '"J\\u00e9"' : 'Jan'}
${extra}---
Mondeling gemeld.
`;
}

/** `klacht valideer` on a register holding only `text`, as a whole process; exit 1 (findings) expected when `findings`. */
/** bench/child.mjs, which runs the built program. */
const BENCH = fileURLToPath(new URL('.', import.meta.url));

function valideer(root: string, findings: boolean): number {
  const begin = performance.now();
  const result = spawnSync(process.execPath, [join(BENCH, 'child.mjs'), 'valideer', '--register', root, '--vandaag', '2026-11-24'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - begin;
  const code = (JSON.parse(result.stdout.slice(result.stdout.lastIndexOf('{'))) as { code: number }).code;
  if (code !== (findings ? 1 : 0)) throw new Error(`valideer gaf uitkomst ${code} op ${root}: ${result.stderr}`);
  return ms;
}

function register(work: string, name: string, text: string): string {
  if (Buffer.byteLength(text) > MAX_FILE_BYTES) throw new Error(`${name} is groter dan de grens van ${MAX_FILE_BYTES} bytes; de meting zou alleen de weigering meten.`);
  const root = join(work, name);
  mkdirSync(join(root, 'complaints/2026'), { recursive: true });
  writeFileSync(join(root, 'complaints/2026/KL-2026-001.md'), text);
  return root;
}

/** Runs the case and prints its table. */
export function largeFileScaling(work: string): void {
  console.log(`\n## Eén groot bestand (klacht valideer, één klacht met 10.000 en 100.000 onbekende velden, ${ROUNDS} rondes afwisselend, medianen)\n`);
  console.log('| bestand | 10.000 velden (netto) | 100.000 velden (netto) | verhouding netto (doel: ongeveer 10x) | verhouding geheel |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const escaped of [false, true]) {
    const label = escaped ? 'met één escape (via yaml)' : 'gewoon (plain-yaml)';
    const base = register(work, `groot-${escaped}-0`, largeComplaint(0, escaped));
    const roots = SIZES.map((size) => register(work, `groot-${escaped}-${size}`, largeComplaint(size, escaped)));
    const times: number[][] = [[], [], []];
    for (let round = 0; round < ROUNDS; round++) {
      (times[0] as number[]).push(valideer(base, false));
      roots.forEach((root, i) => (times[i + 1] as number[]).push(valideer(root, true)));
    }
    const [floor, small, large] = times.map(median) as [number, number, number];
    const [netSmall, netLarge] = [small - floor, large - floor];
    console.log(`| ${label} | ${fmt(small)} (${fmt(netSmall)}) | ${fmt(large)} (${fmt(netLarge)}) | ${(netLarge / netSmall).toFixed(1)}x | ${(large / small).toFixed(1)}x |`);
    for (const root of [base, ...roots]) rmSync(root, { recursive: true, force: true });
  }
  console.log('\nNetto: min dezelfde klacht zonder de extra velden (opstarten, laden, de rest van het bestand).');
}
