// klacht, gebundeld door scripts/tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  describeBrowser,
  printDocuments,
  withPrinter
} from "./chunk-GTVFQ2KK.mjs";
import "./chunk-UGYPTHDL.mjs";
import "./chunk-RPOIXPOE.mjs";
import {
  DOCUMENT_KINDS
} from "./chunk-3QWVPY6Y.mjs";
import "./chunk-JGSQFDMH.mjs";
import "./chunk-VI6Q75WL.mjs";
import {
  complaintsOf,
  loadDeadlines
} from "./chunk-RVJP7NPO.mjs";
import {
  idsChangedSince
} from "./chunk-SG6ARO5Z.mjs";
import {
  openRepository
} from "./chunk-Y4FPVQAH.mjs";
import "./chunk-LM7VC3VM.mjs";
import "./chunk-HO3FK33L.mjs";
import {
  printFindings
} from "./chunk-DXM3VKSE.mjs";
import "./chunk-PUZ5FQJW.mjs";
import {
  hasErrors
} from "./chunk-OQ6US66E.mjs";
import "./chunk-WMPDXVYC.mjs";
import {
  plural
} from "./chunk-A5GD7ALL.mjs";
import "./chunk-BPWNMJ6H.mjs";
import "./chunk-EMGNZZLQ.mjs";
import "./chunk-LVPBMKN4.mjs";
import {
  UsageError,
  printJson,
  unknownComplaint
} from "./chunk-TKX4SFS4.mjs";
import "./chunk-QQHWHSCC.mjs";
import {
  RunError
} from "./chunk-7VAKVCUU.mjs";
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
      "dwingt die laatste af, KLACHT_BROWSER=systeem sluit hem uit.",
      "Ondertekening: het formulier en het dossier noemen de pull request die de klacht registreerde en",
      'afhandelde. Wat alleen uit git komt, heet "niet geverifieerd". Met GITHUB_TOKEN (pull-requests: read)',
      'en GITHUB_REPOSITORY wordt elke goedkeuring bij GitHub nagekeken en dan "geverifieerd bij GitHub" genoemd.'
    ].join("\n"),
    options: {
      soort: { type: "string", valueName: DOCUMENT_KINDS.join("|"), description: "Alleen dit document." },
      uit: { type: "string", valueName: "map", description: "Map voor de PDF's (standaard: out/; wordt gemaakt als hij ontbreekt)." },
      alle: { type: "boolean", description: "Alle klachten van het register." },
      sinds: { type: "string", valueName: "commit", description: "De klachten die sinds deze commit zijn toegevoegd of gewijzigd (voor een workflow: de commit vóór de push)." }
    },
    examples: [
      "klacht pdf KL-2026-007",
      "klacht pdf KL-2026-007 --soort ontvangstbevestiging --uit brieven",
      "klacht pdf --alle --register examples/register",
      "klacht pdf --sinds HEAD~3 --uit pdf"
    ]
  },
  async run(context) {
    const kindValue = context.values.soort;
    if (kindValue !== void 0 && !DOCUMENT_KINDS.includes(kindValue)) {
      throw new UsageError(`--soort moet een van ${DOCUMENT_KINDS.join(", ")} zijn, niet '${String(kindValue)}'.`, "pdf");
    }
    const all = context.values.alle === true;
    const since = typeof context.values.sinds === "string" ? context.values.sinds.trim() : void 0;
    const ways = [all, since !== void 0, context.positionals.length > 0].filter(Boolean).length;
    if (ways === 0)
      throw new UsageError("Noem een of meer klachtnummers, of gebruik --alle of --sinds.", "pdf");
    if (ways > 1)
      throw new UsageError("Kies klachtnummers, --alle of --sinds: één van de drie.", "pdf");
    let named = context.positionals;
    if (since !== void 0) {
      const changed = await changedSince(context, since);
      if (changed.length === 0) {
        if (context.json)
          printJson(context, { ok: true, files: [], findings: [] });
        return 0;
      }
      named = changed;
    }
    return withPrinter(context, async (launching) => {
      const { loaded, deadlines } = await loadDeadlines(context, { complaintsOnly: true });
      const complaints = complaintsOf(loaded).filter((c) => c.id !== void 0);
      const selected = all ? complaints : named.map((id) => {
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
        skipNotApplicable: all || since !== void 0,
        outDir
      }, launching);
      report(context, result, outDir);
      return hasErrors(result.findings) ? 1 : 0;
    });
  }
};
async function changedSince(context, since) {
  const git = await openRepository(context.root);
  if (!git)
    throw new RunError("--sinds werkt alleen in een git-repository, en het register is er geen.");
  const { ids, range } = await idsChangedSince(git, since);
  if (!context.json) {
    context.io.stdout(ids.length === 0 ? `Geen klachten gewijzigd (${range}): er zijn geen PDF's gemaakt.
` : `Gewijzigd (${range}): ${ids.join(", ")}.
`);
  }
  return ids;
}
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
