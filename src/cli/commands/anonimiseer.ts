/** klacht anonimiseer: removes the complainant's personal data once the retention term has passed. */
import { join } from 'node:path';
import { compareDates } from '../../core/time/calendar-date.js';
import { formatDateDutch, plural } from '../../core/text/dutch.js';
import { hasErrors } from '../../core/complaint/finding.js';
import { commitFiles, openRepository } from '../../git/repository.js';
import { anonymiseText, UNREADABLE_VERSION, versionId } from '../../register/anonymise.js';
import { readBounded } from '../../register/bounded-read.js';
import { replaceComplaintFile } from '../../register/complaint-write.js';
import { checkComplaintBytes } from '../../register/check-file.js';
import { complaintsOf } from '../../register/load.js';
import type { Command } from '../command.js';
import { printJson, type CommandContext } from '../context.js';
import { RunError, unknownComplaint } from '../errors.js';
import type { PurgeOutcome } from '../../git/purge.js';
import { loadDeadlines } from '../load.js';

// The remote "origin" is kept (the Python tool used before removed it): the next step is a force push to that
// very remote, and its remote-tracking refs are rewritten with everything else, so nothing local
// still points at the old history. What can bring it back is fetching before that push; the
// warning says so.
const HISTORY_WARNING = [
  'Let op: de oude versies van deze klachtbestanden staan nog in de git-geschiedenis. --geschiedenis',
  'herschrijft die geschiedenis met git zelf (git fast-export en git fast-import). Dat betekent:',
  '- elke commit vanaf de eerste versie van deze bestanden krijgt een nieuwe hash; commits met een',
  '  digitale handtekening (zoals merges op de website van GitHub) verliezen die handtekening;',
  '- de wijziging wordt eerst als commit vastgelegd; de remote "origin" blijft staan voor de force',
  '  push, maar haal er tot die tijd niets van op (git pull of git fetch): dan komt de oude',
  '  geschiedenis terug;',
  '- daarna is een force push nodig (git push --force --all en git push --force --tags) en moet',
  '  iedereen zijn kopie (clone) weggooien en opnieuw clonen: een oude kopie bevat de gegevens nog;',
  '- open pull requests en oude weergaven op GitHub houden de gegevens tot GitHub Support ze',
  '  verwijdert (vraag om "cached views" en oude pull request refs te laten wissen).',
].join('\n');

export const anonimiseer: Command = {
  spec: {
    name: 'anonimiseer',
    summary: 'verwijdert persoonsgegevens van klachten waarvan de bewaartermijn voorbij is',
    positionals: '[klachtnummers...]',
    maxPositionals: Infinity,
    description: [
      'Vervangt bij elke klacht waarvan de bewaartermijn (bewaartermijn_maanden na de afhandeling) voorbij',
      'is, of bij de genoemde klachten, de naam, het adres, de postcode, de woonplaats, het e-mailadres en',
      'het telefoonnummer van de indiener, de omschrijving, en vrije tekst die de indiener kan noemen',
      '(onderwerp en bijlage van brieven, standpunt van de indiener, de bijlage bij de ondertekening) door',
      '[geanonimiseerd]. Datums, rol, categorie, complex, oordeel, oorzaak en maatregelen blijven voor de',
      'jaaranalyse. De rest van het bestand (commentaar, volgorde) blijft zoals het was; het veld',
      'geanonimiseerd krijgt de datum. Met --dry-run ziet u eerst welke velden veranderen.',
      'Met --geschiedenis worden ook de oude versies in git herschreven (met git zelf; vraagt om bevestiging).',
    ].join('\n'),
    options: {
      'dry-run': { type: 'boolean', description: 'Toon alleen welke velden zouden veranderen.' },
      geschiedenis: { type: 'boolean', description: 'Haal de gegevens ook uit de git-geschiedenis (vraagt om bevestiging).' },
      ja: { type: 'boolean', description: 'Bevestig --geschiedenis zonder te vragen (voor scripts).' },
    },
    examples: ['klacht anonimiseer --dry-run', 'klacht anonimiseer', 'klacht anonimiseer KL-2024-001 --geschiedenis'],
  },
  async run(context) {
    const dryRun = context.values['dry-run'] === true;
    const { loaded, deadlines } = await loadDeadlines(context);
    const complaints = complaintsOf(loaded);
    let selected;
    if (context.positionals.length > 0) {
      selected = context.positionals.map((id) => {
        const found = complaints.find((c) => c.id === id);
        if (!found) throw unknownComplaint(id, 'anonimiseer');
        return found;
      });
    } else {
      // Past its retention term: the deadline is not met and its day has come.
      const due = new Set(deadlines.filter((d) => d.kind === 'retention' && d.done === null && compareDates(d.due, context.today) <= 0).map((d) => d.id));
      selected = complaints.filter((c) => c.id !== undefined && due.has(c.id));
    }

    const results: { id: string; file: string; changed: readonly string[]; read?: Buffer; text?: string; problem?: string }[] = [];
    for (const complaint of selected) {
      // Read no further than the size limit, as klacht valideer reads it: nothing larger is parsed.
      const read = readBounded(join(loaded.root, complaint.file));
      const result = anonymiseText(read.toString('utf8'), context.today);
      const id = complaint.id ?? complaint.file;
      if (result?.text === undefined) {
        results.push({ id, file: complaint.file, changed: [], problem: result?.refused ?? 'de frontmatter is niet te lezen; herstel eerst de fouten (klacht valideer)' });
        continue;
      }
      const check = checkComplaintBytes(complaint.file, Buffer.from(result.text, 'utf8'), loaded.context);
      if (hasErrors(check.findings)) {
        results.push({ id, file: complaint.file, changed: [], problem: 'het bestand heeft fouten; herstel die eerst (klacht valideer)' });
        continue;
      }
      results.push({ id, file: complaint.file, changed: result.changed, read, text: result.text });
    }
    const toWrite = results.filter((r) => r.text !== undefined && r.changed.length > 0);
    const onWait = (message: string): void => context.io.stderr(`${message}\n`);
    if (!dryRun) for (const r of toWrite) replaceComplaintFile(loaded.root, r.file, r.read as Buffer, r.text as string, onWait);

    let outcome: PurgeOutcome | undefined;
    if (context.values.geschiedenis === true && !dryRun) {
      const purged = results.filter((r) => r.text !== undefined);
      outcome = await purge(context, loaded.root, purged.map((r) => r.file), purged.map((r) => r.id));
    }
    const rewritten = outcome?.rewritten ?? null;

    if (context.json) {
      printJson(context, {
        dry_run: dryRun,
        complaints: results.map((r) => ({ id: r.id, file: r.file, changed: r.changed, ...(r.problem ? { problem: r.problem } : {}) })),
        history_rewritten: rewritten,
        history_unreadable_replaced: outcome?.unreadable ?? null,
        history_resumed_after: outcome?.resumedAfter?.phase ?? null,
      });
    } else {
      if (results.length === 0) context.io.stdout(`Geen klacht heeft op ${formatDateDutch(context.today)} haar bewaartermijn bereikt.\n`);
      for (const r of results) {
        context.io.stdout(r.problem
          ? `${r.id}: niet geanonimiseerd: ${r.problem}.\n`
          : r.changed.length === 0 ? `${r.id}: al geanonimiseerd.\n` : `${r.id}: ${dryRun ? 'zou veranderen' : 'geanonimiseerd'}: ${r.changed.join(', ')}\n`);
      }
      if (toWrite.length > 0 && !dryRun) context.io.stdout(`${plural(toWrite.length, 'klacht', 'klachten')} geanonimiseerd. Leg de wijziging vast met een pull request.\n`);
      if (outcome?.resumedAfter) context.io.stdout(`Een eerdere herschrijving van de geschiedenis was onderbroken na ${outcome.resumedAfter.name}; die is nu afgemaakt.\n`);
      if (rewritten !== null) {
        const whole = outcome?.unreadable ? ` (${plural(outcome.unreadable, 'onleesbare versie', 'onleesbare versies')} geheel vervangen)` : '';
        context.io.stdout(`Geschiedenis herschreven: ${plural(rewritten, 'oude versie', 'oude versies')} zonder persoonsgegevens${whole}. Doe nu een force push en laat iedereen opnieuw clonen.\n`);
      }
      else if (toWrite.length > 0 && !dryRun) context.io.stderr(`${HISTORY_WARNING.split('\n')[0]} Gebruik --geschiedenis om ook die te wissen.\n`);
    }
    return results.some((r) => r.problem) ? 1 : 0;
  },
};

