// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  accessFindings,
  settingFinding
} from "./chunk-AR47TBIY.mjs";
import {
  GITHUB_OPTIONS,
  connectGitHub,
  githubToken
} from "./chunk-Z6T4L7RN.mjs";
import {
  escapeMarkdown
} from "./chunk-HVOL4K7K.mjs";
import {
  REQUIRED_CHECKS
} from "./chunk-34QS7U6X.mjs";
import {
  defineCommand
} from "./chunk-VTOBHORP.mjs";
import {
  escapeData,
  escapeProperty
} from "./chunk-JC4GZ2T4.mjs";
import {
  appendJobSummary
} from "./chunk-GBMCZDUH.mjs";
import {
  parseConfig
} from "./chunk-ZAAEDPLE.mjs";
import "./chunk-Z4ZZ64GF.mjs";
import "./chunk-W7APRSVY.mjs";
import {
  printJson
} from "./chunk-4N5YQ3QY.mjs";
import "./chunk-6PZIGJ5Y.mjs";
import "./chunk-ZC7VFHT2.mjs";
import "./chunk-6S5FGJI4.mjs";
import {
  RunError
} from "./chunk-GITCBFCA.mjs";
import "./chunk-3ZZ24PPU.mjs";
import {
  formatDateWithWeekday
} from "./chunk-Y54NMRC7.mjs";
import "./chunk-Z5CEMS3B.mjs";

// dist/core/github-policy/repository-settings.js
var MERGE_METHODS = ["merge", "squash", "rebase"];

