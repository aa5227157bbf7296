/**
 * Writing a new register's files into a folder (klacht init). Nothing is overwritten: a file that
 * is already there stops the whole run before anything is written, and a failure halfway removes
 * what this run wrote, so the folder is as it was or complete.
 */
import { existsSync, lstatSync, rmdirSync, unlinkSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { RunError } from '../core/text/errors.js';
import type { RegisterFile } from '../core/github-policy/register-files.js';
import { createFileAtomic } from './atomic-write.js';

/** The files of `files` that already exist in `root` (paths relative to it). */
export function existingFiles(root: string, files: readonly RegisterFile[]): string[] {
  return files.filter((f) => {
    try {
      return lstatSync(join(root, f.path), { throwIfNoEntry: false }) !== undefined;
    } catch {
      // ENOTDIR: a file stands where a folder of the register must come (.github as a file).
      return true;
    }
  }).map((f) => f.path);
}

/** Checks that `root` can take a register: a folder (or nothing yet) without any of the files. */
export function checkInitTarget(root: string, files: readonly RegisterFile[]): void {
  const stat = lstatSync(root, { throwIfNoEntry: false });
  if (stat && !stat.isDirectory()) throw new RunError(`${root} is een bestand, geen map. Geef een (nieuwe of lege) map op.`);
  if (!stat) return;
  const existing = existingFiles(root, files);
  if (existing.length > 0) {
    const named = existing.length > 4 ? `${existing.slice(0, 3).join(', ')} en nog ${existing.length - 3} bestanden` : existing.join(', ');
    throw new RunError(`In ${root} staat al: ${named}. klacht init overschrijft niets; kies een andere map, of verplaats of verwijder deze bestanden eerst.`);
  }
}

/** Writes every file, or (on a failure) none: what this run wrote is removed again. */
export function writeRegisterFiles(root: string, files: readonly RegisterFile[]): void {
  checkInitTarget(root, files);
  const madeFolders: string[] = [];
  const written: string[] = [];
  try {
    for (const file of files) {
      const target = join(root, file.path);
      for (let folder = dirname(target); !existsSync(folder); folder = dirname(folder)) madeFolders.push(folder);
      createFileAtomic(target, file.text);
      written.push(target);
    }
  } catch (error) {
    for (const target of written.reverse()) unlinkSync(target);
    // Deepest first: a folder is made before the folders inside it.
    for (const folder of [...new Set(madeFolders)].sort((a, b) => b.length - a.length)) {
      try { rmdirSync(folder); } catch { /* not empty: something else was put there meanwhile */ }
    }
    const code = (error as NodeJS.ErrnoException).code;
    const file = written.length < files.length ? files[written.length]?.path : undefined;
    throw new RunError(`Kon ${file ? relative('.', join(root, file)) : root} niet schrijven${code ? ` (${code})` : ''}; er is niets achtergelaten.`);
  }
}
