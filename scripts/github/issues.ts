/**
 * GitHub issues through @octokit/rest, with the retry plugin (a 502 or a dropped connection is
 * tried again) and the throttling plugin (GitHub's rate limits; writes spaced as GitHub asks).
 * Our issues are found by their label and the marker in their body, never by the Search API.
 * Errors become Dutch messages; request bodies are never logged.
 */
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import type { Deadline } from '../core/deadlines.js';
import { actionCost, LABEL, planActions, type ExistingIssue, type IssueContent, type PlannedAction } from '../core/notifications.js';

export interface Repository {
  readonly owner: string;
  readonly repo: string;
}

export interface ClientOptions {
  readonly token: string;
  /** https://api.github.com unless GitHub Enterprise (GITHUB_API_URL) or a test double. */
  readonly baseUrl?: string;
  /** The retry plugin's base wait in ms (GitHub: 1000); tests use less. */
  readonly retryBaseMs?: number;
  /** Where notices (rate limits, retries) go: stderr. Never request bodies. */
  readonly notice?: (text: string) => void;
}

const KlachtOctokit = Octokit.plugin(retry, throttling);
export type GitHubClient = InstanceType<typeof KlachtOctokit>;

/** A failure talking to GitHub, in Dutch, without anything from the request. */
export class GitHubError extends Error {
  constructor(message: string, readonly status?: number) {
    super(message);
  }
}

/** Parses "owner/name". */
export function parseRepository(text: string | undefined): Repository | undefined {
  const match = text ? /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(text.trim()) : null;
  return match ? { owner: match[1] as string, repo: match[2] as string } : undefined;
}

export function createClient(options: ClientOptions): GitHubClient {
  const notice = options.notice ?? (() => undefined);
  const retryBase = options.retryBaseMs ?? 1000;
  return new KlachtOctokit({
    auth: options.token,
    userAgent: 'klachtenregister',
    ...(options.baseUrl ? { baseUrl: options.baseUrl.replace(/\/$/, '') } : {}),
    retry: { retryAfterBaseValue: retryBase },
    throttle: {
      retryAfterBaseValue: retryBase,
      onRateLimit: (retryAfter: number, _request: unknown, _octokit: unknown, retryCount: number) => {
        notice(`GitHub-limiet bereikt; nieuwe poging over ${retryAfter} s.`);
        return retryCount < 2;
      },
      onSecondaryRateLimit: (retryAfter: number, _request: unknown, _octokit: unknown, retryCount: number) => {
        notice(`GitHub vraagt om rustiger aan te doen; nieuwe poging over ${retryAfter} s.`);
        return retryCount < 2;
      },
    },
    log: { debug: () => undefined, info: () => undefined, warn: (text: string) => notice(`GitHub: ${text}`), error: () => undefined },
  });
}

/** Every issue with our label, open and closed, over all pages (pull requests left out). */
export async function listOurIssues(client: GitHubClient, repository: Repository): Promise<ExistingIssue[]> {
  const items = await client.paginate(client.rest.issues.listForRepo, { ...repository, state: 'all', labels: LABEL, per_page: 100 });
  return items.filter((item) => !item.pull_request).map((item) => ({
    number: item.number,
    state: item.state === 'closed' ? 'closed' : 'open',
    title: item.title,
    body: item.body ?? null,
    labels: item.labels.map((label) => (typeof label === 'string' ? label : label.name ?? '')),
    assignees: (item.assignees ?? []).map((user) => user.login),
  }));
}

/** Carries out one action; returns the issue number. */
export async function carryOut(client: GitHubClient, repository: Repository, action: PlannedAction, notice: (text: string) => void = () => undefined): Promise<number> {
  switch (action.action) {
    case 'open': {
      if (action.reopen) {
        await withAssignees(action.assignees, notice, (assignees) => client.rest.issues.update({
          ...repository, issue_number: action.number, state: 'open', title: action.title, body: action.body, labels: [...action.labels], assignees,
        }));
        await client.rest.issues.createComment({ ...repository, issue_number: action.number, body: action.comment });
        return action.number;
      }
      const created = await withAssignees(action.assignees, notice, (assignees) => client.rest.issues.create({
        ...repository, title: action.title, body: action.body, labels: [...action.labels], assignees,
      }));
      return created.data.number;
    }
    case 'update':
      await withAssignees(action.assignees, notice, (assignees) => client.rest.issues.update({
        ...repository, issue_number: action.number, title: action.title, body: action.body, labels: [...action.labels], assignees,
      }));
      return action.number;
    case 'close':
      await client.rest.issues.createComment({ ...repository, issue_number: action.number, body: action.comment });
      await client.rest.issues.update({ ...repository, issue_number: action.number, state: 'closed', state_reason: 'completed' });
      return action.number;
  }
}

