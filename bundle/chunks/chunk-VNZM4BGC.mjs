// klacht, gebundeld door scripts/tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  complaintHistory,
  readBlobs
} from "./chunk-TMQOVILC.mjs";
import {
  complaintFromBytes
} from "./chunk-ILR4TOI3.mjs";
import {
  hasCommits,
  runGit
} from "./chunk-Y4FPVQAH.mjs";
import {
  formatDateDutch
} from "./chunk-RLGHT5T4.mjs";
import {
  COMPLAINT_ID_BODY,
  idYear
} from "./chunk-AHS6UGYI.mjs";
import {
  addDays,
  compareDates,
  todayInAmsterdam
} from "./chunk-BGP32D3C.mjs";

// dist/core/history-checks.js
var ORDER = { ontvangen: 0, "in behandeling": 1, afgehandeld: 2 };
function historyFacts(id, revisions, formerPaths, backdatingDays) {
  const first = revisions[0];
  if (!first)
    return void 0;
  const statusChanges = [];
  const backdated = [];
  const seen = /* @__PURE__ */ new Set();
  let previous = null;
  let closedUnsigned = false;
  revisions.forEach((revision, index) => {
    const { complaint, date } = revision;
    const status = complaint.status ?? null;
    if (index === 0 || status !== previous) {
      if (index > 0)
        statusChanges.push({ commit: revision.commit, date, from: previous, to: status });
      if (status === "afgehandeld" && (index === 0 || previous !== "afgehandeld")) {
        closedUnsigned = complaint.signatures.complainant === void 0 || complaint.signatures.management === void 0;
      }
    }
    previous = status;
    for (const [field, claimed] of [["geregistreerd", complaint.registered], ["afhandeling.datum", complaint.closure?.date]]) {
      if (!claimed || seen.has(`${field}=${claimed}`))
        continue;
      seen.add(`${field}=${claimed}`);
      if (compareDates(addDays(claimed, backdatingDays), date) < 0)
        backdated.push({ field, claimed, recorded: date });
    }
  });
  const reopened = statusChanges.filter((c) => c.from !== null && c.to !== null && ORDER[c.to] < ORDER[c.from]);
  return {
    id,
    firstCommit: first.commit,
    firstRecorded: first.date,
    revisions: revisions.length,
    initialStatus: first.complaint.status ?? null,
    formerPaths,
    statusChanges,
    backdated,
    reopened,
    closedUnsigned
  };
}
function signingCommits(facts) {
  const registered = (status) => status === "in behandeling" || status === "afgehandeld";
  const result = {};
  if (registered(facts.initialStatus))
    result.registratie = facts.firstCommit;
  if (facts.initialStatus === "afgehandeld")
    result.afhandeling = facts.firstCommit;
  for (const change of facts.statusChanges) {
    if (result.registratie === void 0 && registered(change.to) && !registered(change.from))
      result.registratie = change.commit;
    if (change.to === "afgehandeld" && change.from !== "afgehandeld")
      result.afhandeling = change.commit;
  }
  return result;
}

// dist/core/signature-evidence.js
function signatureEvidence(facts, byCommit) {
  const commits = signingCommits(facts);
  const result = {};
  for (const step of ["registratie", "afhandeling"]) {
    const commit = commits[step];
    const evidence = commit === void 0 ? void 0 : byCommit.get(commit);
    if (evidence)
      result[step] = evidence;
  }
  return result;
}
function validlySigned(step, config) {
  if (!step || step.pr === null)
    return false;
  if (!step.approver)
    return true;
  return config.management.some((p) => p.github?.toLowerCase() === step.approver?.login.toLowerCase());
}
function describeStep(step, config) {
  if (!step)
    return "";
  if (step.pr === null)
    return `vastgelegd op ${formatDateDutch(step.date)} zonder pull request`;
  const approver = step.approver;
  const name = approver ? config.management.find((p) => p.github?.toLowerCase() === approver.login.toLowerCase())?.naam ?? approver.naam : null;
  return approver ? `goedgekeurd door ${name ?? approver.login} (@${approver.login}) in pull request #${step.pr}, samengevoegd op ${formatDateDutch(step.date)}` : `goedgekeurd in pull request #${step.pr}, samengevoegd op ${formatDateDutch(step.date)}`;
}

