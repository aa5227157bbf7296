/**
 * `npm run bench`: speed measurements, never timed tests. Each case runs in a fresh Node process
 * (cold: no cache of ours, a new process) and is reported with its peer or floor.
 *
 * Validation (issue: het register): synthetic registers of 1,000 and 10,000 complaints; the floor
 * (read every file and split off its frontmatter); `klacht valideer`; their ratio; peak memory;
 * and remark-cli with remark-lint-frontmatter-schema on a 1,000-file sample with the same schema.
 * Deadlines (issue: termijnen): `klacht termijnen` against `klacht valideer` on the same registers.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeSyntheticRegister } from './synthetic.js';

const projectRoot = resolve(fileURLToPath(import.meta.url), '..', '..', '..');
const dist = join(projectRoot, 'dist');
const work = mkdtempSync(join(tmpdir(), 'klacht-bench-'));
const quick = process.argv.includes('--snel');

interface Run { ms: number; maxRssKiB: number; code: number }

function runNode(script: string, args: readonly string[], cwd = projectRoot): Run {
  const start = performance.now();
  const result = spawnSync(process.execPath, [script, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - start;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${script} faalde: ${result.stderr}`);
  const report = JSON.parse(result.stdout.slice(result.stdout.lastIndexOf('{'))) as { maxRssKiB: number; code?: number };
  return { ms, maxRssKiB: report.maxRssKiB, code: report.code ?? result.status ?? 0 };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

function fmt(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`;
}

const rows: string[][] = [];
const sizes = quick ? [1_000] : [1_000, 10_000];
const valideerPerFile = new Map<number, number>();
/** Per size: the valideer runs and the termijnen runs, measured alternately in the same run. */
const deadlineRows: string[][] = [];

for (const size of sizes) {
  const root = join(work, `register-${size}`);
  writeSyntheticRegister(root, size);
  // The first run of each is the cold one; two more give a median.
  const floorRuns = [0, 1, 2].map(() => runNode(join(dist, 'bench/floor.js'), [root]));
  const valideerRuns = [0, 1, 2].map(() => runNode(join(dist, 'bench/child.js'), ['valideer', '--register', root, '--vandaag', '2026-11-24']));
  if (valideerRuns.some((r) => r.code !== 0)) throw new Error('valideer vond fouten in het synthetische register');
  // Termijnen (issue: termijnen): the same register, alternating with valideer so that both see the same machine.
  const pairs = [0, 1, 2].map(() => ({
    valideer: runNode(join(dist, 'bench/child.js'), ['valideer', '--register', root, '--vandaag', '2026-11-24']),
    termijnen: runNode(join(dist, 'bench/child.js'), ['termijnen', '--register', root, '--vandaag', '2026-11-24']),
  }));
  const vMedian = median(pairs.map((p) => p.valideer.ms));
  const tMedian = median(pairs.map((p) => p.termijnen.ms));
  deadlineRows.push([
    `${size.toLocaleString('nl-NL')} klachten`,
    `${fmt(vMedian)}`,
    `${fmt(tMedian)}`,
    `${(tMedian / vMedian).toFixed(2)}x`,
    `${Math.round(Math.max(...pairs.map((p) => p.termijnen.maxRssKiB)) / 1024)} MiB`,
  ]);
  const floorCold = floorRuns[0] as Run;
  const valideerCold = valideerRuns[0] as Run;
  valideerPerFile.set(size, median(valideerRuns.map((r) => r.ms)) / size);
  rows.push([
    `${size.toLocaleString('nl-NL')} klachten`,
    `${fmt(floorCold.ms)} (mediaan ${fmt(median(floorRuns.map((r) => r.ms)))})`,
    `${fmt(valideerCold.ms)} (mediaan ${fmt(median(valideerRuns.map((r) => r.ms)))})`,
    `${(valideerCold.ms / floorCold.ms).toFixed(2)}x (mediaan ${(median(valideerRuns.map((r) => r.ms)) / median(floorRuns.map((r) => r.ms))).toFixed(2)}x)`,
    `${Math.round(valideerCold.maxRssKiB / 1024)} MiB (vloer ${Math.round(floorCold.maxRssKiB / 1024)} MiB)`,
  ]);
}

