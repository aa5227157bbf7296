/**
 * The GitHub client: @octokit/rest with the retry plugin (a 502 or a dropped connection is tried
 * again) and the throttling plugin (GitHub's rate limits; writes spaced as GitHub asks), and its
 * failures as Dutch messages. Request bodies are never logged.
 */
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import { RunError } from '../core/text/errors.js';

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
export class GitHubError extends RunError {
  constructor(message: string, readonly status?: number, detail?: string) {
    super(message, detail === undefined ? {} : { detail });
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

export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** What a command was asking GitHub for: the issues of a repository, or one pull request and its reviews. */
export type GitHubSubject = 'issues' | { readonly pullRequest: number };

/** A Dutch message for what went wrong, naming what to do; nothing from the request itself. */
export function explainGitHubError(error: unknown, repository: Repository, subject: GitHubSubject = 'issues'): GitHubError {
  const status = statusOf(error);
  // octokit gives a failed connection (refused, no DNS, a blocked port) status 500 without a response: no server said anything.
  if (status === undefined || (status === 500 && (error as { response?: unknown } | null)?.response === undefined)) {
    // The network's own (English) words only for KLACHT_DEBUG.
    const detail = error instanceof Error && error.message ? `GitHub: ${error.message.split('\n')[0] ?? ''}` : undefined;
    return new GitHubError('Geen verbinding met GitHub. Controleer de internetverbinding, of --api-url (GITHUB_API_URL).', undefined, detail);
  }
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
      return new GitHubError(`GitHub weigerde een verzoek (${status}).`, status);
  }
}
