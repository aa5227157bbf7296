// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);

// dist/core/github-policy/settings-places.js
var RULESET = 'Settings → Rules → Rulesets → (de ruleset voor de hoofdtak, of "New ruleset → New branch ruleset" met Target branches "Include default branch")';
var SETTING_LABELS = {
  private: "Repository is privé",
  forking: "Forken uitgeschakeld",
  plan: "Abonnement dwingt de regels af",
  pull_request: "Wijzigen alleen via een pull request",
  code_owner_review: "Review door een code owner (de directie) verplicht",
  codeowners: "CODEOWNERS werkt (GitHub vindt er geen fouten in)",
  directie_access: "Elk directielid heeft schrijfrechten",
  dismiss_stale_reviews: "Goedkeuring vervalt bij nieuwe commits",
  last_push_approval: "Laatste push goedgekeurd door een ander",
  required_checks: "Verplichte controles",
  up_to_date: "Pull request bijgewerkt met de hoofdtak vóór samenvoegen",
  force_push: "Force push geblokkeerd",
  deletion: "Verwijderen van de hoofdtak geblokkeerd",
  bypass: "Niemand mag de regels omzeilen",
  tag_rules: "Tags maken en verplaatsen alleen door beheerders",
  merge_methods: "Samenvoegmethoden",
  workflow_permissions: "Workflows standaard alleen-lezen",
  actions_pull_requests: "Actions mag pull requests maken en goedkeuren",
  settings_environment: "Het token voor de instellingen alleen voor main",
  retention: "Korte bewaartijd van logs en artifacts"
};
var SETTING_PLACES = {
  private: "Settings → General → Danger Zone → Change repository visibility",
  forking: "Settings → General → Features → Allow forking (bij een organisatie ook: Organization settings → Member privileges → Repository forking)",
  plan: "Settings → Billing and licensing → Plans and usage van de eigenaar (organisatie of account): GitHub Team of Pro",
  pull_request: `${RULESET} → Require a pull request before merging`,
  code_owner_review: `${RULESET} → Require a pull request before merging → Require review from Code Owners`,
  codeowners: "Code → .github/CODEOWNERS op de hoofdtak (GitHub toont de fouten bovenaan als u het opent); elke naam erin moet een bestaand GitHub-account met schrijfrechten zijn",
  directie_access: "Settings → Collaborators and teams → (het directielid) → rol Maintain of Admin; en de GitHub-naam in klachtenregister.yml en .github/CODEOWNERS gelijk aan het account (na een naamswijziging aanpassen)",
  dismiss_stale_reviews: `${RULESET} → Require a pull request before merging → Dismiss stale pull request approvals when new commits are pushed`,
  last_push_approval: `${RULESET} → Require a pull request before merging → Require approval of the most recent reviewable push`,
  required_checks: `${RULESET} → Require status checks to pass → Add checks`,
  up_to_date: `${RULESET} → Require status checks to pass → Require branches to be up to date before merging (bij klassieke branch protection: Settings → Branches → Require status checks to pass before merging → Require branches to be up to date before merging)`,
  force_push: `${RULESET} → Block force pushes`,
  deletion: `${RULESET} → Restrict deletions`,
  bypass: `${RULESET} → Bypass list (leeg laten); bij klassieke branch protection: Settings → Branches → Do not allow bypassing the above settings`,
  tag_rules: 'Settings → Rules → Rulesets → New ruleset → New tag ruleset: Enforcement Active, Target tags "Include all tags", Restrict creations, Restrict updates en Restrict deletions aan; Bypass list leeg (of alleen de rol Admin)',
  merge_methods: "Settings → General → Pull Requests → Allow merge commits (aan), Allow rebase merging (uit)",
  workflow_permissions: "Settings → Actions → General → Workflow permissions → Read repository contents and packages permissions",
  actions_pull_requests: "Settings → Actions → General → Workflow permissions → Allow GitHub Actions to create and approve pull requests",
  settings_environment: "Settings → Environments → instellingen → Deployment branches and tags: Selected branches and tags, alleen de hoofdtak; en Settings → Secrets and variables → Actions → Repository secrets: geen KLACHT_INSTELLINGEN_TOKEN (alleen als geheim van de omgeving)",
  retention: "Settings → Actions → General → Artifact and log retention"
};

