// klacht, gebundeld door scripts/tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import "./chunk-ZJMSHH4D.mjs";

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
    reviews: reviews.map((r) => ({ login: r.user?.login ?? "", state: r.state, commitId: r.commit_id ?? "", submittedAt: r.submitted_at ?? "" }))
  };
}
async function headPusher(client, repository, headRef, headSha) {
  const { data } = await client.rest.repos.listActivities({ ...repository, ref: `refs/heads/${headRef}`, direction: "desc", per_page: 100 });
  return data.find((activity) => activity.after === headSha)?.actor?.login ?? null;
}
export {
  headPusher,
  pullRequestFacts
};
