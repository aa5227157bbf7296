/** Which yearly analyses exist in the register folder (analyses/<jaar>.md). */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ANALYSES_DIR } from '../core/layout.js';

/** The years with an analyses/<jaar>.md file, in no particular order. */
export function analysisYears(root: string): number[] {
  let names: string[];
  try {
    names = readdirSync(join(root, ANALYSES_DIR));
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const match = /^(\d{4})\.md$/.exec(name);
    return match ? [Number(match[1])] : [];
  });
}
