/**
 * The settings the signature check's own routes rest on (issue 19), judged like the rest of
 * `klacht instellingen` (core/settings-audit.ts): tags only admins may make or move (a tag named
 * like a branch once stood in for it), CODEOWNERS in force (an error in it, or a renamed account,
 * silently turns code-owner review off), every director able to approve (write access), and the
 * settings token kept to the default branch. Pure.
 */
import type { GitHubSettings, Readout, TagRuleset } from './repository-settings.js';
import { settingFinding as finding, type SettingFinding } from './setting-finding.js';

/** The environment `klacht init`'s workflow "Termijnen" reads the settings token from. */
export const SETTINGS_ENVIRONMENT = 'instellingen';
/** The secret that holds the settings token (read-only administration). */
export const SETTINGS_TOKEN_SECRET = 'KLACHT_INSTELLINGEN_TOKEN';

/** Bypass actors that are trusted anyway: who administers the repository can change every setting. */
const ADMIN_ACTORS = new Set(['beheerders van de organisatie', 'de rol admin']);

function cannotRead(readout: Readout<unknown>, what: string, permission: string): string {
  const status = readout.status === 'forbidden' && readout.httpStatus !== undefined ? ` (${readout.httpStatus})` : '';
  return `Dit token mag ${what} niet lezen${status}; lees het met een fine-grained persoonlijk token met "${permission}" op deze repository, of kijk zelf in GitHub.`;
}

/** GitHub's ref-name pattern (fnmatch with path names: a star within a name part, two stars and a slash any number of parts) as a test of a full ref. */
export function refPatternMatches(pattern: string, ref: string): boolean {
  if (pattern === '~ALL') return true;
  const token: Readonly<Record<string, string>> = { '**/': '(?:.*/)?', '**': '.*', '*': '[^/]*', '?': '[^/]' };
  const source = pattern.split(/(\*\*\/|\*\*|\*|\?)/).map((part) => token[part] ?? part.replace(/[.+^${}()|[\]\\]/g, '\\$&')).join('');
  return new RegExp(`^${source}$`).test(ref);
}

/** A tag ruleset that stops a writer from making or moving `tag` (a full ref), or undefined. */
function guarding(rulesets: readonly TagRuleset[], tag: string): TagRuleset | undefined {
  return rulesets.find((r) => r.enforcement === 'active'
    && r.include.some((p) => refPatternMatches(p, tag)) && !r.exclude.some((p) => refPatternMatches(p, tag))
    && r.rules.includes('creation') && r.rules.includes('update'));
}

function tagRules(settings: GitHubSettings): SettingFinding {
  const readout = settings.tagRulesets;
  const why = `Een tag met de naam van een branch (zoals origin/${settings.repository.defaultBranch}) kan in git de branch vervangen; een schrijver mag geen tags maken of verplaatsen.`;
  if (readout.status === 'needs_paid_plan') return finding('tag_rules', 'wrong', `Nee: dit abonnement kent geen rulesets. ${why}`);
  if (readout.status === 'forbidden') return finding('tag_rules', 'unknown', cannotRead(readout, 'de rulesets', 'Metadata: Read-only'));
  // A tag shaped like the default branch's remote-tracking name: the one that could stand in for it.
  const ruleset = guarding(readout.value, `refs/tags/origin/${settings.repository.defaultBranch}`);
  if (!ruleset) return finding('tag_rules', 'wrong', `Nee: geen actieve tag-ruleset die het maken en verplaatsen van tags (ook origin/…) verbiedt. ${why}`);
  if (ruleset.bypassActors === undefined) return finding('tag_rules', 'unknown', `Ruleset '${ruleset.name}' verbiedt het; wie hem mag omzeilen, toont GitHub alleen aan wie de ruleset beheert. Kijk zelf in GitHub.`);
  const others = ruleset.bypassActors.filter((a) => !ADMIN_ACTORS.has(a));
  if (others.length > 0) return finding('tag_rules', 'wrong', `Nee: ruleset '${ruleset.name}' laat omzeilen door: ${others.join(', ')}. ${why}`);
  return finding('tag_rules', 'ok', `Ja (ruleset '${ruleset.name}').`);
}

