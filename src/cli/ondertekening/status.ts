/**
 * `klacht ondertekening --status`: the verdict as a commit status on the pull request's head commit,
 * context SIGNATURE_STATUS. A commit status, not the job's check run, so that each head commit has
 * one verdict: the newest status of a context is the one GitHub uses, whichever event (a push or a
 * review) produced it.
 */
import { SIGNATURE_STATUS } from '../../core/github-policy/register-checks.js';
import { statusDescription, type PullRequestVerdict } from '../../core/signing/verdict.js';
import { setStatus } from '../commit-status.js';
import type { GitHubContext } from '../github.js';

/** Sets the status on `sha`; throws a Dutch RunError (exit 2) when it could not be set. */
export async function setSignatureStatus(context: GitHubContext, sha: string, verdict: PullRequestVerdict): Promise<void> {
  await setStatus(context, 'ondertekening', { sha, name: SIGNATURE_STATUS, ok: verdict.ok, description: statusDescription(verdict) });
}
