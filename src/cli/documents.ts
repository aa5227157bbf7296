/**
 * Printing the documents of complaints to PDF (README "Formulieren en brieven"): one function that
 * `klacht pdf` and `klacht inzage` both call. It combines the register, the git history (signature
 * evidence), the templates and the browser, which is why it lives here and not in an adapter.
 */
import { join } from 'node:path';
import { idYear, type Complaint } from '../core/complaint/complaint.js';
import type { Deadline } from '../core/time/deadline.js';
import { DOCUMENT_KINDS, DOCUMENT_TITLES, documentFileName, documentModel, notApplicable, type DocumentKind, type NotApplicable } from '../core/complaint/documents.js';
import { STEPS } from '../core/steps/index.js';
import { FILE_START, finding, type Finding } from '../core/complaint/finding.js';
import type { SignatureEvidence } from '../core/signing/evidence.js';
import { openRepository } from '../git/repository.js';
import type { BrowserInfo } from '../pdf/browser.js';
import { writeFileAtomic } from '../register/atomic-write.js';
import { complaintFilesAsTheyAre } from '../register/bounded-read.js';
import { faultPoint } from '../register/fault-points.js';
import { removeStaleTempFiles } from '../register/temp-files.js';
import type { LoadedRegister } from '../register/load.js';
import { makeFolder } from '../register/paths.js';
import type { CommandContext } from './context.js';
import { RunError, UsageError } from './errors.js';
import { nextLines } from './steps/command.js';
import { confirmEvidence } from './ondertekening/evidence-confirmation.js';
import { signaturesOfYears } from './history.js';

/** What comes first, when a document does not apply yet. */
const FIRST: Readonly<Record<NotApplicable['step'], string>> = {
  registreer: 'Registreer eerst de klacht.',
  verleng: 'Leg eerst de verlenging vast.',
  reactie: 'Leg eerst de inhoud van de reactie vast.',
  'handel-af': 'Handel eerst de klacht af.',
};

/** Pages printed at once: enough to keep two cores busy, few enough for a small machine's memory. */
const CONCURRENCY = 4;

type Printer = import('../pdf/browser.js').PdfPrinter;

type Launch = Promise<{ printer?: Printer; error?: RunError }>;

/**
 * Starts the browser without waiting for it: the promise returned holds the launch, which never
 * rejects (an error waits until a PDF is actually needed, and no browser may be needed at all).
 */
export async function startPrinter(context: CommandContext): Promise<{ launching: Launch }> {
  const { PdfPrinter } = await import('../pdf/browser.js');
  const notify = (message: string): void => context.io.stderr(`${message}\n`);
  const launching = PdfPrinter.launch(context.io.env, notify).then((printer) => ({ printer }), (error: unknown) => ({
    // No browser found is said as it is; anything else is Chromium's own first word on it.
    error: error instanceof RunError ? error : new RunError(`Chromium startte niet: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`),
  }));
  // Wrapped, since awaiting a promise of a promise would wait for the launch itself.
  return { launching };
}

/**
 * Runs `work` with a browser that starts at once, while `work` loads what it needs; the browser
 * is closed afterwards, whatever happens.
 */
export async function withPrinter<T>(context: CommandContext, work: (launching: Launch) => Promise<T>): Promise<T> {
  const { launching } = await startPrinter(context);
  try {
    return await work(launching);
  } finally {
    const started = await launching;
    if (started.printer) await started.printer.close();
  }
}

export interface PrintRequest {
  readonly loaded: LoadedRegister;
  readonly deadlines: readonly Deadline[];
  readonly complaints: readonly (Complaint & { id: string })[];
  /** One kind asked for by name, or every kind. */
  readonly kind?: DocumentKind;
  /** A kind asked for by name that does not apply is a finding, unless documents that do not apply are simply skipped. */
  readonly skipNotApplicable: boolean;
  readonly outDir: string;
}

export interface PrintResult {
  readonly written: readonly { readonly id: string; readonly kind: DocumentKind; readonly file: string }[];
  readonly findings: readonly Finding[];
  /** Documents not made because they do not apply (yet). */
  readonly skipped: number;
  /** The browser that printed; undefined when nothing was printed. */
  readonly browser?: BrowserInfo;
}

