// klacht, gebundeld door scripts/tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  init,
  parsePerson,
  resolveAction
} from "./chunk-DC37QDED.mjs";
import "./chunk-LWCKMQ3Z.mjs";
import "./chunk-XW3XZWYD.mjs";
import "./chunk-57265UZA.mjs";
import "./chunk-HO2WSNLI.mjs";
import "./chunk-QXII7ENH.mjs";
import "./chunk-HO3FK33L.mjs";
import "./chunk-HURCDCIJ.mjs";
import "./chunk-E7J2H7QJ.mjs";
import "./chunk-WMPDXVYC.mjs";
import "./chunk-YQJVERJ6.mjs";
import "./chunk-A5GD7ALL.mjs";
import "./chunk-QQHWHSCC.mjs";
import "./chunk-AHHIZPQR.mjs";
import "./chunk-WMM5FOO6.mjs";
import "./chunk-7VAKVCUU.mjs";
import "./chunk-ZJMSHH4D.mjs";
export {
  init,
  parsePerson,
  resolveAction
};
