// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  stepCommand
} from "./chunk-UJYN62KE.mjs";
import "./chunk-VCDJPKBV.mjs";
import "./chunk-ZGR367YK.mjs";
import "./chunk-JC4GZ2T4.mjs";
import "./chunk-GBMCZDUH.mjs";
import "./chunk-CZMNQTA7.mjs";
import "./chunk-H6FA2GJG.mjs";
import "./chunk-ZAAEDPLE.mjs";
import "./chunk-Z4ZZ64GF.mjs";
import "./chunk-W7APRSVY.mjs";
import "./chunk-4N5YQ3QY.mjs";
import "./chunk-6PZIGJ5Y.mjs";
import "./chunk-UVHECV36.mjs";
import "./chunk-KK3T65I5.mjs";
import "./chunk-ZC7VFHT2.mjs";
import "./chunk-7GJX6OZ4.mjs";
import "./chunk-UCIYNJQ2.mjs";
import "./chunk-E74CLRJB.mjs";
import "./chunk-6S5FGJI4.mjs";
import "./chunk-GITCBFCA.mjs";
import "./chunk-G45EPIXR.mjs";
import {
  STEPS
} from "./chunk-3ZZ24PPU.mjs";
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
