// klacht, gebundeld door scripts/tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  carryOut,
  carryOutPlan,
  listOurIssues,
  planWithGitHub
} from "./chunk-ZZM7STIW.mjs";
import "./chunk-3ZPMNC7K.mjs";
import "./chunk-U4XJ4NKF.mjs";
import "./chunk-F2VIUVZN.mjs";
import "./chunk-7J3CM2LF.mjs";
import "./chunk-RLGHT5T4.mjs";
import "./chunk-BGP32D3C.mjs";
import "./chunk-7VAKVCUU.mjs";
import "./chunk-ZJMSHH4D.mjs";
export {
  carryOut,
  carryOutPlan,
  listOurIssues,
  planWithGitHub
};
