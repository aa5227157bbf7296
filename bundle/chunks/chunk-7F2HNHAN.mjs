// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  firstAddedTimes,
  openRepository
} from "./chunk-5FUXISE3.mjs";
import {
  attachmentFindings,
  complaintDeadlines,
  registerDeadlines,
  sortDeadlines,
  strayLock,
  symlinkFinding,
  symlinksUnder
} from "./chunk-CZMNQTA7.mjs";
import {
  FILE_START,
  checkComplaintBytes,
  duplicateIdIssues,
  finding,
  loadConfig,
  locateInBytes,
  readBounded,
  readTextFile,
  sortFindings,
  validationContext
} from "./chunk-ZAAEDPLE.mjs";
import {
  checkRegisterFolder
} from "./chunk-4N5YQ3QY.mjs";
import {
  ANALYSES_DIR,
  COMPLAINTS_DIR,
  TEMP_SUFFIX,
  WRITE_LOCK,
  analysisPath
} from "./chunk-6PZIGJ5Y.mjs";
import {
  require_node_fs
} from "./chunk-ZC7VFHT2.mjs";
import {
  require_node_path
} from "./chunk-6S5FGJI4.mjs";
import {
  todayInAmsterdam
} from "./chunk-Y54NMRC7.mjs";
import {
  __toESM
} from "./chunk-Z5CEMS3B.mjs";

// dist/register/stray-entries.js
var import_node_fs = __toESM(require_node_fs(), 1);
var import_node_path = __toESM(require_node_path(), 1);
var OLD_TEMP_NAME = /^\..+\.\d+\.[0-9a-f]{8}\.tmp$/;
function isTempName(name) {
  return name.endsWith(TEMP_SUFFIX) || OLD_TEMP_NAME.test(name);
}
function strayKind(name, isFile) {
  if (isTempName(name))
    return "leftover-temp-file";
  return name.endsWith(".md") && !isFile ? "not-a-file" : void 0;
}
function strayFinding(file, kind) {
  return kind === "not-a-file" ? finding(file, FILE_START, "error", "not-a-file", null, `${file} is geen gewoon bestand (maar bijvoorbeeld een map): de klacht die hier hoort, wordt zo niet gelezen en niet meegeteld. Zet het klachtbestand zelf op deze plek.`) : finding(file, FILE_START, "error", "leftover-temp-file", null, `${file} is een tijdelijk bestand dat een onderbroken klacht-opdracht heeft achtergelaten. Het kan persoonsgegevens bevatten: verwijder het (de klacht zelf staat in het gewone bestand), en voeg het niet toe aan git.`);
}
var WRITTEN_FOLDERS = ["", `${ANALYSES_DIR}/`, "out/"];
var LEFTOVER_LOCK = `${WRITE_LOCK} is het slot van een klacht-opdracht die niet meer draait (of het is met git vastgelegd). Verwijder het, en leg het niet vast in git: zolang het er staat, wacht elke schrijvende klacht-opdracht eerst.`;
function leftoverFindings(root) {
  const findings = [];
  for (const folder of WRITTEN_FOLDERS) {
    let names;
    try {
      names = (0, import_node_fs.readdirSync)((0, import_node_path.join)(root, folder));
    } catch {
      continue;
    }
    for (const name of names.sort())
      if (isTempName(name))
        findings.push(strayFinding(`${folder}${name}`, "leftover-temp-file"));
  }
  if (strayLock(root))
    findings.push(finding(WRITE_LOCK, FILE_START, "error", "leftover-lock", null, LEFTOVER_LOCK));
  return findings;
}

// dist/register/load.js
var import_node_fs2 = __toESM(require_node_fs(), 1);
var import_node_path2 = __toESM(require_node_path(), 1);
function complaintsOf(register) {
  return register.files.flatMap((f) => f.complaint ? [f.complaint] : []);
}
function toRegisterPath(root, absolute) {
  const prefix = root.endsWith(import_node_path2.sep) ? root : root + import_node_path2.sep;
  const inside = absolute.startsWith(prefix) ? absolute.slice(prefix.length) : (0, import_node_path2.relative)(root, absolute);
  return import_node_path2.sep === "/" ? inside : inside.split(import_node_path2.sep).join("/");
}
function listComplaintFiles(root) {
  const found = [];
  const walk = (folder) => {
    let entries;
    try {
      entries = (0, import_node_fs2.readdirSync)(folder, { withFileTypes: true });
    } catch (error) {
      if (error.code === "ENOENT")
        return;
      throw error;
    }
    for (const entry of entries) {
      const absolute = (0, import_node_path2.join)(folder, entry.name);
      const stray = entry.isSymbolicLink() ? void 0 : strayKind(entry.name, entry.isFile());
      if (stray)
        found.push({ path: absolute, symlink: false, stray });
      else if (entry.isSymbolicLink())
        found.push({ path: absolute, symlink: true });
      else if (entry.isDirectory())
        walk(absolute);
      else if (entry.isFile() && entry.name.endsWith(".md"))
        found.push({ path: absolute, symlink: false });
    }
  };
  const complaints = (0, import_node_path2.join)(root, COMPLAINTS_DIR);
  if ((0, import_node_fs2.lstatSync)(complaints, { throwIfNoEntry: false })?.isSymbolicLink())
    found.push({ path: complaints, symlink: true });
  else
    walk(complaints);
  return found.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
function loadRegister(root, today) {
  checkRegisterFolder(root);
  const loadedConfig = loadConfig(root);
  const context = validationContext(loadedConfig.config, today);
  const files = listComplaintFiles(root).map(({ path, symlink, stray }) => {
    const file = toRegisterPath(root, path);
    if (stray)
      return { file, findings: [strayFinding(file, stray)] };
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
  const withAttachments = withDuplicates.map((checked) => {
    const { complaint } = checked;
    const found = complaint ? attachmentFindings(root, checked.file, complaint, (field) => locateField(root, checked.file, field)) : [];
    return found.length === 0 ? checked : { ...checked, findings: [...checked.findings, ...found] };
  });
  const analysisLinks = symlinksUnder(root, ANALYSES_DIR).map(symlinkFinding);
  const findings = sortFindings([...loadedConfig.findings, ...withAttachments.flatMap((f) => f.findings), ...analysisLinks]);
  return { root, context, files: withAttachments, findings };
}
function locateField(root, file, path) {
  return locateInBytes(readBounded((0, import_node_path2.join)(root, file)), path, "value");
}

// dist/register/analyses.js
var import_node_fs3 = __toESM(require_node_fs(), 1);
var import_node_path3 = __toESM(require_node_path(), 1);
function analysisYears(root) {
  const folder = (0, import_node_path3.join)(root, ANALYSES_DIR);
  if ((0, import_node_fs3.lstatSync)(folder, { throwIfNoEntry: false })?.isDirectory() !== true)
    return [];
  return (0, import_node_fs3.readdirSync)(folder, { withFileTypes: true }).flatMap((entry) => {
    const match = /^(\d{4})\.md$/.exec(entry.name);
    return match && entry.isFile() ? [Number(match[1])] : [];
  });
}
function readAnalysis(root, year) {
  try {
    return readTextFile(root, analysisPath(year), "Een jaaranalyse", "haal weg wat er niet in hoort (klacht jaaranalyse overschrijft het niet, zodat de tekst van de directie in hoofdstuk 7 niet verloren gaat)");
  } catch {
    return void 0;
  }
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
  isTempName,
  strayKind,
  leftoverFindings,
  complaintsOf,
  toRegisterPath,
  locateField,
  readAnalysis,
  loadForCommand,
  loadDeadlines
};
