/** The judgement of GitHub's settings as a pure function: settings in, one finding per setting out. One row per case. */
import { describe, expect, it } from 'vitest';
import { REQUIRED_CHECKS } from '../../src/core/github-policy/register-checks.js';
import type { BranchRule, ClassicProtection, GitHubSettings, Readout, TagRuleset } from '../../src/core/github-policy/repository-settings.js';
import { auditSettings, type SettingFinding } from '../../src/core/github-policy/settings-audit.js';
import type { SettingKey } from '../../src/core/github-policy/settings-places.js';

const PR: BranchRule = { type: 'pull_request', rulesetId: 1, codeOwnerReview: true, dismissStaleReviews: true, lastPushApproval: true, allowedMergeMethods: undefined };
const RULES: readonly BranchRule[] = [
  PR, { type: 'required_status_checks', rulesetId: 1, checks: [...REQUIRED_CHECKS], strict: true }, { type: 'non_fast_forward', rulesetId: 1 }, { type: 'deletion', rulesetId: 1 },
];
const PROTECTION: ClassicProtection = {
  pullRequest: { codeOwnerReview: true, dismissStaleReviews: true, lastPushApproval: true, bypassAllowances: 0 },
  requiredChecks: [...REQUIRED_CHECKS], strictChecks: true, allowForcePushes: false, allowDeletions: false, enforceAdmins: true, linearHistory: false,
};
const read = <T>(value: T): Readout<T> => ({ status: 'read', value });
const TAGS: TagRuleset = { id: 2, name: 'Tags', enforcement: 'active', include: ['~ALL'], exclude: [], rules: ['creation', 'update', 'deletion'], bypassActors: [] };
const FORBIDDEN = { status: 'forbidden', httpStatus: 403 } as const;
const UPGRADE = { status: 'needs_paid_plan' } as const;

function settings(change: (s: GitHubSettings) => Partial<GitHubSettings> = () => ({})): GitHubSettings {
  const good: GitHubSettings = {
    repository: { fullName: 'liberi/klachten', private: true, ownerType: 'Organization', defaultBranch: 'main', allowForking: false, mergeMethods: { merge: true, squash: false, rebase: false } },
    plan: read('team'),
    rulesetsAvailable: read(true),
    branchRules: read({ rules: RULES, rulesets: [{ id: 1, name: 'Ondertekening', bypassActors: [] }] }),
    protection: read(null),
    workflow: read({ defaultPermissions: 'read', canApprovePullRequests: true }),
    retentionDays: read(7),
    tagRulesets: read([TAGS]),
    codeownersErrors: read([]),
    directieAccess: read([{ login: 'fenna-fictief', permission: 'admin' }, { login: 'bram-bedacht', permission: 'write' }]),
    environment: read({ branches: { kind: 'selected', branches: ['main'], tags: [] } }),
    repositorySecrets: read([]),
  };
  return { ...good, ...change(good) };
}

const rules = (replace: (r: BranchRule) => BranchRule | undefined): Partial<GitHubSettings> =>
  ({ branchRules: read({ rules: RULES.flatMap((r) => replace(r) ?? []), rulesets: [{ id: 1, name: 'Ondertekening', bypassActors: [] }] }) });
const repo = (s: GitHubSettings, change: Partial<GitHubSettings['repository']>): Partial<GitHubSettings> => ({ repository: { ...s.repository, ...change } });
const classicOnly = (change: Partial<ClassicProtection> = {}): Partial<GitHubSettings> => ({ branchRules: read({ rules: [], rulesets: [] }), protection: read({ ...PROTECTION, ...change }) });

const ALL_KEYS: readonly SettingKey[] = [
  'private', 'forking', 'plan', 'pull_request', 'code_owner_review', 'codeowners', 'directie_access', 'dismiss_stale_reviews', 'last_push_approval', 'required_checks',
  'up_to_date', 'force_push', 'deletion', 'bypass', 'tag_rules', 'merge_methods', 'workflow_permissions', 'actions_pull_requests', 'settings_environment', 'retention',
];

function find(findings: readonly SettingFinding[], key: SettingKey): SettingFinding {
  const found = findings.find((f) => f.setting === key);
  if (!found) throw new Error(`no finding ${key}`);
  return found;
}

