// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  REASON_TEXT,
  checkSignature,
  confirmEvidence,
  isRuleFile,
  signatureNeeds,
  signaturesOfYears
} from "./chunk-TNJSLR7P.mjs";
import {
  readObjects
} from "./chunk-U2OOAE6S.mjs";
import {
  resolveBranchRef,
  resolveCommit
} from "./chunk-DA3KL6C3.mjs";
import {
  setStatus
} from "./chunk-ZI5BX2WY.mjs";
import {
  GITHUB_OPTIONS,
  pullRequestReviews
} from "./chunk-Z6T4L7RN.mjs";
import {
  escapeMarkdown
} from "./chunk-HVOL4K7K.mjs";
import {
  complaintsOf,
  loadForCommand
} from "./chunk-7F2HNHAN.mjs";
import {
  SIGNATURE_STATUS
} from "./chunk-34QS7U6X.mjs";
import {
  mergeResult
} from "./chunk-HUW3U4X2.mjs";
import {
  defineCommand
} from "./chunk-VTOBHORP.mjs";
import {
  openRepository,
  runGit
} from "./chunk-5FUXISE3.mjs";
import {
  appendJobSummary
} from "./chunk-GBMCZDUH.mjs";
import "./chunk-CZMNQTA7.mjs";
import "./chunk-H6FA2GJG.mjs";
import {
  complaintFilesAsTheyAre,
  complaintFromBytes,
  parseConfig
} from "./chunk-ZAAEDPLE.mjs";
import "./chunk-Z4ZZ64GF.mjs";
import {
  hasUnsafeName,
  printable
} from "./chunk-W7APRSVY.mjs";
import {
  printJson,
  unknownComplaint
} from "./chunk-4N5YQ3QY.mjs";
import {
  ANALYSES_DIR,
  COMPLAINTS_DIR,
  CONFIG_FILE
} from "./chunk-6PZIGJ5Y.mjs";
import "./chunk-UVHECV36.mjs";
import "./chunk-KK3T65I5.mjs";
import "./chunk-ZC7VFHT2.mjs";
import "./chunk-UCIYNJQ2.mjs";
import "./chunk-E74CLRJB.mjs";
import {
  require_node_path
} from "./chunk-6S5FGJI4.mjs";
import {
  RunError
} from "./chunk-GITCBFCA.mjs";
import {
  contentVerified,
  describeStep,
  idYear
} from "./chunk-3ZZ24PPU.mjs";
import {
  plural
} from "./chunk-Y54NMRC7.mjs";
import {
  __toESM
} from "./chunk-Z5CEMS3B.mjs";

