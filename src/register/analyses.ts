/** The yearly analyses in the register folder (analyses/<jaar>.md): which exist, and one's text. */
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ANALYSES_DIR, analysisPath } from '../core/complaint/layout.js';

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

/** The text of analyses/<jaar>.md as it is now, or undefined when there is none (or it can't be read). */
export function readAnalysis(root: string, year: number): string | undefined {
  try {
    return readFileSync(join(root, analysisPath(year)), 'utf8');
  } catch {
    return undefined;
  }
}
