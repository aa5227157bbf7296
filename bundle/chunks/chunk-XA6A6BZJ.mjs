// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  confirmEvidence,
  signaturesOfYears
} from "./chunk-TNJSLR7P.mjs";
import {
  makeFolder
} from "./chunk-JB462XYQ.mjs";
import {
  openRepository
} from "./chunk-5FUXISE3.mjs";
import {
  nextLines
} from "./chunk-UJYN62KE.mjs";
import {
  removeStaleTempFiles
} from "./chunk-CZMNQTA7.mjs";
import {
  faultPoint,
  writeFileAtomic
} from "./chunk-H6FA2GJG.mjs";
import {
  FILE_START,
  complaintFilesAsTheyAre,
  finding
} from "./chunk-ZAAEDPLE.mjs";
import {
  UsageError
} from "./chunk-4N5YQ3QY.mjs";
import {
  require_node_path
} from "./chunk-6S5FGJI4.mjs";
import {
  RunError
} from "./chunk-GITCBFCA.mjs";
import {
  DOCUMENT_KINDS,
  DOCUMENT_TITLES,
  STEPS,
  documentFileName,
  documentModel,
  idYear,
  notApplicable
} from "./chunk-3ZZ24PPU.mjs";
import {
  __toESM
} from "./chunk-Z5CEMS3B.mjs";