console.log('\n## Valideren (klacht valideer)\n');
console.log('| register | vloer: lezen + splitsen (koud) | klacht valideer (koud) | verhouding | piekgeheugen |');
console.log('| --- | --- | --- | --- | --- |');
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
if (valideerPerFile.size === 2) {
  const small = valideerPerFile.get(1_000) ?? NaN;
  const large = valideerPerFile.get(10_000) ?? NaN;
  console.log(`\nPer bestand: ${(small * 1000).toFixed(0)} µs bij 1.000, ${(large * 1000).toFixed(0)} µs bij 10.000 (groei per bestand ${(large / small).toFixed(2)}x; 1,0 = lineair).`);
}

console.log('\n## Termijnen (klacht termijnen, zelfde register, afwisselend gemeten)\n');
console.log('| register | klacht valideer (mediaan) | klacht termijnen (mediaan) | verhouding (doel: hoogstens 1,2x) | piekgeheugen termijnen |');
console.log('| --- | --- | --- | --- | --- |');
for (const row of deadlineRows) console.log(`| ${row.join(' | ')} |`);

// The peer: remark-cli with remark-lint-frontmatter-schema, same schema, 1,000-file sample.
if (!process.argv.includes('--zonder-peer')) {
  const sample = join(work, 'peer');
  writeSyntheticRegister(sample, 1_000);
  // The peer's ajv knows draft-07, not 2020-12: the same schema, with $defs written as definitions.
  const draft7 = readFileSync(join(projectRoot, 'schema/complaint.schema.json'), 'utf8')
    .replace(/"\$schema": "[^"]+",/, '"$schema": "http://json-schema.org/draft-07/schema#",')
    .replace(/"\$defs"/g, '"definitions"').replace(/#\/\$defs\//g, '#/definitions/');
  writeFileSync(join(sample, 'complaint.schema.json'), draft7);
  writeFileSync(join(sample, 'package.json'), '{"type":"module"}');
  writeFileSync(join(sample, '.remarkrc.json'), JSON.stringify({
    plugins: [['remark-frontmatter', ['yaml']], ['remark-lint-frontmatter-schema', { schemas: { './complaint.schema.json': ['complaints/**/*.md'] } }]],
  }));
  symlinkSync(join(projectRoot, 'node_modules'), join(sample, 'node_modules'));
  const start = performance.now();
  const peer = spawnSync(process.execPath, [join(projectRoot, 'node_modules/remark-cli/cli.js'), '--quiet', '--no-stdout', 'complaints'], { cwd: sample, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const peerMs = performance.now() - start;
  const warnings = (peer.stderr.match(/warning/g) ?? []).length;
  if (/malformed/.test(peer.stderr)) throw new Error('De peer kon het schema niet lezen; de meting zegt dan niets.');
  // Ours per file at the larger size, where start-up no longer dominates (as the peer's 1,000 files do not).
  const oursPerFile = valideerPerFile.get(10_000) ?? valideerPerFile.get(1_000) ?? NaN;
  console.log('\n## Peer: remark-cli + remark-lint-frontmatter-schema (1.000 bestanden, zelfde schema)\n');
  console.log(`${fmt(peerMs)} in totaal, ${(peerMs / 1000).toFixed(1)} ms per bestand (exit ${peer.status}, ${warnings} meldingen).`);
  console.log(`klacht valideer: ${(oursPerFile * 1000).toFixed(0)} µs per bestand: ${(peerMs / 1000 / oursPerFile).toFixed(0)}x sneller per bestand.`);
}

rmSync(work, { recursive: true, force: true });
