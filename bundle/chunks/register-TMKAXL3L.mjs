// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  complaintRows
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
  matchChoice,
  printJson
} from "./chunk-4N5YQ3QY.mjs";
import "./chunk-6PZIGJ5Y.mjs";
import "./chunk-UVHECV36.mjs";
import "./chunk-KK3T65I5.mjs";
import "./chunk-ZC7VFHT2.mjs";
import "./chunk-UCIYNJQ2.mjs";
import "./chunk-6S5FGJI4.mjs";
import "./chunk-GITCBFCA.mjs";
import {
  STATUSES
} from "./chunk-3ZZ24PPU.mjs";
import {
  formatDateDutch,
  plural
} from "./chunk-Y54NMRC7.mjs";
import "./chunk-Z5CEMS3B.mjs";

// dist/cli/table.js
var ANSI = /\u001b\[[0-9;]*m/g;
function visibleLength(text) {
  return text.includes("\x1B") ? text.replace(ANSI, "").length : text.length;
}
function renderTable(header, rows) {
  const widths = header.map((h, i) => Math.max(visibleLength(h), ...rows.map((r) => visibleLength(r[i] ?? ""))));
  const line = (cells) => cells.map((cell, i) => i === cells.length - 1 ? cell : cell + " ".repeat((widths[i] ?? 0) - visibleLength(cell))).join("  ").trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n") + "\n";
}

// dist/cli/commands/register.js
var OPTIONS = {
  alle: { type: "boolean", description: "Ook de afgehandelde klachten." },
  jaar: { type: "string", valueName: "jaar", description: "Alleen de klachten van dit jaar (het jaar in het klachtnummer), ook afgehandelde." },
  status: { type: "string", valueName: "status", description: `Alleen de klachten met deze status: ${STATUSES.join(", ")}.` }
};
var register = defineCommand({
  spec: {
    name: "register",
    summary: "de registratielijst: alle klachten die nog niet zijn afgehandeld (met --alle ook de afgehandelde)",
    description: [
      "Toont elke klacht die nog niet is afgehandeld: klachtnummer, status, indiendatum,",
      "klachtverantwoordelijke en de eerstvolgende termijn. Zonder persoonsgegevens.",
      "Met --alle ook de afgehandelde klachten (met hun afhandeldatum); --jaar en --status kiezen daaruit.",
      "Bestanden met fouten staan er ook in, voor zover ze te lezen zijn; klacht valideer noemt de fouten.",
      "Een klacht zoeken op naam, omschrijving of categorie: klacht zoek."
    ].join("\n"),
    options: OPTIONS,
    examples: ["klacht register", "klacht register --alle", "klacht register --jaar 2025 --status afgehandeld", "klacht register --register examples/register --json"]
  },
  async run(context) {
    const filter = listFilter(context);
    const { loaded, deadlines } = await loadDeadlines(context);
    const rows = complaintRows(complaintsOf(loaded), deadlines, filter);
    if (context.json) {
      printJson(context, { complaints: rows });
      return 0;
    }
    const { colors } = context;
    const onlyOpen = !filter.all && filter.year === void 0 && filter.status === void 0;
    if (rows.length === 0) {
      context.io.stdout(onlyOpen ? "Er zijn geen openstaande klachten.\n" : "Geen klachten die hieraan voldoen.\n");
    } else {
      const closed = rows.some((r) => r.status === "afgehandeld");
      context.io.stdout(renderTable(["Klacht", "Status", "Ingediend", "Klachtverantwoordelijke", closed ? "Afgehandeld / eerstvolgende termijn" : "Eerstvolgende termijn"], rows.map((r) => [
        colors.bold(r.id),
        r.status ?? colors.red("onbekend"),
        r.ingediend ? formatDateDutch(r.ingediend) : "-",
        r.klachtverantwoordelijke ?? colors.dim("nog niet aangewezen"),
        r.status === "afgehandeld" ? r.afgehandeld ? `afgehandeld ${formatDateDutch(r.afgehandeld)}` : "afgehandeld" : r.next_due ? formatDateDutch(r.next_due) : "-"
      ])));
      context.io.stdout(onlyOpen ? `${plural(rows.length, "openstaande klacht", "openstaande klachten")}.
` : `${plural(rows.length, "klacht", "klachten")}.
`);
    }
    const withErrors = loaded.files.filter((f) => f.findings.some((x) => x.severity === "error")).length;
    if (withErrors > 0) {
      context.io.stderr(`Let op: ${plural(withErrors, "bestand heeft", "bestanden hebben")} fouten. Zie klacht valideer.
`);
    }
    return 0;
  }
});
function listFilter(context) {
  const { alle, jaar, status } = context.values;
  let year;
  if (jaar !== void 0) {
    if (!/^\d{4}$/.test(jaar.trim()))
      throw new UsageError("--jaar is een jaartal van vier cijfers, zoals 2026.", "register");
    year = Number(jaar.trim());
  }
  const chosen = status === void 0 ? void 0 : matchChoice(status, STATUSES);
  if (status !== void 0 && chosen === void 0)
    throw new UsageError(`--status is een van deze: ${STATUSES.join(", ")}.`, "register");
  return { all: alle === true, ...year === void 0 ? {} : { year }, ...chosen === void 0 ? {} : { status: chosen } };
}
export {
  register
};
