// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  createFileAtomic,
  faultPoint,
  require_node_crypto,
  sleepSync,
  thisProcess,
  writeFileAtomic
} from "./chunk-H6FA2GJG.mjs";
import {
  FILE_START,
  computeTerm,
  extensionLedger,
  finding,
  responseRule
} from "./chunk-ZAAEDPLE.mjs";
import {
  hasUnsafeName,
  printable
} from "./chunk-W7APRSVY.mjs";
import {
  ATTACHMENTS_DIR,
  TEMP_SUFFIX,
  WRITE_LOCK,
  attachmentFolder,
  parseTempName
} from "./chunk-6PZIGJ5Y.mjs";
import {
  isLeftover
} from "./chunk-KK3T65I5.mjs";
import {
  require_node_fs
} from "./chunk-ZC7VFHT2.mjs";
import {
  require_node_path
} from "./chunk-6S5FGJI4.mjs";
import {
  firstOutgoing,
  idYear
} from "./chunk-3ZZ24PPU.mjs";
import {
  DEADLINE_KINDS,
  addDays,
  calendarDate,
  compareDates,
  formatDateDutch,
  formatDateWithWeekday,
  isOpen,
  isoWeekday,
  listDutch,
  plural,
  stateOf
} from "./chunk-Y54NMRC7.mjs";
import {
  __toESM
} from "./chunk-Z5CEMS3B.mjs";

// dist/register/write-lock.js
var import_node_crypto = __toESM(require_node_crypto(), 1);
var import_node_fs2 = __toESM(require_node_fs(), 1);
var import_node_path2 = __toESM(require_node_path(), 1);

// dist/register/temp-files.js
var import_node_fs = __toESM(require_node_fs(), 1);
var import_node_path = __toESM(require_node_path(), 1);
var STALE_MS = 60 * 6e4;
function removeStaleTempFiles(folder) {
  let names;
  try {
    names = (0, import_node_fs.readdirSync)(folder);
  } catch {
    return [];
  }
  const here = thisProcess();
  const now = Date.now();
  const stale = names.filter((name) => {
    const temp = parseTempName(name);
    if (temp === void 0)
      return false;
    const stat = (0, import_node_fs.lstatSync)((0, import_node_path.join)(folder, name), { throwIfNoEntry: false });
    return stat !== void 0 && isLeftover({ pid: temp.pid, ageMs: now - stat.mtimeMs }, here, { maxAgeMs: STALE_MS });
  });
  for (const name of stale)
    (0, import_node_fs.rmSync)((0, import_node_path.join)(folder, name), { force: true });
  return stale;
}

