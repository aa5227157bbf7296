// klacht, gebundeld door scripts/tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  confirmEvidence,
  signaturesOfYears
} from "./chunk-UGYPTHDL.mjs";
import {
  DOCUMENT_KINDS,
  DOCUMENT_TITLES,
  documentFileName,
  documentModel,
  notApplicable
} from "./chunk-3QWVPY6Y.mjs";
import {
  openRepository
} from "./chunk-Y4FPVQAH.mjs";
import {
  writeFileAtomic
} from "./chunk-PUZ5FQJW.mjs";
import {
  FILE_START,
  finding
} from "./chunk-OQ6US66E.mjs";
import {
  idYear
} from "./chunk-TKX4SFS4.mjs";
import {
  RunError
} from "./chunk-7VAKVCUU.mjs";

// dist/cli/documents.js
import { mkdirSync } from "node:fs";
import { join } from "node:path";
var CONCURRENCY = 4;
async function startPrinter(context) {
  const { PdfPrinter } = await import("./browser-UMSEI7OQ.mjs");
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
      const reason = notApplicable(kind, complaint);
      if (reason === void 0)
        work.push({ complaint, kind });
      else if (kindValue === void 0 || request.skipNotApplicable)
        skipped++;
      else {
        findings.push(finding(complaint.file, FILE_START, "error", "document-not-applicable", null, `Geen ${DOCUMENT_TITLES[kind].toLowerCase()} voor ${complaint.id}: ${reason}.`));
      }
    }
  }
  const showsSignatures = work.some(({ kind }) => kind === "formulier" || kind === "dossier");
  const git = showsSignatures ? await openRepository(loaded.root) : void 0;
  const years = new Set(work.flatMap(({ complaint }) => {
    const y = idYear(complaint.id);
    return y === void 0 ? [] : [y];
  }));
  const printed = new Set(work.map(({ complaint }) => complaint.id));
  const fromGit = git ? (await signaturesOfYears(loaded.root, git, years, loaded.context.config.backdatingDays)).evidence : /* @__PURE__ */ new Map();
  const evidence = await confirmEvidence(context, new Map([...fromGit].filter(([id]) => printed.has(id))));
  const written = [];
  let browser;
  if (work.length > 0) {
    mkdirSync(outDir, { recursive: true });
    const { runBounded } = await import("./browser-UMSEI7OQ.mjs");
    const { TemplateRenderer, logoDataUrl } = await import("./templates-54WTUJ7T.mjs");
    const { markdownToSafeHtml } = showsSignatures ? await import("./markdown-5D4M4PBM.mjs") : { markdownToSafeHtml: () => "" };
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
        const bytes = await printer.print(templates.render(kind, model), { footer: `${complaint.id} · ${DOCUMENT_TITLES[kind]}` });
        const file = join(outDir, documentFileName(complaint.id, kind));
        writeFileAtomic(file, bytes);
        written.push({ id: complaint.id, kind, file });
      }), CONCURRENCY, progress);
    } finally {
      if (progress)
        context.io.stderr("\n");
    }
  }
  written.sort((a, b) => a.file < b.file ? -1 : 1);
  return { written, findings, skipped, ...browser ? { browser } : {} };
}
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
