// klacht, gebundeld door scripts/tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  require_src
} from "./chunk-DSLHAXIC.mjs";
import "./chunk-ZJMSHH4D.mjs";
export default require_src();
