// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import "./chunk-Z5CEMS3B.mjs";

// dist/github/statuses.js
async function setCommitStatus(client, repository, status) {
  await client.rest.repos.createCommitStatus({
    ...repository,
    sha: status.sha,
    state: status.state,
    context: status.context,
    description: status.description,
    ...status.targetUrl ? { target_url: status.targetUrl } : {}
  });
}
export {
  setCommitStatus
};
