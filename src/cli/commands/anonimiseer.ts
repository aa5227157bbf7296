/** klacht anonimiseer: removes the complainant's personal data once the retention term has passed. */
import { join } from 'node:path';
import { compareDates } from '../../core/time/calendar-date.js';
import { formatDateDutch, plural } from '../../core/text/dutch.js';
import { hasErrors } from '../../core/complaint/finding.js';
import { commitFiles, openRepository, trackedFiles } from '../../git/repository.js';
import { anonymiseText, REMOVED_ATTACHMENT, UNREADABLE_VERSION, versionId } from '../../register/anonymise.js';
import { attachmentFiles, removeAttachments } from '../../register/attachments.js';
import { attachmentPaths } from '../../core/complaint/attachments.js';
import { attachmentFolder } from '../../core/complaint/layout.js';
import { describeSystemError } from '../../core/text/system-errors.js';
import { readBounded } from '../../register/bounded-read.js';
import { replaceComplaintFile } from '../../register/complaint-write.js';
import { removeLeftoverLock } from '../../register/write-lock.js';
import { checkComplaintBytes } from '../../register/check-file.js';
import { complaintsOf } from '../../register/load.js';
import type { FlagOption } from '../args.js';
import { defineCommand } from '../command.js';
import { printJson, type CommandContext } from '../context.js';
import { RunError, unknownComplaint } from '../errors.js';
import type { PurgeOutcome } from '../../git/purge.js';
import { loadDeadlines } from '../load.js';
import { askYesNo } from '../dutch-prompts.js';

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

/** One selected complaint: what changed or why not, and its attachment files (register paths). */
interface Result {
  readonly id: string;
  readonly file: string;
  readonly changed: readonly string[];
  /** The attachment files on disk that go with the personal data. */
  readonly attachments: readonly string[];
  /** The attachment paths whose old versions leave the history: its folder and the files it named. */
  readonly attachmentHistory?: readonly string[];
  readonly read?: Buffer;
  readonly text?: string;
  readonly problem?: string;
}

export const anonimiseer = defineCommand({
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
      'geanonimiseerd krijgt de datum. De bijlagen van de klacht (de map bijlagen/<klachtnummer>/ en de',
      'bestanden die ze noemt) worden verwijderd. Met --dry-run ziet u eerst welke velden veranderen en',
      'hoeveel bijlagen weg zouden gaan. Met --geschiedenis worden ook de oude versies in git herschreven,',
      'die van de bijlagen ook (met git zelf; vraagt om bevestiging).',
    ].join('\n'),
    options: {
      'dry-run': { type: 'boolean', description: 'Toon alleen welke velden zouden veranderen en hoeveel bijlagen weg zouden gaan.' },
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

    // A file another complaint names, or one in its folder, stays: it is that complaint's too.
    const others = complaints.filter((c) => !selected.includes(c));
    const othersNamed = new Set(others.flatMap((c) => attachmentPaths(c).named));
    const othersFolders = others.flatMap((c) => (c.id === undefined || selected.some((s) => s.id === c.id) ? [] : [`${attachmentFolder(c.id)}/`]));
    const ownAttachment = (path: string): boolean => !othersNamed.has(path) && !othersFolders.some((folder) => path.startsWith(folder));

    const results: Result[] = [];
    for (const complaint of selected) {
      // Read no further than the size limit, as klacht valideer reads it: nothing larger is parsed.
      const read = readBounded(join(loaded.root, complaint.file));
      const result = anonymiseText(read.toString('utf8'), context.today);
      const id = complaint.id ?? complaint.file;
      if (result?.text === undefined) {
        results.push({ id, file: complaint.file, changed: [], attachments: [], problem: result?.refused ?? 'de frontmatter is niet te lezen; herstel eerst de fouten (klacht valideer)' });
        continue;
      }
      const check = checkComplaintBytes(complaint.file, Buffer.from(result.text, 'utf8'), loaded.context);
      if (hasErrors(check.findings)) {
        results.push({ id, file: complaint.file, changed: [], attachments: [], problem: 'het bestand heeft fouten; herstel die eerst (klacht valideer)' });
        continue;
      }
      const { named, folder } = attachmentPaths(complaint);
      results.push({
        id, file: complaint.file, changed: result.changed, read, text: result.text,
        attachments: attachmentFiles(loaded.root, complaint).filter(ownAttachment),
        // For the history: the folder and every file it named, also those no longer on disk.
        attachmentHistory: [...(folder === undefined ? [] : [folder]), ...named.filter(ownAttachment)],
      });
    }
    const toWrite = results.filter((r) => r.text !== undefined && r.changed.length > 0);
    const onWait = (message: string): void => context.io.stderr(`${message}\n`);
    if (!dryRun) {
      // With nothing to write, the lock a killed run left goes all the same (a writer would take it over).
      if (toWrite.length === 0) removeLeftoverLock(loaded.root);
      for (const r of toWrite) replaceComplaintFile(loaded.root, r.file, r.read as Buffer, r.text as string, onWait);
      for (const r of results) {
        try {
          removeAttachments(loaded.root, r.attachments);
        } catch (error) {
          // The path is not said: an attachment's name may hold the complainant's.
          // Said of the complaint's folder: the file's own path may hold a name.
          const why = describeSystemError(error, `een bijlage in ${attachmentFolder(r.id)}`) ?? 'een onverwachte fout';
          throw new RunError(`De bijlagen van ${r.id} konden niet (allemaal) worden verwijderd: ${why}. Verwijder ze met de hand, of controleer de rechten en probeer het opnieuw.`);
        }
      }
    }
    const touched = results.filter((r) => r.text !== undefined && (r.changed.length > 0 || r.attachments.length > 0));

    let outcome: PurgeOutcome | undefined;
    if (context.values.geschiedenis === true && !dryRun) {
      const purged = results.filter((r) => r.text !== undefined);
      outcome = await purge(context, loaded.root, purged);
    }
    const rewritten = outcome?.rewritten ?? null;

    if (context.json) {
      printJson(context, {
        dry_run: dryRun,
        complaints: results.map((r) => ({ id: r.id, file: r.file, changed: r.changed, attachments_removed: r.attachments.length, ...(r.problem ? { problem: r.problem } : {}) })),
        history_rewritten: rewritten,
        history_attachment_versions_removed: outcome?.attachments ?? null,
        history_unreadable_replaced: outcome?.unreadable ?? null,
        history_resumed_after: outcome?.resumedAfter?.phase ?? null,
      });
    } else {
      if (results.length === 0) context.io.stdout(`Geen klacht heeft op ${formatDateDutch(context.today)} haar bewaartermijn bereikt.\n`);
      for (const r of results) context.io.stdout(`${r.id}: ${resultLine(r, dryRun)}\n`);
      if (touched.length > 0 && !dryRun) context.io.stdout(`${plural(touched.length, 'klacht', 'klachten')} geanonimiseerd. Leg de wijziging vast met een pull request.\n`);
      if (outcome?.resumedAfter) context.io.stdout(`Een eerdere herschrijving van de geschiedenis was onderbroken na ${outcome.resumedAfter.name}; die is nu afgemaakt.\n`);
      if (rewritten !== null) {
        const parts = [
          ...(outcome?.attachments ? [`${plural(outcome.attachments, 'versie', 'versies')} van bijlagen verwijderd`] : []),
          ...(outcome?.unreadable ? [`${plural(outcome.unreadable, 'onleesbare versie', 'onleesbare versies')} geheel vervangen`] : []),
        ];
        const said = parts.length === 0 ? '' : ` (${parts.join('; ')})`;
        context.io.stdout(`Geschiedenis herschreven: ${plural(rewritten, 'oude versie', 'oude versies')} zonder persoonsgegevens${said}. Doe nu een force push en laat iedereen opnieuw clonen.\n`);
      }
      else if (touched.length > 0 && !dryRun) context.io.stderr(`${HISTORY_WARNING.split('\n')[0]} Gebruik --geschiedenis om ook die te wissen.\n`);
    }
    return results.some((r) => r.problem) ? 1 : 0;
  },
});

