/** The register folder itself: checked once, before any command reads or writes in it. */
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { RunError } from '../core/text/errors.js';
import { COMPLAINTS_DIR, CONFIG_FILE } from '../core/complaint/layout.js';

/**
 * Throws a Dutch RunError when `root` is not a readable folder, or (unless `mayBeEmpty`) not a
 * register: one with klachtenregister.yml or complaints/. A check pointed at the wrong folder
 * would otherwise find nothing wrong there and pass, for ever. A register with complaints/ but
 * without klachtenregister.yml is refused too: its rules would silently become the defaults (after
 * a bad merge or a rename an Awb register would be checked against Liberi's terms).
 */
export function checkRegisterFolder(root: string, options: { mayBeEmpty?: boolean; configMayLack?: boolean } = {}): void {
  const stat = statSync(root, { throwIfNoEntry: false });
  if (!stat) throw new RunError(`De map ${root} bestaat niet. Geef met --register de map van het klachtenregister op.`);
  if (!stat.isDirectory()) throw new RunError(`${root} is een bestand, geen map. Geef met --register de map van het klachtenregister op.`);
  try {
    accessSync(root, constants.R_OK | constants.X_OK);
  } catch {
    throw new RunError(`De map ${root} is niet te lezen: u hebt er geen toegang toe.`);
  }
  const hasConfig = existsSync(join(root, CONFIG_FILE));
  const hasComplaints = existsSync(join(root, COMPLAINTS_DIR));
  if (options.mayBeEmpty !== true && !hasConfig && !hasComplaints) {
    throw new RunError(`De map ${root} is geen klachtenregister: er staat geen ${CONFIG_FILE} en geen map ${COMPLAINTS_DIR}/ in. Geef met --register (in de GitHub Action: de invoer register) de map van het register op.`);
  }
  if (hasComplaints && !hasConfig && options.configMayLack !== true) {
    throw new RunError(`In ${root} staat een map ${COMPLAINTS_DIR}/ maar geen ${CONFIG_FILE}. Zonder dat bestand zouden stilzwijgend de standaardregels gelden (procedure liberi), ook voor de termijnen. `
      + `Zet het bestand terug (bijvoorbeeld met git checkout -- ${CONFIG_FILE}), of maak een leeg ${CONFIG_FILE} als de standaardregels bedoeld zijn.`);
  }
}
