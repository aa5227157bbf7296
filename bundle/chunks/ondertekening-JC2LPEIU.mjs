// klacht, gebundeld door scripts/tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  githubToken,
  pullRequestReviews
} from "./chunk-L4L63CH4.mjs";
import {
  describeStep,
  signaturesOfYears
} from "./chunk-VNZM4BGC.mjs";
import {
  changedComplaintFiles,
  readObjects
} from "./chunk-TMQOVILC.mjs";
import {
  escapeMarkdown
} from "./chunk-U4XJ4NKF.mjs";
import {
  complaintsOf,
  loadForCommand
} from "./chunk-T6WHTHCK.mjs";
import "./chunk-7J3CM2LF.mjs";
import {
  complaintFromBytes,
  loadConfig,
  parseConfig
} from "./chunk-ILR4TOI3.mjs";
import {
  openRepository
} from "./chunk-Y4FPVQAH.mjs";
import {
  plural
} from "./chunk-RLGHT5T4.mjs";
import "./chunk-BPWNMJ6H.mjs";
import "./chunk-3FSTQZW7.mjs";
import {
  CONFIG_FILE
} from "./chunk-LVPBMKN4.mjs";
import {
  idYear,
  printJson,
  unknownComplaint
} from "./chunk-AHS6UGYI.mjs";
import "./chunk-BGP32D3C.mjs";
import {
  RunError
} from "./chunk-7VAKVCUU.mjs";
import "./chunk-ZJMSHH4D.mjs";

// dist/cli/signature-check.js
import { appendFileSync } from "node:fs";

// dist/core/signatures.js
var REASON_TEXT = {
  registratie: "registratie (status in behandeling)",
  afhandeling: "afhandeling (status afgehandeld)",
  ondertekening: "wijziging van ondertekening"
};
function signatureNeeds(before, after) {
  const reasons = [];
  const registered = (status) => status === "in behandeling" || status === "afgehandeld";
  if (registered(after.status) && !registered(before?.status))
    reasons.push("registratie");
  if (after.status === "afgehandeld" && before?.status !== "afgehandeld")
    reasons.push("afhandeling");
  if (JSON.stringify(before?.signatures ?? {}) !== JSON.stringify(after.signatures))
    reasons.push("ondertekening");
  return reasons;
}
function memberByLogin(people, login) {
  return people.find((p) => p.github?.toLowerCase() === login.toLowerCase());
}
function approvalsOfHead(reviews, headSha) {
  const latest = /* @__PURE__ */ new Map();
  for (const review of [...reviews].sort((a, b) => a.submittedAt < b.submittedAt ? -1 : 1)) {
    if (review.state === "COMMENTED")
      continue;
    latest.set(review.login.toLowerCase(), review);
  }
  return [...latest.values()].filter((r) => r.state === "APPROVED" && r.commitId === headSha);
}
function checkSignature(id, reasons, after, reviews, headSha, author, config) {
  const base = { id, reasons };
  if (reasons.length === 0)
    return { ...base, ok: true, signedBy: null, approvedAt: null, message: "Geen handtekening nodig." };
  const directie = config.management.filter((p) => p.github);
  if (directie.length === 0) {
    return { ...base, ok: false, signedBy: null, approvedAt: null, message: "In klachtenregister.yml staat geen directielid met een GitHub-naam (directie: - { naam: ..., github: ... })." };
  }
  const approvals = approvalsOfHead(reviews, headSha);
  let signer;
  let approvedAt = null;
  const byDirectie = approvals.find((r) => memberByLogin(directie, r.login));
  if (byDirectie) {
    signer = memberByLogin(directie, byDirectie.login);
    approvedAt = byDirectie.submittedAt;
  } else if (directie.length === 1 && memberByLogin(directie, author)) {
    const witness = approvals.find((r) => r.login.toLowerCase() !== author.toLowerCase() && memberByLogin(config.staff, r.login));
    if (witness) {
      signer = memberByLogin(directie, author);
      approvedAt = witness.submittedAt;
    } else {
      return {
        ...base,
        ok: false,
        signedBy: null,
        approvedAt: null,
        message: `De directie (één persoon) opende deze pull request zelf; dan moet een medewerker uit klachtenregister.yml de laatste commit goedkeuren.`
      };
    }
  }
  if (!signer?.github) {
    const older = reviews.some((r) => r.state === "APPROVED" && memberByLogin(directie, r.login) && r.commitId !== headSha);
    return {
      ...base,
      ok: false,
      signedBy: null,
      approvedAt: null,
      message: older ? "Een directielid keurde een eerdere versie goed; na de laatste wijziging is opnieuw goedkeuring nodig." : `Nog niet goedgekeurd door een directielid (${directie.map((p) => `@${p.github ?? ""}`).join(", ")}).`
    };
  }
  const named = after.signatures.management?.name;
  if (named !== void 0 && named !== signer.naam) {
    return {
      ...base,
      ok: false,
      signedBy: { login: signer.github, naam: signer.naam },
      approvedAt,
      message: `ondertekening.directie.naam is '${named}', maar goedgekeurd door ${signer.naam} (@${signer.github}). Zet daar de naam van wie goedkeurt.`
    };
  }
  return { ...base, ok: true, signedBy: { login: signer.github, naam: signer.naam }, approvedAt, message: `Ondertekend door ${signer.naam} (@${signer.github}).` };
}

