// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  GitHubError,
  createClient,
  explainGitHubError,
  parseRepository,
  statusOf
} from "./chunk-QZ7MD4HK.mjs";
import "./chunk-GITCBFCA.mjs";
import "./chunk-Z5CEMS3B.mjs";
export {
  GitHubError,
  createClient,
  explainGitHubError,
  parseRepository,
  statusOf
};