// dist/cli/documents.js
var import_node_path = __toESM(require_node_path(), 1);
var FIRST = {
  registreer: "Registreer eerst de klacht.",
  verleng: "Leg eerst de verlenging vast.",
  reactie: "Leg eerst de inhoud van de reactie vast.",
  "handel-af": "Handel eerst de klacht af."
};
var CONCURRENCY = 4;
async function startPrinter(context) {
  const { PdfPrinter } = await import("./browser-G3FP3GST.mjs");
  const notify = (message) => context.io.stderr(`${message}
`);
  const launching = PdfPrinter.launch(context.io.env, notify).then((printer) => ({ printer }), (error) => ({
    // No browser found is said as it is; anything else is Chromium's own first word on it.
    error: error instanceof RunError ? error : new RunError(`Chromium startte niet: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`)
  }));
  return { launching };
}
async function withPrinter(context, work) {
  const { launching } = await startPrinter(context);
  try {
    return await work(launching);
  } finally {
    const started = await launching;
    if (started.printer)
      await started.printer.close();
  }
}
async function printDocuments(context, request, launching) {
  const { loaded, deadlines, complaints: selected, kind: kindValue, outDir } = request;
  const kinds = kindValue === void 0 ? DOCUMENT_KINDS : [kindValue];
  const findings = [];
  const work = [];
  let skipped = 0;
  for (const complaint of selected) {
    for (const kind of kinds) {
      const not = notApplicable(kind, complaint);
      if (not === void 0)
        work.push({ complaint, kind });
      else if (kindValue === void 0 || request.skipNotApplicable)
        skipped++;
      else {
        const step = STEPS.find((s) => s.command === not.step);
        const [first] = nextLines(context, [{ text: FIRST[not.step], command: `klacht ${not.step} ${complaint.id}`, ...step ? { form: step.form.name } : {} }]);
        const message = `Geen ${DOCUMENT_TITLES[kind].toLowerCase()} voor ${complaint.id}: ${not.reason}. ${first ?? ""}`.trim();
        if (context.values.formulier === true)
          throw new UsageError(message);
        findings.push(finding(complaint.file, FILE_START, "error", "document-not-applicable", null, message));
      }
    }
  }
  const showsSignatures = work.some(({ kind }) => kind === "formulier" || kind === "dossier");
  const git = showsSignatures ? await openRepository(loaded.root) : void 0;
  const years = new Set(work.flatMap(({ complaint }) => {
    const y = idYear(complaint.id);
    return y === void 0 ? [] : [y];
  }));
  const printed = complaintFilesAsTheyAre(loaded.root, work.filter(({ kind }) => kind === "formulier" || kind === "dossier").map(({ complaint }) => complaint));
  const fromGit = git ? (await signaturesOfYears(loaded.root, git, years, loaded.context.config.backdatingDays, void 0, printed)).evidence : /* @__PURE__ */ new Map();
  const evidence = await confirmEvidence(context, new Map([...fromGit].filter(([id]) => printed.has(id))));
  const written = [];
  let browser;
  if (work.length > 0) {
    makeFolder(outDir);
    removeStaleTempFiles(outDir);
    const { runBounded } = await import("./browser-G3FP3GST.mjs");
    const { TemplateRenderer, logoDataUrl } = await import("./templates-GLTKHV5L.mjs");
    const { markdownToSafeHtml } = showsSignatures ? await import("./markdown-MYNFBBJE.mjs") : { markdownToSafeHtml: () => "" };
    const templates = new TemplateRenderer(loaded.root);
    const logo = logoDataUrl(loaded.root, loaded.context.config.organisation.logo);
    const started = await launching;
    if (!started.printer)
      throw started.error ?? new RunError("Chromium startte niet.");
    const printer = started.printer;
    browser = printer.info;
    const progress = context.io.stdoutIsTty && !context.json ? (done) => context.io.stderr(`\r${bar(done, work.length)} ${done}/${work.length} PDF's`) : void 0;
    try {
      await runBounded(work.map(({ complaint, kind }) => async () => {
        const own = deadlines.filter((d) => d.id === complaint.id);
        const model = documentModel(kind, complaint, own, loaded.context.config, context.today, markdownToSafeHtml(complaint.description), logo, evidence.get(complaint.id));
        const html = templates.render(kind, model);
        const bytes = await printer.print(html, { footer: `${complaint.id} · ${DOCUMENT_TITLES[kind]}` }).catch((error) => {
          throw new BrowserFailure(error);
        });
        const file = (0, import_node_path.join)(outDir, documentFileName(complaint.id, kind));
        writeFileAtomic(file, bytes, void 0, { mode: 384 });
        written.push({ id: complaint.id, kind, file });
        faultPoint("pdf:written");
      }), CONCURRENCY, progress);
    } catch (error) {
      throw printFailure(error, printer.isRunning(), written.map((w) => w.file).sort(), work.length);
    } finally {
      if (progress)
        context.io.stderr("\n");
    }
  }
  written.sort((a, b) => a.file < b.file ? -1 : 1);
  return { written, findings, skipped, ...browser ? { browser } : {} };
}
function printFailure(error, browserRuns, made, total) {
  const done = `Wel gemaakt (${made.length} van ${total}, compleet): ${made.join(", ")}.`;
  if (error instanceof RunError)
    return made.length === 0 ? error : new RunError(`${error.message} ${done}`);
  if (!(error instanceof BrowserFailure))
    return error;
  const why = browserRuns ? "Chromium kon een document niet afdrukken." : "Chromium stopte onverwacht tijdens het afdrukken.";
  return new RunError(`${why} ${made.length === 0 ? "Er is nog geen PDF gemaakt." : done} Voer de opdracht opnieuw uit voor de rest.`, { detail: `Chromium: ${error.reason}` });
}
var BrowserFailure = class extends Error {
  /** The kind of error (its name only: its message may quote the document), for KLACHT_DEBUG. */
  reason;
  constructor(cause) {
    super("print failed", { cause });
    this.reason = cause instanceof Error ? cause.name : typeof cause;
  }
};
function describeBrowser(browser) {
  const what = browser.source === "embedded" ? `de ingebouwde Chromium ${browser.version} (meegekomen met npm ci, in ${browser.path})` : browser.source === "env" ? `de browser uit PUPPETEER_EXECUTABLE_PATH, versie ${browser.version} (${browser.path})` : `de Chromium of Chrome van het systeem, versie ${browser.version} (${browser.path})`;
  return `Gedrukt met ${what}.`;
}
function bar(done, total) {
  const width = 24;
  const filled = Math.round(done / total * width);
  return `[${"#".repeat(filled)}${" ".repeat(width - filled)}]`;
}

export {
  withPrinter,
  printDocuments,
  describeBrowser
};
