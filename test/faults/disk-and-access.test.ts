/**
 * Writes that the system refuses, as real processes: a file larger than the limit (`ulimit -f`,
 * which any user can set: EFBIG, as a quota), a disk that is really full (ENOSPC, in a tmpfs of
 * our own where the machine allows one), a folder without write access (as an unprivileged user)
 * and the embedded Chromium that cannot be unpacked. Each ends with exit 2 and a Dutch sentence
 * naming the file; nothing is changed and no temporary file, folder or lock is left behind.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { embeddedPackage } from '../../src/pdf/embedded-chromium.js';
import { binPath, PROJECT_ROOT } from '../helpers/cli.js';
import { COMPLAINT, faultRegister, leftovers, locked, TODAY, VALID } from '../helpers/fault-register.js';
import { tempDir } from '../helpers/temp.js';
import { hasBrowser, NO_BROWSER, skipUnless } from '../helpers/skip.js';
import { GONE_PID } from '../helpers/processes.js';

const STEP = ['actie', 'KL-2026-001', '--actie', 'Teruggebeld', '--datum', '2026-03-04', '--vandaag', TODAY];
// A description longer than the limit below (1024 bytes): the new file cannot be written whole.
const NIEUW = ['nieuw', '--door', 'Anna Verzonnen', '--wijze', 'mondeling', '--naam', 'Iemand Anders', '--omschrijving', `Een tweede klacht. ${'Het ging mis. '.repeat(100)}`, '--vandaag', TODAY];
/** English that must not appear in a Dutch message (Node's and the system's own texts). */
const ENGLISH = /no space left|file too large|permission denied|is a directory|operation not permitted|unexpected error/i;

const quote = (word: string): string => `'${word.replace(/'/g, "'\\''")}'`;

