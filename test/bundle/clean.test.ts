/**
 * The bundle as a release artifact: a copy of bundle/ and the example register in a folder without
 * node_modules anywhere above it, run with `node` alone. Each command must answer exactly what the
 * sources answer (runCli), and the PDF commands, which need a browser that is not there, must say
 * so in Dutch.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import module, { createRequire } from 'node:module';
import { dirname, join, parse } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildExampleRepository } from '../../examples/build-history.js';
import { canaryLeaks } from '../helpers/canary.js';
import { PROJECT_ROOT, runCli, type CliResult } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

const TODAY = ['--vandaag', '2026-11-24'];
const FLAGS = ['--door', 'Anna Verzonnen', '--wijze', 'mondeling', '--naam', 'Carla Canarie', '--omschrijving', 'De coach kwam niet. Kanariegeheim.'];

/** A clean export: only what the repository holds, no node_modules. */
const EXPORT = tempDir('klacht-export-');
const BUNDLE = join(EXPORT, 'bundle', 'klacht.mjs');

/** The bundle as a process, in `cwd` (the export), with an environment that names no token. */
function runBundle(argv: readonly string[], cwd = EXPORT, env: Record<string, string> = {}): CliResult {
  const result = spawnSync(process.execPath, [BUNDLE, ...argv], {
    cwd, encoding: 'utf8', input: '',
    env: { PATH: process.env.PATH ?? '', HOME: EXPORT, XDG_CACHE_HOME: join(EXPORT, '.cache'), ...env },
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/**
 * `argv` through the bundle and through the sources (in this process), each in a folder of its own
 * holding `register`, a copy of the example register (commands may write there): the same relative
 * paths, so that the output can be compared as it is.
 */
async function bothWays(argv: readonly string[], edit: (register: string) => void = () => undefined): Promise<{ bundled: CliResult; sources: CliResult; folders: readonly [string, string] }> {
  const [a, b] = ['bundel', 'bronnen'].map((name) => {
    const folder = join(EXPORT, `${name}-${++runs}`);
    cpSync(join(PROJECT_ROOT, 'examples/register'), join(folder, 'register'), { recursive: true });
    edit(join(folder, 'register'));
    return folder;
  }) as [string, string];
  // Absolute paths in messages differ by the folder only.
  const same = (result: CliResult, folder: string): CliResult => ({ ...result, stdout: result.stdout.replaceAll(folder, '<map>'), stderr: result.stderr.replaceAll(folder, '<map>') });
  return { bundled: same(runBundle(argv, a), a), sources: same(await runCli(argv, { cwd: b, env: {} }), b), folders: [a, b] };
}
let runs = 0;

beforeAll(() => {
  cpSync(join(PROJECT_ROOT, 'bundle'), join(EXPORT, 'bundle'), { recursive: true });
  cpSync(join(PROJECT_ROOT, 'examples/register'), join(EXPORT, 'register'), { recursive: true });
});

describe('the bundle in a folder without node_modules', () => {
  it('cannot reach a package: nothing in or above the folder has node_modules', () => {
    for (let folder = EXPORT; ; folder = dirname(folder)) {
      expect(existsSync(join(folder, 'node_modules')), folder).toBe(false);
      if (folder === parse(folder).root) break;
    }
    expect(() => createRequire(BUNDLE).resolve('yaml')).toThrow();
  });

  it.each([
    ['valideer', ['valideer', '--register', 'register', ...TODAY]],
    ['valideer --json', ['valideer', '--register', 'register', '--json', ...TODAY]],
    ['termijnen', ['termijnen', '--register', 'register', '--uitleg', ...TODAY]],
    ['register', ['register', '--register', 'register', ...TODAY]],
    ['meldingen --dry-run', ['meldingen', '--dry-run', '--register', 'register', ...TODAY]],
    ['anonimiseer --dry-run', ['anonimiseer', '--dry-run', '--register', 'register', ...TODAY]],
    ['jaaranalyse --zonder-pdf', ['jaaranalyse', '2025', '--zonder-pdf', '--register', 'register', ...TODAY]],
    ['--help', ['--help']],
    ['an unknown command', ['valideren']],
    ['a wrong option', ['termijnen', '--vandag', '2026-11-24']],
    ['a register that does not exist', ['valideer', '--register', 'bestaat-niet']],
  ])('%s answers as the sources do', async (_name, argv) => {
    const { bundled, sources } = await bothWays(argv);
    expect(bundled.stderr).toBe(sources.stderr);
    expect(bundled.stdout).toBe(sources.stdout);
    expect(bundled.code).toBe(sources.code);
    expect(bundled.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });

  it('keeps V8\'s compile cache in the user\'s cache folder where Node has one (22.1 and later), and not when switched off', () => {
    const hasCache = typeof (module as { enableCompileCache?: unknown }).enableCompileCache === 'function';
    const folder = join(EXPORT, 'compile-cache');
    const cacheOf = (env: Record<string, string>): string[] => {
      rmSync(folder, { recursive: true, force: true });
      const result = runBundle(['valideer', '--register', 'register', ...TODAY], EXPORT, { XDG_CACHE_HOME: folder, ...env });
      expect(result.code, result.stderr).toBe(0);
      const cache = join(folder, 'klachtenregister', 'node-compile-cache');
      return existsSync(cache) ? readdirSync(cache, { recursive: true }).map(String) : [];
    };
    expect(cacheOf({}).length > 0, `Node ${process.version}`).toBe(hasCache);
    expect(cacheOf({ NODE_DISABLE_COMPILE_CACHE: '1' })).toEqual([]);
  });

  it('reads a file beyond the plain YAML subset (the yaml package is inside)', async () => {
    // An anchor: only the yaml package reads it; the plain reader hands such a file over.
    const { bundled, sources } = await bothWays(['valideer', '--register', 'register', '--json', ...TODAY], (register) => {
      const file = join(register, 'complaints/2026/KL-2026-002.md');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^status: /m, 'status: &s '));
    });
    expect(bundled.stderr).toBe('');
    expect(bundled.stdout).toBe(sources.stdout);
    expect(bundled.code).toBe(sources.code);
  });

  it('ondertekening recovers the evidence from git, as the sources do', async () => {
    buildExampleRepository(join(PROJECT_ROOT, 'examples/register'), join(EXPORT, 'git-register'));
    const argv = ['ondertekening', 'KL-2026-002', '--register', 'git-register', '--json'];
    const bundled = runBundle(argv);
    expect(bundled.code, bundled.stderr).toBe(0);
    expect(JSON.parse(bundled.stdout)).toEqual(JSON.parse((await runCli(argv, { cwd: EXPORT, env: {} })).stdout));
  });

  it('nieuw writes the complaint from flags, without naming the complainant', async () => {
    const { bundled, sources, folders: [a, b] } = await bothWays(['nieuw', '--register', 'register', '--json', ...TODAY, ...FLAGS]);
    expect(bundled.code, bundled.stderr).toBe(0);
    expect(bundled.stdout).toBe(sources.stdout);
    const { file } = JSON.parse(bundled.stdout) as { file: string };
    expect(readFileSync(join(a, 'register', file), 'utf8')).toBe(readFileSync(join(b, 'register', file), 'utf8'));
    expect(canaryLeaks(bundled.stdout + bundled.stderr)).toEqual([]);
    expect(runBundle(['valideer', '--register', 'register', ...TODAY], a).code).toBe(0);
  });

  it('nieuw asks its questions at a terminal (the prompts are inside, the editor prompt is not needed)', async () => {
    // util-linux `script` gives the bundle a terminal; Ctrl-C once the first question is there.
    const child = spawn('script', ['-qec', `"${process.execPath}" bundle/klacht.mjs nieuw --register register`, '/dev/null'], {
      cwd: EXPORT, env: { PATH: process.env.PATH ?? '', HOME: EXPORT, TERM: 'dumb' },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Wanneer kwam de klacht binnen?') && child.stdin.writable) child.stdin.end('\x03');
    });
    const timer = setTimeout(() => child.kill(), 15_000);
    await new Promise((resolve) => child.on('close', resolve));
    clearTimeout(timer);
    expect(output).toContain('Wanneer kwam de klacht binnen?');
    expect(output).toContain('klacht: afgebroken; er is niets geschreven.');
  });

  it('pdf says in Dutch that it has no browser, with exit code 2', () => {
    // Only the embedded Chromium may be used, and it comes with npm ci: not here.
    const result = runBundle(['pdf', 'KL-2026-002', '--soort', 'reactie', '--register', 'register', '--uit', join(EXPORT, 'pdf'), ...TODAY], EXPORT, { KLACHT_BROWSER: 'ingebouwd' });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^klacht: Geen Chromium of Chrome gevonden om PDF's mee te maken/);
    expect(result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(existsSync(join(EXPORT, 'pdf', 'KL-2026-002-reactie.pdf'))).toBe(false);
  });
});

describe('the GitHub Action from a folder without node_modules', () => {
  it('runs klacht from its inputs: valideer on the register, with annotations and klacht\'s exit code', () => {
    const result = spawnSync(process.execPath, [join(EXPORT, 'bundle', 'action.mjs')], {
      cwd: EXPORT, encoding: 'utf8', input: '',
      env: {
        PATH: process.env.PATH ?? '', HOME: EXPORT, GITHUB_ACTIONS: 'true',
        INPUT_OPDRACHT: 'valideer', INPUT_REGISTER: 'register', INPUT_ARGUMENTEN: '--vandaag\n2026-11-24\n',
      },
    });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('::warning file=register/complaints/');
    expect(result.stderr).toBe('');
  });
});
