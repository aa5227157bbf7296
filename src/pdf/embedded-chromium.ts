/**
 * The Chromium that comes with `npm ci`: @sparticuz/chromium carries a headless Chromium for
 * Linux x64 as Brotli archives. We unpack it ourselves (not with the package's executablePath(),
 * which writes to a fixed /tmp/chromium with no protection against two processes at once) into a
 * cache folder, once: later runs only check a marker file.
 *
 * Several processes may start at once (vitest runs test files in parallel): each unpacks into its
 * own temporary folder and renames it into place, which is atomic; the loser throws its copy
 * away. A folder in place without a valid marker (an earlier unpack by other means, a disk that
 * filled up) is moved aside and unpacked again. The temporary folder of a process that was killed
 * is removed by the next run. Nothing is downloaded, ever.
 */
import { createReadStream, createWriteStream, existsSync, lstatSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, accessSync, constants } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, normalize, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { brotliDecompressSync, createBrotliDecompress } from 'node:zlib';
import { RunError } from '../core/text/errors.js';
import { describeSystemError } from '../core/text/system-errors.js';
import { removeLeftovers } from './leftovers.js';

/** What the launcher needs: the program and the environment that makes it independent of the machine. */
export interface EmbeddedChromium {
  readonly path: string;
  readonly version: string;
  /** Extra environment for the browser process: its own NSS libraries and its own fontconfig. */
  readonly env: Readonly<Record<string, string>>;
}

const MARKER = 'klaar.json';
/** A temporary unpack older than this was left by a process that died; it may be removed. */
const STALE_MS = 60 * 60 * 1000;

/** The folder of @sparticuz/chromium (resolved, never imported: its index sets process.env on some hosts). */
export function embeddedPackage(): { readonly bin: string; readonly version: string } | undefined {
  try {
    const root = join(dirname(createRequire(import.meta.url).resolve('@sparticuz/chromium')), '..');
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    return { bin: join(root, 'bin'), version };
  } catch {
    return undefined;
  }
}

/** The user's cache folder for klachtenregister ($XDG_CACHE_HOME or ~/.cache), else one in the temporary folder. */
export function cacheBase(env: Readonly<Record<string, string | undefined>>): string {
  const home = env.XDG_CACHE_HOME || join(env.HOME || homedir(), '.cache');
  const preferred = join(home, 'klachtenregister');
  try {
    mkdirSync(preferred, { recursive: true });
    accessSync(preferred, constants.W_OK);
    return preferred;
  } catch {
    // A home that cannot be written (a service account, a read-only container): the temporary
    // folder, in a folder of our own that no one else may have prepared for us.
    const uid = process.getuid?.() ?? 0;
    const fallback = join(tmpdir(), `klachtenregister-${uid}`);
    mkdirSync(fallback, { recursive: true, mode: 0o700 });
    const stat = lstatSync(fallback);
    if (!stat.isDirectory() || (process.getuid && stat.uid !== uid) || (stat.mode & 0o022) !== 0) {
      throw new Error(`De cachemap ${fallback} is niet van deze gebruiker of door anderen te beschrijven; verwijder hem of zet XDG_CACHE_HOME op een eigen map.`);
    }
    return fallback;
  }
}

/** The unpacked Chromium, unpacking it first when this is the first run (a few seconds). */
export async function embeddedChromium(
  archive: string, env: Readonly<Record<string, string | undefined>>, onUnpack: (folder: string) => void = () => undefined,
): Promise<EmbeddedChromium> {
  const bin = dirname(archive);
  const { version } = JSON.parse(readFileSync(join(bin, '..', 'package.json'), 'utf8')) as { version: string };
  const base = cacheBase(env);
  const target = join(base, `chromium-${version}`);
  // On every run, not only when unpacking: an unpack that was killed left up to 89 MB behind.
  removeStale(base);
  if (!isComplete(target, version)) {
    if (existsSync(target)) {
      // In place but not complete: move it aside first, so that the rename below can succeed.
      const aside = `${target}.kapot-${process.pid}-${Date.now()}.tmp`;
      try {
        renameSync(target, aside);
        rmSync(aside, { recursive: true, force: true });
      } catch {
        // Another process moved it already.
      }
    }
    onUnpack(target);
    try {
      await unpack(bin, version, target);
    } catch (error) {
      const problem = describeSystemError(error, base);
      if (problem === undefined) throw error;
      throw new RunError(`De ingebouwde Chromium kon niet worden uitgepakt: ${problem}. Er is niets van achtergebleven. `
        + 'Maak ruimte vrij (ongeveer 250 MB), zet XDG_CACHE_HOME op een map met ruimte, of gebruik een Chromium van het systeem (PUPPETEER_EXECUTABLE_PATH).');
    }
  }
  return {
    path: join(target, 'chromium'),
    version,
    env: {
      LD_LIBRARY_PATH: [join(target, 'lib'), env.LD_LIBRARY_PATH].filter(Boolean).join(':'),
      FONTCONFIG_FILE: join(target, 'fonts.conf'),
    },
  };
}

