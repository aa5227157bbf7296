/**
 * What is at a path, looked at without reading it, and a folder made to write into. The commands
 * (cli/) touch no file themselves (eslint.config.js fences node:fs out of cli/): they ask here.
 */
import { existsSync, mkdirSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** What a path names, following links: nothing (or nothing that may be looked at), a folder, or a file (or another entry). */
export type PathKind = 'missing' | 'folder' | 'file';

export function pathKind(path: string): PathKind {
  if (!existsSync(path)) return 'missing';
  return statSync(path).isDirectory() ? 'folder' : 'file';
}

/** Makes `folder`, and every folder above it that is missing. */
export function makeFolder(folder: string): void {
  mkdirSync(folder, { recursive: true });
}

/** The nearest path at or above `path` that exists (the file system's root at the last). */
export function nearestExisting(path: string): string {
  let existing = path;
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  return existing;
}

/** `path` with every link resolved in the part of it that exists; the part that does not, as written. */
export function realPathOf(path: string): string {
  if (existsSync(path)) return realpathSync(path);
  const existing = nearestExisting(path);
  return join(realpathSync(existing), relative(existing, path));
}