// dist/core/github-policy/settings-audit.js
var MAX_RETENTION_DAYS = 7;
var ADMIN_TOKEN = 'een fine-grained persoonlijk token met "Administration: Read-only" op deze repository (in KLACHT_INSTELLINGEN_TOKEN of GITHUB_TOKEN)';
function unreadable(what, readout, admin = true) {
  const status = readout.status === "forbidden" && readout.httpStatus !== void 0 ? ` (${readout.httpStatus})` : "";
  return admin ? `Dit token mag ${what} niet lezen${status}; het token van een workflow mag dat nooit. Lees het met ${ADMIN_TOKEN}, of kijk zelf in GitHub` : `Dit token mag ${what} niet lezen${status}; het heeft minstens "Metadata: Read-only" op deze repository nodig. Of kijk zelf in GitHub`;
}
function fromRules(settings, pick) {
  const readout = settings.branchRules;
  if (readout.status === "needs_paid_plan")
    return { state: "no" };
  if (readout.status === "forbidden")
    return { state: "unknown", why: unreadable("de rulesets", readout, false) };
  const rule = readout.value.rules.find(pick);
  if (!rule)
    return { state: "no" };
  const name = readout.value.rulesets.find((r) => r.id === rule.rulesetId)?.name;
  return { state: "yes", by: name ? `ruleset '${name}'` : "een ruleset" };
}
function fromProtection(settings, pick) {
  const readout = settings.protection;
  if (readout.status === "needs_paid_plan")
    return { state: "no" };
  if (readout.status === "forbidden")
    return { state: "unknown", why: unreadable("de klassieke branch protection", readout) };
  return readout.value !== null && pick(readout.value) ? { state: "yes", by: "branch protection" } : { state: "no" };
}
function either(a, b) {
  if (a.state === "yes")
    return a;
  if (b.state === "yes")
    return b;
  if (a.state === "unknown")
    return a;
  return b;
}
function requirement(settings, setting, rule, protection, missing) {
  const source = either(fromRules(settings, rule), fromProtection(settings, protection));
  const branch = settings.repository.defaultBranch;
  if (source.state === "yes")
    return settingFinding(setting, "ok", `Ja, op ${branch} (${source.by}).`);
  if (source.state === "unknown")
    return settingFinding(setting, "unknown", `Niet gevonden in wat leesbaar was. ${source.why}.`);
  return settingFinding(setting, "wrong", `Nee: ${missing} op ${branch}.`);
}
function pullRequestRule(rule) {
  return rule.type === "pull_request";
}
function requiredChecks(settings, wanted) {
  const found = /* @__PURE__ */ new Set();
  const unknown = [];
  const rules = settings.branchRules;
  if (rules.status === "read") {
    for (const r of rules.value.rules)
      if (r.type === "required_status_checks")
        r.checks.forEach((c) => found.add(c));
  }
  if (rules.status === "forbidden")
    unknown.push(unreadable("de rulesets", rules, false));
  const protection = settings.protection;
  if (protection.status === "read" && protection.value)
    protection.value.requiredChecks.forEach((c) => found.add(c));
  if (protection.status === "forbidden")
    unknown.push(unreadable("de klassieke branch protection", protection));
  const missing = wanted.filter((c) => !found.has(c));
  const quote = (names) => names.map((n) => `'${n}'`).join(" en ");
  if (missing.length === 0)
    return settingFinding("required_checks", "ok", `Ja: ${quote(wanted)}.`);
  const present = wanted.filter((c) => found.has(c));
  const sofar = present.length > 0 ? ` Wel verplicht: ${quote(present)}.` : "";
  if (unknown.length > 0)
    return settingFinding("required_checks", "unknown", `${quote(missing)} niet gevonden in wat leesbaar was.${sofar} ${unknown[0] ?? ""}.`);
  return settingFinding("required_checks", "wrong", `Niet verplicht: ${quote(missing)}.${sofar} Voeg ze toe met precies deze namen.`);
}
function bypass(settings, enforcing, protectionEnforces, pullRequest) {
  const problems = [];
  const hidden = [];
  const rules = settings.branchRules;
  if (rules.status === "read") {
    for (const ruleset of rules.value.rulesets.filter((r) => enforcing.has(r.id))) {
      if (ruleset.bypassActors === void 0)
        hidden.push(ruleset.name);
      else if (ruleset.bypassActors.length > 0)
        problems.push(`ruleset '${ruleset.name}' laat omzeilen door: ${ruleset.bypassActors.join(", ")}`);
    }
  }
  const protection = settings.protection;
  if (protectionEnforces && protection.status === "read" && protection.value) {
    if (!protection.value.enforceAdmins)
      problems.push('branch protection geldt niet voor beheerders ("Do not allow bypassing the above settings" staat uit)');
    if ((protection.value.pullRequest?.bypassAllowances ?? 0) > 0)
      problems.push('branch protection staat sommigen toe zonder pull request te wijzigen ("Allow specified actors to bypass required pull requests")');
  }
  if (problems.length > 0)
    return settingFinding("bypass", "wrong", `Nee: ${problems.join("; ")}.`);
  if (hidden.length > 0)
    return settingFinding("bypass", "unknown", `De uitzonderingslijst van ${hidden.map((n) => `ruleset '${n}'`).join(", ")} toont GitHub alleen aan wie de ruleset mag beheren. Lees hem met ${ADMIN_TOKEN}, of kijk zelf in GitHub.`);
  if (enforcing.size === 0 && !protectionEnforces) {
    return settingFinding("bypass", pullRequest.state === "unknown" ? "unknown" : "wrong", "Er is geen ruleset of branch protection die iets afdwingt (zie hierboven), dus ook niets om te omzeilen.");
  }
  return settingFinding("bypass", "ok", "Ja: de uitzonderingslijst is leeg.");
}
var METHOD_NAMES = { merge: "samenvoegcommit (merge commit)", squash: "squash", rebase: "rebase" };
function mergeMethods(settings) {
  const repoMethods = settings.repository.mergeMethods;
  if (!repoMethods) {
    return settingFinding("merge_methods", "unknown", 'GitHub toont de samenvoegmethoden alleen aan een token dat de inhoud mag wijzigen (contents: write); kijk zelf in GitHub, of lees ze met een token met "Contents: Read and write" (bijvoorbeeld een persoonlijk token van een beheerder).');
  }
  let allowed = MERGE_METHODS.filter((m) => repoMethods[m]);
  const rules = settings.branchRules.status === "read" ? settings.branchRules.value.rules : [];
  for (const rule of rules.filter(pullRequestRule))
    if (rule.allowedMergeMethods)
      allowed = allowed.filter((m) => rule.allowedMergeMethods?.includes(m));
  const linear = rules.some((r) => r.type === "required_linear_history") || settings.protection.status === "read" && settings.protection.value?.linearHistory === true;
  if (linear)
    allowed = allowed.filter((m) => m !== "merge");
  const list = allowed.length > 0 ? allowed.map((m) => METHOD_NAMES[m]).join(", ") : "geen";
  if (allowed.includes("rebase")) {
    return settingFinding("merge_methods", "wrong", `Toegestaan: ${list}. Rebase moet uit: dan staat in de geschiedenis niet meer welke (ondertekende) pull request een wijziging binnenbracht.`);
  }
  if (!allowed.includes("merge")) {
    return settingFinding("merge_methods", "wrong", `Toegestaan: ${list}. Zet samenvoegcommits aan${linear ? ' en "Require linear history" uit' : ""}: een samenvoegcommit bewaart de afzonderlijke commits en het nummer van de pull request.`);
  }
  const squash = allowed.includes("squash") ? " Squash mag ook: de titel houdt het nummer van de pull request, al gaan de afzonderlijke commits op in één." : "";
  return settingFinding("merge_methods", "ok", `Toegestaan: ${list}.${squash}`);
}
function plan(settings) {
  const { repository } = settings;
  if (!repository.private)
    return settingFinding("plan", "ok", 'De repository is openbaar: GitHub dwingt de regels dan op elk abonnement af (maar zie "privé").');
  const readPlan = settings.plan.status === "read" ? settings.plan.value : void 0;
  if (readPlan !== void 0 && readPlan.toLowerCase() !== "free")
    return settingFinding("plan", "ok", `Ja: abonnement '${readPlan}'.`);
  const free = "Op GitHub Free zijn rulesets, verplichte reviews en code owners bij een privérepository alleen advies: niets wordt afgedwongen. Nodig is GitHub Team (organisatie) of Pro (persoonlijk account)";
  if (readPlan !== void 0)
    return settingFinding("plan", "wrong", `Nee: abonnement '${readPlan}'. ${free}.`);
  if (settings.rulesetsAvailable.status === "needs_paid_plan" || settings.protection.status === "needs_paid_plan" || settings.branchRules.status === "needs_paid_plan") {
    return settingFinding("plan", "wrong", `Nee: GitHub weigert de regels van deze privérepository met "Upgrade to GitHub Pro", dus het abonnement is Free. ${free}.`);
  }
  if (settings.rulesetsAvailable.status === "read")
    return settingFinding("plan", "ok", "Ja: GitHub geeft de rulesets van deze privérepository, wat het op Free weigert; het abonnement is dus betaald.");
  return settingFinding("plan", "unknown", `Het abonnement is alleen zichtbaar voor de eigenaar van ${repository.ownerType === "Organization" ? "de organisatie" : "het account"}; kijk zelf in GitHub. ${free}.`);
}
function actionsPullRequests(settings, codeOwners) {
  const workflow = settings.workflow;
  if (workflow.status !== "read")
    return settingFinding("actions_pull_requests", "unknown", `${unreadable("deze schakelaar", workflow)}.`);
  if (!workflow.value.canApprovePullRequests) {
    return settingFinding("actions_pull_requests", "wrong", "Uit: de formulieren en de jaaranalyse van het register kunnen zo geen pull request openen. Zet de schakelaar aan, met review door een code owner verplicht: dan telt een goedkeuring door github-actions[bot] nooit.");
  }
  const why = "GitHub heeft één schakelaar voor maken en goedkeuren; de formulieren en de jaaranalyse van het register hebben hem nodig om hun pull request te openen.";
  if (codeOwners.state === "ok") {
    return settingFinding("actions_pull_requests", "ok", `Aan, en dat is hier veilig: ${why} Omdat review door een code owner verplicht is, telt een goedkeuring door github-actions[bot] nooit: die is geen code owner.`);
  }
  if (codeOwners.state === "unknown") {
    return settingFinding("actions_pull_requests", "unknown", `Aan. ${why} Dat is alleen veilig als review door een code owner verplicht is, en dat kon niet gelezen worden (zie hierboven).`);
  }
  return settingFinding("actions_pull_requests", "wrong", `Aan, zonder verplichte review door een code owner: een workflow kan dan zelf een pull request goedkeuren, en die goedkeuring telt. ${why} Maak review door een code owner verplicht, of zet de schakelaar uit.`);
}
function auditSettings(settings, requiredChecksNames) {
  const { repository } = settings;
  const pr = (pick) => (r) => pullRequestRule(r) && pick(r);
  const prProtection = (pick) => (p) => p.pullRequest !== void 0 && pick(p.pullRequest);
  const pullRequest = requirement(settings, "pull_request", pr(() => true), prProtection(() => true), "er kan zonder pull request gewijzigd worden");
  const codeOwners = requirement(settings, "code_owner_review", pr((r) => r.codeOwnerReview), prProtection((p) => p.codeOwnerReview), "de goedkeuring van een code owner is niet verplicht; zonder die eis is een goedkeuring van iedereen met schrijfrecht genoeg");
  const access = accessFindings(settings);
  const findings = [
    repository.visibility === "internal" ? settingFinding("private", "wrong", "Nee: de repository is intern (internal): iedereen in de enterprise kan haar lezen. Klachtbestanden bevatten persoonsgegevens: maak haar privé.") : repository.private ? settingFinding("private", "ok", "Ja.") : settingFinding("private", "wrong", "Nee: de repository is openbaar. Klachtbestanden bevatten persoonsgegevens."),
    repository.allowForking === void 0 ? settingFinding("forking", "unknown", "GitHub gaf deze instelling niet; kijk zelf in GitHub.") : repository.allowForking ? settingFinding("forking", "wrong", "Nee: forken mag. Een fork houdt de geschiedenis vast, ook persoonsgegevens die het register later verwijdert.") : settingFinding("forking", "ok", "Ja."),
    plan(settings),
    pullRequest,
    codeOwners,
    access.codeowners,
    access.directie_access,
    requirement(settings, "dismiss_stale_reviews", pr((r) => r.dismissStaleReviews), prProtection((p) => p.dismissStaleReviews), "een goedkeuring blijft staan als er daarna iets verandert"),
    requirement(settings, "last_push_approval", pr((r) => r.lastPushApproval), prProtection((p) => p.lastPushApproval), "wie de laatste commit pushte, kan die zelf laten meetellen"),
    requiredChecks(settings, requiredChecksNames),
    // The signature check judges the merge against the branch as it was when it ran; a pull request
    // merged later, onto a branch that moved, could undo what came in meanwhile without anyone seeing.
    requirement(settings, "up_to_date", (r) => r.type === "required_status_checks" && r.strict && r.checks.length > 0, (p) => p.strictChecks && p.requiredChecks.length > 0, "een pull request kan worden samengevoegd zonder eerst bijgewerkt te zijn met de nieuwste versie van de hoofdtak. De controles beoordeelden dan wat samenvoegen deed met een oudere versie; wat er intussen bij kwam, kan zo ongezien worden teruggedraaid"),
    requirement(settings, "force_push", (r) => r.type === "non_fast_forward", (p) => !p.allowForcePushes, "force pushes zijn toegestaan; daarmee is de geschiedenis te herschrijven"),
    requirement(settings, "deletion", (r) => r.type === "deletion", (p) => !p.allowDeletions, "de hoofdtak kan verwijderd worden")
  ];
  const enforcing = new Set(settings.branchRules.status === "read" ? settings.branchRules.value.rules.filter((r) => r.type !== "required_linear_history").map((r) => r.rulesetId) : []);
  const protection = settings.protection;
  const protectionEnforces = protection.status === "read" && protection.value !== null;
  findings.push(bypass(settings, enforcing, protectionEnforces, pullRequest), access.tag_rules, mergeMethods(settings));
  const workflow = settings.workflow;
  findings.push(workflow.status !== "read" ? settingFinding("workflow_permissions", "unknown", `${unreadable("deze instelling", workflow)}.`) : workflow.value.defaultPermissions === "read" ? settingFinding("workflow_permissions", "ok", "Ja: workflows krijgen alleen leesrechten, tenzij ze zelf meer vragen.") : settingFinding("workflow_permissions", "wrong", 'Nee: elke workflow krijgt standaard schrijfrechten ("Read and write permissions"); een workflow hoort zelf te vragen wat hij nodig heeft.'));
  findings.push(actionsPullRequests(settings, codeOwners), access.settings_environment);
  const retention = settings.retentionDays;
  findings.push(retention.status !== "read" ? settingFinding("retention", "unknown", `${unreadable("de bewaartijd", retention)}.`) : retention.value <= MAX_RETENTION_DAYS ? settingFinding("retention", "ok", `Ja: ${retention.value} ${retention.value === 1 ? "dag" : "dagen"}.`) : settingFinding("retention", "wrong", `Nee: ${retention.value} dagen. De PDF's die workflows maken bevatten persoonsgegevens; ze zijn om te downloaden, niet om te bewaren (het register zelf staat in git). Zet de bewaartijd op hoogstens ${MAX_RETENTION_DAYS} dagen.`));
  return findings;
}

