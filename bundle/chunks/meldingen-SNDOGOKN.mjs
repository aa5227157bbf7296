// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  dashboardIssue,
  planActions,
  wantedIssues
} from "./chunk-SSLY6QCN.mjs";
import {
  GITHUB_OPTIONS,
  connectGitHub,
  githubToken
} from "./chunk-Z6T4L7RN.mjs";
import "./chunk-HVOL4K7K.mjs";
import {
  openComplaintRows
} from "./chunk-4DSOJ2ZQ.mjs";
import {
  complaintsOf,
  loadDeadlines
} from "./chunk-7F2HNHAN.mjs";
import {
  defineCommand
} from "./chunk-VTOBHORP.mjs";
import "./chunk-5FUXISE3.mjs";
import "./chunk-CZMNQTA7.mjs";
import "./chunk-H6FA2GJG.mjs";
import "./chunk-ZAAEDPLE.mjs";
import "./chunk-Z4ZZ64GF.mjs";
import "./chunk-W7APRSVY.mjs";
import {
  UsageError,
  printJson
} from "./chunk-4N5YQ3QY.mjs";
import "./chunk-6PZIGJ5Y.mjs";
import "./chunk-UVHECV36.mjs";
import "./chunk-KK3T65I5.mjs";
import "./chunk-ZC7VFHT2.mjs";
import "./chunk-UCIYNJQ2.mjs";
import "./chunk-6S5FGJI4.mjs";
import {
  RunError
} from "./chunk-GITCBFCA.mjs";
import "./chunk-3ZZ24PPU.mjs";
import {
  plural
} from "./chunk-Y54NMRC7.mjs";
import "./chunk-Z5CEMS3B.mjs";

