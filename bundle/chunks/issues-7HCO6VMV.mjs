// klacht, gebundeld door scripts/tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  carryOut,
  carryOutPlan,
  listOurIssues,
  planWithGitHub
} from "./chunk-QUJ7CGEV.mjs";
import "./chunk-OM5GPMHH.mjs";
import "./chunk-U4XJ4NKF.mjs";
import "./chunk-QKORH7YS.mjs";
import "./chunk-HO3FK33L.mjs";
import "./chunk-A5GD7ALL.mjs";
import "./chunk-QQHWHSCC.mjs";
import "./chunk-7VAKVCUU.mjs";
import "./chunk-ZJMSHH4D.mjs";
export {
  carryOut,
  carryOutPlan,
  listOurIssues,
  planWithGitHub
};