// dist/cli/signature-check.js
async function checkPullRequest(context, base) {
  const head = typeof context.values.kop === "string" ? context.values.kop : "HEAD";
  const git = await openRepository(context.root);
  if (!git)
    throw new RunError("Het register staat niet in git; de ondertekening van een pull request kan alleen in een git-repository worden nagekeken.");
  const configText = (await readObjects(context.root, [`${base}:${CONFIG_FILE}`]))[0];
  const config = configText === void 0 ? loadConfig(context.root).config : parseConfig(Buffer.from(configText, "utf8")).config;
  const changed = (await changedComplaintFiles(git, base, head).catch((error) => {
    throw error instanceof RunError ? new RunError(`${error.message}. Haal de hele geschiedenis op (fetch-depth: 0).`) : error;
  })).filter((f) => f.status !== "D");
  const contents = await readObjects(context.root, changed.flatMap((f) => [`${base}:${f.oldPath ?? f.path}`, `${head}:${f.path}`]));
  const needs = [];
  changed.forEach((file, i) => {
    const beforeText = contents[2 * i];
    const afterText = contents[2 * i + 1];
    const after = afterText === void 0 ? void 0 : complaintFromBytes(file.path, Buffer.from(afterText, "utf8"));
    if (!after?.id)
      return;
    const before = beforeText === void 0 ? void 0 : complaintFromBytes(file.oldPath ?? file.path, Buffer.from(beforeText, "utf8"));
    const reasons = signatureNeeds(before, after);
    if (reasons.length > 0)
      needs.push({ id: after.id, after, reasons });
  });
  let checks = [];
  if (needs.length > 0) {
    const facts = await pullRequestReviews(context);
    checks = needs.map((n) => checkSignature(n.id, n.reasons, n.after, facts.reviews, facts.headSha, facts.author, config));
  }
  report(context, checks, changed.length);
  return checks.every((c) => c.ok) ? 0 : 1;
}
function report(context, checks, changedFiles) {
  const summaryFile = context.values.samenvatting;
  if (typeof summaryFile === "string")
    appendFileSync(summaryFile, markdown(checks));
  if (context.json) {
    printJson(context, { ok: checks.every((c) => c.ok), complaints: checks });
    return;
  }
  if (checks.length === 0) {
    context.io.stdout(`${plural(changedFiles, "klachtbestand", "klachtbestanden")} gewijzigd; geen registratie, afhandeling of ondertekening: geen handtekening nodig.
`);
    return;
  }
  for (const check of checks) {
    context.io.stdout(`${check.id}  ${check.reasons.map((r) => REASON_TEXT[r]).join(", ")}  ${check.ok ? "ondertekend" : "NIET ondertekend"}: ${check.message}
`);
  }
  const missing = checks.filter((c) => !c.ok).length;
  context.io.stdout(missing === 0 ? "Alles is ondertekend.\n" : `${plural(missing, "klacht mist", "klachten missen")} de handtekening van de directie.
`);
}
function markdown(checks) {
  if (checks.length === 0)
    return "## Ondertekening\n\nGeen klacht in deze pull request heeft een handtekening nodig.\n\n";
  return [
    "## Ondertekening",
    "",
    "| Klacht | Wat | Ondertekend | Door | Toelichting |",
    "| --- | --- | --- | --- | --- |",
    ...checks.map((c) => `| ${c.id} | ${c.reasons.map((r) => REASON_TEXT[r]).join(", ")} | ${c.ok ? "ja" : "**nee**"} | ${c.signedBy ? `${escapeMarkdown(c.signedBy.naam)} (@${c.signedBy.login})` : "-"} | ${escapeMarkdown(c.message)} |`),
    "",
    ""
  ].join("\n");
}

