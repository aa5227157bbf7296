/**
 * The judgement of `klacht instellingen`: the settings read from GitHub in, one finding per setting
 * out, each `ok`, `wrong` or `unknown` (this token could not read it), with a Dutch message and the
 * menu path to fix or check it. Pure: github/settings.ts reads, the command prints.
 */
import { accessFindings } from './access-audit.js';
import { MERGE_METHODS, type BranchRule, type ClassicProtection, type GitHubSettings, type MergeMethod, type Readout } from './repository-settings.js';
import { settingFinding as finding, type SettingFinding } from './setting-finding.js';
import type { SettingKey } from './settings-places.js';

export type { SettingFinding, SettingState } from './setting-finding.js';

/**
 * Artifacts of the PDF workflow hold the complainant's personal data; they are a way to download a
 * form, not an archive (the register in git is the record). A week lets a directie download after a
 * long weekend or a week off; anything longer keeps personal data where nobody looks after it.
 */
export const MAX_RETENTION_DAYS = 7;

/** Whether a requirement is met by the rulesets or the classic protection, and by which. */
type Source = { readonly state: 'yes'; readonly by: string } | { readonly state: 'no' } | { readonly state: 'unknown'; readonly why: string };

const ADMIN_TOKEN = 'een fine-grained persoonlijk token met "Administration: Read-only" op deze repository (in KLACHT_INSTELLINGEN_TOKEN of GITHUB_TOKEN)';

function unreadable(what: string, readout: Readout<unknown>, admin = true): string {
  const status = readout.status === 'forbidden' && readout.httpStatus !== undefined ? ` (${readout.httpStatus})` : '';
  return admin
    ? `Dit token mag ${what} niet lezen${status}; het token van een workflow mag dat nooit. Lees het met ${ADMIN_TOKEN}, of kijk zelf in GitHub`
    : `Dit token mag ${what} niet lezen${status}; het heeft minstens "Metadata: Read-only" op deze repository nodig. Of kijk zelf in GitHub`;
}

function fromRules(settings: GitHubSettings, pick: (rule: BranchRule) => boolean): Source {
  const readout = settings.branchRules;
  if (readout.status === 'needs_paid_plan') return { state: 'no' };
  if (readout.status === 'forbidden') return { state: 'unknown', why: unreadable('de rulesets', readout, false) };
  const rule = readout.value.rules.find(pick);
  if (!rule) return { state: 'no' };
  const name = readout.value.rulesets.find((r) => r.id === rule.rulesetId)?.name;
  return { state: 'yes', by: name ? `ruleset '${name}'` : 'een ruleset' };
}

function fromProtection(settings: GitHubSettings, pick: (protection: ClassicProtection) => boolean): Source {
  const readout = settings.protection;
  if (readout.status === 'needs_paid_plan') return { state: 'no' };
  if (readout.status === 'forbidden') return { state: 'unknown', why: unreadable('de klassieke branch protection', readout) };
  return readout.value !== null && pick(readout.value) ? { state: 'yes', by: 'branch protection' } : { state: 'no' };
}

function either(a: Source, b: Source): Source {
  if (a.state === 'yes') return a;
  if (b.state === 'yes') return b;
  if (a.state === 'unknown') return a;
  return b;
}

/** A yes/no requirement of the default branch, met by a ruleset or by classic protection. */
function requirement(settings: GitHubSettings, setting: SettingKey, rule: (r: BranchRule) => boolean, protection: (p: ClassicProtection) => boolean, missing: string): SettingFinding {
  const source = either(fromRules(settings, rule), fromProtection(settings, protection));
  const branch = settings.repository.defaultBranch;
  if (source.state === 'yes') return finding(setting, 'ok', `Ja, op ${branch} (${source.by}).`);
  if (source.state === 'unknown') return finding(setting, 'unknown', `Niet gevonden in wat leesbaar was. ${source.why}.`);
  return finding(setting, 'wrong', `Nee: ${missing} op ${branch}.`);
}

function pullRequestRule(rule: BranchRule): rule is Extract<BranchRule, { type: 'pull_request' }> {
  return rule.type === 'pull_request';
}

