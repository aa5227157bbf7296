// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  escapeMarkdown
} from "./chunk-HVOL4K7K.mjs";
import {
  loadDeadlines
} from "./chunk-7F2HNHAN.mjs";
import {
  defineCommand
} from "./chunk-VTOBHORP.mjs";
import "./chunk-5FUXISE3.mjs";
import {
  appendJobSummary
} from "./chunk-GBMCZDUH.mjs";
import "./chunk-CZMNQTA7.mjs";
import "./chunk-H6FA2GJG.mjs";
import "./chunk-ZAAEDPLE.mjs";
import "./chunk-Z4ZZ64GF.mjs";
import "./chunk-W7APRSVY.mjs";
import {
  printJson,
  unknownComplaint
} from "./chunk-4N5YQ3QY.mjs";
import "./chunk-6PZIGJ5Y.mjs";
import "./chunk-UVHECV36.mjs";
import "./chunk-KK3T65I5.mjs";
import "./chunk-ZC7VFHT2.mjs";
import "./chunk-UCIYNJQ2.mjs";
import "./chunk-6S5FGJI4.mjs";
import "./chunk-GITCBFCA.mjs";
import "./chunk-3ZZ24PPU.mjs";
import {
  STATE_NAMES,
  deadlineKindName,
  deadlineSubject,
  formatDateDutch,
  formatDateWithWeekday,
  isOpen,
  plural
} from "./chunk-Y54NMRC7.mjs";
import "./chunk-Z5CEMS3B.mjs";

