/** klacht pdf: the forms and letters of complaints as PDF, printed by Chromium (see cli/documents.ts). */
import { resolve } from 'node:path';
import { idYear, type Complaint } from '../../core/complaint/complaint.js';
import { complaintPath } from '../../core/complaint/layout.js';
import { DOCUMENT_KINDS, type DocumentKind } from '../../core/complaint/documents.js';
import { plural } from '../../core/text/dutch.js';
import { hasErrors } from '../../core/complaint/finding.js';
import { whyNotRead } from '../../register/check-file.js';
import { complaintsOf } from '../../register/load.js';
import { defineCommand } from '../command.js';
import { printJson, type CommandContext } from '../context.js';
import { describeBrowser, printDocuments, withPrinter, type PrintResult } from '../documents.js';
import { RunError, unknownComplaint, UsageError } from '../errors.js';
import { idsChangedSince } from '../../git/complaint-ids.js';
import { openRepository } from '../../git/repository.js';
import { otherBranchMessage } from '../steps/form-input.js';
import { loadDeadlines } from '../load.js';
import { printFindings } from '../output.js';

export const pdf = defineCommand({
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
      'Ondertekening: het formulier en het dossier noemen de pull request die de klacht registreerde en',
      'afhandelde. Wat alleen uit git komt, heet "niet geverifieerd". Met GITHUB_TOKEN (pull-requests: read)',
      'en GITHUB_REPOSITORY wordt elke goedkeuring bij GitHub nagekeken en dan "geverifieerd bij GitHub" genoemd.',
    ].join('\n'),
    options: {
      soort: { type: 'string', valueName: DOCUMENT_KINDS.join('|'), description: 'Alleen dit document.' },
      uit: { type: 'string', valueName: 'map', description: 'Map voor de PDF\'s (standaard: out/; wordt gemaakt als hij ontbreekt).' },
      alle: { type: 'boolean', description: 'Alle klachten van het register.' },
      sinds: { type: 'string', valueName: 'commit', description: 'De klachten die sinds deze commit zijn toegevoegd of gewijzigd (voor een workflow: de commit vóór de push).' },
    },
    examples: [
      'klacht pdf KL-2026-007',
      'klacht pdf KL-2026-007 --soort ontvangstbevestiging --uit brieven',
      'klacht pdf --alle --register examples/register',
      'klacht pdf --sinds HEAD~3 --uit pdf',
    ],
  },
  async run(context) {
    // The "Documenten maken" form prints the register of the default branch only: another branch's
    // files are not what the directie approved, and its forms would print them as if they were.
    const otherBranch = context.values.formulier === true ? otherBranchMessage(context.io.env) : undefined;
    if (otherBranch !== undefined) throw new RunError(`${otherBranch} Er zijn geen documenten gemaakt.`);
    const kindValue = context.values.soort;
    if (kindValue !== undefined && !(DOCUMENT_KINDS as readonly unknown[]).includes(kindValue)) {
      throw new UsageError(`--soort moet een van ${DOCUMENT_KINDS.join(', ')} zijn.`, 'pdf');
    }
    const all = context.values.alle === true;
    const since = context.values.sinds?.trim();
    const ways = [all, since !== undefined, context.positionals.length > 0].filter(Boolean).length;
    if (ways === 0) throw new UsageError('Noem een of meer klachtnummers, of gebruik --alle of --sinds.', 'pdf');
    if (ways > 1) throw new UsageError('Kies klachtnummers, --alle of --sinds: één van de drie.', 'pdf');
    let named = context.positionals;
    if (since !== undefined) {
      const changed = await changedSince(context, since);
      if (changed.length === 0) {
        if (context.json) printJson(context, { ok: true, files: [], findings: [] });
        return 0;
      }
      named = changed;
    }

    // Chromium starts in a process of its own: start it before anything else, and load the
    // register, the templates and the history meanwhile. A run that turns out to need no browser
    // (nothing applies, or an error) closes it again.
    return withPrinter(context, async (launching) => {
      const { loaded, deadlines } = await loadDeadlines(context, { complaintsOnly: true });
      const complaints = complaintsOf(loaded).filter((c): c is Complaint & { id: string } => c.id !== undefined);
      const selected = all ? complaints : named.map((id) => {
        const found = complaints.find((c) => c.id === id);
        if (found) return found;
        // Its file is there but could not be read (too large, say): that, not "not in the register".
        const year = idYear(id);
        const unread = year === undefined ? undefined : loaded.files.find((f) => f.file === complaintPath(id, year) && !f.complaint);
        if (unread) throw new RunError(`${unread.file}: ${whyNotRead(unread.findings)}`);
        throw unknownComplaint(id, 'pdf', { fromForm: context.values.formulier === true });
      });
      const outDir = resolve(context.io.cwd, context.values.uit ?? 'out');
      const result = await printDocuments(context, {
        loaded, deadlines, complaints: selected, ...(kindValue === undefined ? {} : { kind: kindValue as DocumentKind }), skipNotApplicable: all || since !== undefined, outDir,
      }, launching);
      report(context, result, outDir);
      return hasErrors(result.findings) ? 1 : 0;
    });
  },
});

/** The complaints changed since `since`, said on stdout (ids only); none means there is nothing to print. */
async function changedSince(context: CommandContext, since: string): Promise<string[]> {
  const git = await openRepository(context.root);
  if (!git) throw new RunError('--sinds werkt alleen in een git-repository, en het register is er geen.');
  const { ids, range } = await idsChangedSince(git, since);
  if (!context.json) {
    context.io.stdout(ids.length === 0 ? `Geen klachten gewijzigd (${range}): er zijn geen PDF's gemaakt.\n` : `Gewijzigd (${range}): ${ids.join(', ')}.\n`);
  }
  return ids;
}

function report(context: CommandContext, result: PrintResult, outDir: string): void {
  const { written, findings, skipped, browser } = result;
  if (context.json) {
    printJson(context, {
      ok: !hasErrors(findings), files: written.map((w) => ({ id: w.id, soort: w.kind, file: w.file })), findings,
      ...(browser ? { browser: { source: browser.source, path: browser.path, version: browser.version } } : {}),
    });
    return;
  }
  printFindings(findings, context);
  for (const w of written) context.io.stdout(`${w.file}\n`);
  const notMade = skipped > 0 ? ` ${plural(skipped, 'document past', 'documenten passen')} (nog) niet bij de klacht en ${skipped === 1 ? 'is' : 'zijn'} niet gemaakt.` : '';
  context.io.stdout(`${plural(written.length, 'PDF', 'PDF\'s')} gemaakt in ${outDir}.${notMade}${written.length > 0 ? ' Let op: ze bevatten persoonsgegevens.' : ''}\n`);
  if (browser) context.io.stdout(`${describeBrowser(browser)}\n`);
}
