// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  compileCache
} from "./chunks/chunk-IXWIE6YG.mjs";
import "./chunks/chunk-UCIYNJQ2.mjs";
import "./chunks/chunk-6S5FGJI4.mjs";
import "./chunks/chunk-Z5CEMS3B.mjs";

// bin/action.js
compileCache();
await import("./chunks/action-E6WNHWKI.mjs");
