// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  escapeMarkdown
} from "./chunk-HVOL4K7K.mjs";
import {
  KIND_NAMES,
  STATE_NAMES,
  deadlineSubject,
  isOpen
} from "./chunk-JWCINCMC.mjs";
import {
  formatDateDutch,
  formatDateWithWeekday
} from "./chunk-WXEEPH3B.mjs";

// dist/core/github-policy/dashboard-sections.js
function begin(name) {
  return `<!-- klachtenregister:deel=${name}:begin -->`;
}
function end(name) {
  return `<!-- klachtenregister:deel=${name}:einde -->`;
}
var SECTION = /<!-- klachtenregister:deel=([a-z0-9-]+):begin -->[\s\S]*?<!-- klachtenregister:deel=\1:einde -->\n?/g;
function sectionsOf(body) {
  const found = /* @__PURE__ */ new Map();
  for (const match of (body ?? "").matchAll(SECTION))
    found.set(match[1], match[0]);
  return found;
}
function section(name, content) {
  return `${begin(name)}
${content.trimEnd()}
${end(name)}
`;
}
function withSection(body, name, content) {
  const part = section(name, content);
  const existing = sectionsOf(body).get(name);
  if (existing !== void 0)
    return body.replace(existing, () => part);
  return `${body.trimEnd()}

${part}`;
}
function carrySections(previous, fresh) {
  const own = sectionsOf(fresh);
  let body = fresh;
  for (const [name, part] of sectionsOf(previous))
    if (!own.has(name))
      body = `${body.trimEnd()}

${part.trimEnd()}
`;
  return body;
}

