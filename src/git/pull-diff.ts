/**
 * What a pull request changes in the register's folders: `git diff --raw` between the base and the
 * tree its merge would produce (git/merge-result.ts), with each file's git mode, so that a symbolic
 * link (mode 120000) is seen for what it is instead of being read as a file with its target's name in it.
 */
import type { SimpleGit } from 'simple-git';
import { runGit } from './repository.js';

/** git's mode of a symbolic link. */
export const SYMLINK_MODE = '120000';

export interface ChangedFile {
  /** A (added), M (modified), D (deleted), R (renamed), T (type changed, e.g. file to link). */
  readonly status: string;
  readonly path: string;
  /** The path at the base, when renamed. */
  readonly oldPath?: string;
  /** git modes at the base and at the head ('000000' where the file does not exist). */
  readonly oldMode: string;
  readonly newMode: string;
}

/** Parses `git diff --raw -z` output. */
export function parseRawDiff(output: string): ChangedFile[] {
  const parts = output.split('\0');
  const files: ChangedFile[] = [];
  for (let i = 0; i < parts.length; i++) {
    const meta = parts[i] ?? '';
    if (!meta.startsWith(':')) continue;
    const [oldMode = '', newMode = '', , , status = ''] = meta.slice(1).split(' ');
    const kind = status[0] ?? '';
    const first = parts[++i] ?? '';
    if (kind === 'R' || kind === 'C') {
      const second = parts[++i] ?? '';
      files.push({ status: kind, path: second, oldPath: first, oldMode, newMode });
    } else {
      files.push({ status: kind, path: first, oldMode, newMode });
    }
  }
  return files;
}

/**
 * Files under `folders` changed from `from` to `to` (commits or trees: the base and the merge's
 * tree). The folders are given without a trailing slash, so that a link put in the place of a
 * whole folder (`complaints` → elsewhere) is listed too.
 */
export async function changedFiles(git: SimpleGit, from: string, to: string, folders: readonly string[]): Promise<ChangedFile[]> {
  const output = await runGit(git, ['diff', '--raw', '-z', '-M', '--no-abbrev', '--no-color', '--no-ext-diff', from, to, '--', ...folders], `het vergelijken van ${from} en ${to}`);
  return parseRawDiff(output);
}
