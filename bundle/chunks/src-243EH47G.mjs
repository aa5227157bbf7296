// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  require_src
} from "./chunk-OWMFQWSZ.mjs";
import "./chunk-Z5CEMS3B.mjs";
export default require_src();
