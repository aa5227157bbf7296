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
} from "./chunk-BWXKU6YU.mjs";
import "./chunk-3YPHRR7V.mjs";
import "./chunk-VDVMXI2E.mjs";
import "./chunk-SXHGQ73G.mjs";
import "./chunk-PEAEIY72.mjs";
import "./chunk-J62HPW7Q.mjs";
import "./chunk-RRG6MJ6H.mjs";
import "./chunk-U5H7N3Q6.mjs";
import "./chunk-CF747KSI.mjs";
import "./chunk-FQ6REER2.mjs";
import "./chunk-ZTHRXK2B.mjs";
import "./chunk-OWWX7LD2.mjs";
import "./chunk-65EIH5IW.mjs";
import "./chunk-6GVA35FH.mjs";
import "./chunk-UP2JVXUZ.mjs";
import "./chunk-AHHIZPQR.mjs";
import "./chunk-WMM5FOO6.mjs";
import "./chunk-XB2NWDIN.mjs";
import "./chunk-ZJMSHH4D.mjs";
export {
  COMMAND_NAMES,
  finishProcess,
  loadCommand,
  loadCommands,
  main,
  reportFailure
};
