/**
 * `klacht ondertekening --status`: the verdict as a commit status on the pull request's head commit,
 * context SIGNATURE_STATUS. A commit status, not the job's check run, so that each head commit has
 * one verdict: the newest status of a context is the one GitHub uses, whichever event (a push or a
 * review) produced it.
 */
import { SIGNATURE_STATUS } from '../core/register-checks.js';
import { statusDescription, type PullRequestVerdict } from '../core/signature-verdict.js';
import type { CommandContext } from './context.js';
import { RunError } from './errors.js';
import { connectGitHub, githubToken } from './github.js';

/** The workflow run's page, from GitHub Actions' environment, as the status's link; undefined elsewhere. */
function runUrl(env: NodeJS.ProcessEnv): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = env;
  return server && repo && run && /^\d+$/.test(run) ? `${server}/${repo}/actions/runs/${run}` : undefined;
}

/** Sets the status on `sha`; throws a Dutch RunError (exit 2) when it could not be set. */
export async function setSignatureStatus(context: CommandContext, sha: string, verdict: PullRequestVerdict): Promise<void> {
  const token = githubToken(context);
  if (!token) throw new RunError('GITHUB_TOKEN ontbreekt: --status zet de uitkomst als commitstatus in GitHub. In de workflow: env: GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }} en permissions: statuses: write.');
  const { client, repository, github } = await connectGitHub(context, token, 'ondertekening');
  const { setCommitStatus } = await import('../github/statuses.js');
  const targetUrl = runUrl(context.io.env);
  try {
    await setCommitStatus(client, repository, {
      sha, state: verdict.ok ? 'success' : 'failure', context: SIGNATURE_STATUS, description: statusDescription(verdict), ...(targetUrl ? { targetUrl } : {}),
    });
  } catch (error) {
    const status = github.statusOf(error);
    const name = `${repository.owner}/${repository.repo}`;
    if (status === 403) throw new RunError(`Het token mag geen commitstatus zetten in ${name} (403). Geef de workflow \`permissions: statuses: write\`, of het token de rechten "Commit statuses: Read and write".`);
    if (status === 404 || status === 422) throw new RunError(`GitHub kent commit ${sha.slice(0, 12)} niet in ${name} (${status}): geef bij --kop de laatste commit van de pull request, en controleer --repo of GITHUB_REPOSITORY.`);
    throw new RunError(github.explainGitHubError(error, repository, { pullRequest: 0 }).message);
  }
  context.io.stderr(`Commitstatus '${SIGNATURE_STATUS}' gezet op ${sha.slice(0, 12)}: ${verdict.ok ? 'geslaagd' : 'mislukt'}.\n`);
}
