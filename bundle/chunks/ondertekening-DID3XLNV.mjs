// klacht, gebundeld door scripts/tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  REASON_TEXT,
  checkSignature,
  confirmEvidence,
  isRuleFile,
  signatureNeeds,
  signaturesOfYears
} from "./chunk-UGYPTHDL.mjs";
import {
  readObjects
} from "./chunk-RPOIXPOE.mjs";
import {
  escapeMarkdown
} from "./chunk-U4XJ4NKF.mjs";
import {
  SIGNATURE_STATUS
} from "./chunk-XW3XZWYD.mjs";
import {
  setStatus
} from "./chunk-XDBY7E32.mjs";
import {
  describeStep
} from "./chunk-JGSQFDMH.mjs";
import {
  GITHUB_OPTIONS,
  pullRequestReviews
} from "./chunk-VI6Q75WL.mjs";
import {
  complaintsOf,
  loadForCommand
} from "./chunk-RVJP7NPO.mjs";
import {
  mergeBase,
  refExists
} from "./chunk-SG6ARO5Z.mjs";
import {
  openRepository,
  runGit
} from "./chunk-Y4FPVQAH.mjs";
import "./chunk-LM7VC3VM.mjs";
import "./chunk-HO3FK33L.mjs";
import {
  complaintFromBytes,
  parseConfig
} from "./chunk-OQ6US66E.mjs";
import "./chunk-WMPDXVYC.mjs";
import {
  plural
} from "./chunk-A5GD7ALL.mjs";
import "./chunk-BPWNMJ6H.mjs";
import "./chunk-EMGNZZLQ.mjs";
import {
  ANALYSES_DIR,
  COMPLAINTS_DIR,
  CONFIG_FILE
} from "./chunk-LVPBMKN4.mjs";
import {
  idYear,
  printJson,
  unknownComplaint
} from "./chunk-TKX4SFS4.mjs";
import "./chunk-QQHWHSCC.mjs";
import {
  RunError
} from "./chunk-7VAKVCUU.mjs";
import "./chunk-ZJMSHH4D.mjs";

// dist/cli/signature-check.js
import { appendFileSync } from "node:fs";

// dist/core/signature-verdict.js
function pullRequestVerdict(problems, complaints) {
  return { ok: problems.length === 0 && complaints.every((c) => c.ok), problems, complaints };
}
function noBaseConfig(base) {
  return {
    rule: "no-base-config",
    file: CONFIG_FILE,
    message: `Op de basis (${base}) staat geen ${CONFIG_FILE}, dus is niet bekend wie voor de directie tekent; een pull request mag dat niet zelf bepalen. Het eerste ${CONFIG_FILE} van een register komt binnen via de eigenaar van de organisatie of de directie zelf, met de bescherming van de repository aan (klacht init maakt het; klacht instellingen controleert de bescherming). Voeg het eerst zo toe aan de basis en start deze controle dan opnieuw.`
  };
}
function symlinkProblem(path) {
  return {
    rule: "symlink",
    file: path,
    message: `${path} is een snelkoppeling (symbolische link). In complaints/ en analyses/ zijn snelkoppelingen niet toegestaan: de inhoud staat dan elders en valt buiten de ondertekening. Zet het bestand of de map zelf op deze plek.`
  };
}
function outdatedHead(judged) {
  return {
    rule: "outdated-head",
    file: null,
    message: `De pull request heeft op GitHub een nieuwere laatste commit dan de beoordeelde (${judged.slice(0, 12)}); deze controle is verouderd. De controle van de nieuwste commit telt.`
  };
}
function otherBase(actual, judged) {
  return {
    rule: "other-base",
    file: null,
    message: `Deze pull request gaat naar de branch '${actual}', niet naar '${judged}'. Alleen wat in '${judged}' komt, wordt ondertekend: zet de doelbranch van de pull request op '${judged}'.`
  };
}
var STATUS_DESCRIPTION_MAX = 140;
function statusDescription(verdict) {
  const ids = (list) => list.length <= 3 ? list.join(", ") : `${list.slice(0, 3).join(", ")} en ${list.length - 3} meer`;
  let text;
  if (verdict.problems.length > 0) {
    const first = verdict.problems[0];
    text = first.rule === "no-base-config" ? `Geen ${CONFIG_FILE} op de basis: niet te ondertekenen.` : first.rule === "symlink" ? `Snelkoppeling niet toegestaan: ${first.file ?? ""}` : first.rule === "other-base" ? "Andere doelbranch: niet te ondertekenen." : "Verouderd: de pull request heeft een nieuwere commit.";
  } else if (verdict.complaints.length === 0) {
    text = "Geen handtekening van de directie nodig.";
  } else {
    const missing = verdict.complaints.filter((c) => !c.ok).map((c) => c.id);
    text = missing.length === 0 ? `Ondertekend door de directie (${ids(verdict.complaints.map((c) => c.id))}).` : `Handtekening van de directie ontbreekt: ${ids(missing)}.`;
  }
  return text.length <= STATUS_DESCRIPTION_MAX ? text : `${text.slice(0, STATUS_DESCRIPTION_MAX - 1)}…`;
}

