/**
 * `--status` of the commands that judge a pull request (valideer, ondertekening): the verdict as a
 * commit status with a fixed context on the commit that was judged. A commit status, not the job's
 * check run: a pull_request_target run reports its check run on the base branch, and two events
 * would give two check runs of one name; the newest status of a context is the one GitHub uses.
 */
import { RunError } from './errors.js';
import { connectGitHub, githubToken, type GitHubContext } from './github.js';

/** The workflow run's page, from GitHub Actions' environment (a status's link, a pull request's text); undefined elsewhere. */
export function runUrl(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = env;
  return server && repo && run && /^\d+$/.test(run) ? `${server}/${repo}/actions/runs/${run}` : undefined;
}

export interface StatusToSet {
  readonly sha: string;
  readonly name: string;
  readonly ok: boolean;
  /** At most 140 characters, no personal data. */
  readonly description: string;
}

/** Sets the status; throws a Dutch RunError (exit 2) when it could not be set. */
export async function setStatus(context: GitHubContext, command: string, status: StatusToSet): Promise<void> {
  const token = githubToken(context);
  if (!token) throw new RunError('GITHUB_TOKEN ontbreekt: --status zet de uitkomst als commitstatus in GitHub. In de workflow: env: GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }} en permissions: statuses: write.');
  const { client, repository, github } = await connectGitHub(context, token, command);
  const { setCommitStatus } = await import('../github/statuses.js');
  const targetUrl = runUrl(context.io.env);
  try {
    await setCommitStatus(client, repository, {
      sha: status.sha, state: status.ok ? 'success' : 'failure', context: status.name, description: status.description.slice(0, 140), ...(targetUrl ? { targetUrl } : {}),
    });
  } catch (error) {
    const code = github.statusOf(error);
    const name = `${repository.owner}/${repository.repo}`;
    if (code === 403) throw new RunError(`Het token mag geen commitstatus zetten in ${name} (403). Geef de workflow \`permissions: statuses: write\`, of het token de rechten "Commit statuses: Read and write".`);
    if (code === 404 || code === 422) throw new RunError(`GitHub kent commit ${status.sha.slice(0, 12)} niet in ${name} (${code}): controleer welke commit is uitgecheckt, en --repo of GITHUB_REPOSITORY.`);
    throw new RunError(github.explainGitHubError(error, repository, { pullRequest: 0 }).message);
  }
  context.io.stderr(`Commitstatus '${status.name}' gezet op ${status.sha.slice(0, 12)}: ${status.ok ? 'geslaagd' : 'mislukt'}.\n`);
}
