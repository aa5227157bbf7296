/**
 * The deadline issues in GitHub: read ours (found by label and the marker in their body, never by
 * the Search API), plan what to change (core/notifications.ts), and carry the plan out.
 */
import type { Deadline } from '../core/time/deadline.js';
import { actionCost, LABEL, planActions, type ExistingIssue, type IssueContent, type PlannedAction } from '../core/github-policy/notifications.js';
import { statusOf, type GitHubClient, type Repository } from './client.js';

/** Every issue with our label, open and closed, over all pages (pull requests left out). */
export async function listOurIssues(client: GitHubClient, repository: Repository): Promise<ExistingIssue[]> {
  const items = await client.paginate(client.rest.issues.listForRepo, { ...repository, state: 'all', labels: LABEL, per_page: 100 });
  return items.filter((item) => !item.pull_request).map((item) => ({
    number: item.number,
    state: item.state === 'closed' ? 'closed' : 'open',
    title: item.title,
    body: item.body ?? null,
    labels: item.labels.map((label) => (typeof label === 'string' ? label : label.name ?? '')),
    assignees: (item.assignees ?? []).map((user) => user.login),
  }));
}

/** Carries out one action; returns the issue number. */
export async function carryOut(client: GitHubClient, repository: Repository, action: PlannedAction, notice: (text: string) => void = () => undefined): Promise<number> {
  switch (action.action) {
    case 'open': {
      if (action.reopen) {
        await withAssignees(action.assignees, notice, (assignees) => client.rest.issues.update({
          ...repository, issue_number: action.number, state: 'open', title: action.title, body: action.body, labels: [...action.labels], assignees,
        }));
        await client.rest.issues.createComment({ ...repository, issue_number: action.number, body: action.comment });
        return action.number;
      }
      const created = await withAssignees(action.assignees, notice, (assignees) => client.rest.issues.create({
        ...repository, title: action.title, body: action.body, labels: [...action.labels], assignees,
      }));
      return created.data.number;
    }
    case 'update':
      await withAssignees(action.assignees, notice, (assignees) => client.rest.issues.update({
        ...repository, issue_number: action.number, title: action.title, body: action.body, labels: [...action.labels], assignees,
      }));
      return action.number;
    case 'close':
      await client.rest.issues.createComment({ ...repository, issue_number: action.number, body: action.comment });
      await client.rest.issues.update({ ...repository, issue_number: action.number, state: 'closed', state_reason: 'completed' });
      return action.number;
  }
}

/**
 * GitHub refuses (422) an assignee who may not be assigned in the repository. The issue matters
 * more than the assignment: it is made without, and the login is named in a notice.
 */
async function withAssignees<T>(assignees: readonly string[], notice: (text: string) => void, request: (assignees: string[]) => Promise<T>): Promise<T> {
  try {
    return await request([...assignees]);
  } catch (error) {
    if (assignees.length > 0 && statusOf(error) === 422) {
      notice(`Toewijzen aan ${assignees.map((a) => `@${a}`).join(', ')} lukt niet (geen toegang tot de repository?); het issue komt er zonder toewijzing.`);
      return request([]);
    }
    throw error;
  }
}

/** Reads the existing issues and plans what to change. */
export async function planWithGitHub(client: GitHubClient, repository: Repository, wanted: readonly IssueContent[], deadlines: readonly Deadline[]): Promise<PlannedAction[]> {
  return planActions(wanted, await listOurIssues(client, repository), deadlines);
}

/**
 * Carries out the plan in order within `budget` GitHub requests; what was done goes into `done`
 * (action -> issue number) as it happens, so that a failure half-way still says what was done.
 */
export async function carryOutPlan(
  client: GitHubClient,
  repository: Repository,
  plan: readonly PlannedAction[],
  budget: number,
  done: Map<PlannedAction, number>,
  notice: (text: string) => void = () => undefined,
): Promise<void> {
  let spent = 0;
  for (const action of plan) {
    if (spent + actionCost(action) > budget) return;
    done.set(action, await carryOut(client, repository, action, notice));
    spent += actionCost(action);
  }
}