// dist/core/github-policy/setting-finding.js
function settingFinding(setting, state, message) {
  return { setting, state, label: SETTING_LABELS[setting], message, where: SETTING_PLACES[setting] };
}

// dist/core/github-policy/access-audit.js
var SETTINGS_ENVIRONMENT = "instellingen";
var SETTINGS_TOKEN_SECRET = "KLACHT_INSTELLINGEN_TOKEN";
var ADMIN_ACTORS = /* @__PURE__ */ new Set(["beheerders van de organisatie", "de rol admin"]);
function cannotRead(readout, what, permission) {
  const status = readout.status === "forbidden" && readout.httpStatus !== void 0 ? ` (${readout.httpStatus})` : "";
  return `Dit token mag ${what} niet lezen${status}; lees het met een fine-grained persoonlijk token met "${permission}" op deze repository, of kijk zelf in GitHub.`;
}
function refPatternMatches(pattern, ref) {
  if (pattern === "~ALL")
    return true;
  const token = { "**/": "(?:.*/)?", "**": ".*", "*": "[^/]*", "?": "[^/]" };
  const source = pattern.split(/(\*\*\/|\*\*|\*|\?)/).map((part) => token[part] ?? part.replace(/[.+^${}()|[\]\\]/g, "\\$&")).join("");
  return new RegExp(`^${source}$`).test(ref);
}
function guarding(rulesets, tag) {
  return rulesets.find((r) => r.enforcement === "active" && r.include.some((p) => refPatternMatches(p, tag)) && !r.exclude.some((p) => refPatternMatches(p, tag)) && r.rules.includes("creation") && r.rules.includes("update"));
}
function tagRules(settings) {
  const readout = settings.tagRulesets;
  const why = `Een tag met de naam van een branch (zoals origin/${settings.repository.defaultBranch}) kan in git de branch vervangen; een schrijver mag geen tags maken of verplaatsen.`;
  if (readout.status === "needs_paid_plan")
    return settingFinding("tag_rules", "wrong", `Nee: dit abonnement kent geen rulesets. ${why}`);
  if (readout.status === "forbidden")
    return settingFinding("tag_rules", "unknown", cannotRead(readout, "de rulesets", "Metadata: Read-only"));
  const ruleset = guarding(readout.value, `refs/tags/origin/${settings.repository.defaultBranch}`);
  if (!ruleset)
    return settingFinding("tag_rules", "wrong", `Nee: geen actieve tag-ruleset die het maken en verplaatsen van tags (ook origin/…) verbiedt. ${why}`);
  if (ruleset.bypassActors === void 0)
    return settingFinding("tag_rules", "unknown", `Ruleset '${ruleset.name}' verbiedt het; wie hem mag omzeilen, toont GitHub alleen aan wie de ruleset beheert. Kijk zelf in GitHub.`);
  const others = ruleset.bypassActors.filter((a) => !ADMIN_ACTORS.has(a));
  if (others.length > 0)
    return settingFinding("tag_rules", "wrong", `Nee: ruleset '${ruleset.name}' laat omzeilen door: ${others.join(", ")}. ${why}`);
  return settingFinding("tag_rules", "ok", `Ja (ruleset '${ruleset.name}').`);
}
function codeowners(settings) {
  const readout = settings.codeownersErrors;
  if (readout.status !== "read")
    return settingFinding("codeowners", "unknown", cannotRead(readout, "de fouten in CODEOWNERS", "Contents: Read-only"));
  if (readout.value === null)
    return settingFinding("codeowners", "wrong", `Nee: er staat geen CODEOWNERS op ${settings.repository.defaultBranch}, dus heeft niemand het laatste woord; review door een code owner verplicht dan niets.`);
  if (readout.value.length === 0)
    return settingFinding("codeowners", "ok", "Ja: GitHub vindt geen fouten.");
  const errors = readout.value.map((e) => `regel ${e.line}: ${e.kind}`).join("; ");
  return settingFinding("codeowners", "wrong", `Nee: ${errors}. GitHub slaat een regel met een fout over; een onbekende naam (bijvoorbeeld een hernoemd account) of iemand zonder schrijfrechten is dan geen code owner, en de review door de directie is niet meer verplicht.`);
}
function directieAccess(settings) {
  const readout = settings.directieAccess;
  if (readout.status !== "read")
    return settingFinding("directie_access", "unknown", cannotRead(readout, "klachtenregister.yml of de rechten van de directie", "Contents: Read-only"));
  if (readout.value === null)
    return settingFinding("directie_access", "wrong", `Nee: er staat geen klachtenregister.yml op ${settings.repository.defaultBranch}, dus is niet bekend wie de directie is.`);
  if (readout.value.length === 0)
    return settingFinding("directie_access", "wrong", "Nee: klachtenregister.yml noemt geen directielid met een GitHub-naam.");
  const without = readout.value.filter((d) => d.permission !== "admin" && d.permission !== "write");
  if (without.length === 0)
    return settingFinding("directie_access", "ok", `Ja: ${readout.value.map((d) => `@${d.login}`).join(", ")}.`);
  const named = without.map((d) => `@${d.login} (${d.permission === null ? "geen account met toegang tot deze repository; hernoemd?" : `alleen ${d.permission}`})`).join(", ");
  return settingFinding("directie_access", "wrong", `Nee: ${named}. Een code owner zonder schrijfrechten telt voor GitHub niet mee: zijn goedkeuring is dan geen handtekening.`);
}
function settingsEnvironment(settings) {
  const branch = settings.repository.defaultBranch;
  const secrets = settings.repositorySecrets;
  if (secrets.status === "read" && secrets.value.includes(SETTINGS_TOKEN_SECRET)) {
    return settingFinding("settings_environment", "wrong", `Nee: ${SETTINGS_TOKEN_SECRET} staat als geheim van de hele repository; iedere collega met schrijfrechten kan het uitlezen met een workflow op een eigen branch. Zet het alleen in de omgeving '${SETTINGS_ENVIRONMENT}'.`);
  }
  const readout = settings.environment;
  if (readout.status !== "read")
    return settingFinding("settings_environment", "unknown", cannotRead(readout, `de omgeving '${SETTINGS_ENVIRONMENT}'`, "Actions: Read-only"));
  const secretsUnknown = secrets.status === "read" ? "" : ` Of ${SETTINGS_TOKEN_SECRET} ook als geheim van de hele repository staat, mag dit token niet lezen ("Secrets: Read-only" wel).`;
  const environment = readout.value;
  if (environment === null) {
    return settingFinding("settings_environment", secretsUnknown ? "unknown" : "ok", `Er is geen omgeving '${SETTINGS_ENVIRONMENT}', dus ook geen token voor de instellingen om te beschermen.${secretsUnknown}`);
  }
  const branches = environment.branches;
  const onlyDefault = branches.kind === "selected" && branches.tags.length === 0 && branches.branches.length === 1 && branches.branches[0] === branch;
  if (!onlyDefault) {
    const now = branches.kind === "all" ? "elke branch" : branches.kind === "protected" ? "elke beschermde branch" : [...branches.branches, ...branches.tags.map((t) => `tag ${t}`)].join(", ") || "geen";
    return settingFinding("settings_environment", "wrong", `Nee: de omgeving '${SETTINGS_ENVIRONMENT}' mag gebruikt worden door: ${now}. Alleen ${branch}: anders leest een workflow op een andere branch het token.`);
  }
  return settingFinding("settings_environment", secretsUnknown ? "unknown" : "ok", `${secretsUnknown ? "De omgeving is" : "Ja: de omgeving is"} alleen voor ${branch}.${secretsUnknown}`);
}
function accessFindings(settings) {
  return { codeowners: codeowners(settings), directie_access: directieAccess(settings), tag_rules: tagRules(settings), settings_environment: settingsEnvironment(settings) };
}

export {
  settingFinding,
  SETTINGS_ENVIRONMENT,
  accessFindings
};
