// klacht, gebundeld door scripts/tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  firstAddedTimes,
  openRepository
} from "./chunk-Y4FPVQAH.mjs";
import {
  complaintDeadlines,
  registerDeadlines,
  sortDeadlines
} from "./chunk-LM7VC3VM.mjs";
import {
  FILE_START,
  checkComplaintBytes,
  duplicateIdIssues,
  finding,
  loadConfig,
  locateInBytes,
  readBounded,
  sortFindings,
  validationContext
} from "./chunk-OQ6US66E.mjs";
import {
  checkRegisterFolder
} from "./chunk-BPWNMJ6H.mjs";
import {
  ANALYSES_DIR,
  COMPLAINTS_DIR,
  analysisPath
} from "./chunk-LVPBMKN4.mjs";
import {
  todayInAmsterdam
} from "./chunk-QQHWHSCC.mjs";

// dist/register/symlinks.js
import { lstatSync, readdirSync } from "node:fs";
import { join } from "node:path";
function symlinkFinding(file) {
  return finding(file, FILE_START, "error", "symlink", null, `${file} is een snelkoppeling (symbolische link). In complaints/ en analyses/ zijn snelkoppelingen niet toegestaan: het register leest ze niet, want de inhoud staat elders en valt buiten de ondertekening door de directie. Zet het bestand of de map zelf op deze plek.`);
}
function symlinksUnder(root, folder) {
  const found = [];
  const visit = (path) => {
    const stat = lstatSync(join(root, path), { throwIfNoEntry: false });
    if (!stat)
      return;
    if (stat.isSymbolicLink())
      found.push(path);
    else if (stat.isDirectory())
      for (const name of readdirSync(join(root, path)))
        visit(`${path}/${name}`);
  };
  visit(folder);
  return found.sort();
}

// dist/register/load.js
import { lstatSync as lstatSync2, readdirSync as readdirSync2 } from "node:fs";
import { join as join2, relative, sep } from "node:path";
function complaintsOf(register) {
  return register.files.flatMap((f) => f.complaint ? [f.complaint] : []);
}
function toRegisterPath(root, absolute) {
  const prefix = root.endsWith(sep) ? root : root + sep;
  const inside = absolute.startsWith(prefix) ? absolute.slice(prefix.length) : relative(root, absolute);
  return sep === "/" ? inside : inside.split(sep).join("/");
}
function listComplaintFiles(root) {
  const found = [];
  const walk = (folder) => {
    let entries;
    try {
      entries = readdirSync2(folder, { withFileTypes: true });
    } catch (error) {
      if (error.code === "ENOENT")
        return;
      throw error;
    }
    for (const entry of entries) {
      const absolute = join2(folder, entry.name);
      if (entry.name.startsWith("."))
        continue;
      if (entry.isSymbolicLink())
        found.push({ path: absolute, symlink: true });
      else if (entry.isDirectory())
        walk(absolute);
      else if (entry.isFile() && entry.name.endsWith(".md"))
        found.push({ path: absolute, symlink: false });
    }
  };
  const complaints = join2(root, COMPLAINTS_DIR);
  if (lstatSync2(complaints, { throwIfNoEntry: false })?.isSymbolicLink())
    found.push({ path: complaints, symlink: true });
  else
    walk(complaints);
  return found.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
function loadRegister(root, today) {
  checkRegisterFolder(root);
  const loadedConfig = loadConfig(root);
  const context = validationContext(loadedConfig.config, today);
  const files = listComplaintFiles(root).map(({ path, symlink }) => {
    const file = toRegisterPath(root, path);
    return symlink ? { file, findings: [symlinkFinding(file)] } : checkComplaintBytes(file, readBounded(path), context);
  });
  const duplicates = duplicateIdIssues(files.map((f) => ({ file: f.file, id: f.complaint?.id })));
  const withDuplicates = files.map((checked) => {
    const issue = duplicates.get(checked.file);
    if (!issue)
      return checked;
    const duplicateFinding = finding(checked.file, locateField(root, checked.file, ["id"]), issue.severity, issue.rule, "id", issue.message);
    return { ...checked, findings: [...checked.findings, duplicateFinding] };
  });
  const analysisLinks = symlinksUnder(root, ANALYSES_DIR).map(symlinkFinding);
  const findings = sortFindings([...loadedConfig.findings, ...withDuplicates.flatMap((f) => f.findings), ...analysisLinks]);
  return { root, context, files: withDuplicates, findings };
}
function locateField(root, file, path) {
  return locateInBytes(readBounded(join2(root, file)), path, "value");
}

// dist/register/analyses.js
import { lstatSync as lstatSync3, readdirSync as readdirSync3 } from "node:fs";
import { join as join3 } from "node:path";
function analysisYears(root) {
  const folder = join3(root, ANALYSES_DIR);
  if (lstatSync3(folder, { throwIfNoEntry: false })?.isDirectory() !== true)
    return [];
  return readdirSync3(folder, { withFileTypes: true }).flatMap((entry) => {
    const match = /^(\d{4})\.md$/.exec(entry.name);
    return match && entry.isFile() ? [Number(match[1])] : [];
  });
}

// dist/cli/load.js
function loadForCommand(context) {
  return loadRegister(context.root, context.today);
}
async function recordedAnalyses(root) {
  const years = analysisYears(root);
  if (years.length === 0)
    return /* @__PURE__ */ new Map();
  const git = await openRepository(root);
  const times = git ? await firstAddedTimes(git, years.map(analysisPath)) : /* @__PURE__ */ new Map();
  return new Map(years.map((year) => {
    const time = times.get(analysisPath(year));
    return [year, time == null ? null : todayInAmsterdam(new Date(time * 1e3))];
  }));
}
async function loadDeadlines(context, options = {}) {
  const loaded = loadForCommand(context);
  const { config, procedure, calendar } = loaded.context;
  const complaints = complaintsOf(loaded);
  const deadlineContext = { procedure, calendar, today: context.today, warningDays: config.warningDays, retentionMonths: config.retentionMonths };
  const deadlines = options.complaintsOnly === true ? sortDeadlines(complaints.flatMap((complaint) => complaintDeadlines(complaint, deadlineContext))) : registerDeadlines(complaints, await recordedAnalyses(loaded.root), deadlineContext);
  return { loaded, deadlines };
}

export {
  symlinkFinding,
  symlinksUnder,
  complaintsOf,
  toRegisterPath,
  locateField,
  loadForCommand,
  loadDeadlines
};
