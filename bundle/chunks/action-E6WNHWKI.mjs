// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  finishProcess,
  loadCommand,
  main,
  processIo,
  reportFailure
} from "./chunk-53FVJTRH.mjs";
import "./chunk-Y2ZZ3KXS.mjs";
import "./chunk-GBMCZDUH.mjs";
import "./chunk-W7APRSVY.mjs";
import {
  UsageError
} from "./chunk-4N5YQ3QY.mjs";
import "./chunk-6PZIGJ5Y.mjs";
import "./chunk-UVHECV36.mjs";
import "./chunk-ZC7VFHT2.mjs";
import "./chunk-7GJX6OZ4.mjs";
import "./chunk-6S5FGJI4.mjs";
import "./chunk-GITCBFCA.mjs";
import "./chunk-MEN2YURF.mjs";
import "./chunk-G45EPIXR.mjs";
import "./chunk-3ZZ24PPU.mjs";
import "./chunk-Y54NMRC7.mjs";
import "./chunk-Z5CEMS3B.mjs";

// dist/cli/action/action-inputs.js
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
function findingsFail(env) {
  const value = input(env, "bevindingen-falen").trim().toLowerCase();
  if (value === "" || value === "true")
    return true;
  if (value === "false")
    return false;
  throw new UsageError(`De invoer 'bevindingen-falen' is true of false, niet '${value}'.`);
}
function withSummary(argv, hasSummaryOption, env) {
  const file = env.GITHUB_STEP_SUMMARY;
  if (!hasSummaryOption || !file || argv.some((a) => a === "--samenvatting" || a.startsWith("--samenvatting=")))
    return [...argv];
  return [...argv, "--samenvatting", file];
}
function withToken(env) {
  const token = input(env, "token").trim();
  return { ...env, ...token !== "" && !env.GITHUB_TOKEN ? { GITHUB_TOKEN: token } : {} };
}

// dist/cli/action/action.js
process.on("unhandledRejection", (error) => process.exit(reportFailure(error)));
var code;
try {
  const env = withToken(process.env);
  const argv = actionArgv(env);
  const failOnFindings = findingsFail(env);
  const command = await loadCommand(argv[0] ?? "");
  const io = { ...processIo(), env, helpReference: 'docs/referentie.md van klachtenregister, "De GitHub Action"' };
  code = await main(withSummary(argv, command?.spec.options.samenvatting !== void 0, env), io);
  if (code === 1 && !failOnFindings)
    code = 0;
} catch (error) {
  code = reportFailure(error);
}
finishProcess(code);