function requiredChecks(settings: GitHubSettings, wanted: readonly string[]): SettingFinding {
  const found = new Set<string>();
  const unknown: string[] = [];
  const rules = settings.branchRules;
  if (rules.status === 'read') for (const r of rules.value.rules) if (r.type === 'required_status_checks') r.checks.forEach((c) => found.add(c));
  if (rules.status === 'forbidden') unknown.push(unreadable('de rulesets', rules, false));
  const protection = settings.protection;
  if (protection.status === 'read' && protection.value) protection.value.requiredChecks.forEach((c) => found.add(c));
  if (protection.status === 'forbidden') unknown.push(unreadable('de klassieke branch protection', protection));
  const missing = wanted.filter((c) => !found.has(c));
  const quote = (names: readonly string[]): string => names.map((n) => `'${n}'`).join(' en ');
  if (missing.length === 0) return finding('required_checks', 'ok', `Ja: ${quote(wanted)}.`);
  const present = wanted.filter((c) => found.has(c));
  const sofar = present.length > 0 ? ` Wel verplicht: ${quote(present)}.` : '';
  if (unknown.length > 0) return finding('required_checks', 'unknown', `${quote(missing)} niet gevonden in wat leesbaar was.${sofar} ${unknown[0] ?? ''}.`);
  return finding('required_checks', 'wrong', `Niet verplicht: ${quote(missing)}.${sofar} Voeg ze toe met precies deze namen.`);
}

/** Bypass lists of the rulesets that enforce something, and classic protection's admin bypass. */
function bypass(settings: GitHubSettings, enforcing: ReadonlySet<number>, protectionEnforces: boolean, pullRequest: SettingFinding): SettingFinding {
  const problems: string[] = [];
  const hidden: string[] = [];
  const rules = settings.branchRules;
  if (rules.status === 'read') {
    for (const ruleset of rules.value.rulesets.filter((r) => enforcing.has(r.id))) {
      if (ruleset.bypassActors === undefined) hidden.push(ruleset.name);
      else if (ruleset.bypassActors.length > 0) problems.push(`ruleset '${ruleset.name}' laat omzeilen door: ${ruleset.bypassActors.join(', ')}`);
    }
  }
  const protection = settings.protection;
  if (protectionEnforces && protection.status === 'read' && protection.value) {
    if (!protection.value.enforceAdmins) problems.push('branch protection geldt niet voor beheerders ("Do not allow bypassing the above settings" staat uit)');
    if ((protection.value.pullRequest?.bypassAllowances ?? 0) > 0) problems.push('branch protection staat sommigen toe zonder pull request te wijzigen ("Allow specified actors to bypass required pull requests")');
  }
  if (problems.length > 0) return finding('bypass', 'wrong', `Nee: ${problems.join('; ')}.`);
  if (hidden.length > 0) return finding('bypass', 'unknown', `De uitzonderingslijst van ${hidden.map((n) => `ruleset '${n}'`).join(', ')} toont GitHub alleen aan wie de ruleset mag beheren. Lees hem met ${ADMIN_TOKEN}, of kijk zelf in GitHub.`);
  if (enforcing.size === 0 && !protectionEnforces) {
    return finding('bypass', pullRequest.state === 'unknown' ? 'unknown' : 'wrong', 'Er is geen ruleset of branch protection die iets afdwingt (zie hierboven), dus ook niets om te omzeilen.');
  }
  return finding('bypass', 'ok', 'Ja: de uitzonderingslijst is leeg.');
}

const METHOD_NAMES: Readonly<Record<MergeMethod, string>> = { merge: 'samenvoegcommit (merge commit)', squash: 'squash', rebase: 'rebase' };

/**
 * Merge commits keep the pull request's own commits (who changed what, when) and record its number
 * in "Merge pull request #N"; a squash keeps the number in its title "… (#N)", which is what
 * git/evidence.ts reads. A rebase merge leaves no trace of the pull request at all: the commits land
 * on the branch as if pushed, so the history no longer shows which signed pull request brought them.
 */
function mergeMethods(settings: GitHubSettings): SettingFinding {
  const repoMethods = settings.repository.mergeMethods;
  if (!repoMethods) {
    return finding('merge_methods', 'unknown', 'GitHub toont de samenvoegmethoden alleen aan een token dat de inhoud mag wijzigen (contents: write); kijk zelf in GitHub, of lees ze met een token met "Contents: Read and write" (bijvoorbeeld een persoonlijk token van een beheerder).');
  }
  let allowed = MERGE_METHODS.filter((m) => repoMethods[m]);
  const rules = settings.branchRules.status === 'read' ? settings.branchRules.value.rules : [];
  for (const rule of rules.filter(pullRequestRule)) if (rule.allowedMergeMethods) allowed = allowed.filter((m) => rule.allowedMergeMethods?.includes(m));
  const linear = rules.some((r) => r.type === 'required_linear_history')
    || (settings.protection.status === 'read' && settings.protection.value?.linearHistory === true);
  if (linear) allowed = allowed.filter((m) => m !== 'merge');
  const list = allowed.length > 0 ? allowed.map((m) => METHOD_NAMES[m]).join(', ') : 'geen';
  if (allowed.includes('rebase')) {
    return finding('merge_methods', 'wrong', `Toegestaan: ${list}. Rebase moet uit: dan staat in de geschiedenis niet meer welke (ondertekende) pull request een wijziging binnenbracht.`);
  }
  if (!allowed.includes('merge')) {
    return finding('merge_methods', 'wrong', `Toegestaan: ${list}. Zet samenvoegcommits aan${linear ? ' en "Require linear history" uit' : ''}: een samenvoegcommit bewaart de afzonderlijke commits en het nummer van de pull request.`);
  }
  const squash = allowed.includes('squash') ? ' Squash mag ook: de titel houdt het nummer van de pull request, al gaan de afzonderlijke commits op in één.' : '';
  return finding('merge_methods', 'ok', `Toegestaan: ${list}.${squash}`);
}

