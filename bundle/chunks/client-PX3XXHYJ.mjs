// klacht, gebundeld door scripts/tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  GitHubError,
  createClient,
  explainGitHubError,
  parseRepository,
  statusOf
} from "./chunk-5N3FN7VH.mjs";
import "./chunk-XB2NWDIN.mjs";
import "./chunk-ZJMSHH4D.mjs";
export {
  GitHubError,
  createClient,
  explainGitHubError,
  parseRepository,
  statusOf
};