// dist/cli/commands/termijnen.js
var termijnen = defineCommand({
  spec: {
    name: "termijnen",
    summary: "alle termijnen van alle klachten, op datum, met wat er verlopen is",
    positionals: "[klachtnummers...]",
    maxPositionals: Infinity,
    description: [
      "Toont elke termijn van elke klacht (registratie, ontvangstbevestiging, reactie, melding van een",
      "verlenging, bewaartermijn) en de jaaranalyse per jaar, gesorteerd op de uiterste datum. Met",
      "--uitleg staat onder elke regel hoe die datum berekend is: het begin, de termijn, elke verlenging",
      "en elke verschuiving voorbij een weekend of feestdag. Klachten met fouten tellen mee voor zover",
      "hun datums het toelaten. Uitkomst 1 als er een termijn verlopen is."
    ].join("\n"),
    options: {
      uitleg: { type: "boolean", description: "Toon onder elke termijn hoe de datum berekend is." },
      open: { type: "boolean", description: "Alleen termijnen die nog niet gehaald zijn." },
      samenvatting: {
        type: "string",
        valueName: "bestand",
        description: 'Voeg de tabel als Markdown toe aan dit bestand (in GitHub Actions: "$GITHUB_STEP_SUMMARY"). Zonder persoonsgegevens.'
      }
    },
    examples: [
      "klacht termijnen",
      "klacht termijnen --uitleg KL-2026-004",
      "klacht termijnen --open --register examples/register",
      "klacht termijnen --json"
    ]
  },
  async run(context) {
    const { loaded, deadlines: all } = await loadDeadlines(context);
    const wanted = new Set(context.positionals);
    for (const id of wanted) {
      if (!all.some((d) => d.id === id))
        throw unknownComplaint(id, "termijnen", { detail: " (of heeft nog geen datums)" });
    }
    const onlyOpen = context.values.open === true;
    const deadlines = wanted.size === 0 && !onlyOpen ? all : all.filter((d) => (wanted.size === 0 || d.id !== null && wanted.has(d.id)) && (!onlyOpen || isOpen(d.state)));
    const overdue = deadlines.some((d) => d.state === "overdue");
    appendJobSummary(context, markdownSummary(deadlines, context));
    if (context.json) {
      printJson(context, { today: context.today, deadlines: deadlines.map(toJson) });
      return overdue ? 1 : 0;
    }
    const { colors } = context;
    context.io.stdout(`Termijnen op ${formatDateWithWeekday(context.today)} (${loaded.context.procedure.title}).

`);
    if (deadlines.length === 0) {
      context.io.stdout("Geen termijnen.\n");
    } else {
      writeDeadlineTable(deadlines, colors, context.values.uitleg === true, context.io.stdout);
    }
    context.io.stdout(`
${countLine(deadlines)}
`);
    const withErrors = loaded.files.filter((f) => f.findings.some((x) => x.severity === "error")).length;
    if (withErrors > 0) {
      context.io.stderr(`Let op: ${plural(withErrors, "bestand heeft", "bestanden hebben")} fouten; hun termijnen staan er in voor zover de datums het toelaten. Zie klacht valideer.
`);
    }
    return overdue ? 1 : 0;
  }
});
function toJson(d) {
  return {
    id: d.id,
    ...d.year !== void 0 ? { year: d.year } : {},
    kind: d.kind,
    due: d.due,
    state: d.state,
    done: d.done,
    explanation: d.explanation,
    responsible: d.responsible,
    file: d.file,
    ...d.extension !== void 0 ? { extension: d.extension } : {}
  };
}
function paint(state, text, colors) {
  switch (state) {
    case "overdue":
      return colors.red(colors.bold(text));
    case "due_soon":
      return colors.yellow(text);
    case "met":
      return colors.green(text);
    case "met_late":
      return colors.magenta(text);
    case "pending":
      return text;
  }
}
var HEADER = ["Klacht", "Termijn", "Uiterlijk", "Stand", "Verantwoordelijke"];
var NOBODY = "niemand aangewezen";
function writeDeadlineTable(deadlines, colors, explain, write) {
  const widths = HEADER.map((h) => h.length);
  for (const d of deadlines) {
    widths[0] = Math.max(widths[0], deadlineSubject(d).length);
    widths[1] = Math.max(widths[1], deadlineKindName(d).length);
    widths[2] = Math.max(widths[2], formatDateDutch(d.due).length);
    widths[3] = Math.max(widths[3], STATE_NAMES[d.state].length);
    widths[4] = Math.max(widths[4], (d.responsible ?? NOBODY).length);
  }
  const pad = (text, i) => text.padEnd(widths[i]);
  const padded = [/* @__PURE__ */ new Map(), /* @__PURE__ */ new Map(), /* @__PURE__ */ new Map(), /* @__PURE__ */ new Map()];
  const cell = (text, i) => {
    const cache = padded[i];
    let result = cache.get(text);
    if (result === void 0)
      cache.set(text, result = pad(text, i));
    return result;
  };
  let out = [
    `${HEADER.slice(0, 4).map(pad).join("  ")}  ${HEADER[4]}`,
    widths.map((w) => "-".repeat(w)).join("  ")
  ];
  for (const d of deadlines) {
    if (out.length >= 2e3) {
      write(`${out.join("\n")}
`);
      out = [];
    }
    out.push(`${colors.bold(pad(deadlineSubject(d), 0))}  ${cell(deadlineKindName(d), 1)}  ${cell(formatDateDutch(d.due), 2)}  ${paint(d.state, cell(STATE_NAMES[d.state], 3), colors)}  ${d.responsible ?? colors.dim(NOBODY)}`);
    if (explain)
      out.push(colors.dim(`    ${d.explanation}${d.done ? `; gedaan ${formatDateDutch(d.done)}` : ""}`));
  }
  if (out.length > 0)
    write(`${out.join("\n")}
`);
}
function countLine(deadlines) {
  const counts = { pending: 0, due_soon: 0, overdue: 0, met: 0, met_late: 0 };
  for (const d of deadlines)
    counts[d.state]++;
  const count = (state) => counts[state];
  const parts = [
    `${count("overdue")} verlopen`,
    `${count("due_soon")} ${count("due_soon") === 1 ? "verloopt" : "verlopen"} binnenkort`,
    `${count("pending")} ${count("pending") === 1 ? "loopt" : "lopen"}`,
    `${count("met") + count("met_late")} gehaald${count("met_late") > 0 ? ` (waarvan ${count("met_late")} te laat)` : ""}`
  ];
  return `${plural(deadlines.length, "termijn", "termijnen")}: ${parts.join(", ")}.`;
}
function markdownSummary(deadlines, context) {
  const open = deadlines.filter((d) => isOpen(d.state));
  const lines = [
    `## Termijnen op ${formatDateWithWeekday(context.today)}`,
    "",
    countLine(deadlines),
    ""
  ];
  if (open.length > 0) {
    lines.push("| Klacht | Termijn | Uiterlijk | Stand | Verantwoordelijke |", "| --- | --- | --- | --- | --- |");
    for (const d of open) {
      lines.push(`| ${escapeMarkdown(deadlineSubject(d))} | ${escapeMarkdown(deadlineKindName(d))} | ${formatDateDutch(d.due)} | ${d.state === "overdue" ? "**verlopen**" : STATE_NAMES[d.state]} | ${escapeMarkdown(d.responsible ?? "-")} |`);
    }
  } else {
    lines.push("Geen openstaande termijnen.");
  }
  return `${lines.join("\n")}

`;
}
export {
  countLine,
  markdownSummary,
  termijnen
};
