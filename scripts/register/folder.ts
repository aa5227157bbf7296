/** The register folder itself: checked once, before any command reads or writes in it. */
import { accessSync, constants, statSync } from 'node:fs';
import { RunError } from '../core/errors.js';

/** Throws a Dutch RunError when `root` is not a readable folder. */
export function checkRegisterFolder(root: string): void {
  const stat = statSync(root, { throwIfNoEntry: false });
  if (!stat) throw new RunError(`De map ${root} bestaat niet. Geef met --register de map van het klachtenregister op.`);
  if (!stat.isDirectory()) throw new RunError(`${root} is een bestand, geen map. Geef met --register de map van het klachtenregister op.`);
  try {
    accessSync(root, constants.R_OK | constants.X_OK);
  } catch {
    throw new RunError(`De map ${root} is niet te lezen: u hebt er geen toegang toe.`);
  }
}
