/** Which yearly analyses exist in the register folder (analyses/<jaar>.md). */
import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ANALYSES_DIR } from '../core/complaint/layout.js';

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