// dist/core/github-policy/settings-markdown.js
var SETTINGS_SECTION = "instellingen";
var STATE_WORDS = { ok: "in orde", wrong: "**FOUT**", unknown: "onbekend" };
function settingsVerdict(findings) {
  const wrong = findings.filter((f) => f.state === "wrong").length;
  const unknown = findings.filter((f) => f.state === "unknown").length;
  const head = wrong === 0 ? "Alle leesbare instellingen zijn in orde" : `${wrong} ${wrong === 1 ? "instelling is" : "instellingen zijn"} niet in orde`;
  return `${head}${unknown > 0 ? `; ${unknown} ${unknown === 1 ? "kon" : "konden"} dit token niet lezen` : ""}.`;
}
function settingsMarkdown(findings, repository, today) {
  const cell = escapeMarkdown;
  return [
    "### Instellingen van GitHub",
    "",
    `Gecontroleerd op ${formatDateWithWeekday(today)} in ${cell(repository)} met \`klacht instellingen\`. ${settingsVerdict(findings)}`,
    "",
    "| Instelling | Stand | Toelichting | Waar in GitHub |",
    "| --- | --- | --- | --- |",
    ...findings.map((f) => `| ${cell(f.label)} | ${STATE_WORDS[f.state]} | ${cell(f.message)} | ${f.state === "ok" ? "" : cell(f.where)} |`),
    "",
    '_"Onbekend" betekent: het token mocht deze instelling niet lezen. Dat is geen fout, maar ook geen bewijs dat het goed staat: kijk het na in GitHub, of laat de workflow lezen met een token met "Administration: Read-only"._',
    ""
  ].join("\n");
}

