/**
 * `npm run bench`: speed measurements, never timed tests. Each case runs in a fresh Node process
 * (cold: no cache of ours, a new process) and is reported with its peer or floor.
 *
 * Validation (issue: het register): synthetic registers of 1,000 and 10,000 complaints; the floor
 * (read every file and split off its frontmatter); `klacht valideer`; their ratio; peak memory;
 * and remark-cli with remark-lint-frontmatter-schema on a 1,000-file sample with the same schema.
 * Deadlines (issue: termijnen): `klacht termijnen` against `klacht valideer` on the same registers.
 * PDF (issue: PDF): 100 forms in one run, a warm browser's empty page, and the peer md-to-pdf.
 * One document (issue 11): `klacht pdf <id> --soort reactie` as a whole process against a bare
 * script that starts the same Chromium and prints one page, alternating, for the embedded browser
 * and (when there is one) the system's.
 * History (issue: jaaranalyse): `klacht jaaranalyse` against the bare git log over 50,000 and
 * 100,000 commits, and against one `git log --follow` per file.
 * Bundle (issue 13): the release bundle without node_modules against `node -e 0`, and its time to
 * the first output (bundle.ts).
 * One large file (issue 20 and its review): valideer on a complaint with 10,000 and 100,000 keys,
 * plain and through `yaml`; a step on the same files; a step with seven edits on a valid complaint
 * of 100 KB and of 1 MB; and the ratios (large-file.ts).
 * Flags: --snel (1,000 only, no history), --zonder-peer, --zonder-pdf, --zonder-geschiedenis,
 * --zonder-bundel, --zonder-groot-bestand, --alleen-een-pdf (only the one-document case),
 * --alleen-bundel (only the bundle case), --alleen-groot-bestand (only the large-file case).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchOptions } from '../src/pdf/browser.js';
import { bundleStartup } from './bundle.js';
import { largeFileScaling } from './large-file.js';
import { writeSyntheticHistory } from './history.js';
import { syntheticComplaint, writeSyntheticRegister } from './synthetic.js';

const projectRoot = resolve(fileURLToPath(import.meta.url), '..', '..');
const dist = join(projectRoot, 'dist');
/** The bench's own processes: plain JavaScript that runs the built program (dist/). */
const BENCH = join(projectRoot, 'bench');
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

const onlyOnePdf = process.argv.includes('--alleen-een-pdf');
if (onlyOnePdf) {
  oneDocument();
  rmSync(work, { recursive: true, force: true });
  process.exit(0);
}

if (process.argv.includes('--alleen-groot-bestand')) {
  largeFileScaling(work);
  rmSync(work, { recursive: true, force: true });
  process.exit(0);
}