// dist/core/github-policy/notifications.js
var LABEL = "klachtenregister";
var STATE_LABELS = { overdue: "termijn verlopen", due_soon: "termijn bijna verlopen" };
var DASHBOARD_KEY = "dashboard";
var DASHBOARD_TITLE = "Klachtenregister";
var MARKER = /<!-- klachtenregister:sleutel=([^\s>]+) -->/;
function marker(key) {
  return `<!-- klachtenregister:sleutel=${key} -->`;
}
function keyOf(body) {
  return body ? MARKER.exec(body)?.[1] : void 0;
}
function deadlineKey(deadline) {
  return `${deadline.id ?? String(deadline.year)}/${deadline.kind}`;
}
function actionCost(action) {
  return action.action === "close" || action.action === "open" && action.reopen ? 2 : 1;
}
var WHAT_TO_DO = {
  registration: "Vul het klachtenformulier in en zet de datum in `geregistreerd`, met status `in behandeling`.",
  acknowledgement: "Stuur de indiener een ontvangstbevestiging en leg die vast in `correspondentie` (richting: uit, soort: ontvangstbevestiging).",
  response: "Stuur de indiener een schriftelijke reactie en leg die vast in `correspondentie` (richting: uit, soort: reactie). Lukt dat niet op tijd, leg dan een verlenging vast in `verlengingen` en meld die de indiener ruim vóór de termijn verstrijkt.",
  extension_notice: "Meld de indiener de verlenging (met reden en nieuwe termijn) vóór de termijn verstrijkt en zet de datum in `verlengingen[].gemeld`.",
  annual_analysis: "Maak de jaaranalyse met `klacht jaaranalyse <jaar>` en zet `analyses/<jaar>.md` in de repository.",
  retention: "De bewaartermijn is voorbij: verwijder de persoonsgegevens met `klacht anonimiseer`."
};
function loginsFor(name, config) {
  if (name === null)
    return [];
  if (name === "directie")
    return config.management.flatMap((p) => p.github ? [p.github] : []);
  const person = [...config.management, ...config.staff].find((p) => p.naam === name);
  return person?.github ? [person.github] : [];
}
function issueFor(deadline, config) {
  const key = deadlineKey(deadline);
  const kind = KIND_NAMES[deadline.kind];
  const overdue = deadline.state === "overdue";
  const title = deadline.kind === "annual_analysis" ? `${overdue ? "Verlopen" : "Binnenkort"}: jaaranalyse ${deadline.year ?? ""} (uiterlijk ${formatDateDutch(deadline.due)})` : `${overdue ? "Verlopen" : "Binnenkort"}: ${kind} ${deadlineSubject(deadline)} (uiterlijk ${formatDateDutch(deadline.due)})`;
  const logins = loginsFor(deadline.responsible, config);
  const responsible = deadline.responsible === null ? "nog niemand aangewezen (vul `klachtverantwoordelijke` in)" : `${deadline.responsible}${logins.length > 0 ? ` (${logins.map((l) => `@${l}`).join(", ")})` : ""}`;
  const lines = [
    marker(key),
    `**${deadline.id ? "Klacht" : "Jaar"}:** ${deadlineSubject(deadline)}${deadline.file ? ` (\`${deadline.file}\`)` : ""}`,
    `**Termijn:** ${kind}${deadline.extension !== void 0 ? ` (verlenging ${deadline.extension + 1})` : ""}`,
    `**Uiterlijk:** ${formatDateWithWeekday(deadline.due)}`,
    `**Stand:** ${STATE_NAMES[deadline.state]}`,
    `**Verantwoordelijk:** ${responsible}`,
    "",
    `**Hoe deze datum berekend is:** ${deadline.explanation}`,
    "",
    `**Wat te doen:** ${WHAT_TO_DO[deadline.kind]}`,
    "",
    "_Dit issue wordt bijgehouden door de workflow Termijnen (`klacht meldingen`) en gesloten zodra de termijn gehaald is. Zet hier geen persoonsgegevens in: naam, adres en omschrijving staan alleen in het klachtbestand._"
  ];
  return {
    key,
    title,
    body: `${lines.join("\n")}
`,
    labels: [LABEL, STATE_LABELS[deadline.state === "overdue" ? "overdue" : "due_soon"]],
    assignees: logins
  };
}
function wantedIssues(deadlines, config) {
  const byKey = /* @__PURE__ */ new Map();
  for (const d of deadlines) {
    if (d.state !== "overdue" && d.state !== "due_soon")
      continue;
    const key = deadlineKey(d);
    const current = byKey.get(key);
    if (!current || d.due < current.due)
      byKey.set(key, d);
  }
  return [...byKey.values()].map((d) => issueFor(d, config));
}
function dashboardIssue(rows, deadlines, today) {
  const open = deadlines.filter((d) => isOpen(d.state));
  const count = (state) => open.filter((d) => d.state === state).length;
  const worst = (id) => {
    const states = open.filter((d) => d.id === id).map((d) => d.state);
    return states.includes("overdue") ? "**verlopen**" : states.includes("due_soon") ? "verloopt binnenkort" : "op schema";
  };
  const lines = [
    marker(DASHBOARD_KEY),
    `Stand op ${formatDateWithWeekday(today)}: ${rows.length} ${rows.length === 1 ? "openstaande klacht" : "openstaande klachten"}; termijnen: ${count("overdue")} verlopen, ${count("due_soon")} binnenkort, ${count("pending")} lopend.`,
    ""
  ];
  if (rows.length > 0) {
    lines.push("| Klacht | Status | Klachtverantwoordelijke | Eerstvolgende termijn | Stand |", "| --- | --- | --- | --- | --- |");
    for (const row of rows) {
      lines.push(`| ${row.id} | ${row.status ?? "-"} | ${escapeMarkdown(row.klachtverantwoordelijke ?? "-")} | ${row.next_due ? formatDateDutch(row.next_due) : "-"} | ${worst(row.id)} |`);
    }
  }
  const analyses = open.filter((d) => d.kind === "annual_analysis" && d.state !== "pending");
  for (const d of analyses)
    lines.push("", `Jaaranalyse ${d.year ?? ""}: uiterlijk ${formatDateDutch(d.due)}, ${STATE_NAMES[d.state]}.`);
  lines.push("", '_Dit overzicht wordt elke ochtend bijgewerkt door de workflow Termijnen (`klacht meldingen`). Maak het vast met "Pin issue". Zonder persoonsgegevens._');
  return { key: DASHBOARD_KEY, title: DASHBOARD_TITLE, body: `${lines.join("\n")}
`, labels: [LABEL], assignees: [] };
}
function sameSet(a, b) {
  const left = new Set(a);
  return left.size === new Set(b).size && b.every((x) => left.has(x));
}
function closingComment(key, deadlines) {
  const matching = deadlines.filter((d) => deadlineKey(d) === key);
  const done = matching.find((d) => d.done !== null && !isOpen(d.state));
  if (matching.length > 0 && matching.every((d) => !isOpen(d.state))) {
    return done?.done ? `De termijn is gehaald: gedaan op ${formatDateDutch(done.done)}.` : "De termijn is gehaald.";
  }
  const pending = matching.find((d) => d.state === "pending");
  if (pending)
    return `De termijn loopt nu tot ${formatDateDutch(pending.due)} en verloopt niet binnenkort (bijvoorbeeld door een verlenging).`;
  return "Deze termijn staat niet meer in het register.";
}
function issuesByKey(existing) {
  const byKey = /* @__PURE__ */ new Map();
  for (const issue of [...existing].sort((a, b) => a.number - b.number)) {
    const key = keyOf(issue.body);
    if (key === void 0)
      continue;
    const current = byKey.get(key);
    if (!current || issue.state === "open" || current.state === "closed")
      byKey.set(key, issue);
  }
  return byKey;
}
function planActions(wanted, existing, deadlines) {
  const byKey = issuesByKey(existing);
  const actions = [];
  const wantedKeys = new Set(wanted.map((w) => w.key));
  for (const content of wanted) {
    const issue = byKey.get(content.key);
    const { key, title, labels, assignees } = content;
    const body = key === DASHBOARD_KEY ? carrySections(issue?.body, content.body) : content.body;
    if (!issue) {
      actions.push({ action: "open", key, title, body, labels, assignees });
    } else if (issue.state === "closed") {
      actions.push({
        action: "open",
        key,
        title,
        body,
        labels,
        assignees,
        reopen: true,
        number: issue.number,
        comment: key === DASHBOARD_KEY ? "Dit overzicht wordt weer bijgehouden." : "Heropend: deze termijn is opnieuw (bijna) verlopen."
      });
    } else if (issue.title !== title || (issue.body ?? "") !== body || !sameSet(issue.labels, labels) || !sameSet(issue.assignees, assignees)) {
      actions.push({ action: "update", key, title, body, labels, assignees, number: issue.number });
    }
  }
  for (const [key, issue] of byKey) {
    if (issue.state === "open" && !wantedKeys.has(key) && key !== DASHBOARD_KEY) {
      actions.push({ action: "close", key, title: issue.title, body: issue.body ?? "", number: issue.number, comment: closingComment(key, deadlines) });
    }
  }
  const urgency = (a) => {
    if (a.key === DASHBOARD_KEY)
      return 9;
    const overdue = a.action !== "close" && a.labels.includes(STATE_LABELS.overdue);
    if (a.action === "open")
      return overdue ? 0 : 1;
    if (a.action === "update")
      return overdue ? 2 : 3;
    return 4;
  };
  return actions.map((a, i) => ({ a, i })).sort((x, y) => urgency(x.a) - urgency(y.a) || x.i - y.i).map(({ a }) => a);
}

export {
  section,
  withSection,
  LABEL,
  DASHBOARD_KEY,
  DASHBOARD_TITLE,
  marker,
  actionCost,
  wantedIssues,
  dashboardIssue,
  issuesByKey,
  planActions
};
