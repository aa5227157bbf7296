/**
 * A register's .gitignore must keep klacht's temporary files (a killed command may leave one, with
 * a complaint's personal data) and its write lock (committed, it would make every writing command
 * elsewhere wait) out of git. `klacht init` writes those lines; a register made before it did, or
 * a .gitignore edited since, gets a warning of `klacht valideer` with the lines to add.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FILE_START, finding, type Finding } from '../core/complaint/finding.js';
import { IGNORED_LEFTOVERS } from '../core/complaint/layout.js';
import { listDutch } from '../core/text/dutch.js';

const GITIGNORE = '.gitignore';

/** Whether a line of a .gitignore ignores `pattern` at the top or anywhere (`x`, `/x`, `**\/x`). */
const ignores = (lines: readonly string[], pattern: string): boolean => lines.some((line) => [pattern, `/${pattern}`, `**/${pattern}`].includes(line));

/**
 * The warning for a register whose .gitignore lacks one of the lines. (A folder without a .gitignore
 * gets none: it may be no repository of its own, or one whose .gitignore is higher up; what klacht
 * left there is a finding of its own, register/stray-entries.ts.)
 */
export function gitignoreFindings(root: string): Finding[] {
  let text: string;
  try {
    text = readFileSync(join(root, GITIGNORE), 'utf8');
  } catch {
    return [];
  }
  const lines = text.split(/\r?\n/).map((line) => line.trim());
  const missing = IGNORED_LEFTOVERS.filter((pattern) => !ignores(lines, pattern));
  if (missing.length === 0) return [];
  return [finding(GITIGNORE, FILE_START, 'warning', 'gitignore-lines', null,
    `In ${GITIGNORE} ontbreken regels die de tijdelijke bestanden en het slot van klacht buiten git houden (een tijdelijk bestand kan persoonsgegevens bevatten). `
    + `Voeg ${missing.length === 1 ? 'deze regel' : 'deze regels'} toe: ${listDutch(missing)}`)];
}