// dist/cli/commands/instellingen.js
var READ_TOKEN = "KLACHT_INSTELLINGEN_TOKEN";
var instellingen = defineCommand({
  spec: {
    name: "instellingen",
    summary: "controleert de instellingen van de GitHub-repository waar de ondertekening op rust",
    usesRegister: false,
    description: [
      "Leest de instellingen van de GitHub-repository en zegt per instelling of die in orde is, en zo",
      "niet, waar u dat in GitHub verandert: privé; forken uit; een abonnement dat de regels afdwingt",
      "(Team of Pro: op Free zijn reviews en rulesets bij een privérepository alleen advies); op de",
      "hoofdtak een ruleset of branch protection met: pull request verplicht, review door een code owner,",
      "goedkeuring vervalt bij nieuwe commits, laatste push goedgekeurd door een ander, de verplichte",
      `controles (${REQUIRED_CHECKS.map((c) => `'${c}'`).join(" en ")}), geen force push, niet`,
      "verwijderen en niemand die de regels mag omzeilen; de samenvoegmethoden (geen rebase); workflows",
      "standaard alleen-lezen; of Actions pull requests mag maken en goedkeuren (alleen veilig met",
      `verplichte review door een code owner); een bewaartijd van logs en artifacts van hoogstens ${MAX_RETENTION_DAYS} dagen;`,
      "dat CODEOWNERS werkt (GitHub vindt er geen fouten in) en elk directielid uit klachtenregister.yml",
      "schrijfrechten heeft; een tag-ruleset die schrijvers geen tags laat maken of verplaatsen; en dat het",
      'token voor de instellingen alleen in de omgeving "instellingen" staat, die alleen de hoofdtak mag',
      "gebruiken. Een interne repository (internal) telt niet als privé.",
      "",
      `Het token komt uit ${READ_TOKEN} of anders GITHUB_TOKEN; het wordt nooit getoond. Het token van`,
      "een workflow mag de beheerinstellingen (branch protection, Actions) niet lezen: die staan dan als",
      '"onbekend", met waar u ze zelf nakijkt. Een fine-grained persoonlijk token met "Administration:',
      `Read-only" (en "Metadata: Read-only") op deze repository leest alles; zet het in ${READ_TOKEN}.`,
      'Met --overzicht komt de uitkomst in het overzichtsissue "Klachtenregister", in een eigen deel dat',
      "klacht meldingen laat staan; daarvoor schrijft GITHUB_TOKEN (permissions: issues: write).",
      "",
      "Uitkomst: 0 = alles wat gelezen kon worden is in orde; 1 = iets staat niet goed; 2 = kon niet",
      "draaien (geen token, repository niet gevonden, geen verbinding). Een instelling die het token niet",
      'mocht lezen is "onbekend", geen fout: anders zou de workflow met zijn eigen token altijd rood zijn',
      'en leert iedereen rood te negeren. Met --streng geeft "onbekend" uitkomst 2 (niet kunnen lezen),',
      "voor een run met een token dat alles mag lezen."
    ].join("\n"),
    options: {
      ...GITHUB_OPTIONS,
      overzicht: { type: "boolean", description: 'Zet de uitkomst ook in het overzichtsissue "Klachtenregister" (eigen deel; de rest blijft staan).' },
      streng: { type: "boolean", description: "Een instelling die niet gelezen kon worden geeft uitkomst 2." },
      samenvatting: { type: "string", valueName: "bestand", description: 'Voeg de uitkomst als Markdown toe aan dit bestand ("$GITHUB_STEP_SUMMARY").' }
    },
    examples: [
      "GITHUB_TOKEN=... klacht instellingen --repo liberi/klachten",
      "KLACHT_INSTELLINGEN_TOKEN=... klacht instellingen --repo liberi/klachten --json",
      'klacht instellingen --overzicht --samenvatting "$GITHUB_STEP_SUMMARY"   (in een workflow)'
    ]
  },
  async run(context) {
    const readToken = context.io.env[READ_TOKEN]?.trim() || githubToken(context);
    if (!readToken) {
      throw new RunError(`GITHUB_TOKEN ontbreekt: de instellingen staan in GitHub. In GitHub Actions: geef de stap \`env: GITHUB_TOKEN: \${{ secrets.GITHUB_TOKEN }}\`; lokaal: een fine-grained persoonlijk token met "Administration: Read-only" op de repository, in ${READ_TOKEN} of GITHUB_TOKEN.`);
    }
    const reader = await connectGitHub(context, readToken, "instellingen");
    const settings = await read(reader);
    const findings = auditSettings(settings, REQUIRED_CHECKS);
    const name = settings.repository.fullName;
    const markdown = settingsMarkdown(findings, name, context.today);
    appendJobSummary(context, `${markdown}
`);
    const overview = context.values.overzicht === true;
    if (context.json) {
      printJson(context, jsonReport(settings, findings, overview ? await writeDashboard(context, reader, readToken, markdown) : void 0));
    } else {
      report(context, settings, findings);
      if (overview) {
        const dashboard = await writeDashboard(context, reader, readToken, markdown);
        context.io.stdout(`Overzichtsissue #${dashboard.number} ${dashboard.action === "created" ? "gemaakt" : dashboard.action === "updated" ? "bijgewerkt" : "was al bij"}.
`);
      }
    }
    if (findings.some((f) => f.state === "wrong"))
      return 1;
    if (context.values.streng === true && findings.some((f) => f.state === "unknown")) {
      context.io.stderr("klacht: niet alle instellingen konden gelezen worden (--streng).\n");
      return 2;
    }
    return 0;
  }
});
function directieLogins(text) {
  return parseConfig(Buffer.from(text, "utf8")).config.management.flatMap((p) => p.github ? [p.github] : []);
}
async function read({ client, repository, github }) {
  const { readSettings } = await import("./settings-PEWIQF6A.mjs");
  try {
    return await readSettings(client, repository, directieLogins);
  } catch (error) {
    const status = github.statusOf(error);
    if (status === 403 || status === 404) {
      throw new RunError(`Repository ${repository.owner}/${repository.repo} niet gevonden (${status}), of het token heeft er geen toegang toe. Controleer --repo of GITHUB_REPOSITORY, en of het token toegang heeft tot deze repository ("Metadata: Read-only").`);
    }
    throw new RunError(github.explainGitHubError(error, repository).message);
  }
}
async function writeDashboard(context, reader, readToken, markdown) {
  const writeToken = githubToken(context) ?? readToken;
  const { client, repository, github } = writeToken === readToken ? reader : await connectGitHub(context, writeToken, "instellingen");
  const { writeDashboardSection } = await import("./dashboard-RLHEUS7F.mjs");
  try {
    return await writeDashboardSection(client, repository, SETTINGS_SECTION, markdown);
  } catch (error) {
    throw new RunError(`Het overzichtsissue bijwerken lukte niet: ${github.explainGitHubError(error, repository).message}`);
  }
}
var WORDS = { ok: "in orde", wrong: "FOUT", unknown: "onbekend" };
function jsonReport(settings, findings, dashboard) {
  return {
    ok: !findings.some((f) => f.state === "wrong"),
    repository: settings.repository.fullName,
    default_branch: settings.repository.defaultBranch,
    unreadable: findings.filter((f) => f.state === "unknown").length,
    settings: findings.map(({ setting, state, label, message, where }) => ({ setting, state, label, message, where })),
    ...dashboard ? { dashboard } : {}
  };
}
function report(context, settings, findings) {
  const { colors, io } = context;
  const paint = { ok: colors.green, wrong: colors.red, unknown: colors.yellow };
  io.stdout(`Instellingen van ${settings.repository.fullName} (hoofdtak ${settings.repository.defaultBranch}):

`);
  for (const f of findings) {
    io.stdout(`${paint[f.state](WORDS[f.state].padEnd(9))} ${f.label}: ${f.message}
`);
    if (f.state !== "ok")
      io.stdout(`${" ".repeat(10)}${f.state === "wrong" ? "Waar" : "Nakijken"}: ${f.where}
`);
  }
  io.stdout(`
${settingsVerdict(findings)}
`);
  if (context.actions) {
    for (const f of findings.filter((x) => x.state !== "ok")) {
      io.stdout(`::${f.state === "wrong" ? "error" : "warning"} title=${escapeProperty(`klacht instellingen: ${f.label}`)}::${escapeData(`${f.message} ${f.state === "wrong" ? "Waar" : "Nakijken"}: ${f.where}`)}
`);
    }
  }
}
export {
  instellingen
};
