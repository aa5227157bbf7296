/**
 * The settings endpoints of the GitHub double (test/helpers/github-double.ts delegates to this):
 * the repository, the owner's plan, rulesets and the rules of a branch, classic branch protection,
 * and Actions' workflow permissions and retention. Answers are built from GitHub's own examples in
 * @octokit/openapi and checked against its description by the double. Each endpoint can be made to
 * refuse the way GitHub does: 403 for a token without permission, 404, or 403 "Upgrade to GitHub Pro".
 */
import { example } from './openapi.js';

export type SettingsEndpoint =
  | 'repo' | 'plan' | 'rulesets' | 'rules' | 'ruleset' | 'protection' | 'workflow' | 'retention'
  | 'codeowners' | 'contents' | 'collaborator' | 'environment' | 'branch-policies' | 'secrets';
export type Refusal = 403 | 404 | 'upgrade';

export interface RulesetState {
  id: number;
  name: string;
  /** GitHub's bypass_actors; undefined: left out, as GitHub does for a token that may not manage the ruleset. */
  bypass: { actor_id: number | null; actor_type: string; bypass_mode: string }[] | undefined;
  /** Rules as GitHub writes them ({ type, parameters }). */
  rules: Record<string, unknown>[];
  /** 'branch' (default) or 'tag'. */
  target?: 'branch' | 'tag';
  /** ref_name conditions; default: the default branch. */
  include?: string[];
  exclude?: string[];
  /** 'active' (default), 'evaluate' or 'disabled'. */
  enforcement?: 'active' | 'evaluate' | 'disabled';
}

export interface SettingsState {
  private: boolean;
  ownerType: 'User' | 'Organization';
  defaultBranch: string;
  allowForking: boolean;
  /** undefined: left out, as GitHub does for a token that may not write contents. */
  mergeMethods: { merge: boolean; squash: boolean; rebase: boolean } | undefined;
  /** The plan shown to the owner; undefined: left out. */
  plan: string | undefined;
  rulesets: RulesetState[];
  /** GitHub's branch-protection answer, or null: "Branch not protected". */
  protection: Record<string, unknown> | null;
  workflow: { default_workflow_permissions: 'read' | 'write'; can_approve_pull_request_reviews: boolean };
  retentionDays: number;
  /** 'internal' for a repository of an enterprise that every member can read (then private is true as well). */
  visibility?: 'internal';
  /** GitHub's errors in CODEOWNERS; null: there is no CODEOWNERS file. */
  codeownersErrors: { line: number; kind: string }[] | null;
  /** klachtenregister.yml on the default branch; null: none. */
  config: string | null;
  /** Each collaborator's base permission; a login not here is no collaborator (404, as for a renamed account). */
  collaborators: Record<string, 'admin' | 'write' | 'read' | 'none'>;
  /** The environment "instellingen": its branch policy, or null when there is none. */
  environment: { policy: { protected_branches: boolean; custom_branch_policies: boolean } | null; branches: { name: string; type?: 'branch' | 'tag' }[] } | null;
  /** The names of the repository's own Actions secrets. */
  secrets: string[];
  refuse: Partial<Record<SettingsEndpoint, Refusal>>;
}

/** Names the register's checks report under (src/core/github-policy/register-checks.ts). */
const CHECKS = ['Klachtbestanden controleren', 'Ondertekening door de directie'];

/** A pull_request rule with every protection the audit wants. */
export function pullRequestRule(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'pull_request',
    parameters: {
      required_approving_review_count: 1, dismiss_stale_reviews_on_push: true, require_code_owner_review: true,
      require_last_push_approval: true, required_review_thread_resolution: false, ...overrides,
    },
  };
}

/** A required_status_checks rule; `strict`: branches must be up to date with the default branch before merging. */
export function checksRule(checks: readonly string[] = CHECKS, strict = true): Record<string, unknown> {
  return { type: 'required_status_checks', parameters: { strict_required_status_checks_policy: strict, required_status_checks: checks.map((context) => ({ context })) } };
}

/** The directie of the register the double serves, as klachtenregister.yml names it. */
export const DOUBLE_CONFIG = 'directie:\n  - { naam: Fenna Fictief, github: fenna-fictief }\n  - { naam: Bram Bedacht, github: bram-bedacht }\n';

/** A tag ruleset that lets nobody make, move or delete a tag. */
export function tagRuleset(overrides: Partial<RulesetState> = {}): RulesetState {
  return {
    id: 43, name: 'Tags', bypass: [], target: 'tag', include: ['~ALL'], exclude: [],
    rules: [{ type: 'creation' }, { type: 'update', parameters: { update_allows_fetch_and_merge: false } }, { type: 'deletion' }], ...overrides,
  };
}

