// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  init,
  parsePerson,
  resolveAction
} from "./chunk-DKWAAQA2.mjs";
import "./chunk-ICIQWYC5.mjs";
import "./chunk-XCK3ADTR.mjs";
import "./chunk-34QS7U6X.mjs";
import "./chunk-MPEXA7MR.mjs";
import "./chunk-WNRHMRKS.mjs";
import "./chunk-K743PGJF.mjs";
import "./chunk-RNEWAF7N.mjs";
import "./chunk-U4BPVPHZ.mjs";
import "./chunk-4GZ3DPCE.mjs";
import "./chunk-UVHECV36.mjs";
import "./chunk-Z4ZZ64GF.mjs";
import "./chunk-QHGT2FI6.mjs";
import "./chunk-JWCINCMC.mjs";
import "./chunk-WXEEPH3B.mjs";
import "./chunk-ICKV3ULV.mjs";
import "./chunk-ZC7VFHT2.mjs";
import "./chunk-6S5FGJI4.mjs";
import "./chunk-XWRBJRII.mjs";
import "./chunk-Z5CEMS3B.mjs";
export {
  init,
  parsePerson,
  resolveAction
};
