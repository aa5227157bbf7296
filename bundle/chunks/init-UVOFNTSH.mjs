// klacht, gebundeld door scripts/tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  init,
  parsePerson,
  resolveAction
} from "./chunk-SW6K34WJ.mjs";
import "./chunk-7ND3MSSQ.mjs";
import "./chunk-XW3XZWYD.mjs";
import "./chunk-PEAEIY72.mjs";
import "./chunk-J62HPW7Q.mjs";
import "./chunk-RRG6MJ6H.mjs";
import "./chunk-QXII7ENH.mjs";
import "./chunk-CF747KSI.mjs";
import "./chunk-HURCDCIJ.mjs";
import "./chunk-E7J2H7QJ.mjs";
import "./chunk-WMPDXVYC.mjs";
import "./chunk-OWWX7LD2.mjs";
import "./chunk-65EIH5IW.mjs";
import "./chunk-6GVA35FH.mjs";
import "./chunk-AHHIZPQR.mjs";
import "./chunk-WMM5FOO6.mjs";
import "./chunk-7VAKVCUU.mjs";
import "./chunk-ZJMSHH4D.mjs";
export {
  init,
  parsePerson,
  resolveAction
};