/**
 * GitHub refuses (422) an assignee who may not be assigned in the repository. The issue matters
 * more than the assignment: it is made without, and the login is named in a notice.
 */
async function withAssignees<T>(assignees: readonly string[], notice: (text: string) => void, request: (assignees: string[]) => Promise<T>): Promise<T> {
  try {
    return await request([...assignees]);
  } catch (error) {
    if (assignees.length > 0 && statusOf(error) === 422) {
      notice(`Toewijzen aan ${assignees.map((a) => `@${a}`).join(', ')} lukt niet (geen toegang tot de repository?); het issue komt er zonder toewijzing.`);
      return request([]);
    }
    throw error;
  }
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** What a command was asking GitHub for: the issues of a repository, or one pull request and its reviews. */
export type GitHubSubject = 'issues' | { readonly pullRequest: number };

/** A Dutch message for what went wrong, naming what to do; nothing from the request itself. */
export function explainGitHubError(error: unknown, repository: Repository, subject: GitHubSubject = 'issues'): GitHubError {
  const status = statusOf(error);
  const name = `${repository.owner}/${repository.repo}`;
  const issues = subject === 'issues';
  switch (status) {
    case 401:
      return new GitHubError('GitHub weigert het token (401): GITHUB_TOKEN is ongeldig of verlopen. In GitHub Actions: geef de stap `env: GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}`; lokaal: maak een nieuw token met toegang tot deze repository.', status);
    case 403:
      return issues
        ? new GitHubError(`Het token mag geen issues lezen of schrijven in ${name} (403). Geef de workflow \`permissions: issues: write\`, of het token de rechten "Issues: Read and write".`, status)
        : new GitHubError(`Het token mag geen pull requests lezen in ${name} (403). Geef de workflow \`permissions: pull-requests: read\`, of het token de rechten "Pull requests: Read".`, status);
    case 404:
      return issues
        ? new GitHubError(`Repository ${name} niet gevonden (404), of het token heeft er geen toegang toe. Controleer --repo of GITHUB_REPOSITORY.`, status)
        : new GitHubError(`Pull request #${subject.pullRequest} niet gevonden in ${name} (404). Controleer het nummer bij --pr, en --repo of GITHUB_REPOSITORY; of het token heeft geen toegang tot deze repository.`, status);
    case 410:
      return new GitHubError(`Issues staan uit in ${name} (410). Zet ze aan onder Settings > General > Features > Issues.`, status);
    default:
      if (status !== undefined && status >= 500) return new GitHubError(`GitHub gaf een serverfout (${status}), ook na nieuwe pogingen. Probeer het later opnieuw${issues ? '; de workflow draait morgen weer' : ''}.`, status);
      if (status !== undefined) return new GitHubError(`GitHub weigerde een verzoek (${status}).`, status);
      return new GitHubError(`GitHub is niet bereikbaar${error instanceof Error && 'code' in error ? ` (${String((error as { code: unknown }).code)})` : ''}. Controleer de verbinding of --api-url.`);
  }
}

/** Reads the existing issues and plans what to change. */
export async function planWithGitHub(client: GitHubClient, repository: Repository, wanted: readonly IssueContent[], deadlines: readonly Deadline[]): Promise<PlannedAction[]> {
  return planActions(wanted, await listOurIssues(client, repository), deadlines);
}

/**
 * Carries out the plan in order within `budget` GitHub requests; what was done goes into `done`
 * (action -> issue number) as it happens, so that a failure half-way still says what was done.
 */
export async function carryOutPlan(
  client: GitHubClient,
  repository: Repository,
  plan: readonly PlannedAction[],
  budget: number,
  done: Map<PlannedAction, number>,
  notice: (text: string) => void = () => undefined,
): Promise<void> {
  let spent = 0;
  for (const action of plan) {
    if (spent + actionCost(action) > budget) return;
    done.set(action, await carryOut(client, repository, action, notice));
    spent += actionCost(action);
  }
}