// dist/register/write-lock.js
var SAY_WAITING_MS = 2e3;
var STALE_MS2 = 2 * 6e4;
var MARKER_PREFIX = `${WRITE_LOCK}.overname-`;
function look(path) {
  try {
    const ageMs = Date.now() - (0, import_node_fs2.statSync)(path).mtimeMs;
    return { content: (0, import_node_fs2.readFileSync)(path, "utf8"), ageMs };
  } catch {
    return void 0;
  }
}
function holderOf(content) {
  try {
    const holder = JSON.parse(content);
    return typeof holder.pid === "number" && typeof holder.host === "string" && typeof holder.token === "string" ? holder : void 0;
  } catch {
    return void 0;
  }
}
function leftOver(content, ageMs, here) {
  const holder = holderOf(content);
  return holder === void 0 || isLeftover({ ...holder, ageMs }, here, { maxAgeMs: STALE_MS2, ownIsLeftover: true });
}
var newHolder = (here) => ({ pid: here.pid, host: here.host, token: (0, import_node_crypto.randomBytes)(8).toString("hex") });
function removeLeftover(root, path, content, here, depth = 0) {
  const marker = (0, import_node_path2.join)(root, `${MARKER_PREFIX}${(0, import_node_crypto.createHash)("sha256").update(content).digest("hex").slice(0, 16)}${TEMP_SUFFIX}`);
  const mine = JSON.stringify(newHolder(here));
  try {
    createFileAtomic(marker, mine, void 0, "lock");
  } catch (error) {
    if (error.code !== "EEXIST")
      throw error;
    const other = look(marker);
    if (other !== void 0 && depth < 3 && leftOver(other.content, other.ageMs, here))
      removeLeftover(root, marker, other.content, here, depth + 1);
    return;
  }
  try {
    faultPoint("lock:taking-over");
    if (look(path)?.content === content)
      (0, import_node_fs2.rmSync)(path, { force: true });
  } finally {
    if (look(marker)?.content === mine)
      (0, import_node_fs2.rmSync)(marker, { force: true });
  }
}
function removeLeftoverMarkers(root, here) {
  let names;
  try {
    names = (0, import_node_fs2.readdirSync)(root).filter((name) => name.startsWith(MARKER_PREFIX) && name.endsWith(TEMP_SUFFIX));
  } catch {
    return;
  }
  for (const name of names) {
    const marker = look((0, import_node_path2.join)(root, name));
    if (marker !== void 0 && leftOver(marker.content, marker.ageMs, here))
      removeLeftover(root, (0, import_node_path2.join)(root, name), marker.content, here);
  }
}
function waitMessage(path, holder, here) {
  const who = holder === void 0 ? "" : holder.host === here.host ? ` (proces ${holder.pid})` : ` (op een andere computer, proces ${holder.pid})`;
  return `Wacht op een andere klacht-opdracht die in dit register schrijft${who}. Draait er geen klacht-opdracht meer, verwijder dan ${path}; een slot dat ouder is dan ${STALE_MS2 / 6e4} minuten neemt klacht zelf over.`;
}
function withWriteLock(root, work, onWait = () => void 0) {
  const path = (0, import_node_path2.join)(root, WRITE_LOCK);
  const here = thisProcess();
  const mine = JSON.stringify(newHolder(here));
  faultPoint("lock:wait");
  const started = Date.now();
  let said = false;
  for (; ; ) {
    try {
      createFileAtomic(path, mine, void 0, "lock");
      break;
    } catch (error) {
      if (error.code !== "EEXIST")
        throw error;
    }
    const lock = look(path);
    if (lock === void 0)
      continue;
    if (leftOver(lock.content, lock.ageMs, here)) {
      faultPoint("lock:stale");
      removeLeftover(root, path, lock.content, here);
      continue;
    }
    faultPoint("lock:busy");
    if (!said && Date.now() - started > SAY_WAITING_MS) {
      said = true;
      onWait(waitMessage(path, holderOf(lock.content), here));
    }
    sleepSync(10);
  }
  try {
    faultPoint("lock:held");
    removeStaleTempFiles(root);
    removeLeftoverMarkers(root, here);
    return work();
  } finally {
    if (look(path)?.content === mine)
      (0, import_node_fs2.rmSync)(path, { force: true });
  }
}
function strayLock(root) {
  const lock = look((0, import_node_path2.join)(root, WRITE_LOCK));
  if (lock === void 0)
    return false;
  const here = thisProcess();
  return holderOf(lock.content)?.host !== here.host || leftOver(lock.content, lock.ageMs, here);
}
function removeLeftoverLock(root) {
  const path = (0, import_node_path2.join)(root, WRITE_LOCK);
  const lock = look(path);
  if (lock === void 0)
    return;
  const here = thisProcess();
  if (leftOver(lock.content, lock.ageMs, here))
    removeLeftover(root, path, lock.content, here);
}

// dist/core/complaint/attachments.js
var ANONYMISED_MARKER = "[geanonimiseerd]";
function attachmentFields(complaint) {
  const fields = [];
  const add = (field, path) => {
    if (path !== void 0 && path !== ANONYMISED_MARKER)
      fields.push({ field, path });
  };
  complaint.correspondence.forEach((letter, index) => add(["correspondentie", index, "bijlage"], letter.attachment));
  add(["ondertekening", "indiener", "bijlage"], complaint.signatures.complainant?.attachment);
  return fields;
}
function isPlainRegisterPath(path) {
  return !/^[A-Za-z]:|^\/|\\/.test(path) && path.split("/").every((part) => part !== "" && part !== "." && part !== "..") && !hasUnsafeName(path);
}
function attachmentPaths(complaint) {
  const named = [...new Set(attachmentFields(complaint).map((a) => a.path).filter(isPlainRegisterPath))];
  return complaint.id === void 0 ? { named } : { named, folder: attachmentFolder(complaint.id) };
}