// dist/cli/signature-changes.js
import { basename } from "node:path";

// dist/git/pull-diff.js
var SYMLINK_MODE = "120000";
function parseRawDiff(output) {
  const parts = output.split("\0");
  const files = [];
  for (let i = 0; i < parts.length; i++) {
    const meta = parts[i] ?? "";
    if (!meta.startsWith(":"))
      continue;
    const [oldMode = "", newMode = "", , , status = ""] = meta.slice(1).split(" ");
    const kind = status[0] ?? "";
    const first = parts[++i] ?? "";
    if (kind === "R" || kind === "C") {
      const second = parts[++i] ?? "";
      files.push({ status: kind, path: second, oldPath: first, oldMode, newMode });
    } else {
      files.push({ status: kind, path: first, oldMode, newMode });
    }
  }
  return files;
}
async function changedFiles(git, base, head, folders) {
  const output = await runGit(git, ["diff", "--raw", "-z", "-M", "--no-abbrev", "--no-color", `${base}...${head}`, "--", ...folders], `het vergelijken van ${base} en ${head}`);
  return parseRawDiff(output);
}

// dist/cli/signature-changes.js
function complaintAt(path, text) {
  return text === void 0 ? void 0 : complaintFromBytes(path, Buffer.from(text, "utf8"));
}
async function pullRequestChanges(root, git, base, head) {
  const problems = [];
  const configText = (await readObjects(root, [`${base}:${CONFIG_FILE}`]))[0];
  const config = configText === void 0 ? void 0 : parseConfig(Buffer.from(configText, "utf8")).config;
  if (!config)
    problems.push(noBaseConfig(base));
  const fetchHint = (error) => {
    throw error instanceof RunError ? new RunError(`${error.message}. Haal de hele geschiedenis op (fetch-depth: 0).`) : error;
  };
  const changed = await changedFiles(git, base, head, [COMPLAINTS_DIR, ANALYSES_DIR]).catch(fetchHint);
  const from = await mergeBase(git, base, head) ?? base;
  const symlinks = new Set(changed.filter((f) => f.newMode === SYMLINK_MODE).map((f) => f.path));
  for (const path of symlinks)
    problems.push(symlinkProblem(path));
  const inComplaints = (path) => path === COMPLAINTS_DIR || path.startsWith(`${COMPLAINTS_DIR}/`);
  const complaints = changed.filter((f) => f.newMode !== SYMLINK_MODE && (inComplaints(f.path) || inComplaints(f.oldPath ?? "")) && [f.path, f.oldPath ?? ""].some((p) => p.endsWith(".md")));
  const contents = await readObjects(root, complaints.flatMap((f) => [`${from}:${f.oldPath ?? f.path}`, `${head}:${f.path}`]));
  const needs = [];
  complaints.forEach((file, i) => {
    const deleted = file.status === "D" || !inComplaints(file.path);
    const before = complaintAt(file.oldPath ?? file.path, contents[2 * i]);
    const after = deleted ? void 0 : complaintAt(file.path, contents[2 * i + 1]);
    if (!deleted && !after?.id)
      return;
    const reasons = signatureNeeds({ before, after, deleted, moved: file.oldPath !== void 0 && file.oldPath !== file.path });
    const id = after?.id ?? before?.id ?? basename(file.oldPath ?? file.path, ".md");
    needs.push({ id, after, reasons: reasons.length > 0 ? reasons : ["wijziging"] });
  });
  const handled = new Set(complaints.flatMap((f) => [f.path, f.oldPath ?? f.path]));
  const everything = await changedFiles(git, base, head, []).catch(fetchHint);
  const others = [...new Set(everything.flatMap((f) => [f.path, f.oldPath ?? f.path]))].filter((p) => !handled.has(p) && !symlinks.has(p)).sort();
  for (const path of others)
    needs.push({ id: path, after: void 0, reasons: [isRuleFile(path) ? "regels" : "wijziging"] });
  return { config, problems, needs, changedFiles: complaints.length };
}

