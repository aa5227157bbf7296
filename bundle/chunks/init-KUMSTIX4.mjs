// klacht, gebundeld door scripts/tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  init,
  parsePerson,
  resolveAction
} from "./chunk-45TOFVYY.mjs";
import "./chunk-VCFXWDVE.mjs";
import "./chunk-XW3XZWYD.mjs";
import "./chunk-3QWVPY6Y.mjs";
import "./chunk-JGSQFDMH.mjs";
import "./chunk-Y4FPVQAH.mjs";
import "./chunk-HO3FK33L.mjs";
import "./chunk-PUZ5FQJW.mjs";
import "./chunk-WMPDXVYC.mjs";
import "./chunk-A5GD7ALL.mjs";
import "./chunk-TKX4SFS4.mjs";
import "./chunk-QQHWHSCC.mjs";
import "./chunk-7VAKVCUU.mjs";
import "./chunk-ZJMSHH4D.mjs";
export {
  init,
  parsePerson,
  resolveAction
};
