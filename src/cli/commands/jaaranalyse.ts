/** klacht jaaranalyse <jaar>: the yearly analysis from the register and its git history. */
import { join, resolve } from 'node:path';
import { annualAnalysis, type AnalysisDocument } from '../../core/analysis/annual-analysis.js';
import { idYear } from '../../core/complaint/complaint.js';
import type { Organisation } from '../../core/complaint/config.js';
import { hasErrors } from '../../core/complaint/finding.js';
import { headCommit, openRepository } from '../../git/repository.js';
import { ANALYSES_DIR, analysisPath } from '../../core/complaint/layout.js';
import { writeFileAtomic } from '../../register/atomic-write.js';
import { complaintHistory } from '../../git/history.js';
import { signaturesOfYears } from '../history.js';
import { readAnalysis } from '../../register/analyses.js';
import { complaintsOf } from '../../register/load.js';
import { makeFolder } from '../../register/paths.js';
import { symlinkFinding, symlinksUnder } from '../../register/symlinks.js';
import { defineCommand } from '../command.js';
import { printJson, type CommandContext } from '../context.js';
import { withPrinter } from '../documents.js';
import { RunError, UsageError } from '../errors.js';
import { loadDeadlines } from '../load.js';

export const jaaranalyse = defineCommand({
  spec: {
    name: 'jaaranalyse',
    summary: 'de jaaranalyse van de klachten, uit het register en de git-geschiedenis',
    positionals: '<jaar>',
    maxPositionals: 1,
    description: [
      'Schrijft analyses/<jaar>.md (met grafieken als SVG ernaast) en analyses/<jaar>.pdf: aantallen en',
      'trend, wie en wat, tijdigheid, uitkomsten, oorzaken en maatregelen, en een controle van de',
      'geschiedenis (mogelijk teruggedateerde datums, teruggezette status, afhandeling zonder',
      'ondertekening). Zonder persoonsgegevens. Het deel "Conclusies en aanbevelingen" schrijft de',
      'directie; opnieuw genereren laat dat staan. Een klacht hoort bij het jaar van haar klachtnummer.',
    ].join('\n'),
    options: {
      uit: { type: 'string', valueName: 'map', description: 'Zet de PDF in deze map in plaats van in analyses/.' },
      'zonder-pdf': { type: 'boolean', description: 'Alleen de Markdown (geen Chromium nodig).' },
    },
    examples: ['klacht jaaranalyse 2025', 'klacht jaaranalyse 2025 --zonder-pdf', 'klacht jaaranalyse 2026 --register examples/register --uit out'],
  },
  async run(context) {
    const yearText = context.positionals[0];
    if (yearText === undefined || !/^\d{4}$/.test(yearText)) throw new UsageError('Noem het jaar van de analyse, bijvoorbeeld: klacht jaaranalyse 2025', 'jaaranalyse');
    const year = Number(yearText);

    // The git log starts first and runs while the register is read: the two take about as long.
    const git = await openRepository(context.root);
    const log = git ? complaintHistory(git) : undefined;
    // Awaited below; until then a failure must not count as unhandled (it would end the process).
    log?.catch(() => undefined);
    const commit = git ? await headCommit(git) : null;
    const { loaded, deadlines } = await loadDeadlines(context);
    const { config } = loaded.context;
    const signed = log && git ? await signaturesOfYears(loaded.root, git, new Set([year]), config.backdatingDays, log) : undefined;
    const history = signed?.facts;
    const withErrors = loaded.files
      .filter((f) => hasErrors(f.findings) && f.complaint?.id !== undefined && idYear(f.complaint.id) === year)
      .map((f) => f.complaint?.id as string);

    const folder = join(loaded.root, ANALYSES_DIR);
    const markdownPath = join(loaded.root, analysisPath(year));
    // A link would make the directie's chapter come from (and the analysis go to) a file elsewhere.
    const link = symlinksUnder(loaded.root, ANALYSES_DIR)[0];
    if (link !== undefined) throw new RunError(symlinkFinding(link).message);
    // The analysis as it is keeps the directie's chapter 7: one that could not be read is not overwritten.
    const previous = readAnalysis(loaded.root, year);
    if (previous?.ok === false) throw new RunError(`${previous.finding.file}: ${previous.finding.message} De jaaranalyse is niet gemaakt.`);
    const analysis = annualAnalysis({
      year, complaints: complaintsOf(loaded), deadlines, history, signatures: signed?.evidence, config, generatedOn: context.today, commit, withErrors,
    }, previous?.text);

    makeFolder(folder);
    writeFileAtomic(markdownPath, analysis.markdown);
    const chartPaths = Object.entries(analysis.charts).map(([name, svg]) => {
      const path = join(folder, name);
      writeFileAtomic(path, svg);
      return path;
    });

    let pdfPath: string | null = null;
    if (context.values['zonder-pdf'] !== true) {
      const outDir = context.values.uit === undefined ? folder : resolve(context.io.cwd, context.values.uit);
      makeFolder(outDir);
      pdfPath = join(outDir, `${year}.pdf`);
      await printAnalysis(context, analysis.document, year, pdfPath, loaded.root, config.organisation);
    }

    if (context.json) {
      printJson(context, { year, markdown: markdownPath, charts: chartPaths, pdf: pdfPath, history: history !== undefined });
    } else {
      context.io.stdout(`${markdownPath}\n${chartPaths.map((p) => `${p}\n`).join('')}${pdfPath ? `${pdfPath}\n` : ''}`);
      context.io.stdout(`Jaaranalyse ${year} gemaakt${history ? '' : ' (zonder geschiedenis: het register staat niet in git)'}. Vul hoofdstuk 7 aan en laat de directie de pull request goedkeuren.\n`);
    }
    return 0;
  },
});

