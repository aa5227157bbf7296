// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  printable,
  printableLines
} from "./chunk-W7APRSVY.mjs";
import {
  require_node_path
} from "./chunk-6S5FGJI4.mjs";
import {
  plural
} from "./chunk-WXEEPH3B.mjs";
import {
  __toESM
} from "./chunk-Z5CEMS3B.mjs";

// dist/cli/output.js
var import_node_path = __toESM(require_node_path(), 1);
var SEVERITY_WORD = { error: "fout", warning: "waarschuwing" };
function formatFinding(f, context) {
  const { colors } = context;
  const place = printable(`${f.file}:${f.line}:${f.column}`);
  const severity = f.severity === "error" ? colors.red(SEVERITY_WORD.error) : colors.yellow(SEVERITY_WORD.warning);
  return `${colors.bold(place)}  ${severity}  ${printableLines(f.message)}  ${colors.dim(`[${f.rule}]`)}`;
}
function escapeData(text) {
  return printable(text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A"));
}
function escapeProperty(text) {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function formatAnnotation(f, context) {
  const file = (0, import_node_path.relative)(context.io.cwd, (0, import_node_path.resolve)(context.root, f.file)).split("\\").join("/");
  const kind = f.severity === "error" ? "error" : "warning";
  const title = `klacht ${f.rule}`;
  return `::${kind} file=${escapeProperty(file)},line=${f.line},col=${f.column},title=${escapeProperty(title)}::${escapeData(f.message)}`;
}
function summaryLine(fileCount, findings, context) {
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.length - errors;
  const files = plural(fileCount, "bestand", "bestanden");
  if (findings.length === 0)
    return context.colors.green(`${files} gecontroleerd: alles in orde.`);
  const parts = [];
  if (errors > 0)
    parts.push(context.colors.red(plural(errors, "fout", "fouten")));
  if (warnings > 0)
    parts.push(context.colors.yellow(plural(warnings, "waarschuwing", "waarschuwingen")));
  return `${files} gecontroleerd: ${parts.join(", ")}.`;
}
function printFindings(findings, context) {
  for (const f of findings)
    context.io.stdout(`${formatFinding(f, context)}
`);
  if (context.actions) {
    for (const f of findings)
      context.io.stdout(`${formatAnnotation(f, context)}
`);
  }
}

export {
  formatFinding,
  escapeData,
  escapeProperty,
  summaryLine,
  printFindings
};
