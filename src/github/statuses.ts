/** A commit status on a commit (POST /repos/{owner}/{repo}/statuses/{sha}): the one verdict per head commit. */
import type { GitHubClient, Repository } from './client.js';

export interface CommitStatus {
  readonly sha: string;
  readonly state: 'success' | 'failure';
  readonly context: string;
  readonly description: string;
  /** Where the details are (the workflow run), if known. */
  readonly targetUrl?: string;
}

export async function setCommitStatus(client: GitHubClient, repository: Repository, status: CommitStatus): Promise<void> {
  await client.rest.repos.createCommitStatus({
    ...repository, sha: status.sha, state: status.state, context: status.context, description: status.description,
    ...(status.targetUrl ? { target_url: status.targetUrl } : {}),
  });
}
