// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-4N5YQ3QY.mjs";
import {
  RunError
} from "./chunk-GITCBFCA.mjs";

// dist/cli/github.js
var GITHUB_OPTIONS = {
  repo: { type: "string", valueName: "eigenaar/naam", description: "De GitHub-repository (standaard: GITHUB_REPOSITORY)." },
  "api-url": { type: "string", valueName: "url", description: "De GitHub-API (standaard: GITHUB_API_URL of https://api.github.com)." }
};
function githubToken(context) {
  return context.io.env.GITHUB_TOKEN?.trim() || void 0;
}
function repositoryName(context) {
  return context.values.repo ?? context.io.env.GITHUB_REPOSITORY;
}
async function connectGitHub(context, token, command) {
  const github = await import("./client-WJ7225FL.mjs");
  const repoText = repositoryName(context);
  const repository = github.parseRepository(repoText);
  if (!repository) {
    throw new UsageError(repoText ? `--repo moet de vorm eigenaar/naam hebben, niet '${repoText}'.` : "Geef de GitHub-repository op met --repo eigenaar/naam (in GitHub Actions staat die in GITHUB_REPOSITORY).", command);
  }
  const apiUrl = context.values["api-url"] ?? context.io.env.GITHUB_API_URL;
  const retryMs = Number(context.io.env.KLACHT_GITHUB_RETRY_MS);
  const client = github.createClient({
    token,
    ...apiUrl ? { baseUrl: apiUrl } : {},
    ...Number.isFinite(retryMs) && retryMs > 0 ? { retryBaseMs: retryMs } : {},
    notice: (text) => context.io.stderr(`${text}
`)
  });
  return { client, repository, github };
}
async function pullRequestReviews(context, pullNumber, options = {}) {
  const prText = pullNumber === void 0 ? context.values.pr : String(pullNumber);
  const number = Number(prText);
  if (!prText || !Number.isInteger(number) || number < 1)
    throw new UsageError("Geef het nummer van de pull request op met --pr.", "ondertekening");
  const token = githubToken(context);
  if (!token)
    throw new RunError("GITHUB_TOKEN ontbreekt: de goedkeuringen staan in GitHub. In de workflow: env: GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }} en permissions: pull-requests: read.");
  const { client, repository, github } = await connectGitHub(context, token, "ondertekening");
  const { headPush, pullRequestFacts, workflowStarter, WORKFLOW_PUSHER } = await import("./reviews-ZXPI4ZY7.mjs");
  try {
    const facts = await pullRequestFacts(client, repository, number);
    if (options.pusher !== true)
      return facts;
    const push = await headPush(client, repository, facts.headRef, facts.headSha);
    const pusher = push?.actor ?? null;
    const starter = pusher?.toLowerCase() === WORKFLOW_PUSHER ? { starter: await workflowStarter(client, repository, facts, push) } : {};
    return { ...facts, headCommit: { ...facts.headCommit, pusher, ...starter } };
  } catch (error) {
    throw new RunError(github.explainGitHubError(error, repository, { pullRequest: number }).message);
  }
}

export {
  GITHUB_OPTIONS,
  githubToken,
  repositoryName,
  connectGitHub,
  pullRequestReviews
};
