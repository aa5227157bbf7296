/**
 * Atomic writes: the content goes to a temporary file in the same folder, is flushed, and then
 * takes the final name in one step, so a reader never sees half a file and a crash leaves the old
 * file (or none) in place.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, linkSync, mkdirSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

function writeTemp(target: string, data: string | Uint8Array): string {
  const folder = dirname(target);
  mkdirSync(folder, { recursive: true });
  const temp = join(folder, `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const fd = openSync(temp, 'wx', 0o644);
  try {
    const buffer = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let written = 0;
    while (written < buffer.length) written += writeSync(fd, buffer, written, buffer.length - written);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return temp;
}

/** Writes `data` to `target`, replacing it atomically if it exists. */
export function writeFileAtomic(target: string, data: string | Uint8Array): void {
  const temp = writeTemp(target, data);
  try {
    renameSync(temp, target);
  } catch (error) {
    unlinkSync(temp);
    throw error;
  }
}

/** Writes `data` to `target` atomically, failing with EEXIST if `target` already exists. */
export function createFileAtomic(target: string, data: string | Uint8Array): void {
  const temp = writeTemp(target, data);
  try {
    linkSync(temp, target);
  } finally {
    unlinkSync(temp);
  }
}
