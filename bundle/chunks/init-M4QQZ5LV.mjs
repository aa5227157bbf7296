// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  init,
  parsePerson,
  resolveAction
} from "./chunk-COFTCTJH.mjs";
import "./chunk-JB462XYQ.mjs";
import "./chunk-BLJRPTLM.mjs";
import "./chunk-34QS7U6X.mjs";
import "./chunk-VTOBHORP.mjs";
import "./chunk-5FUXISE3.mjs";
import "./chunk-QNDQEGRD.mjs";
import "./chunk-H6FA2GJG.mjs";
import "./chunk-Z4ZZ64GF.mjs";
import "./chunk-T66F2P4N.mjs";
import "./chunk-6PZIGJ5Y.mjs";
import "./chunk-UVHECV36.mjs";
import "./chunk-ZC7VFHT2.mjs";
import "./chunk-UCIYNJQ2.mjs";
import "./chunk-6S5FGJI4.mjs";
import "./chunk-GITCBFCA.mjs";
import "./chunk-C5Z2ERPZ.mjs";
import "./chunk-TH2MPJDK.mjs";
import "./chunk-YAPAWERI.mjs";
import "./chunk-G6AZ7BD4.mjs";
import "./chunk-Y54NMRC7.mjs";
import "./chunk-Z5CEMS3B.mjs";
export {
  init,
  parsePerson,
  resolveAction
};
