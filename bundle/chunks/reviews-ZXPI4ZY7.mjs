// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  proposingRunStarter
} from "./chunk-5QYYEHPU.mjs";
import "./chunk-MEN2YURF.mjs";
import "./chunk-G45EPIXR.mjs";
import "./chunk-3ZZ24PPU.mjs";
import "./chunk-Y54NMRC7.mjs";
import "./chunk-Z5CEMS3B.mjs";

// dist/github/reviews.js
async function pullRequestFacts(client, repository, number) {
  const pull = await client.rest.pulls.get({ ...repository, pull_number: number });
  const headSha = pull.data.head.sha;
  const [reviews, commit] = await Promise.all([
    client.paginate(client.rest.pulls.listReviews, { ...repository, pull_number: number, per_page: 100 }),
    // The head commit's author and committer as GitHub accounts: the four-eyes rule needs who made it.
    client.rest.repos.getCommit({ ...repository, ref: headSha, per_page: 1 })
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
    reviews: reviews.map((r) => ({ login: r.user?.login ?? "", state: r.state, commitId: r.commit_id ?? "", submittedAt: r.submitted_at ?? "" }))
  };
}
async function headPush(client, repository, headRef, headSha) {
  const { data } = await client.rest.repos.listActivities({ ...repository, ref: `refs/heads/${headRef}`, direction: "desc", per_page: 100 });
  const activity = data.find((a) => a.after === headSha);
  return activity ? { actor: activity.actor?.login ?? null, type: activity.activity_type, at: activity.timestamp } : null;
}
var WORKFLOW_PUSHER = "github-actions[bot]";
async function workflowStarter(client, repository, facts, push) {
  const links = [...facts.headMessage.matchAll(/\/([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)\/actions\/runs\/(\d+)/g)].filter((m) => m[1]?.toLowerCase() === repository.owner.toLowerCase() && m[2]?.toLowerCase() === repository.repo.toLowerCase());
  const runId = links.at(-1)?.[3];
  if (runId === void 0)
    return null;
  const { data } = await client.rest.actions.getWorkflowRun({ ...repository, run_id: Number(runId), exclude_pull_requests: true });
  const run = {
    id: data.id,
    path: data.path,
    event: data.event,
    headBranch: data.head_branch,
    headSha: data.head_sha,
    status: data.status,
    startedAt: data.run_started_at ?? data.created_at,
    updatedAt: data.updated_at,
    starter: data.triggering_actor?.login ?? data.actor?.login ?? null
  };
  return proposingRunStarter(run, facts, push, repository);
}
export {
  WORKFLOW_PUSHER,
  headPush,
  pullRequestFacts,
  workflowStarter
};