/** Everything as the audit wants it: a branch and a tag ruleset, an Organization on Team, Actions read-only. */
export function goodSettings(): SettingsState {
  return {
    private: true,
    ownerType: 'Organization',
    defaultBranch: 'main',
    allowForking: false,
    mergeMethods: { merge: true, squash: false, rebase: false },
    plan: 'team',
    rulesets: [{ id: 42, name: 'Ondertekening', bypass: [], rules: [pullRequestRule(), checksRule(), { type: 'non_fast_forward' }, { type: 'deletion' }] }, tagRuleset()],
    protection: null,
    workflow: { default_workflow_permissions: 'read', can_approve_pull_request_reviews: true },
    retentionDays: 7,
    codeownersErrors: [],
    config: DOUBLE_CONFIG,
    collaborators: { 'fenna-fictief': 'admin', 'bram-bedacht': 'write' },
    environment: { policy: { protected_branches: false, custom_branch_policies: true }, branches: [{ name: 'main', type: 'branch' }] },
    secrets: [],
    refuse: {},
  };
}

/** Settings as the workflow's GITHUB_TOKEN sees them: no Administration, no plan, no merge settings, no bypass lists. */
export function asWorkflowToken(state: SettingsState): SettingsState {
  return {
    ...state, mergeMethods: undefined, plan: undefined,
    rulesets: state.rulesets.map((r) => ({ ...r, bypass: undefined })),
    refuse: { ...state.refuse, plan: 403, protection: 403, workflow: 403, retention: 403, secrets: 403 },
  };
}

export interface SettingsAnswer {
  readonly template: string;
  readonly status: number;
  readonly payload: unknown;
}

const DOCS = 'https://docs.github.com/rest';

export class SettingsEndpoints {
  state: SettingsState = goodSettings();
  /** A second token the settings endpoints accept (a read-only personal token), besides the double's. */
  readonly readToken = 'github_pat_alleen_lezen_van_de_dubbelganger';
  /** The token each settings request came with. */
  readonly tokensSeen: string[] = [];

  constructor(private readonly owner: string, private readonly repo: string) {}

  /** The answer to a settings request, or undefined when the path is none of them. */
  answer(method: string, path: string, authorization: string, issueToken: string, query: URLSearchParams = new URLSearchParams()): SettingsAnswer | undefined {
    const route = this.route(path);
    if (!route || method !== 'GET') return undefined;
    const token = authorization.replace(/^(token|Bearer) /, '');
    this.tokensSeen.push(token);
    if (token !== issueToken && token !== this.readToken) return { template: route.template, status: 401, payload: { message: 'Bad credentials', documentation_url: DOCS, status: '401' } };
    const refusal = this.state.refuse[route.endpoint];
    if (refusal === 'upgrade') return { template: route.template, status: 403, payload: { message: 'Upgrade to GitHub Pro or make this repository public to enable this feature.', documentation_url: DOCS, status: '403' } };
    if (refusal === 403) return { template: route.template, status: 403, payload: { message: 'Resource not accessible by integration', documentation_url: DOCS, status: '403' } };
    if (refusal === 404) return { template: route.template, status: 404, payload: { message: 'Not Found', documentation_url: DOCS, status: '404' } };
    return { template: route.template, ...this.body(route.endpoint, route.id, route.login, query) };
  }

