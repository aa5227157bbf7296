/** The yearly analyses in the register folder (analyses/<jaar>.md): which exist, and one's text. */
import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ANALYSES_DIR, analysisPath } from '../core/complaint/layout.js';
import { readTextFile, type TextFile } from './bounded-read.js';

/**
 * The years with an analyses/<jaar>.md file, in no particular order. A symbolic link (the file or
 * the folder) does not count: its content is elsewhere (register/symlinks.ts; valideer reports it).
 */
export function analysisYears(root: string): number[] {
  const folder = join(root, ANALYSES_DIR);
  if (lstatSync(folder, { throwIfNoEntry: false })?.isDirectory() !== true) return [];
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const match = /^(\d{4})\.md$/.exec(entry.name);
    return match && entry.isFile() ? [Number(match[1])] : [];
  });
}

/**
 * The text of analyses/<jaar>.md as it is now, read bounded (bounded-read.ts); the finding that
 * says why it was not read (too large, not text, not UTF-8); or undefined when there is none (or
 * it can't be opened).
 */
export function readAnalysis(root: string, year: number): TextFile | undefined {
  try {
    return readTextFile(root, analysisPath(year), 'Een jaaranalyse', 'haal weg wat er niet in hoort (klacht jaaranalyse overschrijft het niet, zodat de tekst van de directie in hoofdstuk 7 niet verloren gaat)');
  } catch {
    return undefined;
  }
}