// dist/git/evidence.js
var RECORD = "";
var FIELD = "";
function evidenceOf(commit, time, message) {
  const subject = message.split("\n")[0] ?? "";
  const pr = /^Merge pull request #(\d+)/.exec(subject)?.[1] ?? /\(#(\d+)\)\s*$/.exec(subject)?.[1];
  const trailer = /^Goedgekeurd-door: @([A-Za-z0-9-]+)(?: \(([^)]+)\))?/m.exec(message);
  return {
    pr: pr === void 0 ? null : Number(pr),
    commit,
    date: todayInAmsterdam(new Date(time * 1e3)),
    approver: trailer ? { login: trailer[1], naam: trailer[2] ?? null } : null
  };
}
async function mainLineEvidence(git) {
  const output = await hasCommits(git) ? await runGit(git, ["log", "--no-color", `--format=${RECORD}%H${FIELD}%P${FIELD}%ct${FIELD}%B`, "HEAD"], "het lezen van de samenvoegcommits") : "";
  const commits = /* @__PURE__ */ new Map();
  let head;
  for (const record of output.split(RECORD).slice(1)) {
    const [hash = "", parents = "", time = "0", ...message] = record.split(FIELD);
    head ??= hash;
    commits.set(hash, { parents: parents.split(" ").filter(Boolean), time: Number(time), message: message.join(FIELD).trim() });
  }
  const chain = [];
  for (let at = head; at !== void 0 && commits.has(at); at = commits.get(at)?.parents[0])
    chain.push(at);
  const onChain = new Set(chain);
  const result = /* @__PURE__ */ new Map();
  for (const hash of chain) {
    const commit = commits.get(hash);
    const evidence = evidenceOf(hash, commit.time, commit.message);
    result.set(hash, evidence);
    const queue = commit.parents.slice(1);
    while (queue.length > 0) {
      const side = queue.pop();
      if (onChain.has(side) || result.has(side))
        continue;
      result.set(side, evidence);
      queue.push(...commits.get(side)?.parents ?? []);
    }
  }
  return result;
}

// dist/cli/history.js
var ID_IN_PATH = new RegExp(`(${COMPLAINT_ID_BODY})\\.md$`);
async function historyOfYears(root, history, years, backdatingDays) {
  const files = [...(await history).values()].filter((f) => {
    const match = ID_IN_PATH.exec(f.path);
    return match !== null && !f.deleted && years.has(idYear(match[1]) ?? NaN);
  });
  const contents = await readBlobs(root, files.flatMap((f) => f.revisions.map((r) => r.blob)));
  const result = /* @__PURE__ */ new Map();
  for (const file of files) {
    const id = ID_IN_PATH.exec(file.path)?.[1];
    const revisions = file.revisions.flatMap((r) => {
      const text = contents.get(r.blob);
      const complaint = text === void 0 ? void 0 : complaintFromBytes(r.path, Buffer.from(text, "utf8"));
      return complaint ? [{ commit: r.commit, date: todayInAmsterdam(new Date(r.time * 1e3)), complaint }] : [];
    });
    const facts = historyFacts(id, revisions, file.formerPaths, backdatingDays);
    if (facts && idYear(id) !== void 0)
      result.set(id, facts);
  }
  return result;
}
async function signaturesOfYears(root, git, years, backdatingDays, history = complaintHistory(git)) {
  const [facts, byCommit] = await Promise.all([historyOfYears(root, history, years, backdatingDays), mainLineEvidence(git)]);
  const evidence = new Map([...facts].map(([id, f]) => [id, signatureEvidence(f, byCommit)]));
  return { facts, evidence };
}

export {
  validlySigned,
  describeStep,
  signaturesOfYears
};
