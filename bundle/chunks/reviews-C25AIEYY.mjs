// klacht, gebundeld door scripts/tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import "./chunk-ZJMSHH4D.mjs";

// dist/github/reviews.js
async function pullRequestFacts(client, repository, number) {
  const pull = await client.rest.pulls.get({ ...repository, pull_number: number });
  const reviews = await client.paginate(client.rest.pulls.listReviews, { ...repository, pull_number: number, per_page: 100 });
  return {
    number,
    author: pull.data.user.login,
    headSha: pull.data.head.sha,
    reviews: reviews.map((r) => ({ login: r.user?.login ?? "", state: r.state, commitId: r.commit_id ?? "", submittedAt: r.submitted_at ?? "" }))
  };
}
export {
  pullRequestFacts
};