function plan(settings: GitHubSettings): SettingFinding {
  const { repository } = settings;
  if (!repository.private) return finding('plan', 'ok', 'De repository is openbaar: GitHub dwingt de regels dan op elk abonnement af (maar zie "privé").');
  const readPlan = settings.plan.status === 'read' ? settings.plan.value : undefined;
  if (readPlan !== undefined && readPlan.toLowerCase() !== 'free') return finding('plan', 'ok', `Ja: abonnement '${readPlan}'.`);
  const free = 'Op GitHub Free zijn rulesets, verplichte reviews en code owners bij een privérepository alleen advies: niets wordt afgedwongen. Nodig is GitHub Team (organisatie) of Pro (persoonlijk account)';
  if (readPlan !== undefined) return finding('plan', 'wrong', `Nee: abonnement '${readPlan}'. ${free}.`);
  if (settings.rulesetsAvailable.status === 'needs_paid_plan' || settings.protection.status === 'needs_paid_plan' || settings.branchRules.status === 'needs_paid_plan') {
    return finding('plan', 'wrong', `Nee: GitHub weigert de regels van deze privérepository met "Upgrade to GitHub Pro", dus het abonnement is Free. ${free}.`);
  }
  if (settings.rulesetsAvailable.status === 'read') return finding('plan', 'ok', 'Ja: GitHub geeft de rulesets van deze privérepository, wat het op Free weigert; het abonnement is dus betaald.');
  return finding('plan', 'unknown', `Het abonnement is alleen zichtbaar voor de eigenaar van ${repository.ownerType === 'Organization' ? 'de organisatie' : 'het account'}; kijk zelf in GitHub. ${free}.`);
}

function actionsPullRequests(settings: GitHubSettings, codeOwners: SettingFinding): SettingFinding {
  const workflow = settings.workflow;
  if (workflow.status !== 'read') return finding('actions_pull_requests', 'unknown', `${unreadable('deze schakelaar', workflow)}.`);
  if (!workflow.value.canApprovePullRequests) {
    return finding('actions_pull_requests', 'wrong', 'Uit: de formulieren en de jaaranalyse van het register kunnen zo geen pull request openen. Zet de schakelaar aan, met review door een code owner verplicht: dan telt een goedkeuring door github-actions[bot] nooit.');
  }
  const why = 'GitHub heeft één schakelaar voor maken en goedkeuren; de formulieren en de jaaranalyse van het register hebben hem nodig om hun pull request te openen.';
  if (codeOwners.state === 'ok') {
    return finding('actions_pull_requests', 'ok', `Aan, en dat is hier veilig: ${why} Omdat review door een code owner verplicht is, telt een goedkeuring door github-actions[bot] nooit: die is geen code owner.`);
  }
  if (codeOwners.state === 'unknown') {
    return finding('actions_pull_requests', 'unknown', `Aan. ${why} Dat is alleen veilig als review door een code owner verplicht is, en dat kon niet gelezen worden (zie hierboven).`);
  }
  return finding('actions_pull_requests', 'wrong', `Aan, zonder verplichte review door een code owner: een workflow kan dan zelf een pull request goedkeuren, en die goedkeuring telt. ${why} Maak review door een code owner verplicht, of zet de schakelaar uit.`);
}

/**
 * Judges every setting. `requiredChecks` are the names the default branch must require
 * (core/register-checks.ts REQUIRED_CHECKS).
 */
