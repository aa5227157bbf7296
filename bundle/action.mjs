// klacht, gebundeld door scripts/tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  compileCache
} from "./chunks/chunk-H4M2XDFD.mjs";
import "./chunks/chunk-LMRFAUG3.mjs";
import "./chunks/chunk-WMM5FOO6.mjs";
import "./chunks/chunk-ZJMSHH4D.mjs";

// bin/action.js
compileCache();
await import("./chunks/action-PKBXNJGJ.mjs");
