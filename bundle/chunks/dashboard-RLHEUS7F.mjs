// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  listOurIssues
} from "./chunk-3JC2T4ZH.mjs";
import {
  DASHBOARD_KEY,
  DASHBOARD_TITLE,
  LABEL,
  issuesByKey,
  marker,
  section,
  withSection
} from "./chunk-SSLY6QCN.mjs";
import "./chunk-HVOL4K7K.mjs";
import "./chunk-QZ7MD4HK.mjs";
import "./chunk-GITCBFCA.mjs";
import "./chunk-Y54NMRC7.mjs";
import "./chunk-Z5CEMS3B.mjs";

// dist/github/dashboard.js
async function writeDashboardSection(client, repository, name, content) {
  const dashboard = issuesByKey(await listOurIssues(client, repository)).get(DASHBOARD_KEY);
  if (!dashboard) {
    const body2 = `${marker(DASHBOARD_KEY)}
_Het overzicht van de termijnen volgt bij de volgende run van de workflow Termijnen (\`klacht meldingen\`)._

${section(name, content)}`;
    const created = await client.rest.issues.create({ ...repository, title: DASHBOARD_TITLE, body: body2, labels: [LABEL] });
    return { number: created.data.number, action: "created" };
  }
  const body = withSection(dashboard.body ?? "", name, content);
  if (body === dashboard.body)
    return { number: dashboard.number, action: "unchanged" };
  await client.rest.issues.update({ ...repository, issue_number: dashboard.number, body });
  return { number: dashboard.number, action: "updated" };
}
export {
  writeDashboardSection
};
