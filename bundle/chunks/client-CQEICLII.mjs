// klacht, gebundeld door scripts/tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  GitHubError,
  createClient,
  explainGitHubError,
  parseRepository,
  statusOf
} from "./chunk-QKORH7YS.mjs";
import "./chunk-7VAKVCUU.mjs";
import "./chunk-ZJMSHH4D.mjs";
export {
  GitHubError,
  createClient,
  explainGitHubError,
  parseRepository,
  statusOf
};
