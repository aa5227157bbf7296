// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  init,
  parsePerson,
  resolveAction
} from "./chunk-JO5UK427.mjs";
import "./chunk-E7DGMZZX.mjs";
import "./chunk-L5XY5QRS.mjs";
import "./chunk-34QS7U6X.mjs";
import "./chunk-MY2NQNHA.mjs";
import "./chunk-WNRHMRKS.mjs";
import "./chunk-K743PGJF.mjs";
import "./chunk-TV6ZCS52.mjs";
import "./chunk-XDJRSPS7.mjs";
import "./chunk-4GZ3DPCE.mjs";
import "./chunk-UVHECV36.mjs";
import "./chunk-Z4ZZ64GF.mjs";
import "./chunk-L7HUYIAK.mjs";
import "./chunk-JWCINCMC.mjs";
import "./chunk-WXEEPH3B.mjs";
import "./chunk-K6EFWMGU.mjs";
import "./chunk-ZC7VFHT2.mjs";
import "./chunk-6S5FGJI4.mjs";
import "./chunk-XWRBJRII.mjs";
import "./chunk-Z5CEMS3B.mjs";
export {
  init,
  parsePerson,
  resolveAction
};
