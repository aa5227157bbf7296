// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  stepCommand
} from "./chunk-CMMHQOY4.mjs";
import "./chunk-57RM3WKP.mjs";
import "./chunk-2GW4SVFC.mjs";
import "./chunk-XLWG3UXR.mjs";
import "./chunk-GEGBDMG5.mjs";
import "./chunk-NYE4AM33.mjs";
import "./chunk-Z4ZZ64GF.mjs";
import "./chunk-W7APRSVY.mjs";
import "./chunk-CKXQAJN6.mjs";
import "./chunk-I5IKOO4X.mjs";
import "./chunk-UVHECV36.mjs";
import "./chunk-KK3T65I5.mjs";
import "./chunk-ZC7VFHT2.mjs";
import "./chunk-7GJX6OZ4.mjs";
import "./chunk-UCIYNJQ2.mjs";
import "./chunk-E74CLRJB.mjs";
import "./chunk-6S5FGJI4.mjs";
import "./chunk-GITCBFCA.mjs";
import {
  STEPS
} from "./chunk-2MPUEASB.mjs";
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
