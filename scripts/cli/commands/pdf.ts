/** klacht pdf: the forms and letters of complaints as PDF, printed by Chromium (see cli/documents.ts). */
import { resolve } from 'node:path';
import type { Complaint } from '../../core/complaint.js';
import { DOCUMENT_KINDS, type DocumentKind } from '../../core/documents.js';
import { plural } from '../../core/dutch.js';
import { hasErrors } from '../../core/finding.js';
import { complaintsOf } from '../../register/load.js';
import type { Command } from '../command.js';
import { printJson, type CommandContext } from '../context.js';
import { describeBrowser, printDocuments, withPrinter, type PrintResult } from '../documents.js';
import { unknownComplaint, UsageError } from '../errors.js';
import { loadDeadlines } from '../load.js';
import { printFindings } from '../output.js';

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
      'Ondertekening: het formulier en het dossier noemen de pull request die de klacht registreerde en',
      'afhandelde. Wat alleen uit git komt, heet "niet geverifieerd". Met GITHUB_TOKEN (pull-requests: read)',
      'en GITHUB_REPOSITORY wordt elke goedkeuring bij GitHub nagekeken en dan "geverifieerd bij GitHub" genoemd.',
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
    return withPrinter(context, async (launching) => {
      const { loaded, deadlines } = await loadDeadlines(context, { complaintsOnly: true });
      const complaints = complaintsOf(loaded).filter((c): c is Complaint & { id: string } => c.id !== undefined);
      const selected = all ? complaints : context.positionals.map((id) => {
        const found = complaints.find((c) => c.id === id);
        if (!found) throw unknownComplaint(id, 'pdf');
        return found;
      });
      const outDir = resolve(context.io.cwd, typeof context.values.uit === 'string' ? context.values.uit : 'out');
      const result = await printDocuments(context, {
        loaded, deadlines, complaints: selected, ...(kindValue === undefined ? {} : { kind: kindValue as DocumentKind }), skipNotApplicable: all, outDir,
      }, launching);
      report(context, result, outDir);
      return hasErrors(result.findings) ? 1 : 0;
    });
  },
};

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
