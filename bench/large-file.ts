/**
 * Bench case "one large file" (issue 20, and its review): each command on a register of one
 * complaint, small and 10x larger, as a whole process:
 * - `klacht valideer` with 10,000 and with 100,000 unknown keys (each a finding), plain and with
 *   one escaped string (`naam: "J\u00e9"`, which the plain reader leaves to `yaml`);
 * - a step (`klacht actie --dry-run`) on the same files, plain and with the escape: refused, exit 1
 *   (no step takes an unknown key away), after one check as valideer's, before the editor opens
 *   the file (it edited and checked again before: 6.6 s on the escaped file of 100,000 keys);
 * - a step with the most edits (`klacht registreer --dry-run`, seven fields) on a valid complaint
 *   of 100 KB and of 1 MB (2,150 and 21,500 actions), as the review measured it: 13 s before the
 *   editor made its edits in one pass.
 * The goal: the cost is linear in the file (10x the file, about 10x the time) and the largest file
 * (under the 1 MB limit) is done within a few seconds; before, valideer took 56 s and 234 s.
 *
 * Reported per row: the median of the whole process, and the net: less the same register with
 * the complaint without the extra keys or actions (start-up, loading, the rest of the file). The
 * ratio of the nets says how the work grows with the file; the ratio of the wholes is what a
 * person waits.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_FILE_BYTES } from '../src/register/decode.js';

const ROUNDS = 3;
const TODAY = '2026-11-24';
const FILE = 'complaints/2026/KL-2026-001.md';

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

function fmt(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`;
}

/** A valid complaint that has received nothing yet, the complainant named `naam`, with `extra` lines after it. */
function complaint(naam: string, extra: string): string {
  return `---
id: KL-2026-001
status: ontvangen
ontvangen: { datum: 2026-03-02, door: Anna Verzonnen, wijze: mondeling }
ingediend: 2026-03-02
indiener:
  naam: ${naam}
${extra}---
Mondeling gemeld.
`;
}

/** The complaint with `keys` unknown keys after it. */
function withKeys(keys: number, escaped: boolean): string {
  return complaint(escaped ? '"J\\u00e9"' : 'Jan', Array.from({ length: keys }, (_, i) => `k${i}: 1\n`).join(''));
}

/** The complaint with `actions` actions (47 bytes each). */
function withActions(actions: number): string {
  const items = Array.from({ length: actions }, (_, i) => `  - { datum: 2026-03-03, actie: Gebeld ${String(i).padStart(6, '0')} }\n`).join('');
  return complaint('Jan', actions > 0 ? `acties:\n${items}` : '');
}

const REGISTREER = [
  'registreer', 'KL-2026-001', '--adres', 'Dorpsstraat 1', '--postcode', '1234 AB', '--woonplaats', 'Utrecht', '--rol', 'coachee', '--complex',
  '--klachtverantwoordelijke', 'Fenna Fictief', '--geregistreerd', '2026-03-03', '--directie', 'Fenna Fictief', '--dry-run',
];
const ACTIE = ['actie', 'KL-2026-001', '--datum', '2026-03-04', '--actie', 'Gebeld', '--dry-run'];

interface Row {
  readonly label: string;
  readonly argv: readonly string[];
  /** The complaint with the extra keys or actions of each size (0: the floor). */
  readonly text: (size: number) => string;
  readonly sizes: readonly [number, number];
  /** The exit code the command must give on the large files (the floor must give 0). */
  readonly code: number;
}

const ROWS: readonly Row[] = [
  { label: 'valideer, gewoon (plain-yaml)', argv: ['valideer'], text: (n) => withKeys(n, false), sizes: [10_000, 100_000], code: 1 },
  { label: 'valideer, met één escape (via yaml)', argv: ['valideer'], text: (n) => withKeys(n, true), sizes: [10_000, 100_000], code: 1 },
  { label: 'stap: actie --dry-run (velden)', argv: ACTIE, text: (n) => withKeys(n, false), sizes: [10_000, 100_000], code: 1 },
  { label: 'stap: actie --dry-run (velden, met één escape)', argv: ACTIE, text: (n) => withKeys(n, true), sizes: [10_000, 100_000], code: 1 },
  { label: 'stap: registreer --dry-run (acties)', argv: REGISTREER, text: withActions, sizes: [2_150, 21_500], code: 0 },
];

/** bench/child.mjs, which runs the built program. */
const BENCH = fileURLToPath(new URL('.', import.meta.url));

/** One command on a register, as a whole process; its exit code must be `code`. */
function timed(root: string, argv: readonly string[], code: number): number {
  const begin = performance.now();
  const result = spawnSync(process.execPath, [join(BENCH, 'child.mjs'), ...argv, '--register', root, '--vandaag', TODAY], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - begin;
  const got = (JSON.parse(result.stdout.slice(result.stdout.lastIndexOf('{'))) as { code: number }).code;
  if (got !== code) throw new Error(`${argv[0] ?? ''} gaf uitkomst ${got} op ${root} (verwacht ${code}): ${result.stderr}`);
  return ms;
}

function register(work: string, name: string, text: string): string {
  if (Buffer.byteLength(text) > MAX_FILE_BYTES) throw new Error(`${name} is groter dan de grens van ${MAX_FILE_BYTES} bytes; de meting zou alleen de weigering meten.`);
  const root = join(work, name);
  mkdirSync(join(root, 'complaints/2026'), { recursive: true });
  writeFileSync(join(root, 'klachtenregister.yml'), 'directie:\n  - { naam: Fenna Fictief }\n');
  writeFileSync(join(root, FILE), text);
  return root;
}

function kb(text: string): string {
  return `${Math.round(Buffer.byteLength(text) / 1024)} KB`;
}

/** Runs the case and prints its table. */
export function largeFileScaling(work: string): void {
  console.log(`\n## Eén groot bestand (één klacht, klein en 10x zo groot, ${ROUNDS} rondes afwisselend, medianen)\n`);
  console.log('| opdracht | klein (netto) | 10x (netto) | verhouding netto (doel: ongeveer 10x) | verhouding geheel |');
  console.log('| --- | --- | --- | --- | --- |');
  ROWS.forEach((row, r) => {
    const texts = [row.text(0), ...row.sizes.map(row.text)];
    const roots = texts.map((text, i) => register(work, `groot-${r}-${i}`, text));
    const times: number[][] = [[], [], []];
    for (let round = 0; round < ROUNDS; round++) {
      roots.forEach((root, i) => (times[i] as number[]).push(timed(root, row.argv, i === 0 ? 0 : row.code)));
    }
    const [floor, small, large] = times.map(median) as [number, number, number];
    const [netSmall, netLarge] = [small - floor, large - floor];
    const sizes = `${row.sizes[0].toLocaleString('nl-NL')} / ${row.sizes[1].toLocaleString('nl-NL')}, ${kb(texts[1] ?? '')} / ${kb(texts[2] ?? '')}`;
    console.log(`| ${row.label} (${sizes}) | ${fmt(small)} (${fmt(netSmall)}) | ${fmt(large)} (${fmt(netLarge)}) | ${(netLarge / netSmall).toFixed(1)}x | ${(large / small).toFixed(1)}x |`);
    for (const root of roots) rmSync(root, { recursive: true, force: true });
  });
  console.log('\nNetto: min dezelfde opdracht op de klacht zonder de extra velden of acties (opstarten, laden, de rest van het bestand).');
}
