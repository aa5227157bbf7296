/**
 * Bench case "bundle start-up" (issue 13): the release bundle (bundle/klacht.mjs) run from a copy
 * without node_modules, as a register's workflow would. `klacht valideer` on the example register
 * against `node -e 0` (goal: at most 2x) and against the built program (bin/klacht.js, dist/ and
 * node_modules), alternating in one run, medians; and the time to the first output of valideer,
 * termijnen and ondertekening (evidence from git) through the bundle.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildExampleRepository } from '../examples/build-history.js';

const ROUNDS = 21;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** A whole process, start to end. */
function whole(args: readonly string[], cwd: string): number {
  const begin = performance.now();
  const result = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' } });
  const ms = performance.now() - begin;
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} faalde (${result.status}): ${result.stderr}`);
  return ms;
}

/** From the start of the process to the first bytes on stdout. */
function firstOutput(args: readonly string[], cwd: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const begin = performance.now();
    const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' } });
    let first: number | undefined;
    child.stdout.on('data', () => { first ??= performance.now() - begin; });
    child.on('error', reject);
    child.on('close', (code) => ((code === 0 || code === 1) && first !== undefined ? resolve(first) : reject(new Error(`node ${args.join(' ')} faalde (${code})`))));
  });
}

const fmt = (ms: number): string => `${ms.toFixed(0)} ms`;

export async function bundleStartup(projectRoot: string, work: string): Promise<void> {
  // A release: the bundle folder and a register, nothing else (no node_modules above /tmp).
  const release = join(work, 'release');
  cpSync(join(projectRoot, 'bundle'), join(release, 'bundle'), { recursive: true });
  cpSync(join(projectRoot, 'examples/register'), join(release, 'register'), { recursive: true });
  buildExampleRepository(join(projectRoot, 'examples/register'), join(release, 'git-register'));
  const bundle = join(release, 'bundle', 'klacht.mjs');
  const valideer = ['valideer', '--register', 'register', '--vandaag', '2026-11-24'];

  const empty: number[] = [];
  const bundled: number[] = [];
  const built: number[] = [];
  // One of each first, not measured: the file system cache is then warm for all three.
  whole(['-e', '0'], release);
  whole([bundle, ...valideer], release);
  whole([join(projectRoot, 'bin/klacht.js'), ...valideer], release);
  for (let i = 0; i < ROUNDS; i++) {
    empty.push(whole(['-e', '0'], release));
    bundled.push(whole([bundle, ...valideer], release));
    built.push(whole([join(projectRoot, 'bin/klacht.js'), ...valideer], release));
  }
  const e = median(empty);
  const b = median(bundled);
  const d = median(built);
  const chunks = join(release, 'bundle', 'chunks');
  const size = statSync(bundle).size + readdirSync(chunks).reduce((sum, name) => sum + statSync(join(chunks, name)).size, 0);
  console.log(`\n## Bundel: opstarten (bundle/klacht.mjs met chunks/, ${(size / 1024 / 1024).toFixed(2)} MB JavaScript, zonder node_modules; ${ROUNDS} rondes afwisselend, medianen)\n`);
  console.log('| node -e 0 | bundel: klacht valideer (voorbeeldregister) | verhouding (doel: hoogstens 2x) | bin/klacht.js (dist/ + node_modules) |');
  console.log('| --- | --- | --- | --- |');
  console.log(`| ${fmt(e)} | ${fmt(b)} | ${(b / e).toFixed(2)}x | ${fmt(d)} (${(d / e).toFixed(2)}x) |`);

  const commands: readonly [string, readonly string[]][] = [
    ['valideer', valideer],
    ['termijnen', ['termijnen', '--register', 'register', '--vandaag', '2026-11-24']],
    ['ondertekening (bewijs uit git)', ['ondertekening', '--register', 'git-register']],
  ];
  const times = new Map<string, number[]>(commands.map(([name]) => [name, []]));
  for (let i = 0; i < ROUNDS; i++) {
    for (const [name, args] of commands) times.get(name)?.push(await firstOutput([bundle, ...args], release));
  }
  console.log('\nTijd tot de eerste uitvoer via de bundel (mediaan): '
    + `${commands.map(([name]) => `${name} ${fmt(median(times.get(name) ?? []))}`).join(', ')}; node -e 0: ${fmt(e)}.`);

  // What `npx` downloads: the package as npm packs it (the bundle and action.yml), without its one
  // dependency (@sparticuz/chromium, the browser for the PDFs; `npm ci --omit=dev` measures that).
  const packed = spawnSync('npm', ['pack', '--dry-run', '--json'], { cwd: projectRoot, encoding: 'utf8' });
  const report = packed.status === 0 ? (JSON.parse(packed.stdout) as { size: number; unpackedSize: number; files: unknown[] }[])[0] : undefined;
  if (report) {
    console.log(`Het pakket voor npx (npm pack): ${(report.size / 1024 / 1024).toFixed(2)} MB ingepakt, ${(report.unpackedSize / 1024 / 1024).toFixed(2)} MB uitgepakt, ${report.files.length} bestanden.`);
  }
}
