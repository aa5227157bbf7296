// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  COMMAND_NAMES,
  finishProcess,
  loadCommand,
  loadCommands,
  main,
  reportFailure
} from "./chunk-53FVJTRH.mjs";
import "./chunk-Y2ZZ3KXS.mjs";
import "./chunk-GBMCZDUH.mjs";
import "./chunk-W7APRSVY.mjs";
import "./chunk-4N5YQ3QY.mjs";
import "./chunk-6PZIGJ5Y.mjs";
import "./chunk-UVHECV36.mjs";
import "./chunk-ZC7VFHT2.mjs";
import "./chunk-7GJX6OZ4.mjs";
import "./chunk-6S5FGJI4.mjs";
import "./chunk-GITCBFCA.mjs";
import "./chunk-MEN2YURF.mjs";
import "./chunk-G45EPIXR.mjs";
import "./chunk-3ZZ24PPU.mjs";
import "./chunk-Y54NMRC7.mjs";
import "./chunk-Z5CEMS3B.mjs";
export {
  COMMAND_NAMES,
  finishProcess,
  loadCommand,
  loadCommands,
  main,
  reportFailure
};
