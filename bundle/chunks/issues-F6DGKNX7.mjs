// klacht, gebundeld door scripts/tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  carryOut,
  carryOutPlan,
  listOurIssues,
  planWithGitHub
} from "./chunk-BHQGEVBX.mjs";
import "./chunk-O4YCAJSW.mjs";
import "./chunk-U4XJ4NKF.mjs";
import "./chunk-5N3FN7VH.mjs";
import "./chunk-65EIH5IW.mjs";
import "./chunk-6GVA35FH.mjs";
import "./chunk-XB2NWDIN.mjs";
import "./chunk-ZJMSHH4D.mjs";
export {
  carryOut,
  carryOutPlan,
  listOurIssues,
  planWithGitHub
};