// dist/register/attachments.js
var import_node_fs3 = __toESM(require_node_fs(), 1);
var import_node_path3 = __toESM(require_node_path(), 1);
function attachmentState(root, path) {
  if (!isPlainRegisterPath(path))
    return "not-a-path";
  const top = (0, import_node_fs3.realpathSync)(root);
  let real;
  try {
    real = (0, import_node_fs3.realpathSync)((0, import_node_path3.join)(top, path));
  } catch {
    return "missing";
  }
  if (!real.startsWith(`${top}${import_node_path3.sep}`))
    return "outside";
  return (0, import_node_fs3.statSync)(real).isFile() ? "file" : "missing";
}
function attachmentFindings(root, file, complaint, locate) {
  return attachmentFields(complaint).flatMap(({ field, path }) => {
    const state = attachmentState(root, path);
    if (state === "file")
      return [];
    const what = typeof field[1] === "number" ? `De bijlage van brief ${field[1] + 1} in de correspondentie` : "De scan van de ondertekening door de indiener";
    const folder = `bijlagen/${complaint.id ?? "<klachtnummer>"}/`;
    const message = state === "missing" ? `${what} staat niet in het register. Zet het bestand in ${folder} (op GitHub: Add file → Upload files, als pull request), of pas het pad aan.` : state === "outside" ? `${what} staat niet in het register: het pad gaat via een snelkoppeling naar een plaats erbuiten. Zet het bestand zelf in ${folder}.` : `${what} heeft geen pad in het register. Schrijf het vanaf de map van het register, met /, zoals ${folder}formulier.pdf.`;
    return [finding(file, locate(field), "error", state === "missing" ? "attachment-missing" : "attachment-path", field.join("."), message)];
  });
}
function attachmentFiles(root, complaint) {
  const { named, folder } = attachmentPaths(complaint);
  const found = new Set(named.filter((path) => attachmentState(root, path) === "file"));
  if (folder !== void 0) {
    const walk = (relativeFolder) => {
      let entries;
      try {
        entries = (0, import_node_fs3.readdirSync)((0, import_node_path3.join)(root, relativeFolder), { withFileTypes: true });
      } catch {
        return;
      }
      for (const entry of entries) {
        const path = `${relativeFolder}/${entry.name}`;
        if (entry.isDirectory())
          walk(path);
        else if (entry.isFile())
          found.add(path);
      }
    };
    if ((0, import_node_fs3.lstatSync)((0, import_node_path3.join)(root, folder), { throwIfNoEntry: false })?.isDirectory() === true)
      walk(folder);
  }
  return [...found].sort();
}
function copyAttachments(root, complaint, outDir) {
  const own = `${attachmentFolder(complaint.id)}/`;
  const files = attachmentFiles(root, complaint);
  const cleaned = /* @__PURE__ */ new Set();
  for (const path of files) {
    const target = (0, import_node_path3.join)(outDir, `${complaint.id}-bijlagen`, ...(path.startsWith(own) ? path.slice(own.length) : path).split("/"));
    const folder = (0, import_node_path3.dirname)(target);
    if (!cleaned.has(folder)) {
      (0, import_node_fs3.mkdirSync)(folder, { recursive: true });
      removeStaleTempFiles(folder);
      cleaned.add(folder);
    }
    writeFileAtomic(target, (0, import_node_fs3.readFileSync)((0, import_node_path3.join)(root, path)), () => `${complaint.id}-bijlagen`, { mode: 384 });
  }
  return files.length;
}
function removeAttachments(root, paths) {
  const folders = /* @__PURE__ */ new Set();
  for (const path of paths) {
    try {
      (0, import_node_fs3.unlinkSync)((0, import_node_path3.join)(root, path));
    } catch (error) {
      if (error.code !== "ENOENT")
        throw error;
    }
    for (let folder = path.slice(0, path.lastIndexOf("/")); folder.startsWith(`${ATTACHMENTS_DIR}/`); folder = folder.slice(0, folder.lastIndexOf("/")))
      folders.add(folder);
  }
  for (const folder of [...folders].sort((a, b) => b.split("/").length - a.split("/").length)) {
    try {
      (0, import_node_fs3.rmdirSync)((0, import_node_path3.join)(root, folder));
    } catch (error) {
      const code = error.code;
      if (code !== "ENOTEMPTY" && code !== "EEXIST" && code !== "ENOENT")
        throw error;
    }
  }
}