/** Prints every document of `complaints` that applies into `outDir`, atomically, in file-name order. */
export async function printDocuments(context: CommandContext, request: PrintRequest, launching: Launch): Promise<PrintResult> {
  const { loaded, deadlines, complaints: selected, kind: kindValue, outDir } = request;
  const kinds: readonly DocumentKind[] = kindValue === undefined ? DOCUMENT_KINDS : [kindValue as DocumentKind];

  const findings: Finding[] = [];
  const work: { complaint: Complaint & { id: string }; kind: DocumentKind }[] = [];
  let skipped = 0;
  for (const complaint of selected) {
    for (const kind of kinds) {
      const not = notApplicable(kind, complaint);
      if (not === undefined) work.push({ complaint, kind });
      // Asked by name for a document that does not apply: a finding (in a form's run: a refusal
      // on the run's page, naming the form that comes first). With --alle or without --soort,
      // documents that do not apply yet are simply not made.
      else if (kindValue === undefined || request.skipNotApplicable) skipped++;
      else {
        const step = STEPS.find((s) => s.command === not.step);
        const [first] = nextLines(context, [{ text: FIRST[not.step], command: `klacht ${not.step} ${complaint.id}`, ...(step ? { form: step.form.name } : {}) }]);
        const message = `Geen ${DOCUMENT_TITLES[kind].toLowerCase()} voor ${complaint.id}: ${not.reason}. ${first ?? ''}`.trim();
        if (context.values.formulier === true) throw new UsageError(message);
        findings.push(finding(complaint.file, FILE_START, 'error', 'document-not-applicable', null, message));
      }
    }
  }

  // The directie's signatures as the git history shows them (pull requests, approvers).
  // Only the form and the dossier show them; letters alone need no history.
  const showsSignatures = work.some(({ kind }) => kind === 'formulier' || kind === 'dossier');
  const git = showsSignatures ? await openRepository(loaded.root) : undefined;
  const years = new Set(work.flatMap(({ complaint }) => { const y = idYear(complaint.id); return y === undefined ? [] : [y]; }));
  // With a token, GitHub confirms each approval; without, the forms say it is not verified.
  // Evidence is verified only for exactly the content printed: the files as they are now.
  const printed = complaintFilesAsTheyAre(loaded.root, work.filter(({ kind }) => kind === 'formulier' || kind === 'dossier').map(({ complaint }) => complaint));
  const fromGit = git ? (await signaturesOfYears(loaded.root, git, years, loaded.context.config.backdatingDays, undefined, printed)).evidence : new Map<string, SignatureEvidence>();
  const evidence = await confirmEvidence(context, new Map([...fromGit].filter(([id]) => printed.has(id))));

  const written: { id: string; kind: DocumentKind; file: string }[] = [];
  let browser: BrowserInfo | undefined;
  if (work.length > 0) {
    makeFolder(outDir);
    // Temporary PDFs of a run that was killed: they hold personal data.
    removeStaleTempFiles(outDir);
    const { runBounded } = await import('../pdf/browser.js');
    const { TemplateRenderer, logoDataUrl } = await import('../pdf/templates.js');
    // Only the form and the dossier show the description; letters need no Markdown at all.
    const { markdownToSafeHtml } = showsSignatures ? await import('../pdf/markdown.js') : { markdownToSafeHtml: (): string => '' };
    // The register's own templates/ first, file by file, then the tool's.
    const templates = new TemplateRenderer(loaded.root);
    const logo = logoDataUrl(loaded.root, loaded.context.config.organisation.logo);
    const started = await launching;
    if (!started.printer) throw started.error ?? new RunError('Chromium startte niet.');
    const printer = started.printer;
    browser = printer.info;
    const progress = context.io.stdoutIsTty && !context.json
      ? (done: number): void => context.io.stderr(`\r${bar(done, work.length)} ${done}/${work.length} PDF's`)
      : undefined;
    try {
      await runBounded(work.map(({ complaint, kind }) => async () => {
        const own = deadlines.filter((d) => d.id === complaint.id);
        const model = documentModel(kind, complaint, own, loaded.context.config, context.today, markdownToSafeHtml(complaint.description), logo, evidence.get(complaint.id));
        const html = templates.render(kind, model);
        const bytes = await printer.print(html, { footer: `${complaint.id} · ${DOCUMENT_TITLES[kind]}` }).catch((error: unknown) => {
          throw new BrowserFailure(error);
        });
        const file = join(outDir, documentFileName(complaint.id, kind));
        // Personal data: readable by its owner only (or less, as the umask says).
        writeFileAtomic(file, bytes, undefined, { mode: 0o600 });
        written.push({ id: complaint.id, kind, file });
        faultPoint('pdf:written');
      }), CONCURRENCY, progress);
    } catch (error) {
      throw printFailure(error, printer.isRunning(), written.map((w) => w.file).sort(), work.length);
    } finally {
      if (progress) context.io.stderr('\n');
    }
  }
  written.sort((a, b) => (a.file < b.file ? -1 : 1));
  return { written, findings, skipped, ...(browser ? { browser } : {}) };
}

/**
 * A print run that stopped half-way, in Dutch: why, and which PDFs were made before it stopped
 * (they are complete; the others are not there at all).
 */
function printFailure(error: unknown, browserRuns: boolean, made: readonly string[], total: number): unknown {
  const done = `Wel gemaakt (${made.length} van ${total}, compleet): ${made.join(', ')}.`;
  // Our own Dutch error (a template, a full disk): it says what to mend; only the PDFs made are added.
  if (error instanceof RunError) return made.length === 0 ? error : new RunError(`${error.message} ${done}`);
  // Anything else that is not the browser's is nobody's foreseen failure: main.ts says it.
  if (!(error instanceof BrowserFailure)) return error;
  const why = browserRuns ? 'Chromium kon een document niet afdrukken.' : 'Chromium stopte onverwacht tijdens het afdrukken.';
  return new RunError(`${why} ${made.length === 0 ? 'Er is nog geen PDF gemaakt.' : done} Voer de opdracht opnieuw uit voor de rest.`, { detail: `Chromium: ${error.reason}` });
}

/** A print that the browser did not finish (it failed, or it is gone). */
class BrowserFailure extends Error {
  /** The kind of error (its name only: its message may quote the document), for KLACHT_DEBUG. */
  readonly reason: string;
  constructor(cause: unknown) {
    super('print failed', { cause });
    this.reason = cause instanceof Error ? cause.name : typeof cause;
  }
}

/** One Dutch line saying which browser printed, so a difference between two machines can be traced. */
export function describeBrowser(browser: BrowserInfo): string {
  const what = browser.source === 'embedded' ? `de ingebouwde Chromium ${browser.version} (meegekomen met npm ci, in ${browser.path})`
    : browser.source === 'env' ? `de browser uit PUPPETEER_EXECUTABLE_PATH, versie ${browser.version} (${browser.path})`
      : `de Chromium of Chrome van het systeem, versie ${browser.version} (${browser.path})`;
  return `Gedrukt met ${what}.`;
}

function bar(done: number, total: number): string {
  const width = 24;
  const filled = Math.round((done / total) * width);
  return `[${'#'.repeat(filled)}${' '.repeat(width - filled)}]`;
}
