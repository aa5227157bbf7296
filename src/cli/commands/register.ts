/** klacht register: the registratielijst, every complaint that is not closed; with --alle, --jaar or --status also closed ones. */
import { STATUSES } from '../../core/complaint/complaint.js';
import { formatDateDutch, plural } from '../../core/text/dutch.js';
import { complaintRows, type ListFilter } from '../../core/complaint/registration-list.js';
import { matchChoice } from '../../core/text/user-input.js';
import { complaintsOf } from '../../register/load.js';
import type { OptionSpecs } from '../args.js';
import { defineCommand } from '../command.js';
import { printJson, type CommandContext } from '../context.js';
import { UsageError } from '../errors.js';
import { loadDeadlines } from '../load.js';
import { renderTable } from '../table.js';

/** klacht register's options: the filters of the list. */
const OPTIONS = {
  alle: { type: 'boolean', description: 'Ook de afgehandelde klachten.' },
  jaar: { type: 'string', valueName: 'jaar', description: 'Alleen de klachten van dit jaar (het jaar in het klachtnummer), ook afgehandelde.' },
  status: { type: 'string', valueName: 'status', description: `Alleen de klachten met deze status: ${STATUSES.join(', ')}.` },
} as const satisfies OptionSpecs;

export const register = defineCommand({
  spec: {
    name: 'register',
    summary: 'de registratielijst: alle klachten die nog niet zijn afgehandeld (met --alle ook de afgehandelde)',
    description: [
      'Toont elke klacht die nog niet is afgehandeld: klachtnummer, status, indiendatum,',
      'klachtverantwoordelijke en de eerstvolgende termijn. Zonder persoonsgegevens.',
      'Met --alle ook de afgehandelde klachten (met hun afhandeldatum); --jaar en --status kiezen daaruit.',
      'Bestanden met fouten staan er ook in, voor zover ze te lezen zijn; klacht valideer noemt de fouten.',
      'Een klacht zoeken op naam, omschrijving of categorie: klacht zoek.',
    ].join('\n'),
    options: OPTIONS,
    examples: ['klacht register', 'klacht register --alle', 'klacht register --jaar 2025 --status afgehandeld', 'klacht register --register examples/register --json'],
  },
  async run(context) {
    const filter = listFilter(context);
    const { loaded, deadlines } = await loadDeadlines(context);
    const rows = complaintRows(complaintsOf(loaded), deadlines, filter);
    if (context.json) {
      printJson(context, { complaints: rows });
      return 0;
    }
    const { colors } = context;
    const onlyOpen = !filter.all && filter.year === undefined && filter.status === undefined;
    if (rows.length === 0) {
      context.io.stdout(onlyOpen ? 'Er zijn geen openstaande klachten.\n' : 'Geen klachten die hieraan voldoen.\n');
    } else {
      const closed = rows.some((r) => r.status === 'afgehandeld');
      context.io.stdout(renderTable(
        ['Klacht', 'Status', 'Ingediend', 'Klachtverantwoordelijke', closed ? 'Afgehandeld / eerstvolgende termijn' : 'Eerstvolgende termijn'],
        rows.map((r) => [
          colors.bold(r.id),
          r.status ?? colors.red('onbekend'),
          r.ingediend ? formatDateDutch(r.ingediend) : '-',
          r.klachtverantwoordelijke ?? colors.dim('nog niet aangewezen'),
          r.status === 'afgehandeld' ? (r.afgehandeld ? `afgehandeld ${formatDateDutch(r.afgehandeld)}` : 'afgehandeld') : r.next_due ? formatDateDutch(r.next_due) : '-',
        ]),
      ));
      context.io.stdout(onlyOpen ? `${plural(rows.length, 'openstaande klacht', 'openstaande klachten')}.\n` : `${plural(rows.length, 'klacht', 'klachten')}.\n`);
    }
    const withErrors = loaded.files.filter((f) => f.findings.some((x) => x.severity === 'error')).length;
    if (withErrors > 0) {
      context.io.stderr(`Let op: ${plural(withErrors, 'bestand heeft', 'bestanden hebben')} fouten. Zie klacht valideer.\n`);
    }
    return 0;
  },
});

function listFilter(context: CommandContext<typeof OPTIONS>): ListFilter {
  const { alle, jaar, status } = context.values;
  let year: number | undefined;
  if (jaar !== undefined) {
    if (!/^\d{4}$/.test(jaar.trim())) throw new UsageError('--jaar is een jaartal van vier cijfers, zoals 2026.', 'register');
    year = Number(jaar.trim());
  }
  const chosen = status === undefined ? undefined : matchChoice(status, STATUSES);
  if (status !== undefined && chosen === undefined) throw new UsageError(`--status is een van deze: ${STATUSES.join(', ')}.`, 'register');
  return { all: alle === true, ...(year === undefined ? {} : { year }), ...(chosen === undefined ? {} : { status: chosen }) };
}
