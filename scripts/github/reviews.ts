/** A pull request's author, latest commit and reviews, from the GitHub API (not from git). */
import type { Review } from '../core/signatures.js';
import type { GitHubClient, Repository } from './client.js';

export interface PullRequestFacts {
  readonly number: number;
  readonly author: string;
  readonly headSha: string;
  readonly reviews: readonly Review[];
}

export async function pullRequestFacts(client: GitHubClient, repository: Repository, number: number): Promise<PullRequestFacts> {
  const pull = await client.rest.pulls.get({ ...repository, pull_number: number });
  const reviews = await client.paginate(client.rest.pulls.listReviews, { ...repository, pull_number: number, per_page: 100 });
  return {
    number,
    author: pull.data.user.login,
    headSha: pull.data.head.sha,
    reviews: reviews.map((r) => ({ login: r.user?.login ?? '', state: r.state, commitId: r.commit_id ?? '', submittedAt: r.submitted_at ?? '' })),
  };
}
