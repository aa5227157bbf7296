// klacht, gebundeld door scripts/tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  init,
  parsePerson,
  resolveAction
} from "./chunk-JL73VH4R.mjs";
import "./chunk-OCBVZV2L.mjs";
import "./chunk-XW3XZWYD.mjs";
import "./chunk-GLFLJMOD.mjs";
import "./chunk-45D7XP7R.mjs";
import "./chunk-Y4FPVQAH.mjs";
import "./chunk-7J3CM2LF.mjs";
import "./chunk-PUZ5FQJW.mjs";
import "./chunk-WMPDXVYC.mjs";
import "./chunk-RLGHT5T4.mjs";
import "./chunk-PIN4MCSX.mjs";
import "./chunk-BGP32D3C.mjs";
import "./chunk-7VAKVCUU.mjs";
import "./chunk-ZJMSHH4D.mjs";
export {
  init,
  parsePerson,
  resolveAction
};