if (process.argv.includes('--alleen-bundel')) {
  await bundleStartup(projectRoot, work);
  rmSync(work, { recursive: true, force: true });
  process.exit(0);
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
  const floorRuns = [0, 1, 2].map(() => runNode(join(BENCH, 'floor.mjs'), [root]));
  const valideerRuns = [0, 1, 2].map(() => runNode(join(BENCH, 'child.mjs'), ['valideer', '--register', root, '--vandaag', '2026-11-24']));
  if (valideerRuns.some((r) => r.code !== 0)) throw new Error('valideer vond fouten in het synthetische register');
  // Termijnen (issue: termijnen): the same register, alternating with valideer so that both see the same machine.
  const pairs = [0, 1, 2].map(() => ({
    valideer: runNode(join(BENCH, 'child.mjs'), ['valideer', '--register', root, '--vandaag', '2026-11-24']),
    termijnen: runNode(join(BENCH, 'child.mjs'), ['termijnen', '--register', root, '--vandaag', '2026-11-24']),
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

// PDF (issue: PDF): 100 forms in one run against a warm browser printing an empty page, and the
// peer md-to-pdf (one call per file) on a sample of the same forms as Markdown.
if (!process.argv.includes('--zonder-pdf')) {
  const root = join(work, 'pdf-register');
  writeSyntheticRegister(root, 100);
  const out = join(work, 'pdf-out');
  const result = spawnSync(process.execPath, [join(BENCH, 'pdf-child.mjs'), root, out], { cwd: projectRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`pdf-child faalde: ${result.stderr}`);
  const pdf = JSON.parse(result.stdout) as { emptyMs: number; totalMs: number; made: number; code: number; maxRssKiB: number };
  const perForm = pdf.totalMs / 100;
  console.log('\n## PDF (klacht pdf --alle --soort formulier, 100 klachten in één run)\n');
  console.log(`Lege pagina met een warme browser: ${fmt(pdf.emptyMs)} (mediaan van 10).`);
  console.log(`100 formulieren: ${fmt(pdf.totalMs)} in totaal, browser starten inbegrepen: ${fmt(perForm)} per formulier = ${(perForm / pdf.emptyMs).toFixed(2)}x de lege pagina (doel: hoogstens 2x). Gemaakt: ${pdf.made} van 100, uitkomst ${pdf.code}; piekgeheugen ${Math.round(pdf.maxRssKiB / 1024)} MiB.`);

  if (!process.argv.includes('--zonder-peer')) {
    // The peer gets the same forms as Markdown (the fields as a table, then the description).
    const sampleDir = join(work, 'peer-pdf');
    mkdirSync(sampleDir, { recursive: true });
    const sample = 5;
    for (let i = 0; i < sample; i++) writeFileSync(join(sampleDir, `formulier-${i}.md`), peerMarkdown(2017 + i, i));
    // The peer prints with the same browser as klacht (on a fresh machine: the embedded one, with
    // its own libraries and fonts in the environment it needs).
    const { options: browser } = await launchOptions(process.env);
    const launch = JSON.stringify({ executablePath: browser.executablePath, headless: browser.headless, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
    const peerEnv = { ...process.env, ...(browser.env ?? {}) };
    const times: number[] = [];
    let failures = 0;
    for (let i = 0; i < sample; i++) {
      const begin = performance.now();
      const peer = spawnSync(process.execPath, [join(projectRoot, 'node_modules/md-to-pdf/dist/cli.js'), join(sampleDir, `formulier-${i}.md`), '--launch-options', launch], { cwd: sampleDir, encoding: 'utf8', timeout: 120_000, env: peerEnv });
      times.push(performance.now() - begin);
      if (peer.status !== 0) failures++;
    }
    const peerPerFile = times.reduce((a, b) => a + b, 0) / sample;
    console.log(`Peer md-to-pdf 5, één aanroep per bestand, ${sample} formulieren: ${fmt(peerPerFile)} per formulier (${failures} mislukt): klacht pdf is ${(peerPerFile / perForm).toFixed(0)}x sneller per formulier (doel: 30x).`);
  }
}

// History (issue: jaaranalyse): 10,000 complaints with 50,000 commits, and twice that; the bare
// git log over complaints/, klacht jaaranalyse, and one `git log --follow` per file on a sample.
if (!process.argv.includes('--zonder-geschiedenis') && !quick) {
  const timed = (command: string, args: readonly string[], cwd: string): number => {
    const begin = performance.now();
    const result = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 });
    if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} faalde: ${result.stderr}`);
    return performance.now() - begin;
  };
  const rows: string[][] = [];
  const analysisMs = new Map<number, number>();
  let perFileFollow = NaN;
  // Twice the history: twice the years (2007-2026) with folders of the same size.
  for (const count of [10_000, 20_000]) {
    const root = join(work, `history-${count}`);
    const commits = writeSyntheticHistory(root, count, count / 1_000);
    const bare = median([0, 1, 2].map(() => timed('git', ['log', '--name-status', '--format=%H %ct %an', '--', 'complaints/'], root)));
    const analysis = median([0, 1, 2].map(() => timed(process.execPath, [join(projectRoot, 'bin/klacht.js'), 'jaaranalyse', '2026', '--zonder-pdf', '--register', root, '--vandaag', '2026-11-24'], root)));
    analysisMs.set(count, analysis);
    rows.push([`${count.toLocaleString('nl-NL')} klachten, ${commits.toLocaleString('nl-NL')} commits, ${count / 1_000} jaren`, fmt(bare), fmt(analysis), `${(analysis / bare).toFixed(2)}x`]);
    if (count === 10_000) {
      const sample = ['complaints/2017/KL-2017-001.md', 'complaints/2021/KL-2021-500.md', 'complaints/2026/KL-2026-999.md'];
      perFileFollow = median(sample.map((file) => timed('git', ['log', '--follow', '--format=%H %ct', '--', file], root)));
    }
    rmSync(root, { recursive: true, force: true });
  }
  console.log('\n## Jaaranalyse (klacht jaaranalyse 2026 --zonder-pdf, synthetische geschiedenis via git fast-import)\n');
  console.log('| geschiedenis | kale git log --name-status (mediaan) | klacht jaaranalyse (mediaan) | verhouding (doel: hoogstens 1,5x) |');
  console.log('| --- | --- | --- | --- |');
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
  const growth = (analysisMs.get(20_000) ?? NaN) / (analysisMs.get(10_000) ?? NaN);
  console.log(`\nTwee keer zo veel geschiedenis: ${growth.toFixed(2)}x de tijd (doel: hoogstens 2,2x).`);
  const extrapolated = perFileFollow * 10_000;
  console.log(`Eén git log --follow per bestand: ${fmt(perFileFollow)} per bestand (mediaan van 3), voor 10.000 bestanden ${fmt(extrapolated)}: klacht jaaranalyse is ${(extrapolated / (analysisMs.get(10_000) ?? NaN)).toFixed(0)}x sneller (doel: minstens 100x).`);
}

if (!process.argv.includes('--zonder-groot-bestand')) largeFileScaling(work);

if (!process.argv.includes('--zonder-bundel')) await bundleStartup(projectRoot, work);

if (!process.argv.includes('--zonder-pdf')) oneDocument();

rmSync(work, { recursive: true, force: true });

/**
 * One document, cold, the case a directie waits for: `node bin/klacht.js pdf KL-2026-002 --soort
 * reactie` against the bare script, alternating in one run so both see the same machine.
 */
function oneDocument(): void {
  const rounds = 15;
  const browsers: { label: string; env: Record<string, string> }[] = [{ label: 'ingebouwde Chromium', env: { KLACHT_BROWSER: 'ingebouwd' } }];
  const system = spawnSync(process.execPath, ['-e', `import('${join(dist, 'pdf/browser.js')}').then((m) => console.log(JSON.stringify(m.findBrowser({ ...process.env, KLACHT_BROWSER: 'systeem' }))), () => console.log('{}'))`], { encoding: 'utf8' });
  const systemPath = (JSON.parse(system.stdout.trim() || '{}') as { path?: string }).path;
  if (systemPath) browsers.push({ label: `systeembrowser (${systemPath})`, env: { KLACHT_BROWSER: 'systeem' } });
  const out = join(work, 'een-pdf');
  const timedProcess = (args: readonly string[], env: Record<string, string>): number => {
    const begin = performance.now();
    const result = spawnSync(process.execPath, args, { cwd: projectRoot, env: { ...process.env, ...env }, encoding: 'utf8' });
    const ms = performance.now() - begin;
    if (result.status !== 0) throw new Error(`${args.join(' ')} faalde: ${result.stderr}`);
    return ms;
  };
  const klacht = [join(projectRoot, 'bin/klacht.js'), 'pdf', 'KL-2026-002', '--soort', 'reactie', '--register', join(projectRoot, 'examples/register'), '--uit', out];
  const bare = [join(BENCH, 'bare-print.mjs')];
  console.log(`\n## Eén document, koud (klacht pdf KL-2026-002 --soort reactie als los proces, ${rounds} rondes afwisselend)\n`);
  console.log('| browser | kaal script (mediaan) | klacht pdf (mediaan) | verhouding (doel: hoogstens 1,25x) |');
  console.log('| --- | --- | --- | --- |');
  for (const { label, env } of browsers) {
    // The first run unpacks the embedded browser when it is not in the cache yet: not measured.
    timedProcess(klacht, env);
    timedProcess(bare, env);
    const bareMs: number[] = [];
    const klachtMs: number[] = [];
    for (let i = 0; i < rounds; i++) {
      bareMs.push(timedProcess(bare, env));
      klachtMs.push(timedProcess(klacht, env));
    }
    const b = median(bareMs);
    const k = median(klachtMs);
    console.log(`| ${label} | ${fmt(b)} | ${fmt(k)} | ${(k / b).toFixed(2)}x |`);
  }
}

/** One synthetic form as Markdown, the same fields as the form klacht pdf prints. */
function peerMarkdown(year: number, index: number): string {
  const text = syntheticComplaint(year, index);
  const fields = text.split('---')[1] ?? '';
  const rows = fields.split('\n').filter((line) => /^\s*[a-z_]+: \S/.test(line)).map((line) => {
    const [key, ...rest] = line.trim().split(': ');
    return `| ${key ?? ''} | ${rest.join(': ').replace(/\|/g, '/')} |`;
  });
  return `# Klachtenformulier KL-${year}-${String(index + 1).padStart(3, '0')}\n\n| Veld | Waarde |\n| --- | --- |\n${rows.join('\n')}\n\n## Omschrijving\n\n${text.split('---')[2] ?? ''}\n`;
}
