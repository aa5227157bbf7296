/**
 * Bench case "bundle start-up" (issues 13 and 21): the release bundle (bundle/klacht.mjs) run from a
 * copy without node_modules, as a register's workflow would. `klacht valideer` on the example
 * register against `node -e 0` (goal: at most 2x on Node 24, where the action runs) and against the
 * built program (bin/klacht.js, dist/ and node_modules), alternating in one run, medians; on the
 * Node that runs the bench and on Node 22 and 24 from .ci/node when installed (npm run test:node24
 * installs them), with V8's compile cache warm and switched off (NODE_DISABLE_COMPILE_CACHE); and
 * the time to the first output of valideer, termijnen and ondertekening (evidence from git).
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildExampleRepository } from '../examples/build-history.js';

const ROUNDS = 21;

/** A Node to measure on: its binary and the version it reports. */
interface NodeBinary { readonly path: string; readonly version: string }

/** The Node running the bench, and Node 22 and 24 from .ci/node when they are installed. */
function nodes(projectRoot: string): NodeBinary[] {
  const found = [process.execPath, ...['node22', 'node24'].map((name) => join(projectRoot, '.ci', 'node', 'node_modules', name, 'bin', 'node')).filter((path) => existsSync(path))];
  const seen = new Set<string>();
  return found.map((path) => ({ path, version: spawnSync(path, ['--version'], { encoding: 'utf8' }).stdout.trim() }))
    .filter(({ version }) => version !== '' && !seen.has(version) && Boolean(seen.add(version)));
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** A whole process, start to end; the compile cache in `cwd`'s own cache folder, or switched off. */
function whole(args: readonly string[], cwd: string, node = process.execPath, cache = true): number {
  const begin = performance.now();
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', XDG_CACHE_HOME: join(cwd, '.cache'), ...(cache ? {} : { NODE_DISABLE_COMPILE_CACHE: '1' }) };
  const result = spawnSync(node, args, { cwd, encoding: 'utf8', env });
  const ms = performance.now() - begin;
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} faalde (${result.status}): ${result.stderr}`);
  return ms;
}

/** From the start of the process to the first bytes on stdout. */
function firstOutput(args: readonly string[], cwd: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const begin = performance.now();
    const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', XDG_CACHE_HOME: join(cwd, '.cache') } });
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

  const chunks = join(release, 'bundle', 'chunks');
  const size = statSync(bundle).size + readdirSync(chunks).reduce((sum, name) => sum + statSync(join(chunks, name)).size, 0);
  console.log(`\n## Bundel: opstarten (bundle/klacht.mjs met chunks/, ${(size / 1024 / 1024).toFixed(2)} MB JavaScript, zonder node_modules; ${ROUNDS} rondes afwisselend, medianen)\n`);
  console.log('| Node | node -e 0 | bundel: klacht valideer (voorbeeldregister), compile cache warm | verhouding (doel op Node 24: hoogstens 2x) | bundel zonder compile cache | bin/klacht.js (dist/ + node_modules) |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const node of nodes(projectRoot)) {
    const empty: number[] = [];
    const cached: number[] = [];
    const uncached: number[] = [];
    const built: number[] = [];
    const run = {
      empty: () => whole(['-e', '0'], release, node.path),
      cached: () => whole([bundle, ...valideer], release, node.path),
      uncached: () => whole([bundle, ...valideer], release, node.path, false),
      built: () => whole([join(projectRoot, 'bin/klacht.js'), ...valideer], release, node.path),
    };
    // One of each first, not measured: the file system cache is then warm, and so is the compile cache.
    for (const first of Object.values(run)) first();
    for (let i = 0; i < ROUNDS; i++) {
      empty.push(run.empty());
      cached.push(run.cached());
      uncached.push(run.uncached());
      built.push(run.built());
    }
    const e = median(empty);
    const c = median(cached);
    const u = median(uncached);
    const d = median(built);
    console.log(`| ${node.version} | ${fmt(e)} | ${fmt(c)} | ${(c / e).toFixed(2)}x | ${fmt(u)} (${(u / e).toFixed(2)}x) | ${fmt(d)} (${(d / e).toFixed(2)}x) |`);
  }
  console.log('\n(Node 20 heeft geen compile cache: daar meten "warm" en "zonder" hetzelfde. Node 22 en 24 meet de bench alleen als .ci/node is geïnstalleerd: npm ci --prefix .ci/node.)');

  const commands: readonly [string, readonly string[]][] = [
    ['valideer', valideer],
    ['termijnen', ['termijnen', '--register', 'register', '--vandaag', '2026-11-24']],
    ['ondertekening (bewijs uit git)', ['ondertekening', '--register', 'git-register']],
  ];
  const times = new Map<string, number[]>(commands.map(([name]) => [name, []]));
  const empty: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    empty.push(whole(['-e', '0'], release));
    for (const [name, args] of commands) times.get(name)?.push(await firstOutput([bundle, ...args], release));
  }
  console.log(`\nTijd tot de eerste uitvoer via de bundel op ${process.version} (mediaan): `
    + `${commands.map(([name]) => `${name} ${fmt(median(times.get(name) ?? []))}`).join(', ')}; node -e 0: ${fmt(median(empty))}.`);

  // What `npx` downloads: the package as npm packs it (the bundle and action.yml), without its one
  // dependency (@sparticuz/chromium, the browser for the PDFs; `npm ci --omit=dev` measures that).
  const packed = spawnSync('npm', ['pack', '--dry-run', '--json'], { cwd: projectRoot, encoding: 'utf8' });
  const report = packed.status === 0 ? (JSON.parse(packed.stdout) as { size: number; unpackedSize: number; files: unknown[] }[])[0] : undefined;
  if (report) {
    console.log(`Het pakket voor npx (npm pack): ${(report.size / 1024 / 1024).toFixed(2)} MB ingepakt, ${(report.unpackedSize / 1024 / 1024).toFixed(2)} MB uitgepakt, ${report.files.length} bestanden.`);
  }
}
