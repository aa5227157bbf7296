// klacht, gebundeld door scripts/tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  runGit
} from "./chunk-Y4FPVQAH.mjs";
import {
  plural
} from "./chunk-RLGHT5T4.mjs";
import {
  COMPLAINT_ID_BODY
} from "./chunk-AHS6UGYI.mjs";

// dist/git/complaint-ids.js
var PATH_PATTERN = new RegExp(`^complaints/(\\d{4})/(${COMPLAINT_ID_BODY})\\.md$`);
async function idsAtRef(git, ref, year) {
  const folder = year === void 0 ? "complaints/" : `complaints/${year}/`;
  const output = await runGit(git, ["ls-tree", "-r", "--name-only", ref, "--", folder], `het lezen van de klachtbestanden op ${ref}`);
  return output.split("\n").flatMap((path) => {
    const match = PATH_PATTERN.exec(path);
    return match ? [{ id: match[2], path }] : [];
  });
}
async function allBranches(git) {
  const output = await runGit(git, ["for-each-ref", "--format=%(refname)", "refs/heads", "refs/remotes"], "het lezen van de branches");
  return output.split("\n").filter((ref) => ref !== "" && !ref.endsWith("/HEAD"));
}
async function idsOnAllBranches(git, year) {
  const ids = /* @__PURE__ */ new Set();
  for (const ref of await allBranches(git)) {
    for (const { id } of await idsAtRef(git, ref, year))
      ids.add(id);
  }
  return ids;
}
async function mergeBase(git, a, b) {
  try {
    return (await git.raw(["merge-base", a, b])).trim() || void 0;
  } catch {
    return void 0;
  }
}
async function refExists(git, ref) {
  try {
    return (await git.raw(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`])).trim() !== "";
  } catch {
    return false;
  }
}
async function idsChangedSince(git, since) {
  const known = !since.startsWith("-") && !/^0+$/.test(since) && await refExists(git, since);
  const hasParent = await refExists(git, "HEAD~1");
  const range = known ? `${since}..HEAD` : hasParent ? "HEAD~1..HEAD" : "HEAD";
  const args = range === "HEAD" ? ["ls-tree", "-r", "--name-only", "HEAD", "--", "complaints/"] : ["diff", "--name-only", "--no-renames", "--diff-filter=AM", range, "--", "complaints/"];
  const output = await runGit(git, args, `het zoeken naar gewijzigde klachten (${range})`);
  const ids = [...new Set(output.split("\n").flatMap((path) => {
    const match = PATH_PATTERN.exec(path);
    return match ? [match[2]] : [];
  }))].sort();
  return { ids, range };
}

// dist/cli/output.js
import { relative, resolve } from "node:path";
var SEVERITY_WORD = { error: "fout", warning: "waarschuwing" };
function formatFinding(f, context) {
  const { colors } = context;
  const place = `${f.file}:${f.line}:${f.column}`;
  const severity = f.severity === "error" ? colors.red(SEVERITY_WORD.error) : colors.yellow(SEVERITY_WORD.warning);
  return `${colors.bold(place)}  ${severity}  ${f.message}  ${colors.dim(`[${f.rule}]`)}`;
}
function escapeData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function formatAnnotation(f, context) {
  const file = relative(context.io.cwd, resolve(context.root, f.file)).split("\\").join("/");
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
  idsAtRef,
  idsOnAllBranches,
  mergeBase,
  refExists,
  idsChangedSince,
  formatFinding,
  summaryLine,
  printFindings
};