  private route(path: string): { endpoint: SettingsEndpoint; template: string; id?: number; login?: string } | undefined {
    const base = `/repos/${this.owner}/${this.repo}`;
    const branch = encodeURIComponent(this.state.defaultBranch);
    if (path === base) return { endpoint: 'repo', template: '/repos/{owner}/{repo}' };
    if (path === `/orgs/${this.owner}`) return { endpoint: 'plan', template: '/orgs/{org}' };
    if (path === '/user') return { endpoint: 'plan', template: '/user' };
    if (path === `${base}/rulesets`) return { endpoint: 'rulesets', template: '/repos/{owner}/{repo}/rulesets' };
    const ruleset = new RegExp(`^${base}/rulesets/(\\d+)$`).exec(path);
    if (ruleset) return { endpoint: 'ruleset', template: '/repos/{owner}/{repo}/rulesets/{ruleset_id}', id: Number(ruleset[1]) };
    if (path === `${base}/rules/branches/${branch}`) return { endpoint: 'rules', template: '/repos/{owner}/{repo}/rules/branches/{branch}' };
    if (path === `${base}/branches/${branch}/protection`) return { endpoint: 'protection', template: '/repos/{owner}/{repo}/branches/{branch}/protection' };
    if (path === `${base}/actions/permissions/workflow`) return { endpoint: 'workflow', template: '/repos/{owner}/{repo}/actions/permissions/workflow' };
    if (path === `${base}/actions/permissions/artifact-and-log-retention`) return { endpoint: 'retention', template: '/repos/{owner}/{repo}/actions/permissions/artifact-and-log-retention' };
    if (path === `${base}/codeowners/errors`) return { endpoint: 'codeowners', template: '/repos/{owner}/{repo}/codeowners/errors' };
    if (path === `${base}/contents/klachtenregister.yml`) return { endpoint: 'contents', template: '/repos/{owner}/{repo}/contents/{path}' };
    const collaborator = new RegExp(`^${base}/collaborators/([^/]+)/permission$`).exec(path);
    if (collaborator) return { endpoint: 'collaborator', template: '/repos/{owner}/{repo}/collaborators/{username}/permission', login: decodeURIComponent(collaborator[1] ?? '') };
    if (path === `${base}/environments/instellingen`) return { endpoint: 'environment', template: '/repos/{owner}/{repo}/environments/{environment_name}' };
    if (path === `${base}/environments/instellingen/deployment-branch-policies`) return { endpoint: 'branch-policies', template: '/repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies' };
    if (path === `${base}/actions/secrets`) return { endpoint: 'secrets', template: '/repos/{owner}/{repo}/actions/secrets' };
    return undefined;
  }

  private body(endpoint: SettingsEndpoint, id: number | undefined, login: string | undefined, query: URLSearchParams): { status: number; payload: unknown } {
    const s = this.state;
    const notFound = { status: 404, payload: { message: 'Not Found', documentation_url: DOCS, status: '404' } };
    switch (endpoint) {
      case 'repo': return { status: 200, payload: this.repository() };
      case 'plan': return { status: 200, payload: this.planOwner() };
      case 'rulesets': {
        const targets = (query.get('targets') ?? '').split(',').filter(Boolean);
        return { status: 200, payload: s.rulesets.filter((r) => targets.length === 0 || targets.includes(r.target ?? 'branch')).map((r) => this.ruleset(r)) };
      }
      case 'ruleset': {
        const ruleset = s.rulesets.find((r) => r.id === id);
        return ruleset ? { status: 200, payload: this.ruleset(ruleset) } : { status: 404, payload: { message: 'Not Found', documentation_url: DOCS, status: '404' } };
      }
      case 'rules': return {
        status: 200,
        payload: s.rulesets.filter((r) => (r.target ?? 'branch') === 'branch').flatMap((r) => r.rules.map((rule) => ({ ...rule, ruleset_source_type: 'Repository', ruleset_source: `${this.owner}/${this.repo}`, ruleset_id: r.id }))),
      };
      case 'protection': return s.protection === null
        ? { status: 404, payload: { message: 'Branch not protected', documentation_url: DOCS, status: '404' } }
        : { status: 200, payload: s.protection };
      case 'workflow': return { status: 200, payload: s.workflow };
      case 'retention': return { status: 200, payload: { days: s.retentionDays, maximum_allowed_days: 400 } };
      case 'codeowners': return s.codeownersErrors === null ? notFound : {
        status: 200,
        payload: { errors: s.codeownersErrors.map((e) => ({ line: e.line, column: 1, kind: e.kind, source: '* @fenna-fictief @bram-bedacht', message: `${e.kind} on line ${e.line}`, path: '.github/CODEOWNERS' })) },
      };
      case 'contents': return s.config === null ? notFound : { status: 200, payload: this.contentFile(s.config) };
      case 'collaborator': {
        const permission = s.collaborators[login ?? ''];
        if (permission === undefined) return notFound;
        const value = example<Record<string, unknown> & { user: Record<string, unknown> }>('repository-collaborator-permission-response-if-user-has-admin-permissions');
        return { status: 200, payload: { ...value, permission, role_name: permission, user: { ...value.user, login, role_name: permission } } };
      }
      case 'environment': {
        if (s.environment === null) return notFound;
        const value = example<Record<string, unknown>>('environment');
        return { status: 200, payload: { ...value, name: 'instellingen', protection_rules: [], deployment_branch_policy: s.environment.policy } };
      }
      case 'branch-policies': return {
        status: 200,
        payload: { total_count: s.environment?.branches.length ?? 0, branch_policies: (s.environment?.branches ?? []).map((b, i) => ({ id: 1000 + i, node_id: `DBP_${i}`, name: b.name, type: b.type ?? 'branch' })) },
      };
      case 'secrets': return { status: 200, payload: { total_count: s.secrets.length, secrets: s.secrets.map((name) => ({ name, created_at: '2026-01-05T09:00:00Z', updated_at: '2026-01-05T09:00:00Z' })) } };
    }
  }

