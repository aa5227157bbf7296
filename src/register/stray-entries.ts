/**
 * Entries under complaints/ that are not complaint files but must not pass unnoticed: a `.md` name
 * that is a folder (or a pipe, a device), which would make a complaint silently disappear from the
 * count; and a temporary file that a killed klacht process left behind, which holds a complaint's
 * full new content (personal data) and which `git add -A` would stage.
 */
import { FILE_START, finding, type Finding } from '../core/complaint/finding.js';
import { parseTempName } from '../core/complaint/layout.js';

/** What a stray entry is. */
export type Stray = 'not-a-file' | 'leftover-temp-file';

/** Temporary files of older versions of klacht: `.<name>.<pid>.<random>.tmp`. */
const OLD_TEMP_NAME = /^\..+\.\d+\.[0-9a-f]{8}\.tmp$/;

/** Whether `name` (of an entry that is not a symbolic link) is a stray, and which. */
export function strayKind(name: string, isFile: boolean): Stray | undefined {
  if (parseTempName(name) !== undefined || OLD_TEMP_NAME.test(name)) return 'leftover-temp-file';
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
