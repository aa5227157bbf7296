/**
 * Atomic writes: the content goes to a temporary file in the same folder, is flushed, and then
 * takes the final name in one step, so a reader never sees half a file and a crash leaves the old
 * file (or none) in place. On every failure (a full disk, no access, a folder in the way) the
 * temporary file is removed again and the error names the file in Dutch; only a process that is
 * killed outright leaves one, named so that `klacht valideer` reports it (core/layout.ts).
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fchmodSync, fsyncSync, linkSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';
import { FileWriteError } from '../core/text/errors.js';
import { tempName } from '../core/complaint/layout.js';
import { describeSystemError, systemErrorCode } from '../core/text/system-errors.js';
import { faultPoint } from './fault-points.js';

/** How a file is named in messages: relative to the register when the caller knows it. */
export type ShownAs = (path: string) => string;

/** By default: relative to the current folder when inside it, else as given. */
const fromCwd: ShownAs = (path) => {
  const inside = relative(process.cwd(), path);
  return inside === '' || inside.startsWith('..') || isAbsolute(inside) ? path : inside;
};

/**
 * How a new file is made: `mode` for a file of its own (the umask may take more away), or the mode of
 * the file it replaces, kept exactly (a complaint made readable by its owner only stays so).
 */
export interface WriteOptions {
  readonly mode?: number;
}

/** The mode the temporary file gets right away: the one it must end with, when that is known. */
function targetMode(target: string, options: WriteOptions): { open: number; exact?: number } {
  if (options.mode !== undefined) return { open: options.mode };
  try {
    // Opened for its owner only, then given exactly the mode of the file it replaces.
    return { open: 0o600, exact: statSync(target).mode & 0o777 };
  } catch {
    return { open: 0o644 };
  }
}

function writeTemp(target: string, data: string | Uint8Array, points: string, options: WriteOptions): string {
  const folder = dirname(target);
  mkdirSync(folder, { recursive: true });
  const temp = join(folder, tempName(basename(target), process.pid, randomBytes(4).toString('hex')));
  const mode = targetMode(target, options);
  const fd = openSync(temp, 'wx', mode.open);
  let open = true;
  try {
    if (mode.exact !== undefined) fchmodSync(fd, mode.exact);
    const buffer = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let written = 0;
    while (written < buffer.length) written += writeSync(fd, buffer, written, buffer.length - written);
    fsyncSync(fd);
    open = false;
    closeSync(fd);
  } catch (error) {
    if (open) closeQuietly(fd);
    rmSync(temp, { force: true });
    throw error;
  }
  faultPoint(`${points}:temp-written`);
  return temp;
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // The write already failed; that is the error to report.
  }
}

/** The Dutch error for a write of `target` that failed, naming it as `shownAs` does. */
function writeFailure(error: unknown, target: string, shownAs: ShownAs): FileWriteError {
  const shown = shownAs(target);
  const reason = describeSystemError(error, shown) ?? `${shown}: een onverwachte fout (${error instanceof Error ? error.name : typeof error})`;
  return new FileWriteError(`Schrijven mislukt: ${reason}. Er is niets veranderd.`, systemErrorCode(error), target);
}

/** Writes `data` to `target`, replacing it atomically if it exists (keeping its mode, unless `options.mode` says one). */
export function writeFileAtomic(target: string, data: string | Uint8Array, shownAs: ShownAs = fromCwd, options: WriteOptions = {}): void {
  let temp: string | undefined;
  try {
    temp = writeTemp(target, data, 'write', options);
    renameSync(temp, target);
    faultPoint('write:renamed');
  } catch (error) {
    if (temp !== undefined) rmSync(temp, { force: true });
    throw writeFailure(error, target, shownAs);
  }
}

/**
 * Writes `data` to `target` atomically; fails with code EEXIST (writing nothing) if `target` already
 * exists. `points` names its steps for the fault-injection tests (the write lock has its own).
 */
export function createFileAtomic(target: string, data: string | Uint8Array, shownAs: ShownAs = fromCwd, points = 'write'): void {
  let temp: string | undefined;
  try {
    temp = writeTemp(target, data, points, {});
    linkSync(temp, target);
    faultPoint(`${points}:renamed`);
  } catch (error) {
    throw writeFailure(error, target, shownAs);
  } finally {
    if (temp !== undefined) rmSync(temp, { force: true });
  }
}
