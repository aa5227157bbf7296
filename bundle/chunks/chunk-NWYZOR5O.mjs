// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  formatId,
  idNumber,
  idYear
} from "./chunk-3ZZ24PPU.mjs";

// dist/core/complaint/next-id.js
function nextFreeId(year, knownIds) {
  let highest = 0;
  for (const id of knownIds) {
    if (idYear(id) === year)
      highest = Math.max(highest, idNumber(id) ?? 0);
  }
  return formatId(year, highest + 1);
}

export {
  nextFreeId
};