export function auditSettings(settings: GitHubSettings, requiredChecksNames: readonly string[]): SettingFinding[] {
  const { repository } = settings;
  const pr = (pick: (p: Extract<BranchRule, { type: 'pull_request' }>) => boolean) => (r: BranchRule): boolean => pullRequestRule(r) && pick(r);
  const prProtection = (pick: (p: NonNullable<ClassicProtection['pullRequest']>) => boolean) => (p: ClassicProtection): boolean => p.pullRequest !== undefined && pick(p.pullRequest);

  const pullRequest = requirement(settings, 'pull_request', pr(() => true), prProtection(() => true), 'er kan zonder pull request gewijzigd worden');
  const codeOwners = requirement(settings, 'code_owner_review', pr((r) => r.codeOwnerReview), prProtection((p) => p.codeOwnerReview), 'de goedkeuring van een code owner is niet verplicht; zonder die eis is een goedkeuring van iedereen met schrijfrecht genoeg');
  const access = accessFindings(settings);
  const findings: SettingFinding[] = [
    repository.visibility === 'internal'
      ? finding('private', 'wrong', 'Nee: de repository is intern (internal): iedereen in de enterprise kan haar lezen. Klachtbestanden bevatten persoonsgegevens: maak haar privé.')
      : repository.private
        ? finding('private', 'ok', 'Ja.')
        : finding('private', 'wrong', 'Nee: de repository is openbaar. Klachtbestanden bevatten persoonsgegevens.'),
    repository.allowForking === undefined
      ? finding('forking', 'unknown', 'GitHub gaf deze instelling niet; kijk zelf in GitHub.')
      : repository.allowForking
        ? finding('forking', 'wrong', 'Nee: forken mag. Een fork houdt de geschiedenis vast, ook persoonsgegevens die het register later verwijdert.')
        : finding('forking', 'ok', 'Ja.'),
    plan(settings),
    pullRequest,
    codeOwners,
    access.codeowners,
    access.directie_access,
    requirement(settings, 'dismiss_stale_reviews', pr((r) => r.dismissStaleReviews), prProtection((p) => p.dismissStaleReviews), 'een goedkeuring blijft staan als er daarna iets verandert'),
    requirement(settings, 'last_push_approval', pr((r) => r.lastPushApproval), prProtection((p) => p.lastPushApproval), 'wie de laatste commit pushte, kan die zelf laten meetellen'),
    requiredChecks(settings, requiredChecksNames),
    // The signature check judges the merge against the branch as it was when it ran; a pull request
    // merged later, onto a branch that moved, could undo what came in meanwhile without anyone seeing.
    requirement(settings, 'up_to_date', (r) => r.type === 'required_status_checks' && r.strict && r.checks.length > 0, (p) => p.strictChecks && p.requiredChecks.length > 0,
      'een pull request kan worden samengevoegd zonder eerst bijgewerkt te zijn met de nieuwste versie van de hoofdtak. De controles beoordeelden dan wat samenvoegen deed met een oudere versie; wat er intussen bij kwam, kan zo ongezien worden teruggedraaid'),
    requirement(settings, 'force_push', (r) => r.type === 'non_fast_forward', (p) => !p.allowForcePushes, 'force pushes zijn toegestaan; daarmee is de geschiedenis te herschrijven'),
    requirement(settings, 'deletion', (r) => r.type === 'deletion', (p) => !p.allowDeletions, 'de hoofdtak kan verwijderd worden'),
  ];
  const enforcing = new Set(settings.branchRules.status === 'read'
    ? settings.branchRules.value.rules.filter((r) => r.type !== 'required_linear_history').map((r) => r.rulesetId)
    : []);
  const protection = settings.protection;
  const protectionEnforces = protection.status === 'read' && protection.value !== null;
  findings.push(bypass(settings, enforcing, protectionEnforces, pullRequest), access.tag_rules, mergeMethods(settings));

  const workflow = settings.workflow;
  findings.push(workflow.status !== 'read'
    ? finding('workflow_permissions', 'unknown', `${unreadable('deze instelling', workflow)}.`)
    : workflow.value.defaultPermissions === 'read'
      ? finding('workflow_permissions', 'ok', 'Ja: workflows krijgen alleen leesrechten, tenzij ze zelf meer vragen.')
      : finding('workflow_permissions', 'wrong', 'Nee: elke workflow krijgt standaard schrijfrechten ("Read and write permissions"); een workflow hoort zelf te vragen wat hij nodig heeft.'));
  findings.push(actionsPullRequests(settings, codeOwners), access.settings_environment);
  const retention = settings.retentionDays;
  findings.push(retention.status !== 'read'
    ? finding('retention', 'unknown', `${unreadable('de bewaartijd', retention)}.`)
    : retention.value <= MAX_RETENTION_DAYS
      ? finding('retention', 'ok', `Ja: ${retention.value} ${retention.value === 1 ? 'dag' : 'dagen'}.`)
      : finding('retention', 'wrong', `Nee: ${retention.value} dagen. De PDF's die workflows maken bevatten persoonsgegevens; ze zijn om te downloaden, niet om te bewaren (het register zelf staat in git). Zet de bewaartijd op hoogstens ${MAX_RETENTION_DAYS} dagen.`));
  return findings;
}

/** 0 when nothing is wrong; 1 when something is. Unknown settings are not wrong (see the command's help). */
export function hasWrong(findings: readonly SettingFinding[]): boolean {
  return findings.some((f) => f.state === 'wrong');
}