function codeowners(settings: GitHubSettings): SettingFinding {
  const readout = settings.codeownersErrors;
  if (readout.status !== 'read') return finding('codeowners', 'unknown', cannotRead(readout, 'de fouten in CODEOWNERS', 'Contents: Read-only'));
  if (readout.value === null) return finding('codeowners', 'wrong', `Nee: er staat geen CODEOWNERS op ${settings.repository.defaultBranch}, dus heeft niemand het laatste woord; review door een code owner verplicht dan niets.`);
  if (readout.value.length === 0) return finding('codeowners', 'ok', 'Ja: GitHub vindt geen fouten.');
  const errors = readout.value.map((e) => `regel ${e.line}: ${e.kind}`).join('; ');
  return finding('codeowners', 'wrong', `Nee: ${errors}. GitHub slaat een regel met een fout over; een onbekende naam (bijvoorbeeld een hernoemd account) of iemand zonder schrijfrechten is dan geen code owner, en de review door de directie is niet meer verplicht.`);
}

function directieAccess(settings: GitHubSettings): SettingFinding {
  const readout = settings.directieAccess;
  if (readout.status !== 'read') return finding('directie_access', 'unknown', cannotRead(readout, 'klachtenregister.yml of de rechten van de directie', 'Contents: Read-only'));
  if (readout.value === null) return finding('directie_access', 'wrong', `Nee: er staat geen klachtenregister.yml op ${settings.repository.defaultBranch}, dus is niet bekend wie de directie is.`);
  if (readout.value.length === 0) return finding('directie_access', 'wrong', 'Nee: klachtenregister.yml noemt geen directielid met een GitHub-naam.');
  const without = readout.value.filter((d) => d.permission !== 'admin' && d.permission !== 'write');
  if (without.length === 0) return finding('directie_access', 'ok', `Ja: ${readout.value.map((d) => `@${d.login}`).join(', ')}.`);
  const named = without.map((d) => `@${d.login} (${d.permission === null ? 'geen account met toegang tot deze repository; hernoemd?' : `alleen ${d.permission}`})`).join(', ');
  return finding('directie_access', 'wrong', `Nee: ${named}. Een code owner zonder schrijfrechten telt voor GitHub niet mee: zijn goedkeuring is dan geen handtekening.`);
}

function settingsEnvironment(settings: GitHubSettings): SettingFinding {
  const branch = settings.repository.defaultBranch;
  const secrets = settings.repositorySecrets;
  if (secrets.status === 'read' && secrets.value.includes(SETTINGS_TOKEN_SECRET)) {
    return finding('settings_environment', 'wrong', `Nee: ${SETTINGS_TOKEN_SECRET} staat als geheim van de hele repository; iedere collega met schrijfrechten kan het uitlezen met een workflow op een eigen branch. Zet het alleen in de omgeving '${SETTINGS_ENVIRONMENT}'.`);
  }
  const readout = settings.environment;
  if (readout.status !== 'read') return finding('settings_environment', 'unknown', cannotRead(readout, `de omgeving '${SETTINGS_ENVIRONMENT}'`, 'Actions: Read-only'));
  const secretsUnknown = secrets.status === 'read' ? '' : ` Of ${SETTINGS_TOKEN_SECRET} ook als geheim van de hele repository staat, mag dit token niet lezen ("Secrets: Read-only" wel).`;
  const environment = readout.value;
  if (environment === null) {
    return finding('settings_environment', secretsUnknown ? 'unknown' : 'ok', `Er is geen omgeving '${SETTINGS_ENVIRONMENT}', dus ook geen token voor de instellingen om te beschermen.${secretsUnknown}`);
  }
  const branches = environment.branches;
  const onlyDefault = branches.kind === 'selected' && branches.tags.length === 0 && branches.branches.length === 1 && branches.branches[0] === branch;
  if (!onlyDefault) {
    const now = branches.kind === 'all' ? 'elke branch' : branches.kind === 'protected' ? 'elke beschermde branch' : [...branches.branches, ...branches.tags.map((t) => `tag ${t}`)].join(', ') || 'geen';
    return finding('settings_environment', 'wrong', `Nee: de omgeving '${SETTINGS_ENVIRONMENT}' mag gebruikt worden door: ${now}. Alleen ${branch}: anders leest een workflow op een andere branch het token.`);
  }
  return finding('settings_environment', secretsUnknown ? 'unknown' : 'ok', `${secretsUnknown ? 'De omgeving is' : 'Ja: de omgeving is'} alleen voor ${branch}.${secretsUnknown}`);
}

/** The findings of this file, in the order of the report: (after code_owner_review) codeowners, directie_access; tag_rules; settings_environment. */
export function accessFindings(settings: GitHubSettings): Record<'codeowners' | 'directie_access' | 'tag_rules' | 'settings_environment', SettingFinding> {
  return { codeowners: codeowners(settings), directie_access: directieAccess(settings), tag_rules: tagRules(settings), settings_environment: settingsEnvironment(settings) };
}
