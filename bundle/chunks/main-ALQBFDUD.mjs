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
} from "./chunk-FNKZ67GM.mjs";
import "./chunk-HXDPDNPL.mjs";
import "./chunk-UUHOZNX6.mjs";
import "./chunk-XCK3ADTR.mjs";
import "./chunk-MPEXA7MR.mjs";
import "./chunk-WNRHMRKS.mjs";
import "./chunk-RNEWAF7N.mjs";
import "./chunk-UVHECV36.mjs";
import "./chunk-FWLPVIYY.mjs";
import "./chunk-QHGT2FI6.mjs";
import "./chunk-JWCINCMC.mjs";
import "./chunk-WXEEPH3B.mjs";
import "./chunk-ICKV3ULV.mjs";
import "./chunk-ZC7VFHT2.mjs";
import "./chunk-7GJX6OZ4.mjs";
import "./chunk-6S5FGJI4.mjs";
import "./chunk-XWRBJRII.mjs";
import "./chunk-Z5CEMS3B.mjs";
export {
  COMMAND_NAMES,
  finishProcess,
  loadCommand,
  loadCommands,
  main,
  reportFailure
};
