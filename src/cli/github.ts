/**
 * The GitHub connection of a command: token from GITHUB_TOKEN, repository from --repo or
 * GITHUB_REPOSITORY, API from --api-url or GITHUB_API_URL. The network code is loaded only here,
 * when a command really talks to GitHub. KLACHT_GITHUB_RETRY_MS shortens the retry wait (tests).
 */
import type { GitHubClient, Repository } from '../github/client.js';
import type { PullRequestFacts } from '../github/reviews.js';
import type { OptionSpecs, TextOption } from './args.js';
import type { CommandContext, ContextMayHave } from './context.js';
import { RunError, UsageError } from './errors.js';

/** --repo and --api-url, for every command that talks to GitHub (connectGitHub reads them). */
export const GITHUB_OPTIONS = {
  repo: { type: 'string', valueName: 'eigenaar/naam', description: 'De GitHub-repository (standaard: GITHUB_REPOSITORY).' },
  'api-url': { type: 'string', valueName: 'url', description: 'De GitHub-API (standaard: GITHUB_API_URL of https://api.github.com).' },
} as const satisfies OptionSpecs;

/**
 * The context of a command that talks to GitHub: GITHUB_OPTIONS where the command has them (klacht
 * pdf and inzage have not: they confirm signatures with the repository of GitHub's environment).
 */
export type GitHubContext = ContextMayHave<typeof GITHUB_OPTIONS>;
/** The context of a command that reads a pull request's reviews: GITHUB_OPTIONS and `--pr` where it has them. */
export type PullRequestContext = ContextMayHave<typeof GITHUB_OPTIONS & { readonly pr: TextOption }>;

export interface GitHubConnection {
  readonly client: GitHubClient;
  readonly repository: Repository;
  readonly github: typeof import('../github/client.js');
}

/** The token, if any (empty counts as none). */
export function githubToken(context: CommandContext): string | undefined {
  return context.io.env.GITHUB_TOKEN?.trim() || undefined;
}

/** The repository as given (--repo, else GITHUB_REPOSITORY), unchecked; undefined when neither is set. */
export function repositoryName(context: GitHubContext): string | undefined {
  return context.values.repo ?? context.io.env.GITHUB_REPOSITORY;
}

export async function connectGitHub(context: GitHubContext, token: string, command: string): Promise<GitHubConnection> {
  const github = await import('../github/client.js');
  const repoText = repositoryName(context);
  const repository = github.parseRepository(repoText);
  if (!repository) {
    throw new UsageError(repoText
      ? `--repo moet de vorm eigenaar/naam hebben, niet '${repoText}'.`
      : 'Geef de GitHub-repository op met --repo eigenaar/naam (in GitHub Actions staat die in GITHUB_REPOSITORY).', command);
  }
  const apiUrl = context.values['api-url'] ?? context.io.env.GITHUB_API_URL;
  const retryMs = Number(context.io.env.KLACHT_GITHUB_RETRY_MS);
  const client = github.createClient({
    token,
    ...(apiUrl ? { baseUrl: apiUrl } : {}),
    ...(Number.isFinite(retryMs) && retryMs > 0 ? { retryBaseMs: retryMs } : {}),
    notice: (text) => context.io.stderr(`${text}\n`),
  });
  return { client, repository, github };
}

/** A pull request's reviews, head commit and author from GitHub (`--pr`, or `pullNumber`), with Dutch failures. */
export async function pullRequestReviews(context: PullRequestContext, pullNumber?: number, options: { readonly pusher?: boolean } = {}): Promise<PullRequestFacts> {
  const prText = pullNumber === undefined ? context.values.pr : String(pullNumber);
  const number = Number(prText);
  if (!prText || !Number.isInteger(number) || number < 1) throw new UsageError('Geef het nummer van de pull request op met --pr.', 'ondertekening');
  const token = githubToken(context);
  if (!token) throw new RunError('GITHUB_TOKEN ontbreekt: de goedkeuringen staan in GitHub. In de workflow: env: GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }} en permissions: pull-requests: read.');
  const { client, repository, github } = await connectGitHub(context, token, 'ondertekening');
  const { headPush, pullRequestFacts, workflowStarter, WORKFLOW_PUSHER } = await import('../github/reviews.js');
  try {
    const facts = await pullRequestFacts(client, repository, number);
    if (options.pusher !== true) return facts;
    // Who sent the head commit: the four-eyes rule may not rest on what the commit says of itself.
    const push = await headPush(client, repository, facts.headRef, facts.headSha);
    const pusher = push?.actor ?? null;
    // A workflow's push (a form) is the work of whoever started the workflow.
    const starter = pusher?.toLowerCase() === WORKFLOW_PUSHER ? { starter: await workflowStarter(client, repository, facts, push) } : {};
    return { ...facts, headCommit: { ...facts.headCommit, pusher, ...starter } };
  } catch (error) {
    throw new RunError(github.explainGitHubError(error, repository, { pullRequest: number }).message);
  }
}