// dist/register/symlinks.js
var import_node_fs4 = __toESM(require_node_fs(), 1);
var import_node_path4 = __toESM(require_node_path(), 1);
function symlinkFinding(file) {
  return finding(file, FILE_START, "error", "symlink", null, `${printable(file)} is een snelkoppeling (symbolische link). In complaints/ en analyses/ zijn snelkoppelingen niet toegestaan: het register leest ze niet, want de inhoud staat elders en valt buiten de ondertekening door de directie. Zet het bestand of de map zelf op deze plek.`);
}
function fileWithoutLinks(root, file) {
  const parts = file.split("/");
  for (let i = 1; i <= parts.length; i++) {
    const part = parts.slice(0, i).join("/");
    const stat = (0, import_node_fs4.lstatSync)((0, import_node_path4.join)(root, part), { throwIfNoEntry: false });
    if (!stat)
      return { state: "missing" };
    if (stat.isSymbolicLink())
      return { state: "symlink", at: part };
    if (i === parts.length && !stat.isFile())
      return { state: "not-a-file" };
  }
  return { state: "file" };
}
function symlinksUnder(root, folder) {
  const found = [];
  const visit = (path) => {
    const stat = (0, import_node_fs4.lstatSync)((0, import_node_path4.join)(root, path), { throwIfNoEntry: false });
    if (!stat)
      return;
    if (stat.isSymbolicLink())
      found.push(path);
    else if (stat.isDirectory())
      for (const name of (0, import_node_fs4.readdirSync)((0, import_node_path4.join)(root, path)))
        visit(`${path}/${name}`);
  };
  visit(folder);
  return found.sort();
}

// dist/core/time/term-explanation.js
var UNIT_WORDS = {
  dagen: ["dag", "dagen"],
  werkdagen: ["werkdag", "werkdagen"],
  weken: ["week", "weken"],
  maanden: ["maand", "maanden"]
};
function describeDayOff(date, off) {
  switch (off.reason) {
    case "holiday":
      return `${off.name} ${formatDateDutch(date)}`;
    case "weekend":
      return `${off.name} ${formatDateDutch(date)}`;
    case "vrije-dag":
      return `vrije dag ${formatDateDutch(date)} (klachtenregister.yml)`;
  }
}
function explainTerm(startWord, term, calendar, note = "") {
  const [one, many] = UNIT_WORDS[term.rule.eenheid];
  let text = `${startWord} ${formatDateDutch(term.start)} + ${plural(term.rule.aantal, one, many)}${note}`;
  if (term.rule.eenheid === "werkdagen") {
    const skippedInside = [];
    for (let day = term.start; compareDates(day, term.end) < 0; ) {
      day = addDays(day, 1);
      const off = calendar.dayOff(day);
      if (off && off.reason !== "weekend" && isoWeekday(day) <= 5)
        skippedInside.push(describeDayOff(day, off));
    }
    if (skippedInside.length > 0)
      text += ` (${listDutch(skippedInside)} ${skippedInside.length === 1 ? "telt" : "tellen"} niet mee)`;
  }
  text += ` = ${formatDateDutch(term.end)}`;
  const [first, ...rest] = term.skipped;
  if (first) {
    text += `; valt op ${describeDayOff(first.date, first.off)}`;
    if (rest.length > 0)
      text += `, daarna ${listDutch(rest.map((s) => describeDayOff(s.date, s.off)))}`;
    text += `, verschoven naar ${formatDateWithWeekday(term.due)}`;
  }
  return text;
}
function explainExtension(entry, procedure) {
  const { notified, newDue } = entry.extension;
  const number = `verlenging ${entry.index + 1}`;
  const when = notified ? `gemeld ${formatDateDutch(notified)}` : "niet gemeld";
  switch (entry.problem) {
    case void 0:
      return `${number} (${when}${entry.shortNotice ? ", niet ruim voor het verstrijken" : ""}): nieuwe termijn ${formatDateDutch(newDue)}`;
    case "late":
      return `${number} telt niet: ${when}, op of na de termijn van ${formatDateDutch(entry.extends)}`;
    case "not-notified":
      return `${number} telt niet: de datum van melding (gemeld) ontbreekt`;
    case "no-new-term":
      return `${number} telt niet: de nieuwe termijn ontbreekt`;
    case "not-later":
      return `${number} telt niet: de nieuwe termijn ligt niet na ${formatDateDutch(entry.extends)}`;
    case "too-many":
      return `${number} telt niet: de procedure staat ${plural(procedure.verlenging.max_aantal ?? 0, "verlenging", "verlengingen")} toe`;
    case "too-long":
      return `${number} telt niet: samen langer dan ${plural(procedure.verlenging.max_dagen ?? 0, "dag", "dagen")} verlenging`;
  }
}

