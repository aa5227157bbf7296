// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  searchComplaints
} from "./chunk-WQDCHQW5.mjs";
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
import {
  notReadFinding
} from "./chunk-ZAAEDPLE.mjs";
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
import "./chunk-GITCBFCA.mjs";
import "./chunk-3ZZ24PPU.mjs";
import {
  formatDateDutch,
  plural
} from "./chunk-Y54NMRC7.mjs";
import "./chunk-Z5CEMS3B.mjs";

// dist/cli/commands/zoek.js
var zoek = defineCommand({
  spec: {
    name: "zoek",
    summary: "zoekt klachten, open en afgehandeld, op klachtnummer, naam, omschrijving of categorie",
    positionals: "<tekst>",
    maxPositionals: 1,
    description: [
      "Zoekt in alle klachten, ook de afgehandelde: het klachtnummer (KL-2026-7 vindt KL-2026-007), de naam",
      "van de indiener, de omschrijving en de categorie. Elk woord moet ergens voorkomen; hoofdletters,",
      "accenten en extra spaties tellen niet mee. Toont klachtnummer, status, datums en waar het gevonden is.",
      "Een klacht die alleen op naam of omschrijving gevonden wordt, zegt wie waarover klaagde: die ziet u",
      "alleen in een terminal of met --json, nooit in het log van een GitHub Actions-run.",
      "Een klachtbestand dat niet gelezen is (groter dan 1 MB, geen tekst, leeg), is niet doorzocht; klacht zoek noemt het.",
      "Uitkomst: 0 gevonden, 1 niets gevonden, 2 verkeerd gebruik."
    ].join("\n"),
    options: {},
    examples: ["klacht zoek KL-2026-7", 'klacht zoek "de vries"', "klacht zoek planning", "klacht zoek jansen --json"]
  },
  async run(context) {
    const query = context.positionals[0]?.trim() ?? "";
    if (query === "")
      throw new UsageError("Zeg waarnaar u zoekt: klacht zoek <tekst>, bijvoorbeeld klacht zoek KL-2026-7 of klacht zoek planning.", "zoek");
    const { loaded } = await loadDeadlines(context, { complaintsOnly: true });
    const hits = searchComplaints(complaintsOf(loaded), query);
    const notRead = loaded.files.flatMap((f) => {
      const reason = notReadFinding(f.findings);
      return reason ? [{ file: f.file, rule: reason.rule, message: reason.message }] : [];
    });
    const personalShown = (context.io.stdoutIsTty || context.json) && !context.actions;
    const shown = hits.filter((hit) => personalShown || !hit.personal);
    const hidden = hits.length - shown.length;
    if (context.json) {
      printJson(context, { complaints: shown, ...hidden > 0 ? { verborgen: hidden } : {}, ...notRead.length > 0 ? { not_read: notRead } : {} });
      return hits.length > 0 ? 0 : 1;
    }
    for (const hit of shown) {
      const dates = [hit.ingediend && `ingediend ${formatDateDutch(hit.ingediend)}`, hit.afgehandeld && `afgehandeld ${formatDateDutch(hit.afgehandeld)}`].filter(Boolean).join(", ");
      context.io.stdout(`${hit.id}  ${hit.status ?? "status onbekend"}${dates ? `  ${dates}` : ""}  gevonden in: ${hit.fields.join(", ")}
`);
    }
    if (hits.length === 0)
      context.io.stdout("Niets gevonden.\n");
    else
      context.io.stdout(`${plural(hits.length, "klacht", "klachten")} gevonden.
`);
    if (hidden > 0) {
      context.io.stdout(`${plural(hidden, "klacht is", "klachten zijn")} alleen op naam of omschrijving gevonden; die worden niet getoond in een log. Zoek in een terminal om ze te zien.
`);
    }
    for (const skipped of notRead)
      context.io.stdout(`Niet doorzocht: ${skipped.file}: ${skipped.message}
`);
    return hits.length > 0 ? 0 : 1;
  }
});
export {
  zoek
};