// dist/cli/commands/meldingen.js
var DEFAULT_BUDGET = 40;
var meldingen = defineCommand({
  spec: {
    name: "meldingen",
    summary: "brengt de GitHub-issues voor (bijna) verlopen termijnen in orde",
    description: [
      "Opent een GitHub-issue voor elke termijn die binnenkort verloopt of verlopen is (één per klacht en",
      "soort termijn), werkt het bij als er iets veranderd is, sluit het zodra de termijn gehaald is, en",
      'houdt één overzichtsissue "Klachtenregister" bij. Issues worden teruggevonden aan het label',
      '"klachtenregister" en een verborgen markering; opnieuw draaien maakt nooit dubbele issues.',
      "Er staan nooit persoonsgegevens in: alleen klachtnummer, soort termijn, datum, stand en de",
      "verantwoordelijke. Het token komt uit GITHUB_TOKEN, de repository uit GITHUB_REPOSITORY of --repo.",
      "Met --dry-run wordt niets verstuurd: zonder token alsof er nog geen issues zijn, met token na het",
      "lezen van de bestaande issues."
    ].join("\n"),
    options: {
      "dry-run": { type: "boolean", description: "Toon alleen het plan; verstuur niets." },
      ...GITHUB_OPTIONS,
      "max-acties": { type: "string", valueName: "aantal", description: `Hoogstens zoveel schrijfacties naar GitHub per keer (standaard ${DEFAULT_BUDGET}); de rest volgt de volgende keer.` }
    },
    examples: [
      "klacht meldingen --dry-run --register examples/register",
      "GITHUB_TOKEN=... klacht meldingen --repo liberi/klachten",
      "klacht meldingen --dry-run --json"
    ]
  },
  async run(context) {
    const budget = parseBudget(context.values["max-acties"]);
    const dryRun = context.values["dry-run"] === true;
    const token = githubToken(context);
    const { loaded, deadlines } = await loadDeadlines(context);
    const rows = openComplaintRows(complaintsOf(loaded), deadlines);
    const wanted = [...wantedIssues(deadlines, loaded.context.config), dashboardIssue(rows, deadlines, context.today)];
    if (!token && !dryRun) {
      throw new RunError("GITHUB_TOKEN ontbreekt: zonder token kan klacht meldingen geen issues maken. In GitHub Actions: geef de stap `env: GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}` en de workflow `permissions: issues: write`. Wilt u alleen het plan zien, gebruik dan --dry-run.");
    }
    if (!token) {
      report(context, planActions(wanted, [], deadlines), void 0, true);
      return 0;
    }
    const { client, repository, github } = await connectGitHub(context, token, "meldingen");
    const sync = await import("./issues-6X3V7RUH.mjs");
    const notice = (text) => context.io.stderr(`${text}
`);
    let plan;
    try {
      plan = await sync.planWithGitHub(client, repository, wanted, deadlines);
    } catch (error) {
      throw new RunError(github.explainGitHubError(error, repository).message);
    }
    if (dryRun) {
      report(context, plan, void 0, false);
      return 0;
    }
    const done = /* @__PURE__ */ new Map();
    try {
      await sync.carryOutPlan(client, repository, plan, budget, done, notice);
    } catch (error) {
      report(context, plan, done, false);
      throw new RunError(github.explainGitHubError(error, repository).message);
    }
    report(context, plan, done, false);
    return 0;
  }
});
function parseBudget(value) {
  if (value === void 0)
    return DEFAULT_BUDGET;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1)
    throw new UsageError(`--max-acties moet een geheel getal vanaf 1 zijn, niet '${value}'.`, "meldingen");
  return number;
}
function pastVerb(action) {
  switch (action.action) {
    case "open":
      return action.reopen ? "heropend" : "geopend";
    case "update":
      return "bijgewerkt";
    case "close":
      return "gesloten";
  }
}
function planVerb(action) {
  switch (action.action) {
    case "open":
      return action.reopen ? `heropenen #${action.number}` : "openen";
    case "update":
      return `bijwerken #${action.number}`;
    case "close":
      return `sluiten #${action.number}`;
  }
}
function report(context, plan, done, withoutToken) {
  if (context.json) {
    printJson(context, {
      dry_run: done === void 0,
      actions: plan.map((a) => ({
        action: a.action,
        key: a.key,
        title: a.title,
        body: a.body,
        ..."number" in a ? { number: a.number } : {},
        ...a.action === "open" && a.reopen ? { reopen: true } : {},
        ...a.action !== "close" ? { labels: a.labels, assignees: a.assignees } : { comment: a.comment },
        ...done ? { done: done.has(a), ...done.has(a) ? { number: done.get(a) } : {} } : {}
      }))
    });
    return;
  }
  if (done === void 0) {
    context.io.stdout(withoutToken ? "Plan zonder GITHUB_TOKEN: gerekend alsof er nog geen issues zijn. Er is niets verstuurd.\n\n" : "Plan na het lezen van de bestaande issues. Er is niets verstuurd.\n\n");
    if (plan.length === 0)
      context.io.stdout("Alles is al in orde: niets te doen.\n");
    for (const action of plan)
      context.io.stdout(`${planVerb(action).padEnd(16)}  ${action.key.padEnd(28)}  ${action.title}
`);
    if (plan.length > 0)
      context.io.stdout(`
${plural(plan.length, "actie", "acties")}.
`);
    return;
  }
  if (!context.json) {
    for (const [action, number] of done)
      context.io.stdout(`${pastVerb(action).padEnd(10)}  #${String(number).padEnd(5)} ${action.key}
`);
  }
  const count = (kind, reopen = false) => [...done.keys()].filter((a) => a.action === kind && (a.action !== "open" || Boolean(a.reopen) === reopen)).length;
  const postponed = plan.length - done.size;
  context.io.stdout(`${count("open")} geopend, ${count("open", true)} heropend, ${count("update")} bijgewerkt, ${count("close")} gesloten.${plan.length === 0 ? " Alles was al in orde." : ""}
`);
  if (postponed > 0)
    context.io.stderr(`${plural(postponed, "actie", "acties")} uitgesteld tot de volgende keer (--max-acties).
`);
}
export {
  meldingen
};
