// klacht, gebundeld door scripts/tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  init,
  parsePerson,
  resolveAction
} from "./chunk-EJ22CIDV.mjs";
import "./chunk-LPBNXBT6.mjs";
import "./chunk-PEAEIY72.mjs";
import "./chunk-XW3XZWYD.mjs";
import "./chunk-J62HPW7Q.mjs";
import "./chunk-RRG6MJ6H.mjs";
import "./chunk-ASV2CO67.mjs";
import "./chunk-CF747KSI.mjs";
import "./chunk-KBLGOEFO.mjs";
import "./chunk-E7J2H7QJ.mjs";
import "./chunk-FQ6REER2.mjs";
import "./chunk-WMPDXVYC.mjs";
import "./chunk-OWWX7LD2.mjs";
import "./chunk-65EIH5IW.mjs";
import "./chunk-6GVA35FH.mjs";
import "./chunk-UP2JVXUZ.mjs";
import "./chunk-AHHIZPQR.mjs";
import "./chunk-WMM5FOO6.mjs";
import "./chunk-XB2NWDIN.mjs";
import "./chunk-ZJMSHH4D.mjs";
export {
  init,
  parsePerson,
  resolveAction
};