/**
 * The body of the analysis's PDF from its document: each Markdown block through `sanitise`, the
 * same sanitiser as a complaint's description (chapter 7 is the directie's free text), and each
 * chart as the SVG the toolkit drew itself (the sanitiser would drop any svg; its labels are
 * escaped where it is drawn). Charts go in as blocks of their own, so nothing in the HTML has to
 * be searched for and replaced.
 */
export function analysisHtml(document: AnalysisDocument, sanitise: (markdown: string) => string): string {
  return document.blocks
    .map((block) => (block.kind === 'chart' ? block.svg : sanitise(block.markdown)))
    .filter((html) => html !== '')
    .join('\n');
}

/** The PDF of the analysis, printed by Chromium from the jaaranalyse template. */
async function printAnalysis(
  context: CommandContext,
  document: AnalysisDocument,
  year: number,
  target: string,
  root: string,
  organisation: Organisation,
): Promise<void> {
  await withPrinter(context, async (launching) => {
    const { TemplateRenderer, logoDataUrl } = await import('../../pdf/templates.js');
    const { markdownToSafeHtml } = await import('../../pdf/markdown.js');
    const page = new TemplateRenderer(root).renderTemplate('jaaranalyse', {
      title: `Jaaranalyse ${year}`,
      klacht: { id: '' },
      organisation: { naam: organisation.naam, adres: organisation.adres ?? '', email: organisation.email ?? '', telefoon: organisation.telefoon ?? '', logo: logoDataUrl(root, organisation.logo) },
      inhoud_html: analysisHtml(document, markdownToSafeHtml),
    });
    const started = await launching;
    if (!started.printer) {
      throw new RunError(`${started.error?.message ?? 'Chromium startte niet.'} De Markdown van de analyse is wel geschreven; gebruik --zonder-pdf om alleen die te maken.`);
    }
    let pdf: Uint8Array;
    try {
      pdf = await started.printer.print(page, { footer: `Jaaranalyse klachten ${year}` });
    } catch (error) {
      const why = started.printer.isRunning() ? 'Chromium kon de analyse niet afdrukken' : 'Chromium stopte onverwacht tijdens het afdrukken';
      // The kind of error only (its message may quote the document), and only for KLACHT_DEBUG.
      throw new RunError(`${why}. De Markdown van de analyse is wel geschreven; de PDF niet. Voer de opdracht opnieuw uit.`, { detail: `Chromium: ${error instanceof Error ? error.name : typeof error}` });
    }
    writeFileAtomic(target, pdf);
  });
}
