// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  init,
  parsePerson,
  resolveAction
} from "./chunk-WQXLO5HN.mjs";
import "./chunk-VLW373DY.mjs";
import "./chunk-34QS7U6X.mjs";
import "./chunk-4TCCU5EM.mjs";
import "./chunk-ICBFEY52.mjs";
import "./chunk-4GZ3DPCE.mjs";
import "./chunk-UVHECV36.mjs";
import "./chunk-Z4ZZ64GF.mjs";
import "./chunk-4ABDEC6G.mjs";
import "./chunk-VDYSNWCQ.mjs";
import "./chunk-ZC7VFHT2.mjs";
import "./chunk-6S5FGJI4.mjs";
import "./chunk-XWRBJRII.mjs";
import "./chunk-ZQ3QI2XL.mjs";
import "./chunk-T24RIDJD.mjs";
import "./chunk-S5P2FSGG.mjs";
import "./chunk-WNRHMRKS.mjs";
import "./chunk-KYZMMVL4.mjs";
import "./chunk-6L5A7TWF.mjs";
import "./chunk-JWCINCMC.mjs";
import "./chunk-WXEEPH3B.mjs";
import "./chunk-Z5CEMS3B.mjs";
export {
  init,
  parsePerson,
  resolveAction
};
