/**
 * Entries under complaints/ that are not complaint files but must not pass unnoticed: a `.md` name
 * that is a folder (or a pipe, a device), which would make a complaint silently disappear from the
 * count; and a temporary file that a killed klacht process left behind, which holds a complaint's
 * full new content (personal data) and which `git add -A` would stage.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FILE_START, finding, type Finding } from '../core/complaint/finding.js';
import { ANALYSES_DIR, TEMP_SUFFIX, WRITE_LOCK } from '../core/complaint/layout.js';
import { strayLock } from './write-lock.js';

/** What a stray entry is. */
export type Stray = 'not-a-file' | 'leftover-temp-file';

/** Temporary files of older versions of klacht: `.<name>.<pid>.<random>.tmp`. */
const OLD_TEMP_NAME = /^\..+\.\d+\.[0-9a-f]{8}\.tmp$/;

/** Whether `name` is that of a temporary file of klacht (a take-over marker of the write lock is one too). */
export function isTempName(name: string): boolean {
  return name.endsWith(TEMP_SUFFIX) || OLD_TEMP_NAME.test(name);
}

/** Whether `name` (of an entry that is not a symbolic link) is a stray, and which. */
export function strayKind(name: string, isFile: boolean): Stray | undefined {
  if (isTempName(name)) return 'leftover-temp-file';
  return name.endsWith('.md') && !isFile ? 'not-a-file' : undefined;
}

/** The finding for a stray entry at `file` (a register path). */
export function strayFinding(file: string, kind: Stray): Finding {
  return kind === 'not-a-file'
    ? finding(file, FILE_START, 'error', 'not-a-file', null,
      `${file} is geen gewoon bestand (maar bijvoorbeeld een map): de klacht die hier hoort, wordt zo niet gelezen en niet meegeteld. Zet het klachtbestand zelf op deze plek.`)
    : finding(file, FILE_START, 'error', 'leftover-temp-file', null,
      `${file} is een tijdelijk bestand dat een onderbroken klacht-opdracht heeft achtergelaten. Het kan persoonsgegevens bevatten: verwijder het (de klacht zelf staat in het gewone bestand), en voeg het niet toe aan git.`);
}

/** The folders outside complaints/ where klacht writes: the top (configuration, lock), analyses/, and the PDFs' default out/. */
const WRITTEN_FOLDERS = ['', `${ANALYSES_DIR}/`, 'out/'];

const LEFTOVER_LOCK = `${WRITE_LOCK} is het slot van een klacht-opdracht die niet meer draait (of het is met git vastgelegd). `
  + 'Verwijder het, en leg het niet vast in git: zolang het er staat, wacht elke schrijvende klacht-opdracht eerst.';

/** Findings for what klacht left outside complaints/: temporary files, and a lock that no process here holds. */
export function leftoverFindings(root: string): Finding[] {
  const findings: Finding[] = [];
  for (const folder of WRITTEN_FOLDERS) {
    let names: string[];
    try {
      names = readdirSync(join(root, folder));
    } catch {
      continue;
    }
    for (const name of names.sort()) if (isTempName(name)) findings.push(strayFinding(`${folder}${name}`, 'leftover-temp-file'));
  }
  if (strayLock(root)) findings.push(finding(WRITE_LOCK, FILE_START, 'error', 'leftover-lock', null, LEFTOVER_LOCK));
  return findings;
}