// dist/core/time/deadlines.js
var termCache = /* @__PURE__ */ new WeakMap();
function cachedTerm(startWord, start, rule, calendar, note = "", tail = "") {
  let byRule = termCache.get(calendar);
  if (!byRule)
    termCache.set(calendar, byRule = /* @__PURE__ */ new WeakMap());
  let byNote = byRule.get(rule);
  if (!byNote)
    byRule.set(rule, byNote = /* @__PURE__ */ new Map());
  const noteKey = tail === "" ? note : `${note}\0${tail}`;
  let byStart = byNote.get(noteKey);
  if (!byStart)
    byNote.set(noteKey, byStart = /* @__PURE__ */ new Map());
  let entry = byStart.get(start);
  if (!entry) {
    const term = computeTerm(start, rule, calendar);
    entry = { term, explanation: explainTerm(startWord, term, calendar, note) + tail };
    byStart.set(start, entry);
  }
  return entry;
}
function complaintDeadlines(complaint, context) {
  const deadlines = [];
  collectDeadlines(complaint, context, deadlines);
  return deadlines;
}
function collectDeadlines(complaint, context, deadlines) {
  const { procedure, calendar, today, warningDays } = context;
  const id = complaint.id ?? null;
  const closedOn = complaint.status === "afgehandeld" ? complaint.closure?.date : void 0;
  const startOf = (rule2) => {
    const date = rule2.start === "ontvangen" ? complaint.received.date : complaint.submitted;
    return date && { date, word: rule2.start === "ontvangen" ? "ontvangen" : "ingediend" };
  };
  const push = (kind, due, done, explanation, responsible2) => {
    deadlines.push({ id, kind, due, state: stateOf(due, done, today, warningDays), done: done ?? null, explanation, responsible: responsible2, file: complaint.file });
  };
  const responsible = complaint.responsible ?? complaint.received.by ?? null;
  const doneOrClosed = (done) => done !== void 0 || closedOn === void 0 ? { done, note: "" } : { done: closedOn, note: `; niet apart vastgelegd, de klacht is afgehandeld op ${formatDateDutch(closedOn)}` };
  const intake = (kind, rule2, doneDate) => {
    const start = startOf(rule2);
    if (!start)
      return;
    const { term, explanation } = cachedTerm(start.word, start.date, rule2, calendar);
    const { done, note } = doneOrClosed(doneDate);
    push(kind, term.due, done, note === "" ? explanation : explanation + note, responsible);
  };
  intake("registration", procedure.registratie, complaint.registered);
  intake("acknowledgement", procedure.ontvangstbevestiging, firstOutgoing(complaint, "ontvangstbevestiging")?.date);
  const rule = responseRule(procedure, complaint.complex);
  const responseStart = startOf(rule);
  if (responseStart) {
    const complexNote = complaint.complex === true ? " (complex)" : complaint.complex === false ? "" : " (nog niet bepaald of de klacht complex is: gerekend als niet complex)";
    const cached = cachedTerm(responseStart.word, responseStart.date, rule, calendar, complexNote);
    const ledger = extensionLedger(complaint.extensions, cached.term.due, procedure, warningDays);
    let explanation = cached.explanation;
    for (const entry of ledger.entries)
      explanation += `; ${explainExtension(entry, procedure)}`;
    const replyOn = firstOutgoing(complaint, "reactie")?.date;
    push("response", ledger.due, replyOn, explanation, responsible);
    for (const entry of ledger.entries) {
      const notified = entry.extension.notified;
      const state = notified === void 0 ? stateOf(entry.extends, void 0, today, warningDays) : compareDates(notified, entry.extends) < 0 ? "met" : "met_late";
      const notice = notified === void 0 ? "nog niet gemeld" : state === "met" ? `gemeld ${formatDateDutch(notified)}${entry.shortNotice ? `, minder dan ${plural(warningDays, "dag", "dagen")} ervoor: niet ruim voor het verstrijken` : ""}` : `gemeld ${formatDateDutch(notified)}: te laat, de verlenging telt niet`;
      deadlines.push({
        id,
        kind: "extension_notice",
        due: entry.extends,
        state,
        done: notified ?? null,
        explanation: `verlenging ${entry.index + 1} moet gemeld zijn vóór de termijn die ze verlengt (${formatDateDutch(entry.extends)}); ${notice}`,
        responsible,
        file: complaint.file,
        extension: entry.index
      });
    }
  }
  const closure = complaint.closure?.date;
  if (closure && complaint.status === "afgehandeld") {
    const { term, explanation } = cachedTerm("afgehandeld", closure, retentionRule(context.retentionMonths), calendar, "", RETENTION_TAIL);
    push("retention", term.due, complaint.anonymised, explanation, responsible);
  }
}
var RETENTION_TAIL = "; daarna worden de persoonsgegevens verwijderd (klacht anonimiseer)";
var retentionRules = /* @__PURE__ */ new Map();
function retentionRule(months) {
  let rule = retentionRules.get(months);
  if (!rule)
    retentionRules.set(months, rule = { start: "ingediend", aantal: months, eenheid: "maanden", doorschuiven: true });
  return rule;
}
function annualAnalysisDeadline(year, done, context) {
  const due = calendarDate(year + 1, 3, 31);
  const state = done === null ? "met" : stateOf(due, done, context.today, context.warningDays);
  return {
    id: null,
    year,
    kind: "annual_analysis",
    due,
    state,
    done: done ?? null,
    explanation: `jaaranalyse over ${year}: uiterlijk 31 maart ${year + 1} (niet verschoven), in analyses/${year}.md`,
    responsible: "directie",
    file: null
  };
}
function registerDeadlines(complaints, analyses, context) {
  const deadlines = [];
  for (const complaint of complaints)
    collectDeadlines(complaint, context, deadlines);
  const years = /* @__PURE__ */ new Set();
  for (const c of complaints) {
    const year = c.id === void 0 ? void 0 : idYear(c.id);
    if (year !== void 0)
      years.add(year);
  }
  for (const year of years)
    deadlines.push(annualAnalysisDeadline(year, analyses.has(year) ? analyses.get(year) ?? null : void 0, context));
  return sortDeadlines(deadlines);
}
function sortDeadlines(deadlines) {
  const byDue = /* @__PURE__ */ new Map();
  for (const d of deadlines) {
    const group = byDue.get(d.due);
    if (group)
      group.push(d);
    else
      byDue.set(d.due, [d]);
  }
  const within = (a, b) => {
    const idA = a.id ?? "";
    const idB = b.id ?? "";
    if (idA !== idB)
      return idA < idB ? -1 : 1;
    return DEADLINE_KINDS.indexOf(a.kind) - DEADLINE_KINDS.indexOf(b.kind) || (a.extension ?? 0) - (b.extension ?? 0);
  };
  const result = [];
  for (const due of [...byDue.keys()].sort()) {
    const group = byDue.get(due);
    if (group.length > 1)
      group.sort(within);
    for (const d of group)
      result.push(d);
  }
  return result;
}
function nextDueById(deadlines) {
  const next = /* @__PURE__ */ new Map();
  for (const d of deadlines) {
    if (d.id === null || !isOpen(d.state))
      continue;
    const current = next.get(d.id);
    if (current === void 0 || compareDates(d.due, current) < 0)
      next.set(d.id, d.due);
  }
  return next;
}

export {
  removeStaleTempFiles,
  withWriteLock,
  strayLock,
  removeLeftoverLock,
  ANONYMISED_MARKER,
  attachmentPaths,
  attachmentState,
  attachmentFindings,
  attachmentFiles,
  copyAttachments,
  removeAttachments,
  symlinkFinding,
  fileWithoutLinks,
  symlinksUnder,
  complaintDeadlines,
  registerDeadlines,
  sortDeadlines,
  nextDueById
};
