// klacht, gebundeld door scripts/tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  printDocuments,
  withPrinter
} from "./chunk-GTVFQ2KK.mjs";
import "./chunk-UGYPTHDL.mjs";
import "./chunk-RPOIXPOE.mjs";
import "./chunk-3QWVPY6Y.mjs";
import "./chunk-JGSQFDMH.mjs";
import "./chunk-VI6Q75WL.mjs";
import {
  complaintsOf,
  loadDeadlines
} from "./chunk-RVJP7NPO.mjs";
import "./chunk-Y4FPVQAH.mjs";
import "./chunk-LM7VC3VM.mjs";
import "./chunk-HO3FK33L.mjs";
import "./chunk-PUZ5FQJW.mjs";
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
  UsageError,
  printJson
} from "./chunk-TKX4SFS4.mjs";
import "./chunk-QQHWHSCC.mjs";
import "./chunk-7VAKVCUU.mjs";
import "./chunk-ZJMSHH4D.mjs";

// dist/cli/commands/inzage.js
import { resolve } from "node:path";
function normalise(text) {
  return text.normalize("NFKC").trim().replace(/\s+/g, " ").toLowerCase();
}
var inzage = {
  spec: {
    name: "inzage",
    summary: "inzageverzoek (AVG art. 15): alle klachten van één persoon, desgewenst als PDF",
    description: [
      "Zoekt alle klachten van één persoon op e-mailadres of naam (hoofdletters en extra spaties tellen",
      "niet mee) en toont klachtnummer, status en datums. Met --uit komen alle documenten van elke",
      "gevonden klacht (formulier, dossier, brieven) als PDF in die map, om aan de persoon te geven.",
      "Het gezochte adres of de naam wordt niet herhaald in de uitvoer."
    ].join("\n"),
    options: {
      email: { type: "string", valueName: "adres", description: "Het e-mailadres van de persoon." },
      naam: { type: "string", valueName: "naam", description: "De naam van de persoon (precies zoals in het klachtbestand)." },
      uit: { type: "string", valueName: "map", description: "Schrijf de documenten van elke gevonden klacht als PDF in deze map." }
    },
    examples: ["klacht inzage --email j.jansen@example.nl", 'klacht inzage --naam "J. Jansen" --uit inzage-2026-11']
  },
  async run(context) {
    const email = typeof context.values.email === "string" ? normalise(context.values.email) : void 0;
    const name = typeof context.values.naam === "string" ? normalise(context.values.naam) : void 0;
    if (!email && !name)
      throw new UsageError("Zoek met --email <adres> of --naam <naam>.", "inzage");
    const { loaded, deadlines } = await loadDeadlines(context, { complaintsOnly: true });
    const found = complaintsOf(loaded).filter((c) => c.id !== void 0 && (email !== void 0 && c.complainant.email !== void 0 && normalise(c.complainant.email) === email || name !== void 0 && c.complainant.name !== void 0 && normalise(c.complainant.name) === name));
    let pdfs = 0;
    const outValue = context.values.uit;
    if (typeof outValue === "string" && found.length > 0) {
      const result = await withPrinter(context, (launching) => printDocuments(context, {
        loaded,
        deadlines,
        complaints: found,
        skipNotApplicable: true,
        outDir: resolve(context.io.cwd, outValue)
      }, launching));
      pdfs = result.written.length;
    }
    const rows = found.map((c) => ({ id: c.id, status: c.status ?? null, ingediend: c.submitted ?? null, afgehandeld: c.closure?.date ?? null, geanonimiseerd: c.anonymised ?? null }));
    if (context.json) {
      printJson(context, { complaints: rows, pdfs });
    } else if (found.length === 0) {
      context.io.stdout("Geen klachten van deze persoon in het register (na anonimisering is een persoon niet meer te vinden).\n");
    } else {
      for (const r of rows) {
        context.io.stdout(`${r.id}  ${r.status ?? "-"}  ingediend ${r.ingediend ? formatDateDutch(r.ingediend) : "-"}${r.afgehandeld ? `, afgehandeld ${formatDateDutch(r.afgehandeld)}` : ""}
`);
      }
      context.io.stdout(`${plural(found.length, "klacht", "klachten")} gevonden.${pdfs > 0 ? ` ${plural(pdfs, "PDF", "PDF's")} geschreven; ze bevatten persoonsgegevens: geef ze alleen aan de persoon zelf.` : ""}
`);
    }
    return 0;
  }
};
export {
  inzage
};
