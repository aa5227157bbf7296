/** Opening a pull request (POST /repos/{owner}/{repo}/pulls), as a draft. */
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
