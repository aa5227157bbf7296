/**
 * Symbolic links in the register's folders. A link under complaints/ or analyses/ would let a file
 * elsewhere (outside CODEOWNERS' and the signature check's reach, which see only the link) be read as
 * a registered complaint or an analysis: such links are an error, and never followed.
 */
import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FILE_START, finding, type Finding } from '../core/complaint/finding.js';
import { printable } from '../core/text/path-names.js';

/** The finding for a link at `file` (a register path). */
export function symlinkFinding(file: string): Finding {
  return finding(file, FILE_START, 'error', 'symlink', null,
    `${printable(file)} is een snelkoppeling (symbolische link). In complaints/ en analyses/ zijn snelkoppelingen niet toegestaan: het register leest ze niet, `
    + 'want de inhoud staat elders en valt buiten de ondertekening door de directie. Zet het bestand of de map zelf op deze plek.');
}

/** What stands at a register path, as a step finds it: a plain file, nothing, a link on the way, or no plain file (a folder). */
export type FileOnTheWay =
  | { readonly state: 'file' }
  | { readonly state: 'missing' }
  | { readonly state: 'symlink'; readonly at: string }
  | { readonly state: 'not-a-file' };

/**
 * Whether `file` (a register path, e.g. complaints/2026/KL-2026-001.md) is a plain file reached
 * without a symbolic link: each folder on the way and the file itself are looked at, none followed.
 */
export function fileWithoutLinks(root: string, file: string): FileOnTheWay {
  const parts = file.split('/');
  for (let i = 1; i <= parts.length; i++) {
    const part = parts.slice(0, i).join('/');
    const stat = lstatSync(join(root, part), { throwIfNoEntry: false });
    if (!stat) return { state: 'missing' };
    if (stat.isSymbolicLink()) return { state: 'symlink', at: part };
    if (i === parts.length && !stat.isFile()) return { state: 'not-a-file' };
  }
  return { state: 'file' };
}

/** Every symbolic link at or under `folder` (a register path, e.g. 'analyses'), without following any; sorted. */
export function symlinksUnder(root: string, folder: string): string[] {
  const found: string[] = [];
  const visit = (path: string): void => {
    const stat = lstatSync(join(root, path), { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isSymbolicLink()) found.push(path);
    else if (stat.isDirectory()) for (const name of readdirSync(join(root, path))) visit(`${path}/${name}`);
  };
  visit(folder);
  return found.sort();
}
