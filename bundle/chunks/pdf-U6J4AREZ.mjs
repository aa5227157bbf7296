// klacht, gebundeld door scripts/tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  DOCUMENT_KINDS,
  describeBrowser,
  printDocuments,
  withPrinter
} from "./chunk-MFQGRF3G.mjs";
import "./chunk-J6ZMTFP4.mjs";
import "./chunk-TMQOVILC.mjs";
import "./chunk-PUZ5FQJW.mjs";
import {
  printFindings
} from "./chunk-LPGFS73C.mjs";
import {
  complaintsOf,
  loadDeadlines
} from "./chunk-UVWJWGU7.mjs";
import "./chunk-7J3CM2LF.mjs";
import {
  hasErrors
} from "./chunk-2K7D4CAW.mjs";
import "./chunk-Y4FPVQAH.mjs";
import {
  plural
} from "./chunk-RLGHT5T4.mjs";
import "./chunk-BPWNMJ6H.mjs";
import {
  UsageError,
  printJson,
  unknownComplaint
} from "./chunk-GODEESAN.mjs";
import "./chunk-LVPBMKN4.mjs";
import "./chunk-BGP32D3C.mjs";
import "./chunk-7VAKVCUU.mjs";
import "./chunk-ZJMSHH4D.mjs";

// dist/cli/commands/pdf.js
import { resolve } from "node:path";
var pdf = {
  spec: {
    name: "pdf",
    summary: "maakt het klachtenformulier, het dossier en de brieven als PDF",
    positionals: "[klachtnummers...]",
    maxPositionals: Infinity,
    description: [
      "Maakt PDF's van klachten: het klachtenformulier, het klachtdossier, de ontvangstbevestiging,",
      "het verlengingsbericht en de reactie. Zonder --soort alle documenten die bij de klacht passen.",
      "Bestandsnamen zijn klachtnummer en soort (KL-2026-007-formulier.pdf), nooit een naam.",
      "Let op: de PDF's bevatten persoonsgegevens. Bewaar ze alleen waar dat mag.",
      "Browser: PUPPETEER_EXECUTABLE_PATH, anders Chromium of Chrome van het systeem, anders de Chromium die",
      "met npm ci is meegekomen (Linux x64; de eerste keer eenmalig uitgepakt). KLACHT_BROWSER=ingebouwd",
      "dwingt die laatste af, KLACHT_BROWSER=systeem sluit hem uit."
    ].join("\n"),
    options: {
      soort: { type: "string", valueName: DOCUMENT_KINDS.join("|"), description: "Alleen dit document." },
      uit: { type: "string", valueName: "map", description: "Map voor de PDF's (standaard: out/; wordt gemaakt als hij ontbreekt)." },
      alle: { type: "boolean", description: "Alle klachten van het register." }
    },
    examples: [
      "klacht pdf KL-2026-007",
      "klacht pdf KL-2026-007 --soort ontvangstbevestiging --uit brieven",
      "klacht pdf --alle --register examples/register"
    ]
  },
  async run(context) {
    const kindValue = context.values.soort;
    if (kindValue !== void 0 && !DOCUMENT_KINDS.includes(kindValue)) {
      throw new UsageError(`--soort moet een van ${DOCUMENT_KINDS.join(", ")} zijn, niet '${String(kindValue)}'.`, "pdf");
    }
    const all = context.values.alle === true;
    if (!all && context.positionals.length === 0)
      throw new UsageError("Noem een of meer klachtnummers, of gebruik --alle.", "pdf");
    return withPrinter(context, async (launching) => {
      const { loaded, deadlines } = await loadDeadlines(context, { complaintsOnly: true });
      const complaints = complaintsOf(loaded).filter((c) => c.id !== void 0);
      const selected = all ? complaints : context.positionals.map((id) => {
        const found = complaints.find((c) => c.id === id);
        if (!found)
          throw unknownComplaint(id, "pdf");
        return found;
      });
      const outDir = resolve(context.io.cwd, typeof context.values.uit === "string" ? context.values.uit : "out");
      const result = await printDocuments(context, {
        loaded,
        deadlines,
        complaints: selected,
        ...kindValue === void 0 ? {} : { kind: kindValue },
        skipNotApplicable: all,
        outDir
      }, launching);
      report(context, result, outDir);
      return hasErrors(result.findings) ? 1 : 0;
    });
  }
};
function report(context, result, outDir) {
  const { written, findings, skipped, browser } = result;
  if (context.json) {
    printJson(context, {
      ok: !hasErrors(findings),
      files: written.map((w) => ({ id: w.id, soort: w.kind, file: w.file })),
      findings,
      ...browser ? { browser: { source: browser.source, path: browser.path, version: browser.version } } : {}
    });
    return;
  }
  printFindings(findings, context);
  for (const w of written)
    context.io.stdout(`${w.file}
`);
  const notMade = skipped > 0 ? ` ${plural(skipped, "document past", "documenten passen")} (nog) niet bij de klacht en ${skipped === 1 ? "is" : "zijn"} niet gemaakt.` : "";
  context.io.stdout(`${plural(written.length, "PDF", "PDF's")} gemaakt in ${outDir}.${notMade}${written.length > 0 ? " Let op: ze bevatten persoonsgegevens." : ""}
`);
  if (browser)
    context.io.stdout(`${describeBrowser(browser)}
`);
}
export {
  pdf
};
