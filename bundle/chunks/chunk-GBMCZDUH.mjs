// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  require_node_fs
} from "./chunk-ZC7VFHT2.mjs";
import {
  __toESM
} from "./chunk-Z5CEMS3B.mjs";

// dist/cli/job-summary.js
var import_node_fs = __toESM(require_node_fs(), 1);
function appendJobSummary(context, markdown) {
  const file = context.values.samenvatting ?? formSummaryFile(context.io, context.values.formulier === true);
  if (file)
    (0, import_node_fs.appendFileSync)(file, markdown.endsWith("\n\n") ? markdown : `${markdown.trimEnd()}

`);
}
function summariseRefusedForm(io, fromForm, reason) {
  const file = formSummaryFile(io, fromForm);
  if (file)
    (0, import_node_fs.appendFileSync)(file, refusedFormMarkdown(reason));
}
function formSummaryFile(io, fromForm) {
  return fromForm && io.env.GITHUB_ACTIONS === "true" && io.env.GITHUB_STEP_SUMMARY ? io.env.GITHUB_STEP_SUMMARY : void 0;
}
function refusedFormMarkdown(reason) {
  return [
    "## Het formulier is niet verwerkt",
    "",
    ...reason.split("\n").map((line) => line.startsWith("  ") ? `- ${line.trim()}` : line),
    "",
    "Er is niets gewijzigd en er is geen pull request gemaakt. Start het formulier opnieuw (*Actions* → het formulier → *Run workflow*) en vul aan of verbeter wat hierboven staat.",
    ""
  ].join("\n");
}

export {
  appendJobSummary,
  summariseRefusedForm
};
