/** klacht pdf: the forms and letters of complaints as PDF, printed by Chromium (see pdf/browser.ts). */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { idYear, type Complaint } from '../../core/complaint.js';
import { openRepository } from '../../git/repository.js';
import { signaturesOfYears } from '../history.js';
import {
  DOCUMENT_KINDS, DOCUMENT_TITLES, documentFileName, documentModel, notApplicable, type DocumentKind,
} from '../../core/documents.js';
import { plural } from '../../core/dutch.js';
import { FILE_START, finding, hasErrors, type Finding } from '../../core/finding.js';
import { writeFileAtomic } from '../../register/atomic-write.js';
import type { Command } from '../command.js';
import type { CommandContext } from '../context.js';
import type { BrowserInfo } from '../../pdf/browser.js';
import { printJson } from '../context.js';
import { RunError, unknownComplaint, UsageError } from '../errors.js';
import { loadDeadlines } from '../load.js';
import { complaintsOf } from '../../register/load.js';
import { printFindings } from '../output.js';

/** Pages printed at once: enough to keep two cores busy, few enough for a small machine's memory. */
const CONCURRENCY = 4;

export const pdf: Command = {
  spec: {
    name: 'pdf',
    summary: 'maakt het klachtenformulier, het dossier en de brieven als PDF',
    positionals: '[klachtnummers...]',
    maxPositionals: Infinity,
    description: [
      'Maakt PDF\'s van klachten: het klachtenformulier, het klachtdossier, de ontvangstbevestiging,',
      'het verlengingsbericht en de reactie. Zonder --soort alle documenten die bij de klacht passen.',
      'Bestandsnamen zijn klachtnummer en soort (KL-2026-007-formulier.pdf), nooit een naam.',
      'Let op: de PDF\'s bevatten persoonsgegevens. Bewaar ze alleen waar dat mag.',
      'Browser: PUPPETEER_EXECUTABLE_PATH, anders Chromium of Chrome van het systeem, anders de Chromium die',
      'met npm ci is meegekomen (Linux x64; de eerste keer eenmalig uitgepakt). KLACHT_BROWSER=ingebouwd',
      'dwingt die laatste af, KLACHT_BROWSER=systeem sluit hem uit.',
    ].join('\n'),
    options: {
      soort: { type: 'string', valueName: DOCUMENT_KINDS.join('|'), description: 'Alleen dit document.' },
      uit: { type: 'string', valueName: 'map', description: 'Map voor de PDF\'s (standaard: out/; wordt gemaakt als hij ontbreekt).' },
      alle: { type: 'boolean', description: 'Alle klachten van het register.' },
    },
    examples: [
      'klacht pdf KL-2026-007',
      'klacht pdf KL-2026-007 --soort ontvangstbevestiging --uit brieven',
      'klacht pdf --alle --register examples/register',
    ],
  },
  async run(context) {
    const kindValue = context.values.soort;
    if (kindValue !== undefined && !(DOCUMENT_KINDS as readonly unknown[]).includes(kindValue)) {
      throw new UsageError(`--soort moet een van ${DOCUMENT_KINDS.join(', ')} zijn, niet '${String(kindValue)}'.`, 'pdf');
    }
    const all = context.values.alle === true;
    if (!all && context.positionals.length === 0) throw new UsageError('Noem een of meer klachtnummers, of gebruik --alle.', 'pdf');

    // Chromium starts in a process of its own: start it before anything else, and load the
    // register, the templates and the history meanwhile. A run that turns out to need no browser
    // (nothing applies, or an error) closes it again.
    // puppeteer is loaded before the register so that Chromium's start is not held up by it.
    const { launching } = await launchPrinter(context);
    try {
      return await makePdfs(context, kindValue as DocumentKind | undefined, all, launching);
    } finally {
      const started = await launching;
      if (started.printer) await started.printer.close();
    }
  },
};

type Printer = import('../../pdf/browser.js').PdfPrinter;

type Launch = Promise<{ printer?: Printer; error?: RunError }>;

/**
 * Loads puppeteer, then starts the browser without waiting for it: the promise returned holds the
 * launch, which never rejects (an error waits until a PDF is actually needed).
 */
async function launchPrinter(context: CommandContext): Promise<{ launching: Launch }> {
  const { PdfPrinter } = await import('../../pdf/browser.js');
  await PdfPrinter.load();
  const notify = (message: string): void => context.io.stderr(`${message}\n`);
  const launching = PdfPrinter.launch(context.io.env, notify).then((printer) => ({ printer }), async (error: unknown) => {
    const { BrowserNotFoundError } = await import('../../pdf/browser-choice.js');
    if (error instanceof BrowserNotFoundError) return { error: new RunError(error.message) };
    return { error: new RunError(`Chromium startte niet: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`) };
  });
  // Wrapped, since awaiting a promise of a promise would wait for the launch itself.
  return { launching };
}

