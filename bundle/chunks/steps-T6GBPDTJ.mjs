// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  stepCommand
} from "./chunk-3RLXSA2G.mjs";
import "./chunk-SYNJOMJZ.mjs";
import "./chunk-UCIYNJQ2.mjs";
import "./chunk-JC4GZ2T4.mjs";
import "./chunk-U4BPVPHZ.mjs";
import "./chunk-4GZ3DPCE.mjs";
import "./chunk-UVHECV36.mjs";
import "./chunk-YLH77NMG.mjs";
import "./chunk-PXMKU424.mjs";
import "./chunk-Z4ZZ64GF.mjs";
import "./chunk-W7APRSVY.mjs";
import "./chunk-RIPU2EMR.mjs";
import "./chunk-ICKV3ULV.mjs";
import "./chunk-ZC7VFHT2.mjs";
import "./chunk-7GJX6OZ4.mjs";
import "./chunk-E74CLRJB.mjs";
import "./chunk-6S5FGJI4.mjs";
import "./chunk-XWRBJRII.mjs";
import "./chunk-DWOF63SY.mjs";
import {
  STEPS
} from "./chunk-ORZR7732.mjs";
import "./chunk-Y54NMRC7.mjs";
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
