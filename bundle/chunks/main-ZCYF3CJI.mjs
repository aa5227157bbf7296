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
} from "./chunk-5YUEWGVI.mjs";
import "./chunk-LYT5KXSE.mjs";
import "./chunk-UUHOZNX6.mjs";
import "./chunk-W7APRSVY.mjs";
import "./chunk-CKXQAJN6.mjs";
import "./chunk-I5IKOO4X.mjs";
import "./chunk-UVHECV36.mjs";
import "./chunk-ZC7VFHT2.mjs";
import "./chunk-7GJX6OZ4.mjs";
import "./chunk-6S5FGJI4.mjs";
import "./chunk-GITCBFCA.mjs";
import "./chunk-CPHAOHBS.mjs";
import "./chunk-S5P2FSGG.mjs";
import "./chunk-WNRHMRKS.mjs";
import "./chunk-2MPUEASB.mjs";
import "./chunk-6L5A7TWF.mjs";
import "./chunk-JWCINCMC.mjs";
import "./chunk-WXEEPH3B.mjs";
import "./chunk-Z5CEMS3B.mjs";
export {
  COMMAND_NAMES,
  finishProcess,
  loadCommand,
  loadCommands,
  main,
  reportFailure
};