  /** GET …/contents/{path} for a file: GitHub's JSON with the content in base64. */
  private contentFile(text: string): Record<string, unknown> {
    const value = example<Record<string, unknown>>('content-file-response-if-content-is-a-file');
    const content = Buffer.from(text, 'utf8');
    return { ...value, name: 'klachtenregister.yml', path: 'klachtenregister.yml', size: content.length, content: content.toString('base64') };
  }

  private repository(): Record<string, unknown> {
    const s = this.state;
    const value = example<Record<string, unknown> & { owner: Record<string, unknown> }>('full-repository-default-response');
    const answer: Record<string, unknown> = {
      ...value, language: null, name: this.repo, full_name: `${this.owner}/${this.repo}`, private: s.private, visibility: s.visibility ?? (s.private ? 'private' : 'public'),
      default_branch: s.defaultBranch, allow_forking: s.allowForking,
      owner: { ...value.owner, login: this.owner, type: s.ownerType },
      // GitHub's example describes a fork of a template; this repository is neither.
      organization: null, parent: undefined, source: undefined, template_repository: null,
    };
    delete answer.parent;
    delete answer.source;
    if (s.mergeMethods) {
      Object.assign(answer, { allow_merge_commit: s.mergeMethods.merge, allow_squash_merge: s.mergeMethods.squash, allow_rebase_merge: s.mergeMethods.rebase });
    } else {
      delete answer.allow_merge_commit;
      delete answer.allow_squash_merge;
      delete answer.allow_rebase_merge;
    }
    return answer;
  }

  private planOwner(): Record<string, unknown> {
    const s = this.state;
    const plan = s.plan === undefined ? undefined : { name: s.plan, space: 976562499, private_repos: 999999, collaborators: 0, filled_seats: 4, seats: 5 };
    const value: Record<string, unknown> = s.ownerType === 'Organization'
      ? { ...example('organization-full'), login: this.owner, archived_at: null }
      : { ...example('private-user-response-with-public-and-private-profile-information'), login: this.owner };
    if (plan === undefined) delete value.plan;
    else value.plan = s.ownerType === 'Organization' ? { name: plan.name, space: plan.space, private_repos: plan.private_repos, filled_seats: plan.filled_seats, seats: plan.seats } : { name: plan.name, space: plan.space, private_repos: plan.private_repos, collaborators: plan.collaborators };
    return value;
  }

  private ruleset(r: RulesetState): Record<string, unknown> {
    return {
      id: r.id, name: r.name, target: r.target ?? 'branch', source_type: 'Repository', source: `${this.owner}/${this.repo}`, enforcement: r.enforcement ?? 'active',
      ...(r.bypass === undefined ? {} : { bypass_actors: r.bypass }),
      conditions: { ref_name: { include: r.include ?? ['~DEFAULT_BRANCH'], exclude: r.exclude ?? [] } },
      rules: r.rules, node_id: `RRS_${r.id}`,
      _links: { self: { href: `https://api.github.com/repos/${this.owner}/${this.repo}/rulesets/${r.id}` }, html: { href: `https://github.com/${this.owner}/${this.repo}/rules/${r.id}` } },
      created_at: '2026-01-05T09:00:00Z', updated_at: '2026-01-05T09:00:00Z',
    };
  }
}

/** Classic branch protection with every protection the audit wants. */
export function goodProtection(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const url = 'https://api.github.com/repos/liberi/klachten/branches/main/protection';
  return {
    url,
    required_status_checks: { url: `${url}/required_status_checks`, strict: true, contexts: CHECKS, contexts_url: `${url}/required_status_checks/contexts`, checks: CHECKS.map((context) => ({ context, app_id: null })) },
    enforce_admins: { url: `${url}/enforce_admins`, enabled: true },
    required_pull_request_reviews: {
      url: `${url}/required_pull_request_reviews`, dismiss_stale_reviews: true, require_code_owner_reviews: true,
      required_approving_review_count: 1, require_last_push_approval: true,
    },
    required_linear_history: { enabled: false },
    allow_force_pushes: { enabled: false },
    allow_deletions: { enabled: false },
    ...overrides,
  };
}