interface Marker { version: string; chromiumBytes: number }

function isComplete(target: string, version: string): boolean {
  try {
    const marker = JSON.parse(readFileSync(join(target, MARKER), 'utf8')) as Marker;
    return marker.version === version && statSync(join(target, 'chromium')).size === marker.chromiumBytes;
  } catch {
    return false;
  }
}

/** The process that made a temporary folder (`<target>.<pid>-<random>.tmp`, `<target>.kapot-<pid>-<time>.tmp`). */
const MAKER = /\.(?:kapot-)?(\d+)-[0-9a-z]+\.tmp$/;

/** Leftovers of unpacks that died (or of broken folders moved aside); they are large. */
function removeStale(base: string): void {
  removeLeftovers(base, (name) => {
    const pid = MAKER.exec(name)?.[1];
    return pid === undefined ? undefined : Number(pid);
  }, STALE_MS);
}

async function unpack(bin: string, version: string, target: string): Promise<void> {
  const work = `${target}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
  mkdirSync(work, { recursive: true, mode: 0o700 });
  try {
    await pipeline(
      createReadStream(join(bin, 'chromium.br'), { highWaterMark: 2 ** 22 }),
      createBrotliDecompress({ chunkSize: 2 ** 21 }),
      createWriteStream(join(work, 'chromium'), { mode: 0o755 }),
    );
    // Chromium's own NSS libraries (built for Amazon Linux, old enough a glibc for any current
    // Linux), and a font folder of its own, so that what prints does not depend on the machine.
    extractTar(brotliDecompressSync(readFileSync(join(bin, 'al2023.tar.br'))), work);
    extractTar(brotliDecompressSync(readFileSync(join(bin, 'fonts.tar.br'))), work);
    writeFileSync(join(work, 'fonts.conf'), fontconfig(target));
    const marker: Marker = { version, chromiumBytes: statSync(join(work, 'chromium')).size };
    writeFileSync(join(work, MARKER), JSON.stringify(marker));
    try {
      renameSync(work, target);
    } catch (error) {
      // Another process was quicker and its copy is complete: use that one.
      if (!isComplete(target, version)) throw error;
      rmSync(work, { recursive: true, force: true });
    }
  } catch (error) {
    rmSync(work, { recursive: true, force: true });
    throw error;
  }
}

/** Fontconfig that knows only the package's fonts: the pages embed Noto Sans; this is the fallback. */
function fontconfig(target: string): string {
  const xml = (path: string): string => path.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <dir>${xml(join(target, 'fonts'))}</dir>\n`
    + `  <cachedir>${xml(join(target, 'fonts-cache'))}</cachedir>\n</fontconfig>\n`;
}

/** A plain ustar archive of files and folders (what the package ships); anything else is refused. */
export function extractTar(data: Buffer, into: string): void {
  const text = (start: number, length: number): string => {
    const field = data.subarray(start, start + length);
    const end = field.indexOf(0);
    return field.subarray(0, end === -1 ? length : end).toString('utf8');
  };
  let offset = 0;
  while (offset + 512 <= data.length) {
    const name = text(offset, 100);
    if (name === '') break;
    const prefix = data.subarray(offset + 257, offset + 262).toString('latin1') === 'ustar' ? text(offset + 345, 155) : '';
    const path = prefix ? `${prefix}/${name}` : name;
    const size = Number.parseInt(text(offset + 124, 12).trim() || '0', 8);
    const type = String.fromCharCode(data[offset + 156] ?? 0);
    const mode = Number.parseInt(text(offset + 100, 8).trim() || '644', 8);
    const relative = normalize(path);
    if (relative.startsWith('..') || relative.startsWith(sep) || relative.includes(`${sep}..${sep}`)) throw new Error(`Onveilig pad in het archief: ${path}`);
    const destination = join(into, relative);
    if (type === '5') mkdirSync(destination, { recursive: true });
    else if (type === '0' || type === '\0') {
      mkdirSync(dirname(destination), { recursive: true });
      writeFileSync(destination, data.subarray(offset + 512, offset + 512 + size), { mode: mode & 0o755 });
    } else throw new Error(`Onverwacht soort bestand in het archief: ${path}`);
    offset += 512 + Math.ceil(size / 512) * 512;
  }
}
