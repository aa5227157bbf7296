// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  SETTINGS_ENVIRONMENT
} from "./chunk-AR47TBIY.mjs";
import {
  CONFIG_FILE
} from "./chunk-6PZIGJ5Y.mjs";
import {
  statusOf
} from "./chunk-QZ7MD4HK.mjs";
import "./chunk-GITCBFCA.mjs";
import "./chunk-Z5CEMS3B.mjs";

// dist/github/settings.js
async function readSettings(client, repository, directieOf) {
  const { data } = await client.rest.repos.get({ ...repository });
  const branch = data.default_branch;
  const facts = {
    fullName: data.full_name,
    private: data.private,
    ...data.visibility ? { visibility: data.visibility } : {},
    ownerType: data.owner.type === "Organization" ? "Organization" : "User",
    defaultBranch: branch,
    allowForking: data.allow_forking,
    mergeMethods: data.allow_merge_commit === void 0 && data.allow_squash_merge === void 0 && data.allow_rebase_merge === void 0 ? void 0 : { merge: data.allow_merge_commit === true, squash: data.allow_squash_merge === true, rebase: data.allow_rebase_merge === true }
  };
  const [plan, rulesetsAvailable, branchRules, protection, workflow, retentionDays, tagRulesets, codeownersErrors, directieAccess, environment, repositorySecrets] = await Promise.all([
    readout(() => readPlan(client, repository.owner, facts.ownerType)),
    readout(async () => {
      await client.rest.repos.getRepoRulesets({ ...repository, per_page: 1 });
      return true;
    }),
    readout(() => readBranchRules(client, repository, branch)),
    readout(() => readProtection(client, repository, branch)),
    readout(async () => {
      const answer = await client.rest.actions.getGithubActionsDefaultWorkflowPermissionsRepository({ ...repository });
      return { defaultPermissions: answer.data.default_workflow_permissions, canApprovePullRequests: answer.data.can_approve_pull_request_reviews };
    }),
    readout(async () => (await client.request("GET /repos/{owner}/{repo}/actions/permissions/artifact-and-log-retention", { ...repository })).data.days),
    readout(() => readTagRulesets(client, repository)),
    readout(() => readCodeownersErrors(client, repository, branch)),
    readout(() => readDirectieAccess(client, repository, branch, directieOf)),
    readout(() => readEnvironment(client, repository)),
    readout(async () => (await client.paginate(client.rest.actions.listRepoSecrets, { ...repository, per_page: 100 })).map((secret) => secret.name))
  ]);
  return { repository: facts, plan, rulesetsAvailable, branchRules, protection, workflow, retentionDays, tagRulesets, codeownersErrors, directieAccess, environment, repositorySecrets };
}
async function orNull(read, absent) {
  try {
    return await read();
  } catch (error) {
    if (statusOf(error) === 404 && absent.test(messageOf(error)))
      return null;
    throw error;
  }
}
async function readTagRulesets(client, repository) {
  const listed = await client.paginate(client.rest.repos.getRepoRulesets, { ...repository, targets: "tag", per_page: 100 });
  const tags = listed.filter((r) => r.target === "tag");
  return Promise.all(tags.map(async (r) => {
    const { data } = await client.rest.repos.getRepoRuleset({ ...repository, ruleset_id: r.id });
    return {
      id: data.id,
      name: data.name,
      enforcement: data.enforcement,
      include: data.conditions?.ref_name?.include ?? [],
      exclude: data.conditions?.ref_name?.exclude ?? [],
      rules: (data.rules ?? []).map((rule) => rule.type),
      bypassActors: data.bypass_actors?.map((a) => actorName(a.actor_type, a.actor_id ?? null))
    };
  }));
}
async function readCodeownersErrors(client, repository, branch) {
  return orNull(async () => (await client.rest.repos.codeownersErrors({ ...repository, ref: branch })).data.errors.map((e) => ({ line: e.line, kind: e.kind })), /not found/i);
}
async function readDirectieAccess(client, repository, branch, directieOf) {
  const text = await orNull(async () => {
    const { data } = await client.rest.repos.getContent({ ...repository, path: CONFIG_FILE, ref: branch });
    if (Array.isArray(data) || data.type !== "file" || !("content" in data))
      return null;
    return Buffer.from(data.content, "base64").toString("utf8");
  }, /not found/i);
  if (text === null)
    return null;
  return Promise.all(directieOf(text).map(async (login) => {
    const permission = await orNull(async () => (await client.rest.repos.getCollaboratorPermissionLevel({ ...repository, username: login })).data.permission, /./);
    return { login, permission };
  }));
}
async function readEnvironment(client, repository) {
  const environment = await orNull(async () => (await client.rest.repos.getEnvironment({ ...repository, environment_name: SETTINGS_ENVIRONMENT })).data, /not found/i);
  if (environment === null)
    return null;
  const policy = environment.deployment_branch_policy;
  if (!policy)
    return { branches: { kind: "all" } };
  if (!policy.custom_branch_policies)
    return { branches: { kind: policy.protected_branches ? "protected" : "all" } };
  const { data } = await client.rest.repos.listDeploymentBranchPolicies({ ...repository, environment_name: SETTINGS_ENVIRONMENT, per_page: 100 });
  const names = (type) => data.branch_policies.filter((p) => (p.type ?? "branch") === type).map((p) => p.name ?? "");
  return { branches: { kind: "selected", branches: names("branch"), tags: names("tag") } };
}
var Hidden = class extends Error {
};
async function readout(read) {
  try {
    return { status: "read", value: await read() };
  } catch (error) {
    if (error instanceof Hidden)
      return { status: "forbidden" };
    const status = statusOf(error);
    if (status === 403 && /upgrade to github pro/i.test(messageOf(error)))
      return { status: "needs_paid_plan" };
    if (status === 403 || status === 404)
      return { status: "forbidden", httpStatus: status };
    throw error;
  }
}
function messageOf(error) {
  return error instanceof Error ? error.message : "";
}
async function readPlan(client, owner, ownerType) {
  if (ownerType === "Organization") {
    const { data: data2 } = await client.rest.orgs.get({ org: owner });
    if (!data2.plan)
      throw new Hidden();
    return data2.plan.name;
  }
  const { data } = await client.rest.users.getAuthenticated();
  if (data.login.toLowerCase() !== owner.toLowerCase() || !("plan" in data) || !data.plan)
    throw new Hidden();
  return data.plan.name;
}
function toRule(raw) {
  const rulesetId = raw.ruleset_id ?? -1;
  switch (raw.type) {
    case "pull_request": {
      const p = raw.parameters;
      return {
        type: "pull_request",
        rulesetId,
        codeOwnerReview: p?.require_code_owner_review === true,
        dismissStaleReviews: p?.dismiss_stale_reviews_on_push === true,
        lastPushApproval: p?.require_last_push_approval === true,
        allowedMergeMethods: p?.allowed_merge_methods?.filter((m) => m === "merge" || m === "squash" || m === "rebase")
      };
    }
    case "required_status_checks":
      return {
        type: "required_status_checks",
        rulesetId,
        checks: (raw.parameters?.required_status_checks ?? []).map((c) => c.context),
        strict: raw.parameters?.strict_required_status_checks_policy === true
      };
    case "non_fast_forward":
    case "deletion":
    case "required_linear_history":
      return { type: raw.type, rulesetId };
    default:
      return void 0;
  }
}
async function readBranchRules(client, repository, branch) {
  const raw = await client.paginate(client.rest.repos.getBranchRules, { ...repository, branch, per_page: 100 });
  const rules = raw.flatMap((r) => toRule(r) ?? []);
  const ids = [...new Set(rules.map((r) => r.rulesetId))].filter((id) => id >= 0);
  const rulesets = await Promise.all(ids.map((id) => readRuleset(client, repository, id)));
  return { rules, rulesets };
}
async function readRuleset(client, repository, id) {
  const answer = await readout(async () => (await client.rest.repos.getRepoRuleset({ ...repository, ruleset_id: id })).data);
  if (answer.status !== "read")
    return { id, name: `#${id}`, bypassActors: void 0 };
  return { id, name: answer.value.name, bypassActors: answer.value.bypass_actors?.map((a) => actorName(a.actor_type, a.actor_id ?? null)) };
}
function actorName(type, id) {
  switch (type) {
    case "OrganizationAdmin":
      return "beheerders van de organisatie";
    case "RepositoryRole":
      return id === 5 ? "de rol admin" : `repositoryrol ${id ?? "?"}`;
    case "Team":
      return `team ${id ?? "?"}`;
    case "Integration":
      return `app ${id ?? "?"}`;
    case "DeployKey":
      return "deploy keys";
    default:
      return type;
  }
}
async function readProtection(client, repository, branch) {
  let data;
  try {
    data = (await client.rest.repos.getBranchProtection({ ...repository, branch })).data;
  } catch (error) {
    if (statusOf(error) === 404 && /branch not protected/i.test(messageOf(error)))
      return null;
    throw error;
  }
  const reviews = data.required_pull_request_reviews;
  const allowances = reviews?.bypass_pull_request_allowances;
  const checks = data.required_status_checks;
  return {
    pullRequest: reviews ? {
      codeOwnerReview: reviews.require_code_owner_reviews === true,
      dismissStaleReviews: reviews.dismiss_stale_reviews === true,
      lastPushApproval: reviews.require_last_push_approval === true,
      bypassAllowances: (allowances?.users?.length ?? 0) + (allowances?.teams?.length ?? 0) + (allowances?.apps?.length ?? 0)
    } : void 0,
    requiredChecks: [.../* @__PURE__ */ new Set([...checks?.contexts ?? [], ...(checks?.checks ?? []).map((c) => c.context)])],
    strictChecks: checks?.strict === true,
    allowForcePushes: data.allow_force_pushes?.enabled === true,
    allowDeletions: data.allow_deletions?.enabled === true,
    enforceAdmins: data.enforce_admins?.enabled === true,
    linearHistory: data.required_linear_history?.enabled === true
  };
}
export {
  readSettings
};
