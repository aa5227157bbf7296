// klacht, gebundeld door scripts/tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  COMPLAINTS_DIR,
  CONFIG_FILE
} from "./chunk-LVPBMKN4.mjs";
import {
  RunError
} from "./chunk-7VAKVCUU.mjs";

// dist/register/folder.js
import { accessSync, constants, existsSync, statSync } from "node:fs";
import { join } from "node:path";
function checkRegisterFolder(root, options = {}) {
  const stat = statSync(root, { throwIfNoEntry: false });
  if (!stat)
    throw new RunError(`De map ${root} bestaat niet. Geef met --register de map van het klachtenregister op.`);
  if (!stat.isDirectory())
    throw new RunError(`${root} is een bestand, geen map. Geef met --register de map van het klachtenregister op.`);
  try {
    accessSync(root, constants.R_OK | constants.X_OK);
  } catch {
    throw new RunError(`De map ${root} is niet te lezen: u hebt er geen toegang toe.`);
  }
  if (options.mayBeEmpty !== true && !existsSync(join(root, CONFIG_FILE)) && !existsSync(join(root, COMPLAINTS_DIR))) {
    throw new RunError(`De map ${root} is geen klachtenregister: er staat geen ${CONFIG_FILE} en geen map ${COMPLAINTS_DIR}/ in. Geef met --register (in de GitHub Action: de invoer register) de map van het register op.`);
  }
}

export {
  checkRegisterFolder
};