/** Runs the program under `sh -c` with `prefix` (ulimit, ...) before it. */
function runLimited(prefix: string, argv: readonly string[], env: Record<string, string> = {}): { code: number | null; stdout: string; stderr: string } {
  const command = `${prefix}; exec ${[process.execPath, binPath(), ...argv].map(quote).join(' ')}`;
  const result = spawnSync('sh', ['-c', command], { cwd: PROJECT_ROOT, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('a file larger than the system allows (EFBIG, ulimit -f)', () => {
  it('a step: exit 2, the file named, the complaint unchanged, nothing left behind', () => {
    const root = faultRegister();
    const result = runLimited('ulimit -f 1', [...STEP, '--register', root]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`klacht: Schrijven mislukt: ${COMPLAINT} wordt groter dan het systeem toestaat (een limiet of quotum) (EFBIG). Er is niets veranderd.\n`);
    expect(readFileSync(join(root, COMPLAINT), 'utf8')).toBe(VALID);
    expect(leftovers(root)).toEqual([]);
    expect(locked(root)).toBe(false);
  });

  it('klacht nieuw: exit 2, the new file named, nothing written', () => {
    const root = faultRegister();
    const result = runLimited('ulimit -f 1', [...NIEUW, '--register', root]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('klacht: Schrijven mislukt: complaints/2026/KL-2026-002.md wordt groter dan het systeem toestaat (een limiet of quotum) (EFBIG). Er is niets veranderd.\n');
    expect(readdirSync(join(root, 'complaints/2026'))).toEqual(['KL-2026-001.md']);
    expect(leftovers(root)).toEqual([]);
    expect(locked(root)).toBe(false);
  });
});

/**
 * How this machine lets us mount a tmpfs of our own, to fill a disk for real: in a user namespace
 * (any user), or as root in a mount namespace of its own (no user namespaces needed); undefined
 * when neither works. (A file-size limit, which any user can set, gives EFBIG, not ENOSPC: above.)
 */
function privateMount(): string[] | undefined {
  const probe = tempDir('klacht-tmpfs-');
  return [['-Urm'], ['-m']].find((flags) => spawnSync('unshare', [...flags, 'sh', '-c', `mount -t tmpfs -o size=64k tmpfs ${quote(probe)}`]).status === 0);
}
const MOUNT = privateMount();
const NO_MOUNT = 'a full disk (ENOSPC) needs a tmpfs of our own, and this machine allows no mount namespace for it (unshare -Urm as any user, unshare -m as root)';

describe('a disk that is full (ENOSPC, a tmpfs of our own)', () => {
  it('a step: exit 2, the file named, the complaint unchanged, nothing left behind', (context) => {
    skipUnless(context, MOUNT !== undefined, NO_MOUNT);
    const source = faultRegister();
    const mount = tempDir('klacht-vol-');
    // Inside the namespace: a small disk, the register on it, the rest filled but one page (for the
    // lock file); then the step, then a look.
    const script = [
      `mount -t tmpfs -o size=512k tmpfs ${quote(mount)}`,
      `cp -r ${quote(source)} ${quote(join(mount, 'r'))}`,
      `dd if=/dev/zero of=${quote(join(mount, 'reserve'))} bs=4k count=1 2>/dev/null`,
      `dd if=/dev/zero of=${quote(join(mount, 'vol'))} bs=4k 2>/dev/null; true`,
      `rm ${quote(join(mount, 'reserve'))}`,
      `${[process.execPath, binPath(), ...STEP, '--register', join(mount, 'r')].map(quote).join(' ')}; echo "exit $?"`,
      `ls -a ${quote(join(mount, 'r'))} ${quote(join(mount, 'r/complaints/2026'))}`,
      `cmp -s ${quote(join(source, COMPLAINT))} ${quote(join(mount, 'r', COMPLAINT))} && echo ongewijzigd`,
    ].join('\n');
    const result = spawnSync('unshare', [...(MOUNT ?? []), 'sh', '-c', script], { cwd: PROJECT_ROOT, encoding: 'utf8' });
    expect(result.stderr).toBe(`klacht: Schrijven mislukt: de schijf van ${COMPLAINT} is vol (ENOSPC). Er is niets veranderd.\n`);
    expect(result.stdout).toContain('exit 2\n');
    expect(result.stdout).toContain('ongewijzigd\n');
    expect(result.stdout).not.toMatch(/klacht-tmp|klacht-lock/);
  });
});

/** Runs the program as a user who may not write where root may (root itself may write anywhere). */
function runUnprivileged(argv: readonly string[]): { code: number | null; stderr: string } {
  const asRoot = process.getuid?.() === 0;
  const [command, args] = asRoot
    ? ['setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, binPath(), ...argv]]
    : [process.execPath, [binPath(), ...argv]];
  const result = spawnSync(command, args, { cwd: PROJECT_ROOT, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: '/tmp' } });
  return { code: result.status, stderr: result.stderr };
}

/** Opens the register to everyone, then takes the write access to `folder` away. */
function readOnly(root: string, folder: string): void {
  for (const path of [join(root, '..'), root, join(root, 'complaints'), join(root, 'complaints/2026')]) chmodSync(path, 0o777);
  chmodSync(join(root, COMPLAINT), 0o666);
  chmodSync(join(root, folder), 0o555);
}

describe('no access (EACCES), as an unprivileged user', () => {
  it('a step in a folder that cannot be written: exit 2, the file named, nothing changed', () => {
    const root = faultRegister();
    readOnly(root, 'complaints/2026');
    const result = runUnprivileged([...STEP, '--register', root]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`klacht: Schrijven mislukt: u hebt geen toegang tot ${COMPLAINT} (EACCES). Er is niets veranderd.\n`);
    expect(readFileSync(join(root, COMPLAINT), 'utf8')).toBe(VALID);
    expect(leftovers(root)).toEqual([]);
    expect(locked(root)).toBe(false);
  });

  it('a complaint that cannot be read: valideer names it', () => {
    const root = faultRegister();
    readOnly(root, 'complaints/2026');
    chmodSync(join(root, COMPLAINT), 0o000);
    const result = runUnprivileged(['valideer', '--register', root, '--vandaag', TODAY]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`^klacht: de opdracht is gestopt: u hebt geen toegang tot \\S*${COMPLAINT} \\(EACCES\\)\\. Los dat op en probeer het opnieuw\\.\\n$`));
    expect(result.stderr).not.toMatch(ENGLISH);
  });
});

describe('file modes', () => {
  const mode = (path: string): string => (statSync(path).mode & 0o777).toString(8);

  it('a step and anonimiseer keep the mode of the complaint they replace', () => {
    const root = faultRegister();
    chmodSync(join(root, COMPLAINT), 0o600);
    expect(runLimited('umask 022', [...STEP, '--register', root]).code).toBe(0);
    expect(mode(join(root, COMPLAINT))).toBe('600');
    chmodSync(join(root, COMPLAINT), 0o640);
    const anonymised = runLimited('umask 022', ['anonimiseer', 'KL-2026-001', '--register', root, '--vandaag', TODAY]);
    expect(anonymised.code, anonymised.stderr).toBe(0);
    expect(readFileSync(join(root, COMPLAINT), 'utf8')).toContain('geanonimiseerd:');
    expect(mode(join(root, COMPLAINT))).toBe('640');
  });

  it('a PDF with personal data is readable by its owner only (or less, as the umask says), also one that replaces an older PDF', (context) => {
    skipUnless(context, hasBrowser(), NO_BROWSER);
    const root = faultRegister();
    const out = join(root, 'out');
    const pdf = join(out, 'KL-2026-001-ontvangstbevestiging.pdf');
    mkdirSync(out);
    writeFileSync(pdf, 'oud');
    chmodSync(pdf, 0o644);
    const PDF = ['pdf', 'KL-2026-001', '--soort', 'ontvangstbevestiging', '--uit', out, '--register', root, '--vandaag', TODAY];
    const made = runLimited('umask 022', PDF);
    expect(made.code, made.stderr).toBe(0);
    expect(mode(pdf)).toBe('600');
    expect(runLimited('umask 0277', PDF).code).toBe(0);
    expect(mode(pdf)).toBe('400');
  }, 120_000);
});

const EMBEDDED = embeddedPackage() !== undefined && process.platform === 'linux' && process.arch === 'x64';
const NO_EMBEDDED = 'the embedded Chromium (@sparticuz/chromium, installed by npm ci) exists for Linux x64 only';

describe('the embedded Chromium', () => {
  const PDF = ['pdf', 'KL-2026-001', '--soort', 'ontvangstbevestiging', '--vandaag', TODAY];
  it('that cannot be unpacked says why in Dutch and leaves no folder behind', (context) => {
    skipUnless(context, EMBEDDED, NO_EMBEDDED);
    const root = faultRegister();
    const cache = tempDir('klacht-cache-');
    const result = runLimited('ulimit -f 10240', [...PDF, '--register', root, '--uit', join(root, 'out')], { XDG_CACHE_HOME: cache, KLACHT_BROWSER: 'ingebouwd' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`klacht: De ingebouwde Chromium kon niet worden uitgepakt: ${join(cache, 'klachtenregister')} wordt groter dan het systeem toestaat (een limiet of quotum) (EFBIG). Er is niets van achtergebleven.`);
    expect(result.stderr).not.toMatch(ENGLISH);
    expect(readdirSync(join(cache, 'klachtenregister'))).toEqual([]);
  });

  it('removes the folder of an unpack that was killed at the next run, and keeps one still being unpacked', (context) => {
    skipUnless(context, EMBEDDED, NO_EMBEDDED);
    const root = faultRegister();
    const cache = tempDir('klacht-cache-');
    const base = join(cache, 'klachtenregister');
    const version = (JSON.parse(readFileSync(join(embeddedPackage()?.bin ?? '', '..', 'package.json'), 'utf8')) as { version: string }).version;
    // A process that has ended: its id names a leftover.
    const gone = GONE_PID;
    const killed = join(base, `chromium-${version}.${gone}-dood.tmp`);
    const busy = join(base, `chromium-${version}.${process.pid}-bezig.tmp`);
    for (const folder of [killed, busy]) {
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, 'chromium'), Buffer.alloc(1024));
    }
    const result = runLimited('true', [...PDF, '--register', root, '--uit', join(root, 'out')], { XDG_CACHE_HOME: cache, KLACHT_BROWSER: 'ingebouwd' });
    expect(result.code, result.stderr).toBe(0);
    expect(readdirSync(base).sort()).toEqual([`chromium-${version}`, `chromium-${version}.${process.pid}-bezig.tmp`]);
  }, 120_000);
});
