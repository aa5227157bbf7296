// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  carryOut,
  carryOutPlan,
  listOurIssues,
  planWithGitHub
} from "./chunk-3JC2T4ZH.mjs";
import "./chunk-SSLY6QCN.mjs";
import "./chunk-HVOL4K7K.mjs";
import "./chunk-QZ7MD4HK.mjs";
import "./chunk-GITCBFCA.mjs";
import "./chunk-Y54NMRC7.mjs";
import "./chunk-Z5CEMS3B.mjs";
export {
  carryOut,
  carryOutPlan,
  listOurIssues,
  planWithGitHub
};