// dist/core/signing/verdict.js
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
function baseRefProblem(message) {
  return { rule: "base-ref", file: null, message: `De basis is niet één branch: ${message}` };
}
function mergeProblem(reason, base, mergeBases) {
  switch (reason) {
    case "merge-bases":
      return {
        rule: "merge-bases",
        file: null,
        message: `De pull request en ${base} hebben ${mergeBases.length} gemeenschappelijke beginpunten (merge bases: ${mergeBases.map((c) => c.slice(0, 12)).join(", ")}), bijvoorbeeld doordat een oudere branch of een eerdere versie van ${base} erin is samengevoegd. Wat samenvoegen dan doet, is niet wat de wijzigingen laten zien, en kan zonder dat het te zien is eerdere wijzigingen terugdraaien. Maak de pull request opnieuw vanaf de huidige basis (een nieuwe branch met alleen de bedoelde wijzigingen).`
      };
    case "no-merge-base":
      return { rule: "no-merge-base", file: null, message: `De pull request heeft geen gemeenschappelijke geschiedenis met ${base}. Haal de hele geschiedenis op (fetch-depth: 0), of maak de branch vanaf ${base}.` };
    case "conflict":
      return { rule: "merge-conflict", file: null, message: `De pull request botst met ${base} (een samenvoegconflict): wat samenvoegen zou opleveren, is niet te beoordelen. Werk de branch bij met ${base} en los de conflicten op.` };
  }
}
function unsafeNameProblem(path) {
  const shown = printable(path);
  return {
    rule: "unsafe-name",
    file: shown,
    message: `De naam ${shown} heeft een stuurteken (zoals een regeleinde), een | of een opdracht voor GitHub Actions (twee hekjes gevolgd door [) erin. Zo'n naam kan regels in het log of de samenvatting schrijven die de controle niet zelf schreef. Geef het bestand een gewone naam (een klacht heet complaints/<jaar>/KL-<jaar>-<nummer>.md).`
  };
}
function symlinkProblem(path) {
  return {
    rule: "symlink",
    file: path,
    message: `${printable(path)} is een snelkoppeling (symbolische link). In complaints/ en analyses/ zijn snelkoppelingen niet toegestaan: de inhoud staat dan elders en valt buiten de ondertekening. Zet het bestand of de map zelf op deze plek.`
  };
}
function unreadableComplaintProblem(path, base) {
  const shown = printable(path);
  return {
    rule: "unreadable-complaint",
    file: shown,
    message: `${shown} is in wat samenvoegen zou opleveren geen leesbaar klachtbestand (bijvoorbeeld een veld dat er twee keer in staat nadat beide kanten het verplaatsten, kapotte frontmatter, of geen gewoon bestand). Wat samenvoegen met deze klacht doet, is zo niet te beoordelen. Werk de branch bij met ${base} en maak het bestand weer geldig (klacht valideer zegt wat er mis is).`
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
var PROBLEM_STATUS = {
  "no-base-config": `Geen ${CONFIG_FILE} op de basis: niet te ondertekenen.`,
  "base-ref": "De basis is niet één branch: niet te beoordelen.",
  "merge-bases": "Meer dan één merge base: samenvoegen is niet te beoordelen.",
  "no-merge-base": "Geen gemeenschappelijke geschiedenis met de basis.",
  "merge-conflict": "Samenvoegconflict: niet te beoordelen.",
  symlink: "Snelkoppeling in het register: niet toegestaan.",
  "unsafe-name": "Bestandsnaam met stuurteken, | of opdracht: niet toegestaan.",
  "unreadable-complaint": "Onleesbaar klachtbestand na samenvoegen: niet te beoordelen.",
  "other-base": "Andere doelbranch: niet te ondertekenen.",
  "outdated-head": "Verouderd: de pull request heeft een nieuwere commit."
};
var STATUS_DESCRIPTION_MAX = 140;
function statusDescription(verdict) {
  const ids = (list) => list.length <= 3 ? list.join(", ") : `${list.slice(0, 3).join(", ")} en ${list.length - 3} meer`;
  let text;
  if (verdict.problems.length > 0) {
    const first = verdict.problems[0];
    text = PROBLEM_STATUS[first.rule];
  } else if (verdict.complaints.length === 0) {
    text = "Geen handtekening van de directie nodig.";
  } else {
    const missing = verdict.complaints.filter((c) => !c.ok).map((c) => c.id);
    text = missing.length === 0 ? `Ondertekend door de directie (${ids(verdict.complaints.map((c) => c.id))}).` : `Handtekening van de directie ontbreekt: ${ids(missing)}.`;
  }
  text = printable(text);
  return text.length <= STATUS_DESCRIPTION_MAX ? text : `${text.slice(0, STATUS_DESCRIPTION_MAX - 1)}…`;
}

// dist/cli/ondertekening/changes.js
var import_node_path = __toESM(require_node_path(), 1);

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
async function changedFiles(git, from, to, folders) {
  const output = await runGit(git, ["diff", "--raw", "-z", "-M", "--no-abbrev", "--no-color", "--no-ext-diff", from, to, "--", ...folders], `het vergelijken van ${from} en ${to}`);
  return parseRawDiff(output);
}

// dist/cli/ondertekening/changes.js
function complaintAt(path, text) {
  return text === void 0 ? void 0 : complaintFromBytes(path, Buffer.from(text, "utf8"));
}
async function pullRequestChanges(root, git, base, head) {
  const problems = [];
  const configText = (await readObjects(root, [`${base.commit}:${CONFIG_FILE}`]))[0];
  const config = configText === void 0 ? void 0 : parseConfig(Buffer.from(configText, "utf8")).config;
  if (!config)
    problems.push(noBaseConfig(base.ref));
  const fetchHint = (error) => {
    throw error instanceof RunError ? new RunError(`${error.message}. Haal de hele geschiedenis op (fetch-depth: 0).`) : error;
  };
  const merge = await mergeResult(root, git, base.commit, head).catch(fetchHint);
  if (!merge.ok)
    return { config, problems: [...problems, mergeProblem(merge.reason, base.ref, merge.mergeBases)], needs: [], changedFiles: 0 };
  const changed = await changedFiles(git, base.commit, merge.tree, [COMPLAINTS_DIR, ANALYSES_DIR]);
  const unsafe = new Set(changed.flatMap((f) => [f.path, f.oldPath ?? f.path]).filter(hasUnsafeName));
  for (const path of [...unsafe].sort())
    problems.push(unsafeNameProblem(path));
  const readable = changed.filter((f) => !unsafe.has(f.path) && !unsafe.has(f.oldPath ?? f.path));
  const symlinks = new Set(readable.filter((f) => f.newMode === SYMLINK_MODE).map((f) => f.path));
  for (const path of symlinks)
    problems.push(symlinkProblem(path));
  const inComplaints = (path) => path === COMPLAINTS_DIR || path.startsWith(`${COMPLAINTS_DIR}/`);
  const complaints = readable.filter((f) => f.newMode !== SYMLINK_MODE && (inComplaints(f.path) || inComplaints(f.oldPath ?? "")) && [f.path, f.oldPath ?? ""].some((p) => p.endsWith(".md")));
  const contents = await readObjects(root, complaints.flatMap((f) => [`${base.commit}:${f.oldPath ?? f.path}`, `${merge.tree}:${f.path}`]));
  const needs = [];
  complaints.forEach((file, i) => {
    const deleted = file.status === "D" || !inComplaints(file.path);
    const before = complaintAt(file.oldPath ?? file.path, contents[2 * i]);
    const after = deleted ? void 0 : complaintAt(file.path, contents[2 * i + 1]);
    if (!deleted && !after?.id) {
      problems.push(unreadableComplaintProblem(file.path, base.ref));
      return;
    }
    const reasons = signatureNeeds({ before, after, deleted, moved: file.oldPath !== void 0 && file.oldPath !== file.path });
    const id = after?.id ?? before?.id ?? (0, import_node_path.basename)(file.oldPath ?? file.path, ".md");
    needs.push({ id, after, reasons: reasons.length > 0 ? reasons : ["wijziging"] });
  });
  const handled = /* @__PURE__ */ new Set([...complaints.flatMap((f) => [f.path, f.oldPath ?? f.path]), ...unsafe, ...symlinks]);
  const everything = await changedFiles(git, base.commit, merge.tree, []);
  const others = [...new Set(everything.flatMap((f) => [f.path, f.oldPath ?? f.path]))].filter((p) => !handled.has(p)).sort();
  for (const path of others)
    needs.push({ id: path, after: void 0, reasons: [isRuleFile(path) ? "regels" : "wijziging"] });
  return { config, problems, needs, changedFiles: complaints.length };
}

// dist/cli/ondertekening/status.js
async function setSignatureStatus(context, sha, verdict) {
  await setStatus(context, "ondertekening", { sha, name: SIGNATURE_STATUS, ok: verdict.ok, description: statusDescription(verdict) });
}

// dist/cli/ondertekening/check.js
async function checkPullRequest(context, baseName) {
  const head = context.values.kop ?? "HEAD";
  const git = await openRepository(context.root);
  if (!git)
    throw new RunError("Het register staat niet in git; de ondertekening van een pull request kan alleen in een git-repository worden nagekeken.");
  const headSha = await resolveCommit(git, head);
  const base = await resolveBranchRef(git, baseName);
  const changes = base.ok ? await pullRequestChanges(context.root, git, base, headSha) : { problems: [baseRefProblem(base.message)], needs: [], config: void 0, changedFiles: 0 };
  const problems = [...changes.problems];
  let checks = [];
  if (base.ok && changes.needs.length > 0 && changes.config && problems.length === 0) {
    const config = changes.config;
    const facts = await pullRequestReviews(context, void 0, { pusher: true });
    if (facts.headSha !== headSha)
      problems.push(outdatedHead(headSha));
    else if (facts.baseRef !== base.branch)
      problems.push(otherBase(facts.baseRef, base.branch));
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
function report(context, verdict, changedFiles2) {
  appendJobSummary(context, markdown(verdict));
  if (context.json) {
    printJson(context, verdict);
    return;
  }
  const line = (text) => context.io.stdout(`${printable(text)}
`);
  for (const problem of verdict.problems)
    line(`${problem.file ? `${problem.file}  ` : ""}NIET ondertekend: ${problem.message}`);
  const checks = verdict.complaints;
  if (checks.length === 0 && verdict.problems.length === 0) {
    line(`${plural(changedFiles2, "klachtbestand", "klachtbestanden")} gewijzigd; niets dat de handtekening van de directie nodig heeft.`);
    return;
  }
  for (const check of checks) {
    line(`${check.id}  ${check.reasons.map((r) => REASON_TEXT[r]).join(", ")}  ${check.ok ? "ondertekend" : "NIET ondertekend"}: ${check.message}`);
  }
  const missing = checks.filter((c) => !c.ok).length;
  if (verdict.problems.length > 0)
    line("Deze pull request kan zo niet worden ondertekend.");
  else
    line(missing === 0 ? "Alles is ondertekend." : `${plural(missing, "wijziging mist", "wijzigingen missen")} de handtekening van de directie.`);
}
function cell(text) {
  return escapeMarkdown(printable(text));
}
function markdown(verdict) {
  const problems = verdict.problems.map((p) => `- **${p.file ? `${cell(p.file)}: ` : ""}${cell(p.message)}**`);
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
      ...checks.map((c) => `| ${cell(c.id)} | ${c.reasons.map((r) => REASON_TEXT[r]).join(", ")} | ${c.ok ? "ja" : "**nee**"} | ${c.signedBy ? `${cell(c.signedBy.naam)} (@${c.signedBy.login})` : "-"} | ${cell(c.message)} |`)
    ] : [],
    "",
    ""
  ].join("\n");
}

// dist/cli/ondertekening/evidence.js
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
  const printed = complaintFilesAsTheyAre(loaded.root, complaints.filter((c) => wanted.includes(c.id)));
  const fromGit = (await signaturesOfYears(loaded.root, git, years, config.backdatingDays, void 0, printed)).evidence;
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
        // Verified: GitHub confirms the step, and the file is exactly what the directie approved.
        verified: online !== void 0 && contentVerified(e),
        text: describeStep(s, config, e.content)
      };
    };
    const content = e.content ? { commit: e.content.step.commit, pr: e.content.step.pr, identical: e.content.identical, verified: contentVerified(e) } : null;
    return { id, registratie: step(e.registratie), afhandeling: step(e.afhandeling), content };
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
var ondertekening = defineCommand({
  spec: {
    name: "ondertekening",
    configFromGit: true,
    summary: "ondertekening door de directie: een pull request controleren, of laten zien wie een klacht ondertekende",
    positionals: "[klachtnummers...]",
    maxPositionals: Infinity,
    description: [
      "Met --basis: controleert een pull request. De controle beoordeelt wat samenvoegen in de basis zou",
      "opleveren (git merge-tree), niet alleen de wijzigingen van de pull request. Een pull request die een",
      "klacht registreert (status in behandeling), afhandelt (afgehandeld), de ondertekening wijzigt, een",
      "klachtbestand verwijdert, verplaatst of hernoemt, of de status terugzet, en elke andere wijziging in",
      "het register (ook klachtenregister.yml en .github/), is pas ondertekend als een directielid uit",
      "klachtenregister.yml de laatste commit heeft goedgekeurd (approve). De goedkeuringen komen uit de",
      "GitHub-API, niet uit git. Een goedkeuring telt alleen van wie de laatste commit niet zelf maakte,",
      "verstuurde of (bij een formulier) invulde: vier ogen, zonder uitzondering, ook niet voor een",
      "directie van één persoon.",
      "De basis is de branch waar de pull request naartoe gaat, met zijn volledige naam",
      "(refs/remotes/origin/main): een naam die ook een tag of andere ref is, of een commit, wordt",
      "geweigerd. De directie komt uit klachtenregister.yml op die branch zoals die nu is: een pull request",
      "kan zichzelf geen directielid maken. Staat daar geen klachtenregister.yml, dan is niets te",
      "ondertekenen en faalt de controle. Ze faalt ook bij meer dan één gemeenschappelijk beginpunt (merge",
      "base) of een samenvoegconflict, bij een snelkoppeling (symbolische link) in complaints/ of analyses/,",
      "en bij een bestandsnaam daar met een stuurteken, een | of een opdracht voor GitHub Actions (##[).",
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
      'nagekeken en pas "geverifieerd bij GitHub" genoemd als het klachtbestand nu precies is wat de',
      "directie goedkeurde; anders staat erbij wat daarna veranderde."
    ].join("\n"),
    options: {
      basis: { type: "string", valueName: "branch", description: "De branch waar de pull request naartoe gaat, met zijn volledige naam (bijv. refs/remotes/origin/main)." },
      kop: { type: "string", valueName: "ref", description: "De laatste commit van de pull request (standaard HEAD); moet de laatste commit zijn die GitHub van de pull request kent." },
      pr: { type: "string", valueName: "nummer", description: "Het nummer van de pull request." },
      status: { type: "boolean", description: 'Zet het oordeel als commitstatus "Ondertekening door de directie" op de laatste commit; uitkomst 0 als dat lukte, 2 als niet.' },
      ...GITHUB_OPTIONS,
      samenvatting: { type: "string", valueName: "bestand", description: 'Schrijf de uitkomst als Markdown in dit bestand ("$GITHUB_STEP_SUMMARY").' }
    },
    examples: ['klacht ondertekening --basis refs/remotes/origin/main --kop "$HEAD_SHA" --pr 12 --status', "klacht ondertekening KL-2026-007", "klacht ondertekening --json"]
  },
  async run(context) {
    const base = context.values.basis;
    return base === void 0 ? showEvidence(context) : checkPullRequest(context, base);
  }
});
export {
  ondertekening
};
