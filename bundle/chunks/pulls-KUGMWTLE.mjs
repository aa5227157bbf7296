// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import "./chunk-Z5CEMS3B.mjs";

// dist/github/pulls.js
async function openDraftPullRequest(client, repository, pull) {
  const { data } = await client.rest.pulls.create({ ...repository, title: pull.title, body: pull.body, head: pull.head, base: pull.base, draft: true });
  return { number: data.number, url: data.html_url };
}
async function openPullRequestsOf(client, repository, branch) {
  const { data } = await client.rest.pulls.list({ ...repository, state: "open", head: `${repository.owner}:${branch}`, per_page: 10 });
  return data.map((pull) => pull.number);
}
export {
  openDraftPullRequest,
  openPullRequestsOf
};