/** The rewrite reads --ja: the confirmation given beforehand. */
type PurgeContext = CommandContext<{ readonly ja: FlagOption }>;

/**
 * Commits the anonymised files, asks for confirmation, and rewrites their history; or finishes a
 * rewrite that was interrupted. Undefined when there is nothing to do (no files, no unfinished rewrite).
 */
async function purge(context: PurgeContext, root: string, purged: readonly Result[]): Promise<PurgeOutcome | undefined> {
  const ids = purged.map((r) => r.id);
  const git = await openRepository(root);
  // The complaint files, and what git has at their attachment paths (an ignored file it has not):
  // removed now, or by an earlier run whose commit failed.
  const files = [...purged.map((r) => r.file), ...(git ? await trackedFiles(git, purged.flatMap((r) => r.attachmentHistory ?? [])) : [])];
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
    return await purgeHistory(root, purged.map((r) => r.file), {
      anonymise: (text) => anonymiseText(text, context.today, { record: false })?.text,
      idOf: versionId,
      unreadable: UNREADABLE_VERSION,
      removedAttachment: REMOVED_ATTACHMENT,
    }, purged.flatMap((r) => r.attachmentHistory ?? []));
  } catch (error) {
    if (error instanceof PurgeError) throw new RunError(error.message);
    throw error;
  }
}

/** What happened to one complaint, in the words of the output (never a value or an attachment's name). */
function resultLine(r: Result, dryRun: boolean): string {
  if (r.problem) return `niet geanonimiseerd: ${r.problem}.`;
  const files = r.attachments.length === 0 ? '' : dryRun
    ? `${plural(r.attachments.length, 'bijlage', 'bijlagen')} ${r.attachments.length === 1 ? 'zou' : 'zouden'} worden verwijderd`
    : `${plural(r.attachments.length, 'bijlage', 'bijlagen')} verwijderd`;
  if (r.changed.length === 0) return files === '' ? 'al geanonimiseerd.' : `al geanonimiseerd; ${files}.`;
  return `${dryRun ? 'zou veranderen' : 'geanonimiseerd'}: ${r.changed.join(', ')}${files === '' ? '' : `; ${files}`}`;
}

/** A message as a sentence, ending in a full stop, for another sentence to follow. */
const sentence = (text: string): string => (/[.!?]$/.test(text) ? text : `${text}.`);

async function confirmRewrite(context: PurgeContext): Promise<void> {
  context.io.stderr(`${HISTORY_WARNING}\n`);
  if (context.values.ja === true) return;
  if (!context.io.stdinIsTty) throw new RunError('Bevestig het herschrijven van de geschiedenis met --ja (er is geen terminal om het te vragen).');
  const ok = await askYesNo(await import('@inquirer/prompts'), 'De geschiedenis herschrijven?', false, { ...(context.io.input ? { input: context.io.input } : {}), ...(context.io.output ? { output: context.io.output } : {}) });
  if (!ok) throw new RunError('Niets herschreven. De bestanden zelf zijn wel geanonimiseerd.');
}
