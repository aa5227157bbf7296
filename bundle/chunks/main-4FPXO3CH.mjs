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
} from "./chunk-EVOMPUX4.mjs";
import "./chunk-UUHOZNX6.mjs";
import "./chunk-ZKSPR66Z.mjs";
import "./chunk-FQDJP75R.mjs";
import "./chunk-L5XY5QRS.mjs";
import "./chunk-MY2NQNHA.mjs";
import "./chunk-WNRHMRKS.mjs";
import "./chunk-7GJX6OZ4.mjs";
import "./chunk-TV6ZCS52.mjs";
import "./chunk-UVHECV36.mjs";
import "./chunk-FWLPVIYY.mjs";
import "./chunk-L7HUYIAK.mjs";
import "./chunk-JWCINCMC.mjs";
import "./chunk-WXEEPH3B.mjs";
import "./chunk-K6EFWMGU.mjs";
import "./chunk-ZC7VFHT2.mjs";
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
