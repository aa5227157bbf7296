/** A pull request's author, branches, latest commit, who made and who pushed that commit, and its reviews, from the GitHub API (not from git). */
import type { PullRequestReviewFacts } from '../core/signatures.js';
import type { GitHubClient, Repository } from './client.js';

export interface PullRequestFacts extends PullRequestReviewFacts {
  readonly number: number;
  /** The branch the pull request goes into, now (not as the event that started the run saw it). */
  readonly baseRef: string;
  /** The branch the pull request comes from, in this repository. */
  readonly headRef: string;
  /** Whether GitHub merged it, and the commit that merging made on the base branch (merge or squash). */
  readonly mergedAt: string | null;
  readonly mergeCommitSha: string | null;
}

export async function pullRequestFacts(client: GitHubClient, repository: Repository, number: number): Promise<PullRequestFacts> {
  const pull = await client.rest.pulls.get({ ...repository, pull_number: number });
  const headSha = pull.data.head.sha;
  const [reviews, commit] = await Promise.all([
    client.paginate(client.rest.pulls.listReviews, { ...repository, pull_number: number, per_page: 100 }),
    // The head commit's author and committer as GitHub accounts: the four-eyes rule needs who made it.
    client.rest.repos.getCommit({ ...repository, ref: headSha, per_page: 1 }),
  ]);
  return {
    number,
    baseRef: pull.data.base.ref,
    headRef: pull.data.head.ref,
    author: pull.data.user.login,
    headSha,
    headCommit: { author: commit.data.author?.login ?? null, committer: commit.data.committer?.login ?? null },
    mergedAt: pull.data.merged_at,
    mergeCommitSha: pull.data.merge_commit_sha,
    reviews: reviews.map((r) => ({ login: r.user?.login ?? '', state: r.state, commitId: r.commit_id ?? '', submittedAt: r.submitted_at ?? '' })),
  };
}

/**
 * Who pushed `headSha` onto the pull request's branch, from the repository's activity (pushes,
 * force pushes, branch creations): the newest one whose result is that commit. Null when GitHub
 * lists none. A commit's author and committer are whatever its maker wrote down; the pusher is
 * the account that sent it.
 */
export async function headPusher(client: GitHubClient, repository: Repository, headRef: string, headSha: string): Promise<string | null> {
  const { data } = await client.rest.repos.listActivities({ ...repository, ref: `refs/heads/${headRef}`, direction: 'desc', per_page: 100 });
  return data.find((activity) => activity.after === headSha)?.actor?.login ?? null;
}