// dist/cli/signature-evidence.js
async function showEvidence(context) {
  const git = await openRepository(context.root);
  if (!git)
    throw new RunError("Het register staat niet in git; wie een klacht ondertekende, staat in de git-geschiedenis.");
  const loaded = loadForCommand(context);
  const complaints = complaintsOf(loaded).filter((c) => c.id !== void 0);
  const wanted = context.positionals.length > 0 ? context.positionals : complaints.map((c) => c.id);
  for (const id of wanted)
    if (!complaints.some((c) => c.id === id))
      throw unknownComplaint(id, "ondertekening");
  const years = new Set(wanted.flatMap((id) => {
    const y = idYear(id);
    return y === void 0 ? [] : [y];
  }));
  const { evidence } = await signaturesOfYears(loaded.root, git, years, loaded.context.config.backdatingDays);
  const numbers = wanted.flatMap((id) => [evidence.get(id)?.registratie?.pr, evidence.get(id)?.afhandeling?.pr]).filter((n) => typeof n === "number");
  const approvals = await approvalsFromGitHub(context, numbers, loaded.context.config);
  const rows = wanted.map((id) => {
    const e = evidence.get(id) ?? {};
    const step = (s) => {
      if (!s)
        return null;
      const online = s.pr === null ? void 0 : approvals.get(s.pr);
      const enriched = online ? { ...s, approver: { login: online.login, naam: online.naam } } : s;
      return { pr: s.pr, merged: s.date, approver: enriched.approver?.login ?? null, approved_at: online?.at ?? null, text: describeStep(enriched, loaded.context.config) };
    };
    return { id, registratie: step(e.registratie), afhandeling: step(e.afhandeling) };
  });
  if (context.json) {
    printJson(context, { complaints: rows });
  } else {
    for (const row of rows) {
      context.io.stdout(`${row.id}
  registratie:  ${row.registratie?.text || "niet gevonden (nog niet geregistreerd, of niet in deze geschiedenis)"}
  afhandeling:  ${row.afhandeling?.text || "niet gevonden (nog niet afgehandeld)"}
`);
    }
  }
  return 0;
}
async function approvalsFromGitHub(context, numbers, config) {
  const result = /* @__PURE__ */ new Map();
  if (!githubToken(context) || numbers.length === 0)
    return result;
  for (const number of new Set(numbers)) {
    let facts;
    try {
      facts = await pullRequestReviews(context, number);
    } catch (error) {
      context.io.stderr(`Pull request #${number}: ${error instanceof Error ? error.message : String(error)}
`);
      continue;
    }
    const approval = approvalsOfHead(facts.reviews, facts.headSha).find((r) => config.management.some((p) => p.github?.toLowerCase() === r.login.toLowerCase()));
    const member = approval && config.management.find((p) => p.github?.toLowerCase() === approval.login.toLowerCase());
    if (approval && member)
      result.set(number, { login: approval.login, naam: member.naam, at: approval.submittedAt });
  }
  return result;
}

// dist/cli/commands/ondertekening.js
var ondertekening = {
  spec: {
    name: "ondertekening",
    summary: "ondertekening door de directie: een pull request controleren, of laten zien wie een klacht ondertekende",
    positionals: "[klachtnummers...]",
    maxPositionals: Infinity,
    description: [
      "Een pull request die een klacht registreert (status in behandeling), afhandelt (afgehandeld) of de",
      "ondertekening wijzigt, is pas ondertekend als een directielid uit klachtenregister.yml de laatste",
      "commit heeft goedgekeurd (approve). De goedkeuringen komen uit de GitHub-API, niet uit git.",
      "De lijst van de directie komt uit de basis van de pull request: een pull request kan zichzelf",
      "geen directielid maken. Is de directie één persoon en opende die de pull request zelf, dan telt",
      "die pull request als handtekening als een medewerker de laatste commit goedkeurde.",
      "Uitkomst 1 als er een handtekening ontbreekt.",
      "",
      "Zonder --basis: laat per klacht zien welke pull request de registratie en de afhandeling",
      "binnenbracht, wie die goedkeurde en wanneer. Uit git (samenvoegcommits); met GITHUB_TOKEN ook",
      "de goedkeuringen uit GitHub."
    ].join("\n"),
    options: {
      basis: { type: "string", valueName: "ref", description: "De basis van de pull request (bijv. origin/main of een commit)." },
      kop: { type: "string", valueName: "ref", description: "De laatste commit van de pull request (standaard HEAD)." },
      pr: { type: "string", valueName: "nummer", description: "Het nummer van de pull request." },
      repo: { type: "string", valueName: "eigenaar/naam", description: "De GitHub-repository (standaard: GITHUB_REPOSITORY)." },
      "api-url": { type: "string", valueName: "url", description: "De GitHub-API (standaard: GITHUB_API_URL of https://api.github.com)." },
      samenvatting: { type: "string", valueName: "bestand", description: 'Schrijf de uitkomst als Markdown in dit bestand ("$GITHUB_STEP_SUMMARY").' }
    },
    examples: ["klacht ondertekening --basis origin/main --pr 12", "klacht ondertekening KL-2026-007", "klacht ondertekening --json"]
  },
  async run(context) {
    const base = context.values.basis;
    return typeof base === "string" ? checkPullRequest(context, base) : showEvidence(context);
  }
};
export {
  ondertekening
};