// dist/cli/signature-status.js
async function setSignatureStatus(context, sha, verdict) {
  await setStatus(context, "ondertekening", { sha, name: SIGNATURE_STATUS, ok: verdict.ok, description: statusDescription(verdict) });
}

// dist/cli/signature-check.js
async function checkPullRequest(context, base) {
  const head = typeof context.values.kop === "string" ? context.values.kop : "HEAD";
  const git = await openRepository(context.root);
  if (!git)
    throw new RunError("Het register staat niet in git; de ondertekening van een pull request kan alleen in een git-repository worden nagekeken.");
  const headSha = (await runGit(git, ["rev-parse", "--verify", "--end-of-options", `${head}^{commit}`], `het vinden van commit ${head}`)).trim();
  const changes = await pullRequestChanges(context.root, git, base, headSha);
  const problems = [...changes.problems];
  let checks = [];
  if (changes.needs.length > 0 && changes.config && problems.length === 0) {
    const config = changes.config;
    const facts = await pullRequestReviews(context, void 0, { pusher: true });
    const branch = await branchOf(git, base);
    if (facts.headSha !== headSha)
      problems.push(outdatedHead(headSha));
    else if (branch !== void 0 && facts.baseRef !== branch)
      problems.push(otherBase(facts.baseRef, branch));
    else
      checks = changes.needs.map((n) => checkSignature(n.id, n.reasons, n.after, facts, config));
  }
  const verdict = pullRequestVerdict(problems, checks);
  report(context, verdict, changes.changedFiles);
  if (context.values.status === true) {
    await setSignatureStatus(context, headSha, verdict);
    return 0;
  }
  return verdict.ok ? 0 : 1;
}
async function branchOf(git, base) {
  const named = /^(?:refs\/remotes\/origin\/|refs\/heads\/|origin\/)(.+)$/.exec(base)?.[1];
  if (named !== void 0)
    return named;
  return await refExists(git, `refs/heads/${base}`) ? base : void 0;
}
function report(context, verdict, changedFiles2) {
  const summaryFile = context.values.samenvatting;
  if (typeof summaryFile === "string")
    appendFileSync(summaryFile, markdown(verdict));
  if (context.json) {
    printJson(context, verdict);
    return;
  }
  for (const problem of verdict.problems)
    context.io.stdout(`${problem.file ? `${problem.file}  ` : ""}NIET ondertekend: ${problem.message}
`);
  const checks = verdict.complaints;
  if (checks.length === 0 && verdict.problems.length === 0) {
    context.io.stdout(`${plural(changedFiles2, "klachtbestand", "klachtbestanden")} gewijzigd; niets dat de handtekening van de directie nodig heeft.
`);
    return;
  }
  for (const check of checks) {
    context.io.stdout(`${check.id}  ${check.reasons.map((r) => REASON_TEXT[r]).join(", ")}  ${check.ok ? "ondertekend" : "NIET ondertekend"}: ${check.message}
`);
  }
  const missing = checks.filter((c) => !c.ok).length;
  if (verdict.problems.length > 0)
    context.io.stdout("Deze pull request kan zo niet worden ondertekend.\n");
  else
    context.io.stdout(missing === 0 ? "Alles is ondertekend.\n" : `${plural(missing, "wijziging mist", "wijzigingen missen")} de handtekening van de directie.
`);
}
function markdown(verdict) {
  const problems = verdict.problems.map((p) => `- **${p.file ? `${escapeMarkdown(p.file)}: ` : ""}${escapeMarkdown(p.message)}**`);
  const checks = verdict.complaints;
  if (checks.length === 0 && problems.length === 0)
    return "## Ondertekening\n\nGeen klacht in deze pull request heeft een handtekening nodig.\n\n";
  return [
    "## Ondertekening",
    "",
    ...problems.length > 0 ? [...problems, ""] : [],
    ...checks.length > 0 ? [
      "| Klacht | Wat | Ondertekend | Door | Toelichting |",
      "| --- | --- | --- | --- | --- |",
      ...checks.map((c) => `| ${c.id} | ${c.reasons.map((r) => REASON_TEXT[r]).join(", ")} | ${c.ok ? "ja" : "**nee**"} | ${c.signedBy ? `${escapeMarkdown(c.signedBy.naam)} (@${c.signedBy.login})` : "-"} | ${escapeMarkdown(c.message)} |`)
    ] : [],
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
  const { config } = loaded.context;
  const fromGit = (await signaturesOfYears(loaded.root, git, years, config.backdatingDays)).evidence;
  const evidence = await confirmEvidence(context, new Map(wanted.flatMap((id) => {
    const e = fromGit.get(id);
    return e ? [[id, e]] : [];
  })));
  const rows = wanted.map((id) => {
    const e = evidence.get(id) ?? {};
    const step = (s) => {
      if (!s)
        return null;
      const online = s.github?.confirmed === true ? s.github : void 0;
      return {
        pr: s.pr,
        merged: s.date,
        approver: online?.login ?? s.approver?.login ?? null,
        approved_at: online?.at ?? null,
        verified: online !== void 0,
        text: describeStep(s, config)
      };
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

// dist/cli/commands/ondertekening.js
var ondertekening = {
  spec: {
    name: "ondertekening",
    summary: "ondertekening door de directie: een pull request controleren, of laten zien wie een klacht ondertekende",
    positionals: "[klachtnummers...]",
    maxPositionals: Infinity,
    description: [
      "Met --basis: controleert een pull request. Een pull request die een klacht registreert (status in",
      "behandeling), afhandelt (afgehandeld), de ondertekening wijzigt, een klachtbestand verwijdert,",
      "verplaatst of hernoemt, of de status terugzet (bijv. afgehandeld naar in behandeling), is pas",
      "ondertekend als een directielid uit klachtenregister.yml de laatste commit heeft goedgekeurd",
      "(approve). De goedkeuringen komen uit de GitHub-API, niet uit git. Een goedkeuring telt alleen",
      "van iemand die de laatste commit niet zelf maakte (vier ogen).",
      "De lijst van de directie komt uit de basis van de pull request: een pull request kan zichzelf",
      "geen directielid maken. Staat er op de basis geen klachtenregister.yml, dan is niets te",
      "ondertekenen en faalt de controle. Een snelkoppeling (symbolische link) in complaints/ of",
      "analyses/ laat de controle altijd falen.",
      "Is de directie één persoon en opende en maakte die de pull request zelf, dan telt die pull",
      "request als handtekening als een medewerker de laatste commit goedkeurde. Een pull request van",
      "een workflow (een formulier) keurt de directie gewoon zelf goed.",
      "Uitkomst 1 als er een handtekening ontbreekt.",
      "",
      'Met --status zet de controle haar oordeel ook als commitstatus "Ondertekening door de directie"',
      "op de laatste commit (nodig: GITHUB_TOKEN met statuses: write). Die status is dan het oordeel:",
      'uitkomst 0 als de status gezet is, ook als die "mislukt" zegt, zodat de taak zelf geen tweede',
      "oordeel met een andere naam wordt; uitkomst 2 als de status niet gezet kon worden.",
      "",
      "Zonder --basis: laat per klacht zien welke pull request de registratie en de afhandeling",
      "binnenbracht, wie die goedkeurde en wanneer. Wat alleen uit git komt (de titel van een",
      'samenvoegcommit, een regel "Goedgekeurd-door:") heet "niet geverifieerd": iedereen met',
      "schrijfrechten kan zo'n commit maken. Met GITHUB_TOKEN wordt elke goedkeuring bij GitHub",
      'nagekeken en pas dan "geverifieerd bij GitHub" genoemd.'
    ].join("\n"),
    options: {
      basis: { type: "string", valueName: "ref", description: "De basis van de pull request (bijv. origin/main of een commit)." },
      kop: { type: "string", valueName: "ref", description: "De laatste commit van de pull request (standaard HEAD); moet de laatste commit zijn die GitHub van de pull request kent." },
      pr: { type: "string", valueName: "nummer", description: "Het nummer van de pull request." },
      status: { type: "boolean", description: 'Zet het oordeel als commitstatus "Ondertekening door de directie" op de laatste commit; uitkomst 0 als dat lukte, 2 als niet.' },
      ...GITHUB_OPTIONS,
      samenvatting: { type: "string", valueName: "bestand", description: 'Schrijf de uitkomst als Markdown in dit bestand ("$GITHUB_STEP_SUMMARY").' }
    },
    examples: ['klacht ondertekening --basis origin/main --kop "$HEAD_SHA" --pr 12 --status', "klacht ondertekening KL-2026-007", "klacht ondertekening --json"]
  },
  async run(context) {
    const base = context.values.basis;
    return typeof base === "string" ? checkPullRequest(context, base) : showEvidence(context);
  }
};
export {
  ondertekening
};
