// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  LABEL,
  actionCost,
  planActions
} from "./chunk-SSLY6QCN.mjs";
import {
  statusOf
} from "./chunk-QZ7MD4HK.mjs";

// dist/github/issues.js
async function listOurIssues(client, repository) {
  const items = await client.paginate(client.rest.issues.listForRepo, { ...repository, state: "all", labels: LABEL, per_page: 100 });
  return items.filter((item) => !item.pull_request).map((item) => ({
    number: item.number,
    state: item.state === "closed" ? "closed" : "open",
    title: item.title,
    body: item.body ?? null,
    labels: item.labels.map((label) => typeof label === "string" ? label : label.name ?? ""),
    assignees: (item.assignees ?? []).map((user) => user.login)
  }));
}
async function carryOut(client, repository, action, notice = () => void 0) {
  switch (action.action) {
    case "open": {
      if (action.reopen) {
        await withAssignees(action.assignees, notice, (assignees) => client.rest.issues.update({
          ...repository,
          issue_number: action.number,
          state: "open",
          title: action.title,
          body: action.body,
          labels: [...action.labels],
          assignees
        }));
        await client.rest.issues.createComment({ ...repository, issue_number: action.number, body: action.comment });
        return action.number;
      }
      const created = await withAssignees(action.assignees, notice, (assignees) => client.rest.issues.create({
        ...repository,
        title: action.title,
        body: action.body,
        labels: [...action.labels],
        assignees
      }));
      return created.data.number;
    }
    case "update":
      await withAssignees(action.assignees, notice, (assignees) => client.rest.issues.update({
        ...repository,
        issue_number: action.number,
        title: action.title,
        body: action.body,
        labels: [...action.labels],
        assignees
      }));
      return action.number;
    case "close":
      await client.rest.issues.createComment({ ...repository, issue_number: action.number, body: action.comment });
      await client.rest.issues.update({ ...repository, issue_number: action.number, state: "closed", state_reason: "completed" });
      return action.number;
  }
}
async function withAssignees(assignees, notice, request) {
  try {
    return await request([...assignees]);
  } catch (error) {
    if (assignees.length > 0 && statusOf(error) === 422) {
      notice(`Toewijzen aan ${assignees.map((a) => `@${a}`).join(", ")} lukt niet (geen toegang tot de repository?); het issue komt er zonder toewijzing.`);
      return request([]);
    }
    throw error;
  }
}
async function planWithGitHub(client, repository, wanted, deadlines) {
  return planActions(wanted, await listOurIssues(client, repository), deadlines);
}
async function carryOutPlan(client, repository, plan, budget, done, notice = () => void 0) {
  let spent = 0;
  for (const action of plan) {
    if (spent + actionCost(action) > budget)
      return;
    done.set(action, await carryOut(client, repository, action, notice));
    spent += actionCost(action);
  }
}

export {
  listOurIssues,
  carryOut,
  planWithGitHub,
  carryOutPlan
};
