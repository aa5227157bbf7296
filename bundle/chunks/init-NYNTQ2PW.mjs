// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  init,
  parsePerson,
  resolveAction
} from "./chunk-3OEXXMFQ.mjs";
import "./chunk-JB462XYQ.mjs";
import "./chunk-VIAYLOM5.mjs";
import "./chunk-34QS7U6X.mjs";
import "./chunk-VTOBHORP.mjs";
import "./chunk-5FUXISE3.mjs";
import "./chunk-ZGR367YK.mjs";
import "./chunk-H6FA2GJG.mjs";
import "./chunk-Z4ZZ64GF.mjs";
import "./chunk-4N5YQ3QY.mjs";
import "./chunk-6PZIGJ5Y.mjs";
import "./chunk-UVHECV36.mjs";
import "./chunk-ZC7VFHT2.mjs";
import "./chunk-UCIYNJQ2.mjs";
import "./chunk-6S5FGJI4.mjs";
import "./chunk-GITCBFCA.mjs";
import "./chunk-5QYYEHPU.mjs";
import "./chunk-MEN2YURF.mjs";
import "./chunk-G45EPIXR.mjs";
import "./chunk-3ZZ24PPU.mjs";
import "./chunk-Y54NMRC7.mjs";
import "./chunk-Z5CEMS3B.mjs";
export {
  init,
  parsePerson,
  resolveAction
};
