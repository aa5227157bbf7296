/**
 * One command's own part of the dashboard issue "Klachtenregister" (core/dashboard-sections.ts):
 * written into the issue `klacht meldingen` keeps, found the same way, without touching the rest
 * of its body. Meldingen, in turn, carries the part over when it rewrites the body.
 */
import { section, withSection } from '../core/github-policy/dashboard-sections.js';
import { DASHBOARD_KEY, DASHBOARD_TITLE, issuesByKey, LABEL, marker } from '../core/github-policy/notifications.js';
import type { GitHubClient, Repository } from './client.js';
import { listOurIssues } from './issues.js';

export interface DashboardWrite {
  readonly number: number;
  readonly action: 'created' | 'updated' | 'unchanged';
}

/**
 * Puts `content` in the part `name` of the dashboard issue; makes the issue when there is none
 * yet (meldingen fills in the rest on its next run). Its state is meldingen's business: a closed
 * dashboard is updated, not reopened.
 */
export async function writeDashboardSection(client: GitHubClient, repository: Repository, name: string, content: string): Promise<DashboardWrite> {
  const dashboard = issuesByKey(await listOurIssues(client, repository)).get(DASHBOARD_KEY);
  if (!dashboard) {
    const body = `${marker(DASHBOARD_KEY)}\n_Het overzicht van de termijnen volgt bij de volgende run van de workflow Termijnen (\`klacht meldingen\`)._\n\n${section(name, content)}`;
    const created = await client.rest.issues.create({ ...repository, title: DASHBOARD_TITLE, body, labels: [LABEL] });
    return { number: created.data.number, action: 'created' };
  }
  const body = withSection(dashboard.body ?? '', name, content);
  if (body === dashboard.body) return { number: dashboard.number, action: 'unchanged' };
  await client.rest.issues.update({ ...repository, issue_number: dashboard.number, body });
  return { number: dashboard.number, action: 'updated' };
}
