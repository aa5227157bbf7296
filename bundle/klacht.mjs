#!/usr/bin/env node
// klacht, gebundeld door scripts/tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  compileCache
} from "./chunks/chunk-H4M2XDFD.mjs";
import "./chunks/chunk-LMRFAUG3.mjs";
import "./chunks/chunk-WMM5FOO6.mjs";
import "./chunks/chunk-ZJMSHH4D.mjs";

// bin/klacht.js
compileCache();
var cli;
try {
  cli = await import("./chunks/main-I67TJC2U.mjs");
} catch (error) {
  if (error && error.code === "ERR_MODULE_NOT_FOUND" && String(error.message).includes("dist")) {
    console.error("klacht is nog niet gebouwd. Voer eerst `npm run build` uit in de map van klachtenregister (of gebruik bundle/klacht.mjs).");
    process.exit(2);
  }
  throw error;
}
process.on("unhandledRejection", (error) => process.exit(cli.reportFailure(error)));
cli.finishProcess(await cli.main(process.argv.slice(2)));
