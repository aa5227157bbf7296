// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  stepCommand
} from "./chunk-W6OJW63B.mjs";
import "./chunk-KXALQBGW.mjs";
import "./chunk-NRT2L7XB.mjs";
import "./chunk-UCIYNJQ2.mjs";
import "./chunk-2GW4SVFC.mjs";
import "./chunk-ICBFEY52.mjs";
import "./chunk-4GZ3DPCE.mjs";
import "./chunk-UVHECV36.mjs";
import "./chunk-BVSVBZFE.mjs";
import "./chunk-N7ZWKP6P.mjs";
import "./chunk-Z4ZZ64GF.mjs";
import "./chunk-W7APRSVY.mjs";
import "./chunk-4ABDEC6G.mjs";
import "./chunk-VDYSNWCQ.mjs";
import "./chunk-ZC7VFHT2.mjs";
import "./chunk-7GJX6OZ4.mjs";
import "./chunk-E74CLRJB.mjs";
import "./chunk-6S5FGJI4.mjs";
import "./chunk-XWRBJRII.mjs";
import {
  STEPS
} from "./chunk-KYZMMVL4.mjs";
import "./chunk-6L5A7TWF.mjs";
import "./chunk-JWCINCMC.mjs";
import "./chunk-WXEEPH3B.mjs";
import "./chunk-Z5CEMS3B.mjs";

// dist/cli/commands/steps.js
function stepCommandNamed(name) {
  const step = STEPS.find((s) => s.command === name);
  if (!step)
    throw new Error(`Geen stap ${name} in core/steps/index.ts.`);
  return stepCommand(step);
}
export {
  stepCommandNamed
};
