/**
 * klacht inzage: a subject access request (AVG art. 15). Finds every complaint of one person by
 * e-mail address or name, and can write their documents as PDF for them. The search value itself
 * is personal data: it is not repeated in the output.
 */
import type { Complaint } from '../../core/complaint/complaint.js';
import { formatDateDutch, plural } from '../../core/text/dutch.js';
import { searchForm } from '../../core/complaint/search.js';
import { resolve } from 'node:path';
import { copyAttachments } from '../../register/attachments.js';
import { complaintsOf } from '../../register/load.js';
import { defineCommand } from '../command.js';
import { printJson, type CommandContext } from '../context.js';
import { UsageError } from '../errors.js';
import { loadDeadlines } from '../load.js';
import { printDocuments, withPrinter } from '../documents.js';
import { SELECT_THEME } from '../dutch-prompts.js';

function normalise(text: string): string {
  return text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Every word of the search occurs in the name: "jansen" finds "J. Jansen", and so does "j jansen". */
function nameMatches(name: string, search: string): boolean {
  const whole = searchForm(name);
  return search.split(/[\s.]+/).filter((w) => w !== '').every((part) => whole.includes(part));
}

/**
 * The complaints of one person among those whose name matched: with one name, all of them; with
 * more, the person chosen at a terminal. Without a terminal no name is shown (it would end up in a
 * log): the user is asked to be more precise.
 */
async function onePerson(context: CommandContext, matches: readonly (Complaint & { id: string })[]): Promise<(Complaint & { id: string })[]> {
  const people = new Map<string, (Complaint & { id: string })[]>();
  for (const c of matches) {
    const key = searchForm(c.complainant.name ?? '');
    people.set(key, [...(people.get(key) ?? []), c]);
  }
  if (people.size <= 1) return [...matches];
  if (!context.io.stdinIsTty || context.json) {
    throw new UsageError(`De naam past bij ${people.size} verschillende personen. Geef de volledige naam of het e-mailadres (in een terminal vraagt klacht wie u bedoelt).`, 'inzage');
  }
  const { select } = await import('@inquirer/prompts');
  const choices = [...people.values()].map((list) => ({ value: list, name: `${list[0]?.complainant.name ?? ''} (${plural(list.length, 'klacht', 'klachten')})` }));
  return select({ message: 'Welke persoon bedoelt u?', choices, theme: SELECT_THEME }, { input: context.io.input, output: context.io.output, clearPromptOnDone: false });
}

export const inzage = defineCommand({
  spec: {
    name: 'inzage',
    summary: 'inzageverzoek (AVG art. 15): alle klachten van één persoon, desgewenst als PDF',
    description: [
      'Zoekt alle klachten van één persoon op e-mailadres of naam en toont klachtnummer, status en datums.',
      'Een deel van de naam is genoeg ("jansen" vindt "J. Jansen"; hoofdletters, accenten en extra spaties',
      'tellen niet mee). Past het bij meer dan één persoon, dan vraagt klacht in een terminal wie u bedoelt;',
      'zonder terminal noemt klacht geen namen en vraagt om de volledige naam of het e-mailadres. Met --uit komen alle documenten van elke',
      'gevonden klacht (formulier, dossier, brieven) als PDF in die map, en de bijlagen uit het register',
      '(bijlagen/<klachtnummer>/ en wat de klacht als bijlage noemt) in <klachtnummer>-bijlagen/, om aan de persoon te geven.',
      'Het gezochte adres of de naam wordt niet herhaald in de uitvoer.',
    ].join('\n'),
    options: {
      email: { type: 'string', valueName: 'adres', description: 'Het e-mailadres van de persoon.' },
      naam: { type: 'string', valueName: 'naam', description: 'De naam van de persoon, of een deel ervan.' },
      uit: { type: 'string', valueName: 'map', description: 'Schrijf de documenten van elke gevonden klacht als PDF in deze map, met de bijlagen erbij.' },
    },
    examples: ['klacht inzage --email j.jansen@example.nl', 'klacht inzage --naam jansen', 'klacht inzage --naam "J. Jansen" --uit inzage-2026-11'],
  },
  async run(context) {
    const email = context.values.email === undefined ? undefined : normalise(context.values.email);
    const name = context.values.naam !== undefined && context.values.naam.trim() !== '' ? searchForm(context.values.naam) : undefined;
    if (!email && !name) throw new UsageError('Zoek met --email <adres> of --naam <naam>.', 'inzage');
    const { loaded, deadlines } = await loadDeadlines(context, { complaintsOnly: true });
    const complaints = complaintsOf(loaded).filter((c): c is Complaint & { id: string } => c.id !== undefined);
    const byEmail = complaints.filter((c) => email !== undefined && c.complainant.email !== undefined && normalise(c.complainant.email) === email);
    const byName = name === undefined ? [] : await onePerson(context, complaints.filter((c) => c.complainant.name !== undefined && nameMatches(c.complainant.name, name)));
    const found = [...new Set([...byEmail, ...byName])].sort((a, b) => (a.id < b.id ? -1 : 1));
    let pdfs = 0;
    let attachments = 0;
    const outValue = context.values.uit;
    if (outValue !== undefined && found.length > 0) {
      // The same documents as klacht pdf, printed by the same function.
      const result = await withPrinter(context, (launching) => printDocuments(context, {
        loaded, deadlines, complaints: found, skipNotApplicable: true, outDir: resolve(context.io.cwd, outValue),
      }, launching));
      pdfs = result.written.length;
      // The scans and letters in the register are the person's data too.
      for (const complaint of found) attachments += copyAttachments(context.root, complaint, resolve(context.io.cwd, outValue));
    }
    const rows = found.map((c) => ({ id: c.id, status: c.status ?? null, ingediend: c.submitted ?? null, afgehandeld: c.closure?.date ?? null, geanonimiseerd: c.anonymised ?? null }));
    if (context.json) {
      printJson(context, { complaints: rows, pdfs, bijlagen: attachments });
    } else if (found.length === 0) {
      context.io.stdout('Geen klachten van deze persoon in het register (na anonimisering is een persoon niet meer te vinden).\n');
    } else {
      for (const r of rows) {
        context.io.stdout(`${r.id}  ${r.status ?? '-'}  ingediend ${r.ingediend ? formatDateDutch(r.ingediend) : '-'}${r.afgehandeld ? `, afgehandeld ${formatDateDutch(r.afgehandeld)}` : ''}\n`);
      }
      context.io.stdout(`${plural(found.length, 'klacht', 'klachten')} gevonden.${pdfs + attachments > 0 ? ` ${[pdfs > 0 && `${plural(pdfs, 'PDF', "PDF's")} geschreven`, attachments > 0 && `${plural(attachments, 'bijlage', 'bijlagen')} gekopieerd`].filter(Boolean).join(' en ')}; ze bevatten persoonsgegevens: geef ze alleen aan de persoon zelf.` : ''}\n`);
    }
    return 0;
  },
});