/**
 * Commits the anonymised files, asks for confirmation, and rewrites their history; or finishes a
 * rewrite that was interrupted. Undefined when there is nothing to do (no files, no unfinished rewrite).
 */
async function purge(context: CommandContext, root: string, files: readonly string[], ids: readonly string[]): Promise<PurgeOutcome | undefined> {
  const git = await openRepository(root);
  if (!git && files.length === 0) return undefined;
  if (!git) throw new RunError('Het register staat niet in git: er is geen geschiedenis om te herschrijven.');
  const { assertCanPurge, purgeHistory, readRecord, PurgeError } = await import('../../git/purge.js');
  const unfinished = await readRecord(root).catch(() => undefined);
  if (files.length === 0 && !unfinished) return undefined;
  try {
    // Before anything is committed: a repository in the middle of a merge must not get a merge commit.
    await assertCanPurge(root);
  } catch (error) {
    if (error instanceof PurgeError) throw new RunError(`${error.message} De bestanden zelf zijn wel geanonimiseerd; de geschiedenis is niet herschreven.`);
    throw error;
  }
  // An unfinished rewrite was confirmed when it began: it is finished without asking again.
  if (!unfinished) await confirmRewrite(context);
  try {
    if (files.length > 0) await commitFiles(git, files, `Persoonsgegevens verwijderd (bewaartermijn verstreken): ${ids.join(', ')}`);
  } catch (error) {
    if (error instanceof RunError) throw new RunError(`${sentence(error.message)} De bestanden zijn wel geanonimiseerd; de geschiedenis is niet herschreven.`, error.detail === undefined ? {} : { detail: error.detail });
    throw error;
  }
  try {
    return await purgeHistory(root, files, {
      anonymise: (text) => anonymiseText(text, context.today, { record: false })?.text,
      idOf: versionId,
      unreadable: UNREADABLE_VERSION,
    });
  } catch (error) {
    if (error instanceof PurgeError) throw new RunError(error.message);
    throw error;
  }
}

/** A message as a sentence, ending in a full stop, for another sentence to follow. */
const sentence = (text: string): string => (/[.!?]$/.test(text) ? text : `${text}.`);

async function confirmRewrite(context: CommandContext): Promise<void> {
  context.io.stderr(`${HISTORY_WARNING}\n`);
  if (context.values.ja === true) return;
  if (!context.io.stdinIsTty) throw new RunError('Bevestig het herschrijven van de geschiedenis met --ja (er is geen terminal om het te vragen).');
  const { confirm } = await import('@inquirer/prompts');
  const ok = await confirm({ message: 'De geschiedenis herschrijven?', default: false }, { ...(context.io.input ? { input: context.io.input } : {}), ...(context.io.output ? { output: context.io.output } : {}) });
  if (!ok) throw new RunError('Niets herschreven. De bestanden zelf zijn wel geanonimiseerd.');
}
