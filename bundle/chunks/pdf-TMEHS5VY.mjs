// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  otherBranchMessage
} from "./chunk-Y2ZZ3KXS.mjs";
import {
  describeBrowser,
  printDocuments,
  withPrinter
} from "./chunk-XA6A6BZJ.mjs";
import "./chunk-TNJSLR7P.mjs";
import "./chunk-U2OOAE6S.mjs";
import "./chunk-JB462XYQ.mjs";
import "./chunk-Z6T4L7RN.mjs";
import {
  complaintsOf,
  loadDeadlines
} from "./chunk-7F2HNHAN.mjs";
import {
  idsChangedSince
} from "./chunk-34RB5C5Q.mjs";
import "./chunk-HUW3U4X2.mjs";
import {
  defineCommand
} from "./chunk-VTOBHORP.mjs";
import {
  openRepository
} from "./chunk-5FUXISE3.mjs";
import "./chunk-UJYN62KE.mjs";
import "./chunk-VCDJPKBV.mjs";
import "./chunk-ZGR367YK.mjs";
import {
  printFindings
} from "./chunk-JC4GZ2T4.mjs";
import "./chunk-GBMCZDUH.mjs";
import "./chunk-CZMNQTA7.mjs";
import "./chunk-H6FA2GJG.mjs";
import {
  hasErrors,
  whyNotRead
} from "./chunk-ZAAEDPLE.mjs";
import "./chunk-Z4ZZ64GF.mjs";
import "./chunk-W7APRSVY.mjs";
import {
  UsageError,
  printJson,
  unknownComplaint
} from "./chunk-4N5YQ3QY.mjs";
import {
  complaintPath
} from "./chunk-6PZIGJ5Y.mjs";
import "./chunk-UVHECV36.mjs";
import "./chunk-KK3T65I5.mjs";
import "./chunk-ZC7VFHT2.mjs";
import "./chunk-7GJX6OZ4.mjs";
import "./chunk-UCIYNJQ2.mjs";
import "./chunk-E74CLRJB.mjs";
import {
  require_node_path
} from "./chunk-6S5FGJI4.mjs";
import {
  RunError
} from "./chunk-GITCBFCA.mjs";
import "./chunk-MEN2YURF.mjs";
import "./chunk-G45EPIXR.mjs";
import {
  DOCUMENT_KINDS,
  idYear
} from "./chunk-3ZZ24PPU.mjs";
import {
  plural
} from "./chunk-Y54NMRC7.mjs";
import {
  __toESM
} from "./chunk-Z5CEMS3B.mjs";

// dist/cli/commands/pdf.js
var import_node_path = __toESM(require_node_path(), 1);
var pdf = defineCommand({
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
    const otherBranch = context.values.formulier === true ? otherBranchMessage(context.io.env) : void 0;
    if (otherBranch !== void 0)
      throw new RunError(`${otherBranch} Er zijn geen documenten gemaakt.`);
    const kindValue = context.values.soort;
    if (kindValue !== void 0 && !DOCUMENT_KINDS.includes(kindValue)) {
      throw new UsageError(`--soort moet een van ${DOCUMENT_KINDS.join(", ")} zijn.`, "pdf");
    }
    const all = context.values.alle === true;
    const since = context.values.sinds?.trim();
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
        if (found)
          return found;
        const year = idYear(id);
        const unread = year === void 0 ? void 0 : loaded.files.find((f) => f.file === complaintPath(id, year) && !f.complaint);
        if (unread)
          throw new RunError(`${unread.file}: ${whyNotRead(unread.findings)}`);
        throw unknownComplaint(id, "pdf", { fromForm: context.values.formulier === true });
      });
      const outDir = (0, import_node_path.resolve)(context.io.cwd, context.values.uit ?? "out");
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
});
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
