/** A pull request's author, branches, latest commit, who made and who pushed that commit, and its reviews, from the GitHub API (not from git). */
import { proposingRunStarter, type BranchPush } from '../core/github-policy/form-runs.js';
import type { PullRequestReviewFacts } from '../core/signing/signatures.js';
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
  /** The head commit's message and parents: a workflow's commit names its run (workflowStarter). */
  readonly headMessage: string;
  readonly headParents: readonly string[];
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
    headMessage: commit.data.commit.message,
    headParents: commit.data.parents.map((p) => p.sha),
    reviews: reviews.map((r) => ({ login: r.user?.login ?? '', state: r.state, commitId: r.commit_id ?? '', submittedAt: r.submitted_at ?? '' })),
  };
}

/**
 * The push that put `headSha` on the pull request's branch, from the repository's activity (pushes,
 * force pushes, branch creations): the newest one whose result is that commit, with who sent it.
 * Null when GitHub lists none. A commit's author and committer are whatever its maker wrote down;
 * the pusher is the account that sent it.
 */
export async function headPush(client: GitHubClient, repository: Repository, headRef: string, headSha: string): Promise<BranchPush | null> {
  const { data } = await client.rest.repos.listActivities({ ...repository, ref: `refs/heads/${headRef}`, direction: 'desc', per_page: 100 });
  const activity = data.find((a) => a.after === headSha);
  return activity ? { actor: activity.actor?.login ?? null, type: activity.activity_type, at: activity.timestamp } : null;
}

/** The account GitHub gives a push made with a workflow's GITHUB_TOKEN. */
export const WORKFLOW_PUSHER = 'github-actions[bot]';

/**
 * Who started the workflow run that made and pushed the head commit (a form, the annual analysis):
 * the person behind a workflow's commit. The run is the one the commit's message links to
 * (`…/<owner>/<repo>/actions/runs/<id>`, as `klacht voorstel` and the annual analysis write it),
 * and it counts only when it is that run (core/github-policy/form-runs.ts): a message can name any
 * run, and any workflow can push as github-actions[bot]. Null when it can't be shown: then nobody
 * can say who made the commit.
 */
export async function workflowStarter(
  client: GitHubClient, repository: Repository, facts: Pick<PullRequestFacts, 'headMessage' | 'headParents' | 'headRef' | 'baseRef'>, push: BranchPush | null,
): Promise<string | null> {
  const links = [...facts.headMessage.matchAll(/\/([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)\/actions\/runs\/(\d+)/g)]
    .filter((m) => m[1]?.toLowerCase() === repository.owner.toLowerCase() && m[2]?.toLowerCase() === repository.repo.toLowerCase());
  const runId = links.at(-1)?.[3];
  if (runId === undefined) return null;
  const { data } = await client.rest.actions.getWorkflowRun({ ...repository, run_id: Number(runId), exclude_pull_requests: true });
  const run = {
    id: data.id, path: data.path, event: data.event, headBranch: data.head_branch, headSha: data.head_sha, status: data.status,
    startedAt: data.run_started_at ?? data.created_at, updatedAt: data.updated_at, starter: data.triggering_actor?.login ?? data.actor?.login ?? null,
  };
  return proposingRunStarter(run, facts, push, repository);
}
