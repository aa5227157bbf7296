// klacht, gebundeld door scripts/tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  COMMAND_NAMES,
  finishProcess,
  loadCommand,
  loadCommands,
  main,
  reportFailure
} from "./chunk-OGVPRCLQ.mjs";
import "./chunk-LJQSMB3C.mjs";
import "./chunk-7N3K3FGO.mjs";
import "./chunk-U5H7N3Q6.mjs";
import "./chunk-AHUP3DOG.mjs";
import "./chunk-LVPBMKN4.mjs";
import "./chunk-YQJVERJ6.mjs";
import "./chunk-QQHWHSCC.mjs";
import "./chunk-AHHIZPQR.mjs";
import "./chunk-WMM5FOO6.mjs";
import "./chunk-7VAKVCUU.mjs";
import "./chunk-ZJMSHH4D.mjs";
export {
  COMMAND_NAMES,
  finishProcess,
  loadCommand,
  loadCommands,
  main,
  reportFailure
};