describe('auditSettings', () => {
  it('everything as required: twenty findings, all ok, in the order of the report', () => {
    const findings = auditSettings(settings(), REQUIRED_CHECKS);
    expect(findings.map((f) => [f.setting, f.state])).toEqual(ALL_KEYS.map((key) => [key, 'ok']));
  });

  it('classic branch protection alone also does', () => {
    expect(auditSettings(settings(() => classicOnly()), REQUIRED_CHECKS).filter((f) => f.state !== 'ok')).toEqual([]);
  });

  const rows: [string, (s: GitHubSettings) => Partial<GitHubSettings>, SettingKey, SettingFinding['state'], RegExp][] = [
    // Each setting wrong.
    ['a public repository', (s) => repo(s, { private: false }), 'private', 'wrong', /openbaar/],
    ['forking allowed', (s) => repo(s, { allowForking: true }), 'forking', 'wrong', /forken mag/],
    ['the Free plan, read from the owner', () => ({ plan: read('free') }), 'plan', 'wrong', /'free'.*Team .*Pro/],
    ['no pull request rule, no protection', () => rules((r) => (r.type === 'pull_request' ? undefined : r)), 'pull_request', 'wrong', /zonder pull request/],
    ['code-owner review off', () => rules((r) => (r.type === 'pull_request' ? { ...PR, codeOwnerReview: false } : r)), 'code_owner_review', 'wrong', /code owner/],
    ['stale approvals kept', () => rules((r) => (r.type === 'pull_request' ? { ...PR, dismissStaleReviews: false } : r)), 'dismiss_stale_reviews', 'wrong', /blijft staan/],
    ['own last push may count', () => rules((r) => (r.type === 'pull_request' ? { ...PR, lastPushApproval: false } : r)), 'last_push_approval', 'wrong', /laatste commit/],
    ['the signature check not required', () => rules((r) => (r.type === 'required_status_checks' ? { ...r, checks: ['Klachtbestanden controleren'] } : r)), 'required_checks', 'wrong', /Niet verplicht: 'Ondertekening door de directie'/],
    ['a check required under another name', () => rules((r) => (r.type === 'required_status_checks' ? { ...r, checks: ['validate', 'Ondertekening door de directie'] } : r)), 'required_checks', 'wrong', /'Klachtbestanden controleren'/],
    // Review of issue 19, item 2: the check judged the merge against main as it was when it ran.
    ['branches need not be up to date with main before merging', () => rules((r) => (r.type === 'required_status_checks' ? { ...r, strict: false } : r)), 'up_to_date', 'wrong', /bijgewerkt.*teruggedraaid/],
    ['classic protection without "up to date"', () => classicOnly({ strictChecks: false }), 'up_to_date', 'wrong', /bijgewerkt/],
    ['no required checks at all: nothing to be up to date for', () => rules((r) => (r.type === 'required_status_checks' ? undefined : r)), 'up_to_date', 'wrong', /bijgewerkt/],
    ['force pushes allowed', () => rules((r) => (r.type === 'non_fast_forward' ? undefined : r)), 'force_push', 'wrong', /force pushes/],
    ['deletion allowed', () => rules((r) => (r.type === 'deletion' ? undefined : r)), 'deletion', 'wrong', /verwijderd/],
    ['a ruleset with a bypass actor', () => ({ branchRules: read({ rules: RULES, rulesets: [{ id: 1, name: 'Ondertekening', bypassActors: ['de rol admin'] }] }) }), 'bypass', 'wrong', /Ondertekening' laat omzeilen door: de rol admin/],
    ['classic protection without admin enforcement', () => classicOnly({ enforceAdmins: false }), 'bypass', 'wrong', /beheerders/],
    ['classic protection with pull-request bypass allowances', () => classicOnly({ pullRequest: { ...PROTECTION.pullRequest, codeOwnerReview: true, dismissStaleReviews: true, lastPushApproval: true, bypassAllowances: 2 } }), 'bypass', 'wrong', /zonder pull request/],
    ['no protection at all: nothing to bypass is no pass', () => ({ branchRules: read({ rules: [], rulesets: [] }) }), 'bypass', 'wrong', /geen ruleset of branch protection/],
    ['rebase merging allowed', (s) => repo(s, { mergeMethods: { merge: true, squash: true, rebase: true } }), 'merge_methods', 'wrong', /Rebase moet uit/],
    ['only squash', (s) => repo(s, { mergeMethods: { merge: false, squash: true, rebase: false } }), 'merge_methods', 'wrong', /samenvoegcommits aan/],
    ['merge commits allowed but a ruleset requires linear history', () => rules((r) => (r.type === 'deletion' ? { type: 'required_linear_history', rulesetId: 1 } : r)), 'merge_methods', 'wrong', /linear history/],
    ['a ruleset that allows only rebase', () => rules((r) => (r.type === 'pull_request' ? { ...PR, allowedMergeMethods: ['rebase'] } : r)), 'merge_methods', 'wrong', /Toegestaan: geen/],
    ['workflows get write permissions', () => ({ workflow: read({ defaultPermissions: 'write', canApprovePullRequests: false }) }), 'workflow_permissions', 'wrong', /schrijfrechten/],
    ['Actions may approve and code-owner review is off', () => ({ ...rules((r) => (r.type === 'pull_request' ? { ...PR, codeOwnerReview: false } : r)) }), 'actions_pull_requests', 'wrong', /zelf een pull request goedkeuren/],
    ['logs and artifacts kept 90 days', () => ({ retentionDays: read(90) }), 'retention', 'wrong', /90 dagen.*persoonsgegevens/],
    ['an internal repository: every member of the enterprise reads it', (s) => repo(s, { private: true, visibility: 'internal' }), 'private', 'wrong', /intern/],
    // The settings the signature check's routes rest on (issue 19, route 8).
    ['no tag ruleset: a tag origin/main may stand in for the branch', () => ({ tagRulesets: read([]) }), 'tag_rules', 'wrong', /geen actieve tag-ruleset.*origin\/main/],
    ['a tag ruleset only evaluated', () => ({ tagRulesets: read([{ ...TAGS, enforcement: 'evaluate' }]) }), 'tag_rules', 'wrong', /geen actieve tag-ruleset/],
    ['a tag ruleset for version tags only', () => ({ tagRulesets: read([{ ...TAGS, include: ['refs/tags/v*'] }]) }), 'tag_rules', 'wrong', /geen actieve tag-ruleset/],
    ['a tag ruleset that leaves origin/* out', () => ({ tagRulesets: read([{ ...TAGS, exclude: ['refs/tags/origin/**/*'] }]) }), 'tag_rules', 'wrong', /geen actieve tag-ruleset/],
    ['a tag ruleset that forbids deleting only', () => ({ tagRulesets: read([{ ...TAGS, rules: ['deletion'] }]) }), 'tag_rules', 'wrong', /geen actieve tag-ruleset/],
    ['a tag ruleset a team may bypass', () => ({ tagRulesets: read([{ ...TAGS, bypassActors: ['team 7'] }]) }), 'tag_rules', 'wrong', /team 7/],
    ['a tag ruleset only admins may bypass', () => ({ tagRulesets: read([{ ...TAGS, bypassActors: ['de rol admin'] }]) }), 'tag_rules', 'ok', /Tags/],
    ['a tag ruleset for origin/** tags', () => ({ tagRulesets: read([{ ...TAGS, include: ['refs/tags/origin/**/*'] }]) }), 'tag_rules', 'ok', /Tags/],
    ['tag rulesets on Free', () => ({ tagRulesets: UPGRADE }), 'tag_rules', 'wrong', /abonnement/],
    ['CODEOWNERS with an unknown owner (a renamed account)', () => ({ codeownersErrors: read([{ line: 5, kind: 'Unknown owner' }]) }), 'codeowners', 'wrong', /regel 5: Unknown owner.*hernoemd account/],
    ['no CODEOWNERS at all', () => ({ codeownersErrors: read(null) }), 'codeowners', 'wrong', /geen CODEOWNERS/],
    ['a director GitHub knows no account for', () => ({ directieAccess: read([{ login: 'fenna-fictief', permission: 'admin' }, { login: 'bram-oud', permission: null }]) }), 'directie_access', 'wrong', /@bram-oud \(geen account.*hernoemd/],
    ['a director who may only read', () => ({ directieAccess: read([{ login: 'fenna-fictief', permission: 'read' }]) }), 'directie_access', 'wrong', /alleen read/],
    ['no klachtenregister.yml on the default branch', () => ({ directieAccess: read(null) }), 'directie_access', 'wrong', /geen klachtenregister.yml/],
    ['the settings environment open to every branch', () => ({ environment: read({ branches: { kind: 'all' } }) }), 'settings_environment', 'wrong', /elke branch/],
    ['the settings environment for protected branches', () => ({ environment: read({ branches: { kind: 'protected' } }) }), 'settings_environment', 'wrong', /elke beschermde branch/],
    ['the settings environment for main and a pattern', () => ({ environment: read({ branches: { kind: 'selected', branches: ['main', 'jaaranalyse-*'], tags: [] } }) }), 'settings_environment', 'wrong', /main, jaaranalyse-\*/],
    ['the settings token also a repository secret', () => ({ repositorySecrets: read(['KLACHT_INSTELLINGEN_TOKEN']) }), 'settings_environment', 'wrong', /geheim van de hele repository/],
    ['no settings environment and no token', () => ({ environment: read(null) }), 'settings_environment', 'ok', /geen omgeving/],
    // Good, with something to say.
    ['squash next to merge commits', (s) => repo(s, { mergeMethods: { merge: true, squash: true, rebase: false } }), 'merge_methods', 'ok', /Squash mag ook/],
    ['Actions may approve, made safe by code-owner review', () => ({}), 'actions_pull_requests', 'ok', /github-actions\[bot\].*geen code owner/],
    ['Actions may not create pull requests: the forms and the annual analysis can\'t work', () => ({ workflow: read({ defaultPermissions: 'read', canApprovePullRequests: false }) }), 'actions_pull_requests', 'wrong', /formulieren en de jaaranalyse van het register kunnen zo geen pull request openen/],
    ['a public repository needs no paid plan', (s) => repo(s, { private: false }), 'plan', 'ok', /openbaar/],
    ['retention of one day', () => ({ retentionDays: read(1) }), 'retention', 'ok', /1 dag\./],
    // Unreadable: unknown, with how to read it.
    ['protection unreadable and no rulesets', () => ({ branchRules: read({ rules: [], rulesets: [] }), protection: FORBIDDEN }), 'pull_request', 'unknown', /\(403\).*Administration: Read-only/],
    ['protection unreadable but a ruleset suffices', () => ({ protection: FORBIDDEN }), 'code_owner_review', 'ok', /ruleset 'Ondertekening'/],
    ['rulesets unreadable, classic protection lacks a check', () => ({ branchRules: FORBIDDEN, protection: read({ ...PROTECTION, requiredChecks: ['Klachtbestanden controleren'] }) }), 'required_checks', 'unknown', /Metadata: Read-only/],
    ['a hidden bypass list', () => ({ branchRules: read({ rules: RULES, rulesets: [{ id: 1, name: 'Ondertekening', bypassActors: undefined }] }) }), 'bypass', 'unknown', /alleen aan wie de ruleset mag beheren/],
    ['merge settings hidden', (s) => repo(s, { mergeMethods: undefined }), 'merge_methods', 'unknown', /Contents: Read and write/],
    ['forking hidden', (s) => repo(s, { allowForking: undefined }), 'forking', 'unknown', /kijk zelf/],
    ['workflow permissions unreadable', () => ({ workflow: FORBIDDEN }), 'workflow_permissions', 'unknown', /het token van een workflow mag dat nooit/],
    ['the Actions switch unreadable', () => ({ workflow: FORBIDDEN }), 'actions_pull_requests', 'unknown', /\(403\)/],
    ['Actions may approve and code-owner review unreadable', () => ({ branchRules: read({ rules: [], rulesets: [] }), protection: FORBIDDEN }), 'actions_pull_requests', 'unknown', /alleen veilig/],
    ['retention unreadable (404)', () => ({ retentionDays: { status: 'forbidden', httpStatus: 404 } }), 'retention', 'unknown', /\(404\)/],
    ['tag rulesets unreadable', () => ({ tagRulesets: FORBIDDEN }), 'tag_rules', 'unknown', /Metadata: Read-only/],
    ['a tag ruleset whose bypass list is hidden', () => ({ tagRulesets: read([{ ...TAGS, bypassActors: undefined }]) }), 'tag_rules', 'unknown', /omzeilen/],
    ['CODEOWNERS errors unreadable', () => ({ codeownersErrors: FORBIDDEN }), 'codeowners', 'unknown', /Contents: Read-only/],
    ['the directie\'s access unreadable', () => ({ directieAccess: FORBIDDEN }), 'directie_access', 'unknown', /\(403\)/],
    ['the environment right, the repository\'s secrets unreadable', () => ({ repositorySecrets: FORBIDDEN }), 'settings_environment', 'unknown', /Secrets: Read-only/],
    ['the environment unreadable', () => ({ environment: FORBIDDEN }), 'settings_environment', 'unknown', /Actions: Read-only/],
    ['plan hidden and rulesets unreadable', () => ({ plan: FORBIDDEN, rulesetsAvailable: FORBIDDEN }), 'plan', 'unknown', /eigenaar van de organisatie/],
    ['plan hidden, rulesets answered: paid', () => ({ plan: FORBIDDEN }), 'plan', 'ok', /betaald/],
    // GitHub Free with a private repository.
    ['Free: the rulesets refused with "Upgrade"', () => ({ plan: FORBIDDEN, rulesetsAvailable: UPGRADE, branchRules: UPGRADE, protection: UPGRADE }), 'plan', 'wrong', /Upgrade to GitHub Pro.*Free/],
    ['Free: no rule is enforced', () => ({ plan: FORBIDDEN, rulesetsAvailable: UPGRADE, branchRules: UPGRADE, protection: UPGRADE }), 'code_owner_review', 'wrong', /code owner/],
    ['Free: required checks are not', () => ({ plan: FORBIDDEN, rulesetsAvailable: UPGRADE, branchRules: UPGRADE, protection: UPGRADE }), 'required_checks', 'wrong', /Niet verplicht/],
  ];

  it.each(rows)('%s', (_name, change, key, state, message) => {
    const finding = find(auditSettings(settings(change), REQUIRED_CHECKS), key);
    expect(finding.state).toBe(state);
    expect(finding.message).toMatch(message);
    expect(finding.where).toMatch(/^(Settings|Code) → /);
  });
});
