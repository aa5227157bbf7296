// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  init,
  parsePerson,
  resolveAction
} from "./chunk-ERDT7KEI.mjs";
import "./chunk-WHRUOIEG.mjs";
import "./chunk-34QS7U6X.mjs";
import "./chunk-4TCCU5EM.mjs";
import "./chunk-U4BPVPHZ.mjs";
import "./chunk-4GZ3DPCE.mjs";
import "./chunk-UVHECV36.mjs";
import "./chunk-Z4ZZ64GF.mjs";
import "./chunk-CTWNIKNQ.mjs";
import "./chunk-ICKV3ULV.mjs";
import "./chunk-ZC7VFHT2.mjs";
import "./chunk-6S5FGJI4.mjs";
import "./chunk-XWRBJRII.mjs";
import "./chunk-27G2ELYX.mjs";
import "./chunk-CPHAOHBS.mjs";
import "./chunk-S5P2FSGG.mjs";
import "./chunk-WNRHMRKS.mjs";
import "./chunk-2MPUEASB.mjs";
import "./chunk-6L5A7TWF.mjs";
import "./chunk-JWCINCMC.mjs";
import "./chunk-WXEEPH3B.mjs";
import "./chunk-Z5CEMS3B.mjs";
export {
  init,
  parsePerson,
  resolveAction
};
