// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  addDays,
  compareDates,
  formatDateDutch
} from "./chunk-WXEEPH3B.mjs";

// dist/core/analysis/history-checks.js
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

// dist/core/signing/evidence.js
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
function contentVerified(evidence) {
  const content = evidence.content;
  return content !== void 0 && content.identical && content.step.github?.confirmed === true;
}
function managementSignatureConfirmed(evidence, name) {
  if (name === void 0 || !contentVerified(evidence))
    return false;
  return [evidence.registratie?.github, evidence.content?.step.github].some((g) => g?.confirmed === true && g.naam === name);
}
function contentProblem(content) {
  if (!content)
    return "de inhoud is niet in de geschiedenis terug te vinden";
  if (!content.identical)
    return `de afgedrukte tekst is niet de tekst van commit ${content.step.commit.slice(0, 12)}, de laatste die het klachtbestand veranderde (nog niet vastgelegde wijzigingen?)`;
  if (content.step.github?.confirmed === true)
    return void 0;
  const when = formatDateDutch(content.step.date);
  return content.step.pr === null ? `het klachtbestand is daarna gewijzigd zonder pull request (commit ${content.step.commit.slice(0, 12)}, ${when})` : `het klachtbestand is daarna gewijzigd in pull request #${content.step.pr} (${when}), waarvan GitHub geen goedkeuring door de directie bevestigt`;
}
function describeStep(step, config, content) {
  if (!step)
    return "";
  if (step.pr === null)
    return `vastgelegd op ${formatDateDutch(step.date)} zonder pull request; niet geverifieerd`;
  const merged = formatDateDutch(step.date);
  const github = step.github;
  if (github?.confirmed === true) {
    const approved = `goedgekeurd door ${github.naam} (@${github.login}) in pull request #${step.pr}`;
    const problem = contentProblem(content);
    if (problem !== void 0 || !content)
      return `${approved} (samengevoegd op ${merged}), maar ${problem ?? ""}: deze inhoud is niet geverifieerd`;
    return `${approved}, geverifieerd bij GitHub (${github.repository}, inhoud gelijk aan commit ${content.step.commit.slice(0, 12)}); samengevoegd op ${merged}`;
  }
  const approver = step.approver;
  const name = approver ? config.management.find((p) => p.github?.toLowerCase() === approver.login.toLowerCase())?.naam ?? approver.naam : null;
  const claim = approver ? `volgens git goedgekeurd door ${name ?? approver.login} (@${approver.login}) in pull request #${step.pr}, samengevoegd op ${merged}` : `volgens git samengevoegd via pull request #${step.pr} op ${merged}`;
  return github?.confirmed === false ? `${claim}; niet geverifieerd: GitHub bevestigt geen goedkeuring door de directie` : `${claim}; niet geverifieerd bij GitHub`;
}

export {
  historyFacts,
  signingCommits,
  signatureEvidence,
  validlySigned,
  contentVerified,
  managementSignatureConfirmed,
  describeStep
};
