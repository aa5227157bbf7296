// klacht, gebundeld door scripts/tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  openComplaintRows
} from "./chunk-J5PPWTUP.mjs";
import {
  complaintsOf,
  loadDeadlines
} from "./chunk-RVJP7NPO.mjs";
import "./chunk-Y4FPVQAH.mjs";
import "./chunk-LM7VC3VM.mjs";
import "./chunk-HO3FK33L.mjs";
import "./chunk-OQ6US66E.mjs";
import "./chunk-WMPDXVYC.mjs";
import {
  formatDateDutch,
  plural
} from "./chunk-A5GD7ALL.mjs";
import "./chunk-BPWNMJ6H.mjs";
import "./chunk-EMGNZZLQ.mjs";
import "./chunk-LVPBMKN4.mjs";
import {
  printJson
} from "./chunk-TKX4SFS4.mjs";
import "./chunk-QQHWHSCC.mjs";
import "./chunk-7VAKVCUU.mjs";
import "./chunk-ZJMSHH4D.mjs";

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
var register = {
  spec: {
    name: "register",
    summary: "de registratielijst: alle klachten die nog niet zijn afgehandeld",
    description: [
      "Toont elke klacht die nog niet is afgehandeld: klachtnummer, status, indiendatum,",
      "klachtverantwoordelijke en de eerstvolgende termijn. Zonder persoonsgegevens.",
      "Bestanden met fouten staan er ook in, voor zover ze te lezen zijn; klacht valideer noemt de fouten."
    ].join("\n"),
    options: {},
    examples: ["klacht register", "klacht register --register examples/register --json"]
  },
  async run(context) {
    const { loaded, deadlines } = await loadDeadlines(context);
    const rows = openComplaintRows(complaintsOf(loaded), deadlines);
    if (context.json) {
      printJson(context, { complaints: rows });
      return 0;
    }
    const { colors } = context;
    if (rows.length === 0) {
      context.io.stdout("Er zijn geen openstaande klachten.\n");
    } else {
      context.io.stdout(renderTable(["Klacht", "Status", "Ingediend", "Klachtverantwoordelijke", "Eerstvolgende termijn"], rows.map((r) => [
        colors.bold(r.id),
        r.status ?? colors.red("onbekend"),
        r.ingediend ? formatDateDutch(r.ingediend) : "-",
        r.klachtverantwoordelijke ?? colors.dim("nog niet aangewezen"),
        r.next_due ? formatDateDutch(r.next_due) : "-"
      ])));
      context.io.stdout(`${plural(rows.length, "openstaande klacht", "openstaande klachten")}.
`);
    }
    const withErrors = loaded.files.filter((f) => f.findings.some((x) => x.severity === "error")).length;
    if (withErrors > 0) {
      context.io.stderr(`Let op: ${plural(withErrors, "bestand heeft", "bestanden hebben")} fouten. Zie klacht valideer.
`);
    }
    return 0;
  }
};
export {
  register
};
