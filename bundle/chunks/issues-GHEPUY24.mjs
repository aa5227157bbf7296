// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  carryOut,
  carryOutPlan,
  listOurIssues,
  planWithGitHub
} from "./chunk-UYPATKGY.mjs";
import "./chunk-RSG5JENM.mjs";
import "./chunk-55W2Y76O.mjs";
import "./chunk-54X2IFP4.mjs";
import "./chunk-JWCINCMC.mjs";
import "./chunk-WXEEPH3B.mjs";
import "./chunk-XWRBJRII.mjs";
import "./chunk-Z5CEMS3B.mjs";
export {
  carryOut,
  carryOutPlan,
  listOurIssues,
  planWithGitHub
};
