#!/usr/bin/env node
// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  compileCache
} from "./chunks/chunk-IXWIE6YG.mjs";
import "./chunks/chunk-UCIYNJQ2.mjs";
import "./chunks/chunk-6S5FGJI4.mjs";
import "./chunks/chunk-Z5CEMS3B.mjs";

// bin/klacht.js
compileCache();
var cli;
try {
  cli = await import("./chunks/main-K3BH7H2L.mjs");
} catch (error) {
  if (error && error.code === "ERR_MODULE_NOT_FOUND" && String(error.message).includes("dist")) {
    console.error("klacht is nog niet gebouwd. Voer eerst `npm run build` uit in de map van klachtenregister (of gebruik bundle/klacht.mjs).");
    process.exit(2);
  }
  throw error;
}
process.on("unhandledRejection", (error) => process.exit(cli.reportFailure(error)));
cli.finishProcess(await cli.main(process.argv.slice(2)));
