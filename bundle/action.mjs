// klacht, gebundeld door scripts/tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  finishProcess,
  main,
  processIo,
  reportFailure
} from "./chunks/chunk-4ELOT6S2.mjs";
import "./chunks/chunk-BPWNMJ6H.mjs";
import {
  UsageError
} from "./chunks/chunk-GODEESAN.mjs";
import "./chunks/chunk-LVPBMKN4.mjs";
import "./chunks/chunk-BGP32D3C.mjs";
import "./chunks/chunk-7VAKVCUU.mjs";
import "./chunks/chunk-ZJMSHH4D.mjs";

// dist/cli/action-inputs.js
function input(env, name) {
  return env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "";
}
function actionArgv(env) {
  const command = input(env, "opdracht").trim();
  if (command === "")
    throw new UsageError("De invoer 'opdracht' ontbreekt. Geef een opdracht op, zoals valideer of termijnen.");
  if (/\s/.test(command) || command.startsWith("-")) {
    throw new UsageError("De invoer 'opdracht' is alleen de naam van één opdracht, zoals valideer. Zet opties onder 'argumenten', één per regel.");
  }
  const register = input(env, "register").trim() || ".";
  const rest = input(env, "argumenten").split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== "");
  return [command, "--register", register, ...rest];
}

// dist/cli/action.js
process.on("unhandledRejection", (error) => process.exit(reportFailure(error)));
var code;
try {
  code = await main(actionArgv(process.env), { ...processIo(), helpReference: 'de README van klachtenregister, "De GitHub Action"' });
} catch (error) {
  code = reportFailure(error);
}
finishProcess(code);
