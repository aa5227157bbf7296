/**
 * A GitHub API double on loopback: real HTTP, the issue endpoints `klacht meldingen` uses, with
 * pagination (Link headers), authentication, injected failures, and a record of every request.
 * Every request and response is checked against GitHub's OpenAPI description; `violations` holds
 * what did not fit.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkQuery, checkRequestBody, checkResponse, example } from './openapi.js';
import { SettingsEndpoints } from './github-settings.js';

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly rawBody: string;
  readonly body: unknown;
  readonly status: number;
}

interface StoredIssue {
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  state_reason: string | null;
  labels: string[];
  assignees: string[];
  comments: string[];
  created_at: string;
  updated_at: string;
  closed_at: string | null;
}

const OWNER = 'liberi';
const REPO = 'klachten';

export class GitHubDouble {
  readonly owner = OWNER;
  readonly repo = REPO;
  readonly token = 'ghs_test_token_van_de_dubbelganger';
  readonly requests: RecordedRequest[] = [];
  readonly violations: string[] = [];
  readonly issues: StoredIssue[] = [];
  /** Failures to give instead of an answer, in order. */
  private readonly faults: { status: number; method?: string }[] = [];
  private server: Server | undefined;
  private clock = Date.parse('2026-11-24T06:00:00Z');
  /**
   * Pull requests: author, latest commit and reviews; who made the head commit (default: the author;
   * null: no account) and who pushed it (default: its author; null: no push listed); the branches
   * (default: from `pr` into `main`); the merge.
   */
  readonly pulls = new Map<number, {
    author: string; headSha: string; reviews: { login: string; state: string; commitId: string; submittedAt: string }[];
    headAuthor?: string | null; headCommitter?: string | null; pusher?: string | null; baseRef?: string; headRef?: string;
    mergeCommitSha?: string; mergedAt?: string;
    /** The head commit's message and parents (a form's commit links its run; the run ran on the parent). */
    headMessage?: string; headParents?: string[];
    /** The push that made the head, as the activity lists it: its type (default 'push') and time (default 2026-03-03T09:00:00Z). */
    pushType?: string; pushedAt?: string;
  }>();
  /**
   * Workflow runs (GET /repos/{owner}/{repo}/actions/runs/{run_id}): who started each, on which commit
   * and branch (default main), by which event (default workflow_dispatch) of which workflow file
   * (default the registration form), and when (default: started 08:59 and completed 09:01 on 3 March 2026).
   */
  readonly runs = new Map<number, {
    triggeringActor: string; headSha: string; event?: string; path?: string; headBranch?: string;
    status?: 'completed' | 'in_progress'; runStartedAt?: string; updatedAt?: string;
  }>();
  /** Commit statuses set (POST /repos/{owner}/{repo}/statuses/{sha}), oldest first. */
  readonly statuses: { sha: string; state: string; context: string; description: string | null; target_url: string | null }[] = [];
  /** The settings `klacht instellingen` reads (test/helpers/github-settings.ts). */
  readonly settings = new SettingsEndpoints(OWNER, REPO);
  /** When set, only these logins may be assigned; others get GitHub's 422 Validation Failed. */
  assignable: Set<string> | undefined;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((request, response) => {
      this.handle(request, response).catch((error: unknown) => {
        this.violations.push(`double: ${String(error)}`);
        response.writeHead(500).end();
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /**
   * The environment that points the CLI at this double: its token, repository and address, and
   * retries that wait milliseconds; then `extra` (which may override any of them).
   */
  env(extra: Record<string, string> = {}): Record<string, string> {
    return { GITHUB_TOKEN: this.token, GITHUB_REPOSITORY: `${this.owner}/${this.repo}`, GITHUB_API_URL: this.url, KLACHT_GITHUB_RETRY_MS: '5', ...extra };
  }

  /** The next request (of `method`, if given) gets `status` instead of an answer. */
  failNext(status: number, method?: string): void {
    this.faults.push({ status, ...(method ? { method } : {}) });
  }

  /** Puts an issue in the repository directly, as if made earlier. */
  seed(issue: { title: string; body: string | null; state?: 'open' | 'closed'; labels?: string[] }): StoredIssue {
    const stored = this.newIssue(issue.title, issue.body, issue.labels ?? ['klachtenregister'], []);
    if (issue.state === 'closed') {
      stored.state = 'closed';
      stored.closed_at = stored.updated_at;
      stored.state_reason = 'completed';
    }
    return stored;
  }

  /** Requests that change something. */
  writes(): RecordedRequest[] {
    return this.requests.filter((r) => r.method !== 'GET');
  }

  private now(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  private newIssue(title: string, body: string | null, labels: string[], assignees: string[]): StoredIssue {
    const at = this.now();
    const issue: StoredIssue = {
      number: this.issues.length + 1, title, body, state: 'open', state_reason: null, labels, assignees, comments: [],
      created_at: at, updated_at: at, closed_at: null,
    };
    this.issues.push(issue);
    return issue;
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const rawBody = Buffer.concat(chunks).toString('utf8');
    const url = new URL(request.url ?? '/', this.url);
    const method = request.method ?? 'GET';
    let body: unknown;
    try {
      body = rawBody ? JSON.parse(rawBody) : undefined;
    } catch {
      this.violations.push(`${method} ${url.pathname}: body is geen JSON`);
    }
    const send = (status: number, payload: unknown, template: string | undefined, headers: Record<string, string> = {}): void => {
      if (template && status < 500) this.violations.push(...checkResponse(template, method, status, payload));
      this.requests.push({ method, path: url.pathname, query: url.searchParams, rawBody, body, status });
      response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      response.end(payload === undefined ? '' : JSON.stringify(payload));
    };

    const settings = this.settings.answer(method, url.pathname, request.headers.authorization ?? '', this.token, url.searchParams);
    if (settings) {
      this.violations.push(...checkQuery(settings.template, method, url.searchParams));
      send(settings.status, settings.payload, settings.template);
      return;
    }
    const base = `/repos/${OWNER}/${REPO}`;
    if (await this.handleCommits(request, url, method, body, send)) return;
    const runMatch = new RegExp(`^${base}/actions/runs/(\\d+)$`).exec(url.pathname);
    if (runMatch && method === 'GET') {
      this.getRun(request, url, Number(runMatch[1]), send);
      return;
    }
    if (url.pathname === `${base}/activity` && method === 'GET') {
      this.listActivity(request, url, send);
      return;
    }
    if (url.pathname === `${base}/pulls` && method === 'POST') {
      this.createPull(request, url, body, send);
      return;
    }
    if (url.pathname === `${base}/pulls` && method === 'GET') {
      this.listPulls(request, url, send);
      return;
    }
    const pullMatch = new RegExp(`^${base}/pulls/(\\d+)(/reviews)?$`).exec(url.pathname);
    if (pullMatch) {
      const pullTemplate = pullMatch[2] ? '/repos/{owner}/{repo}/pulls/{pull_number}/reviews' : '/repos/{owner}/{repo}/pulls/{pull_number}';
      this.violations.push(...checkQuery(pullTemplate, method, url.searchParams));
      const auth = request.headers.authorization ?? '';
      if (auth !== `token ${this.token}` && auth !== `Bearer ${this.token}`) {
        send(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' }, pullTemplate);
        return;
      }
      const pull = this.pulls.get(Number(pullMatch[1]));
      if (!pull || method !== 'GET') {
        send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' }, pullTemplate);
        return;
      }
      if (pullMatch[2]) {
        const template = example<Record<string, unknown>[]>('pull-request-review-items')[0] as Record<string, unknown>;
        send(200, pull.reviews.map((r, i) => ({
          ...structuredClone(template), id: 7000 + i, node_id: `PRR_${i}`, user: this.user(r.login), state: r.state, commit_id: r.commitId, submitted_at: r.submittedAt, body: '',
        })), pullTemplate);
      } else {
        const value = example<Record<string, unknown> & { head: Record<string, unknown>; base: Record<string, unknown> }>('pull-request');
        // GitHub's own example lists a requested team without the `type` its schema requires; none here.
        send(200, {
          ...value, number: Number(pullMatch[1]), user: this.user(pull.author), requested_teams: [],
          head: { ...value.head, sha: pull.headSha, ref: pull.headRef ?? 'pr' }, base: { ...value.base, ref: pull.baseRef ?? 'main' },
          merged_at: pull.mergedAt ?? null, merge_commit_sha: pull.mergeCommitSha ?? null,
        }, pullTemplate);
      }
      return;
    }
    const issueMatch = new RegExp(`^${base}/issues/(\\d+)$`).exec(url.pathname);
    const commentMatch = new RegExp(`^${base}/issues/(\\d+)/comments$`).exec(url.pathname);
    const template = url.pathname === `${base}/issues` ? '/repos/{owner}/{repo}/issues'
      : issueMatch ? '/repos/{owner}/{repo}/issues/{issue_number}'
        : commentMatch ? '/repos/{owner}/{repo}/issues/{issue_number}/comments' : undefined;
    if (template) {
      this.violations.push(...checkQuery(template, method, url.searchParams));
      if (method !== 'GET') this.violations.push(...checkRequestBody(template, method, body));
    }

    const fault = this.faults.findIndex((f) => f.method === undefined || f.method === method);
    if (fault >= 0) {
      const { status } = this.faults.splice(fault, 1)[0] as { status: number };
      send(status, status >= 500 ? { message: 'Server Error' } : { message: 'Fout', documentation_url: 'https://docs.github.com/rest' }, undefined);
      return;
    }
    const auth = request.headers.authorization ?? '';
    if (auth !== `token ${this.token}` && auth !== `Bearer ${this.token}`) {
      send(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' }, template);
      return;
    }
    if (!template) {
      send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' }, undefined);
      return;
    }

    if (template === '/repos/{owner}/{repo}/issues' && method === 'GET') {
      const state = url.searchParams.get('state') ?? 'open';
      const wanted = (url.searchParams.get('labels') ?? '').split(',').filter(Boolean);
      const perPage = Number(url.searchParams.get('per_page') ?? 30);
      const page = Number(url.searchParams.get('page') ?? 1);
      const matching = this.issues
        .filter((i) => (state === 'all' || i.state === state) && wanted.every((l) => i.labels.includes(l)))
        .sort((a, b) => b.number - a.number);
      const last = Math.max(1, Math.ceil(matching.length / perPage));
      const pageItems = matching.slice((page - 1) * perPage, page * perPage).map((i) => this.toJson(i));
      const link = (p: number): string => {
        const next = new URL(url);
        next.searchParams.set('page', String(p));
        return next.toString();
      };
      const headers: Record<string, string> = page < last ? { link: `<${link(page + 1)}>; rel="next", <${link(last)}>; rel="last"` } : {};
      send(200, pageItems, template, headers);
      return;
    }
    const requestedAssignees = (body as { assignees?: string[] } | undefined)?.assignees ?? [];
    if (this.assignable && requestedAssignees.some((login) => !this.assignable?.has(login))) {
      send(422, { message: 'Validation Failed', documentation_url: 'https://docs.github.com/rest/issues/issues', errors: [{ resource: 'Issue', code: 'invalid', field: 'assignees' }] }, template);
      return;
    }
    if (template === '/repos/{owner}/{repo}/issues' && method === 'POST') {
      const input = body as { title: string; body?: string; labels?: string[]; assignees?: string[] };
      const issue = this.newIssue(String(input.title), input.body ?? null, input.labels ?? [], input.assignees ?? []);
      send(201, this.toJson(issue), template);
      return;
    }
    const number = Number((issueMatch ?? commentMatch)?.[1]);
    const issue = this.issues.find((i) => i.number === number);
    if (!issue) {
      send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' }, template);
      return;
    }
    if (issueMatch && method === 'PATCH') {
      const input = body as Partial<{ title: string; body: string; state: 'open' | 'closed'; state_reason: string; labels: string[]; assignees: string[] }>;
      if (input.title !== undefined) issue.title = input.title;
      if (input.body !== undefined) issue.body = input.body;
      if (input.labels !== undefined) issue.labels = input.labels;
      if (input.assignees !== undefined) issue.assignees = input.assignees;
      issue.updated_at = this.now();
      if (input.state && input.state !== issue.state) {
        issue.state = input.state;
        issue.closed_at = input.state === 'closed' ? issue.updated_at : null;
        issue.state_reason = input.state === 'closed' ? input.state_reason ?? 'completed' : 'reopened';
      }
      send(200, this.toJson(issue), template);
      return;
    }
    if (commentMatch && method === 'POST') {
      const text = String((body as { body: string }).body);
      issue.comments.push(text);
      const at = this.now();
      send(201, {
        id: 9000 + issue.comments.length, node_id: `IC_${issue.number}_${issue.comments.length}`,
        url: `${this.url}${base}/issues/comments/${9000 + issue.comments.length}`,
        html_url: `https://github.com/${OWNER}/${REPO}/issues/${issue.number}#issuecomment-${9000 + issue.comments.length}`,
        issue_url: `${this.url}${base}/issues/${issue.number}`,
        body: text, user: this.user(), created_at: at, updated_at: at, author_association: 'MEMBER',
      }, template);
      return;
    }
    send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' }, template);
  }

  /** Pull requests opened through the API (POST /repos/{owner}/{repo}/pulls), in order. */
  readonly createdPulls: { number: number; title: string; body: string | null; head: string; base: string; draft: boolean }[] = [];

  /** Answers a request without the token (401) or with an injected failure; true when it did. */
  private refused(request: IncomingMessage, method: string, template: string, send: (status: number, payload: unknown, template: string | undefined) => void): boolean {
    const auth = request.headers.authorization ?? '';
    if (auth !== `token ${this.token}` && auth !== `Bearer ${this.token}`) {
      send(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' }, template);
      return true;
    }
    const fault = this.faults.findIndex((f) => f.method === undefined || f.method === method);
    if (fault < 0) return false;
    const { status } = this.faults.splice(fault, 1)[0] as { status: number };
    send(status, { message: 'Fout', documentation_url: 'https://docs.github.com/rest' }, status >= 500 ? undefined : template);
    return true;
  }

  /** POST /repos/{owner}/{repo}/pulls: a new pull request, numbered after the issues and pull requests there are. */
  private createPull(request: IncomingMessage, url: URL, body: unknown, send: (status: number, payload: unknown, template: string | undefined) => void): void {
    const template = '/repos/{owner}/{repo}/pulls';
    this.violations.push(...checkRequestBody(template, 'POST', body));
    if (this.refused(request, 'POST', template, send)) return;
    const given = body as { title: string; body?: string | null; head: string; base: string; draft?: boolean };
    const number = this.issues.length + this.pulls.size + this.createdPulls.length + 1;
    const stored = { number, title: given.title, body: given.body ?? null, head: given.head, base: given.base, draft: given.draft === true };
    this.createdPulls.push(stored);
    const value = example<Record<string, unknown> & { head: Record<string, unknown>; base: Record<string, unknown> }>('pull-request');
    send(201, {
      ...value, number, title: stored.title, body: stored.body, draft: stored.draft, state: 'open', requested_teams: [],
      html_url: `https://github.com/${OWNER}/${REPO}/pull/${number}`, url: `${this.url}${url.pathname}/${number}`,
      user: this.user('github-actions[bot]'), head: { ...value.head, ref: stored.head }, base: { ...value.base, ref: stored.base },
      merged_at: null, merge_commit_sha: null,
    }, template);
  }

  /**
   * GET /repos/{owner}/{repo}/pulls?state=open&head=owner:branch: the pull requests (not merged: open)
   * whose head is that branch, of `pulls` and of those opened through the API.
   */
  private listPulls(request: IncomingMessage, url: URL, send: (status: number, payload: unknown, template: string | undefined) => void): void {
    const template = '/repos/{owner}/{repo}/pulls';
    this.violations.push(...checkQuery(template, 'GET', url.searchParams));
    if (this.refused(request, 'GET', template, send)) return;
    const state = url.searchParams.get('state') ?? 'open';
    const head = url.searchParams.get('head');
    const all = [
      ...[...this.pulls].map(([number, p]) => ({ number, head: p.headRef ?? 'pr', base: p.baseRef ?? 'main', open: p.mergedAt === undefined })),
      ...this.createdPulls.map((p) => ({ number: p.number, head: p.head, base: p.base, open: true })),
    ];
    const found = all.filter((p) => (state === 'all' || (state === 'open') === p.open) && (head === null || head === `${OWNER}:${p.head}`));
    const item = (example<Record<string, unknown>[]>('pull-request-simple-items')[0] ?? {}) as Record<string, unknown> & { head: Record<string, unknown>; base: Record<string, unknown> };
    send(200, found.map((p) => ({
      ...structuredClone(item), number: p.number, state: p.open ? 'open' : 'closed', requested_teams: [],
      html_url: `https://github.com/${OWNER}/${REPO}/pull/${p.number}`, head: { ...item.head, ref: p.head }, base: { ...item.base, ref: p.base },
    })), template);
  }

  /** GET /repos/{owner}/{repo}/actions/runs/{run_id}: a run with who started it (triggering_actor), its commit and event. */
  private getRun(request: IncomingMessage, url: URL, id: number, send: (status: number, payload: unknown, template: string | undefined) => void): void {
    const template = '/repos/{owner}/{repo}/actions/runs/{run_id}';
    this.violations.push(...checkQuery(template, 'GET', url.searchParams));
    const auth = request.headers.authorization ?? '';
    if (auth !== `token ${this.token}` && auth !== `Bearer ${this.token}`) {
      send(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' }, template);
      return;
    }
    const run = this.runs.get(id);
    if (!run) {
      send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' }, template);
      return;
    }
    const value = example<Record<string, unknown>>('workflow-run');
    send(200, {
      ...value, id, head_sha: run.headSha, event: run.event ?? 'workflow_dispatch', path: run.path ?? '.github/workflows/formulier-registreren.yml',
      head_branch: run.headBranch ?? 'main', status: run.status ?? 'completed', conclusion: (run.status ?? 'completed') === 'completed' ? 'success' : null,
      created_at: run.runStartedAt ?? '2026-03-03T08:59:00Z', run_started_at: run.runStartedAt ?? '2026-03-03T08:59:00Z', updated_at: run.updatedAt ?? '2026-03-03T09:01:00Z',
      actor: this.user(run.triggeringActor), triggering_actor: this.user(run.triggeringActor), pull_requests: [],
    }, template);
  }

  /** GET /repos/{owner}/{repo}/activity?ref=…: the push that made each pull request's head, by its pusher. */
  private listActivity(request: IncomingMessage, url: URL, send: (status: number, payload: unknown, template: string | undefined) => void): void {
    const template = '/repos/{owner}/{repo}/activity';
    this.violations.push(...checkQuery(template, 'GET', url.searchParams));
    const auth = request.headers.authorization ?? '';
    if (auth !== `token ${this.token}` && auth !== `Bearer ${this.token}`) {
      send(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' }, template);
      return;
    }
    const ref = (url.searchParams.get('ref') ?? '').replace(/^refs\/heads\//, '');
    const activities = [...this.pulls.values()].filter((p) => (p.headRef ?? 'pr') === ref).flatMap((p, i) => {
      const pusher = p.pusher === undefined ? p.headAuthor ?? p.author : p.pusher;
      return pusher === null ? [] : [{
        id: 9000 + i, node_id: `AC_${i}`, before: '0'.repeat(40), after: p.headSha, ref: `refs/heads/${ref}`,
        timestamp: p.pushedAt ?? '2026-03-03T09:00:00Z', activity_type: p.pushType ?? 'push', actor: this.user(pusher),
      }];
    });
    send(200, activities, template);
  }

  /** A head commit (GET /repos/{owner}/{repo}/commits/{ref}) and commit statuses (POST .../statuses/{sha}); true when handled. */
  private async handleCommits(request: IncomingMessage, url: URL, method: string, body: unknown, send: (status: number, payload: unknown, template: string | undefined) => void): Promise<boolean> {
    const match = new RegExp(`^/repos/${OWNER}/${REPO}/(commits|statuses)/([^/]+)$`).exec(url.pathname);
    if (!match) return false;
    const template = match[1] === 'commits' ? '/repos/{owner}/{repo}/commits/{ref}' : '/repos/{owner}/{repo}/statuses/{sha}';
    this.violations.push(...checkQuery(template, method, url.searchParams));
    if (method === 'POST') this.violations.push(...checkRequestBody(template, method, body));
    const auth = request.headers.authorization ?? '';
    const fault = this.faults.findIndex((f) => f.method === undefined || f.method === method);
    const notFound = { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' };
    if (fault >= 0) {
      const { status } = this.faults.splice(fault, 1)[0] as { status: number };
      send(status, { message: 'Fout', documentation_url: 'https://docs.github.com/rest' }, undefined);
    } else if (auth !== `token ${this.token}` && auth !== `Bearer ${this.token}`) {
      send(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' }, template);
    } else if (match[1] === 'statuses' && method === 'POST') {
      const input = body as { state: string; context?: string; description?: string | null; target_url?: string | null };
      const stored = { sha: match[2] as string, state: input.state, context: input.context ?? 'default', description: input.description ?? null, target_url: input.target_url ?? null };
      this.statuses.push(stored);
      const at = this.now();
      send(201, { ...example<Record<string, unknown>>('status'), ...stored, id: this.statuses.length, url: `${this.url}${url.pathname}`, created_at: at, updated_at: at, creator: this.user() }, template);
    } else {
      const pull = [...this.pulls.values()].find((p) => p.headSha === match[2]);
      const person = (login: string | null | undefined): Record<string, unknown> | null => (login === null ? null : this.user(login ?? pull?.author));
      if (pull && method === 'GET') {
        const value = example<Record<string, unknown> & { commit: Record<string, unknown>; parents: Record<string, unknown>[] }>('commit');
        const parents = (pull.headParents ?? [(value.parents[0]?.sha as string | undefined) ?? '0'.repeat(40)]).map((sha) => ({ ...value.parents[0], sha }));
        send(200, {
          ...value, sha: pull.headSha, author: person(pull.headAuthor), committer: person(pull.headCommitter), files: [],
          commit: { ...value.commit, message: pull.headMessage ?? value.commit.message }, parents,
        }, template);
      } else send(404, notFound, template);
    }
    return true;
  }

  user(login = 'github-actions[bot]'): Record<string, unknown> {
    const api = 'https://api.github.com';
    const name = encodeURIComponent(login);
    return {
      login, id: 41898282, node_id: 'MDM6Qm90NDE4OTgyODI=', avatar_url: 'https://avatars.githubusercontent.com/in/15368?v=4', gravatar_id: '',
      url: `${api}/users/${name}`, html_url: `https://github.com/apps/github-actions`, followers_url: `${api}/users/${name}/followers`,
      following_url: `${api}/users/${name}/following{/other_user}`, gists_url: `${api}/users/${name}/gists{/gist_id}`,
      starred_url: `${api}/users/${name}/starred{/owner}{/repo}`, subscriptions_url: `${api}/users/${name}/subscriptions`,
      organizations_url: `${api}/users/${name}/orgs`, repos_url: `${api}/users/${name}/repos`, events_url: `${api}/users/${name}/events{/privacy}`,
      received_events_url: `${api}/users/${name}/received_events`, type: 'Bot', site_admin: false,
    };
  }

  private toJson(issue: StoredIssue): Record<string, unknown> {
    const api = `${this.url}/repos/${OWNER}/${REPO}`;
    const assignees = issue.assignees.map((login) => this.user(login));
    return {
      id: 100000 + issue.number, node_id: `I_${issue.number}`, url: `${api}/issues/${issue.number}`, repository_url: api,
      labels_url: `${api}/issues/${issue.number}/labels{/name}`, comments_url: `${api}/issues/${issue.number}/comments`,
      events_url: `${api}/issues/${issue.number}/events`, html_url: `https://github.com/${OWNER}/${REPO}/issues/${issue.number}`,
      number: issue.number, state: issue.state, state_reason: issue.state_reason, title: issue.title, body: issue.body,
      user: this.user(),
      labels: issue.labels.map((name, i) => ({ id: 500 + i, node_id: `LA_${i}`, url: `${api}/labels/${encodeURIComponent(name)}`, name, description: null, color: 'ededed', default: false })),
      assignee: assignees[0] ?? null, assignees, milestone: null, locked: false, active_lock_reason: null,
      comments: issue.comments.length, created_at: issue.created_at, updated_at: issue.updated_at, closed_at: issue.closed_at,
      author_association: 'MEMBER',
    };
  }
}
