// klacht, gebundeld door scripts/tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  RunError
} from "./chunk-7VAKVCUU.mjs";

// dist/register/folder.js
import { accessSync, constants, statSync } from "node:fs";
function checkRegisterFolder(root) {
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
}

export {
  checkRegisterFolder
};
