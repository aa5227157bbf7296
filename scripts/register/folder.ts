/** The register folder itself: checked once, before any command reads or writes in it. */
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { RunError } from '../core/errors.js';
import { COMPLAINTS_DIR, CONFIG_FILE } from '../core/layout.js';

/**
 * Throws a Dutch RunError when `root` is not a readable folder, or (unless `mayBeEmpty`) not a
 * register: one with klachtenregister.yml or complaints/. A check pointed at the wrong folder
 * would otherwise find nothing wrong there and pass, for ever.
 */
export function checkRegisterFolder(root: string, options: { mayBeEmpty?: boolean } = {}): void {
  const stat = statSync(root, { throwIfNoEntry: false });
  if (!stat) throw new RunError(`De map ${root} bestaat niet. Geef met --register de map van het klachtenregister op.`);
  if (!stat.isDirectory()) throw new RunError(`${root} is een bestand, geen map. Geef met --register de map van het klachtenregister op.`);
  try {
    accessSync(root, constants.R_OK | constants.X_OK);
  } catch {
    throw new RunError(`De map ${root} is niet te lezen: u hebt er geen toegang toe.`);
  }
  if (options.mayBeEmpty !== true && !existsSync(join(root, CONFIG_FILE)) && !existsSync(join(root, COMPLAINTS_DIR))) {
    throw new RunError(`De map ${root} is geen klachtenregister: er staat geen ${CONFIG_FILE} en geen map ${COMPLAINTS_DIR}/ in. Geef met --register (in de GitHub Action: de invoer register) de map van het register op.`);
  }
}
