// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  require_picocolors
} from "./chunk-4N5YQ3QY.mjs";
import {
  __toESM
} from "./chunk-Z5CEMS3B.mjs";

// dist/cli/dutch-prompts.js
var import_picocolors = __toESM(require_picocolors(), 1);
var SELECT_THEME = {
  style: { keysHelpTip: () => `${import_picocolors.default.bold("↑↓")} ${import_picocolors.default.dim("naar een ander antwoord")}${import_picocolors.default.dim(" • ")}${import_picocolors.default.bold("⏎")} ${import_picocolors.default.dim("kiezen")}` }
};
var CHOOSE_FIRST = "Kies eerst een antwoord.";
var CHOOSE = /* @__PURE__ */ Symbol("kies");
async function chooseOne(prompts, question, context) {
  const first = question.needed ? { name: "(kies)", value: CHOOSE, short: "(nog niets gekozen)", description: "Kies een antwoord uit de lijst." } : { name: "(overslaan)", value: "", short: "(overgeslagen)" };
  const choices = [first, ...question.options.map((o) => ({ name: o.label, value: o.value }))];
  const preferred = question.options.some((o) => o.value === question.preferred) ? { default: question.preferred } : {};
  let message = question.message;
  for (; ; ) {
    const answer = await prompts.select({ message, choices, ...preferred, theme: SELECT_THEME }, context);
    if (answer !== CHOOSE)
      return answer === "" ? void 0 : answer;
    message = `${CHOOSE_FIRST} ${question.message}`;
  }
}
async function chooseYesNo(prompts, message, needed, context) {
  const answer = await chooseOne(prompts, { message, options: [{ value: "ja", label: "ja" }, { value: "nee", label: "nee" }], needed }, context);
  return answer === void 0 ? void 0 : answer === "ja";
}
async function askYesNo(prompts, message, start, context) {
  return prompts.select({ message, choices: [{ name: "ja", value: true }, { name: "nee", value: false }], default: start, theme: SELECT_THEME }, context);
}

export {
  SELECT_THEME,
  chooseOne,
  chooseYesNo,
  askYesNo
};
