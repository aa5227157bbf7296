// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  connectGitHub,
  githubToken
} from "./chunk-Z6T4L7RN.mjs";
import {
  RunError
} from "./chunk-GITCBFCA.mjs";

// dist/cli/commit-status.js
function runUrl(env) {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = env;
  return server && repo && run && /^\d+$/.test(run) ? `${server}/${repo}/actions/runs/${run}` : void 0;
}
async function setStatus(context, command, status) {
  const token = githubToken(context);
  if (!token)
    throw new RunError("GITHUB_TOKEN ontbreekt: --status zet de uitkomst als commitstatus in GitHub. In de workflow: env: GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }} en permissions: statuses: write.");
  const { client, repository, github } = await connectGitHub(context, token, command);
  const { setCommitStatus } = await import("./statuses-J7UEG4OA.mjs");
  const targetUrl = runUrl(context.io.env);
  try {
    await setCommitStatus(client, repository, {
      sha: status.sha,
      state: status.ok ? "success" : "failure",
      context: status.name,
      description: status.description.slice(0, 140),
      ...targetUrl ? { targetUrl } : {}
    });
  } catch (error) {
    const code = github.statusOf(error);
    const name = `${repository.owner}/${repository.repo}`;
    if (code === 403)
      throw new RunError(`Het token mag geen commitstatus zetten in ${name} (403). Geef de workflow \`permissions: statuses: write\`, of het token de rechten "Commit statuses: Read and write".`);
    if (code === 404 || code === 422)
      throw new RunError(`GitHub kent commit ${status.sha.slice(0, 12)} niet in ${name} (${code}): controleer welke commit is uitgecheckt, en --repo of GITHUB_REPOSITORY.`);
    throw new RunError(github.explainGitHubError(error, repository, { pullRequest: 0 }).message);
  }
  context.io.stderr(`Commitstatus '${status.name}' gezet op ${status.sha.slice(0, 12)}: ${status.ok ? "geslaagd" : "mislukt"}.
`);
}

export {
  runUrl,
  setStatus
};
