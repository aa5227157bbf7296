/** Pull requests: opening one (POST /repos/{owner}/{repo}/pulls) as a draft, and finding the open ones of a branch. */
import type { GitHubClient, Repository } from './client.js';

export interface NewPullRequest {
  readonly title: string;
  readonly body: string;
  readonly head: string;
  readonly base: string;
}

export async function openDraftPullRequest(client: GitHubClient, repository: Repository, pull: NewPullRequest): Promise<{ number: number; url: string }> {
  const { data } = await client.rest.pulls.create({ ...repository, title: pull.title, body: pull.body, head: pull.head, base: pull.base, draft: true });
  return { number: data.number, url: data.html_url };
}

/** The numbers of the open pull requests whose head is `branch` of the repository itself (GET /repos/{owner}/{repo}/pulls). */
export async function openPullRequestsOf(client: GitHubClient, repository: Repository, branch: string): Promise<number[]> {
  const { data } = await client.rest.pulls.list({ ...repository, state: 'open', head: `${repository.owner}:${branch}`, per_page: 10 });
  return data.map((pull) => pull.number);
}
