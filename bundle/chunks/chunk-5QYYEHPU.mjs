// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  FORMS
} from "./chunk-MEN2YURF.mjs";

// dist/core/github-policy/form-runs.js
var ANNUAL_ANALYSIS_WORKFLOW = ".github/workflows/jaaranalyse.yml";
var PROPOSERS = new Map([
  // `klacht voorstel` names the branch after the run (and a re-run's attempt): formulier/<ids>-<stap>-<run>[-<attempt>].
  ...FORMS.filter((form) => form.step !== void 0).map((form) => [`.github/workflows/${form.file}`, {
    events: ["workflow_dispatch"],
    branch: (id) => new RegExp(`^formulier/.+-${id}(?:-\\d+)?$`)
  }]),
  [ANNUAL_ANALYSIS_WORKFLOW, { events: ["workflow_dispatch", "schedule"], branch: () => /^jaaranalyse-\d{4}$/ }]
]);
function proposerOf(path, repository, baseRef) {
  const match = /^(?:([^/]+)\/([^/]+)\/)?(\.github\/workflows\/[^@]+)(?:@(.+))?$/.exec(path);
  if (!match)
    return void 0;
  const [, owner, repo, file = "", ref] = match;
  if (owner !== void 0 && (owner.toLowerCase() !== repository.owner.toLowerCase() || repo?.toLowerCase() !== repository.repo.toLowerCase()))
    return void 0;
  if (ref !== void 0 && ref !== baseRef && ref !== `refs/heads/${baseRef}`)
    return void 0;
  return PROPOSERS.get(file);
}
function proposingRunStarter(run, pull, push, repository) {
  const proposer = proposerOf(run.path, repository, pull.baseRef);
  if (!proposer || !proposer.events.includes(run.event))
    return null;
  if (run.headBranch !== pull.baseRef || !pull.headParents.includes(run.headSha))
    return null;
  if (!proposer.branch(run.id).test(pull.headRef))
    return null;
  if (!push || push.type !== "branch_creation")
    return null;
  const at = Date.parse(push.at);
  const started = Date.parse(run.startedAt ?? "");
  if (!(at >= started))
    return null;
  if (run.status === "completed" && !(at <= Date.parse(run.updatedAt ?? "")))
    return null;
  return run.starter;
}

export {
  ANNUAL_ANALYSIS_WORKFLOW,
  proposingRunStarter
};