async function makePdfs(context: CommandContext, kindValue: DocumentKind | undefined, all: boolean, launching: Launch): Promise<number> {
  const { loaded, deadlines } = await loadDeadlines(context);
  const complaints = complaintsOf(loaded).filter((c): c is Complaint & { id: string } => c.id !== undefined);
  const selected = all ? complaints : context.positionals.map((id) => {
    const found = complaints.find((c) => c.id === id);
    if (!found) throw unknownComplaint(id, 'pdf');
    return found;
  });
  const kinds: readonly DocumentKind[] = kindValue === undefined ? DOCUMENT_KINDS : [kindValue as DocumentKind];

  const findings: Finding[] = [];
  const work: { complaint: Complaint & { id: string }; kind: DocumentKind }[] = [];
  let skipped = 0;
  for (const complaint of selected) {
    for (const kind of kinds) {
      const reason = notApplicable(kind, complaint);
      if (reason === undefined) work.push({ complaint, kind });
      // Asked by name for a document that does not apply: a finding. With --alle or without
      // --soort, documents that do not apply yet are simply not made.
      else if (kindValue === undefined || all) skipped++;
      else {
        findings.push(finding(complaint.file, FILE_START, 'error', 'document-not-applicable', null, `Geen ${DOCUMENT_TITLES[kind].toLowerCase()} voor ${complaint.id}: ${reason}.`));
      }
    }
  }

  // The directie's signatures as the git history shows them (pull requests, approvers).
  // Only the form and the dossier show them; letters alone need no history.
  const showsSignatures = work.some(({ kind }) => kind === 'formulier' || kind === 'dossier');
  const git = showsSignatures ? await openRepository(loaded.root) : undefined;
  const years = new Set(work.flatMap(({ complaint }) => { const y = idYear(complaint.id); return y === undefined ? [] : [y]; }));
  const evidence = git ? (await signaturesOfYears(loaded.root, git, years, loaded.context.config.backdatingDays)).evidence : new Map();

  const outDir = resolve(context.io.cwd, typeof context.values.uit === 'string' ? context.values.uit : 'out');
  const written: { id: string; kind: DocumentKind; file: string }[] = [];
  let browser: BrowserInfo | undefined;
  if (work.length > 0) {
    mkdirSync(outDir, { recursive: true });
    const { runBounded } = await import('../../pdf/browser.js');
    const { TemplateRenderer, logoDataUrl } = await import('../../pdf/templates.js');
    // Only the form and the dossier show the description; letters need no Markdown at all.
    const { markdownToSafeHtml } = showsSignatures ? await import('../../pdf/markdown.js') : { markdownToSafeHtml: (): string => '' };
    const templates = new TemplateRenderer();
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
        const bytes = await printer.print(templates.render(kind, model), { footer: `${complaint.id} · ${DOCUMENT_TITLES[kind]}` });
        const file = join(outDir, documentFileName(complaint.id, kind));
        writeFileAtomic(file, bytes);
        written.push({ id: complaint.id, kind, file });
      }), CONCURRENCY, progress);
    } finally {
      if (progress) context.io.stderr('\n');
    }
  }
  written.sort((a, b) => (a.file < b.file ? -1 : 1));

  if (context.json) {
    printJson(context, {
      ok: !hasErrors(findings), files: written.map((w) => ({ id: w.id, soort: w.kind, file: w.file })), findings,
      ...(browser ? { browser: { source: browser.source, path: browser.path, version: browser.version } } : {}),
    });
  } else {
    printFindings(findings, context);
    for (const w of written) context.io.stdout(`${w.file}\n`);
    const notMade = skipped > 0 ? ` ${plural(skipped, 'document past', 'documenten passen')} (nog) niet bij de klacht en ${skipped === 1 ? 'is' : 'zijn'} niet gemaakt.` : '';
    context.io.stdout(`${plural(written.length, 'PDF', 'PDF\'s')} gemaakt in ${outDir}.${notMade}${written.length > 0 ? ' Let op: ze bevatten persoonsgegevens.' : ''}\n`);
    if (browser) context.io.stdout(`${describeBrowser(browser)}\n`);
  }
  return hasErrors(findings) ? 1 : 0;
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
