/** klacht register: the registratielijst, every complaint that is not closed. */
import { formatDateDutch, plural } from '../../core/dutch.js';
import type { Command } from '../command.js';
import { printJson } from '../context.js';
import { loadDeadlines } from '../load.js';
import { complaintsOf } from '../../register/load.js';
import { renderTable } from '../table.js';
import { openComplaintRows } from '../../core/registration-list.js';

export const register: Command = {
  spec: {
    name: 'register',
    summary: 'de registratielijst: alle klachten die nog niet zijn afgehandeld',
    description: [
      'Toont elke klacht die nog niet is afgehandeld: klachtnummer, status, indiendatum,',
      'klachtverantwoordelijke en de eerstvolgende termijn. Zonder persoonsgegevens.',
      'Bestanden met fouten staan er ook in, voor zover ze te lezen zijn; klacht valideer noemt de fouten.',
    ].join('\n'),
    options: {},
    examples: ['klacht register', 'klacht register --register examples/register --json'],
  },
  async run(context) {
    const { loaded, deadlines } = await loadDeadlines(context);
    const rows = openComplaintRows(complaintsOf(loaded), deadlines);
    if (context.json) {
      printJson(context, { complaints: rows });
      return 0;
    }
    const { colors } = context;
    if (rows.length === 0) {
      context.io.stdout('Er zijn geen openstaande klachten.\n');
    } else {
      context.io.stdout(renderTable(
        ['Klacht', 'Status', 'Ingediend', 'Klachtverantwoordelijke', 'Eerstvolgende termijn'],
        rows.map((r) => [
          colors.bold(r.id),
          r.status ?? colors.red('onbekend'),
          r.ingediend ? formatDateDutch(r.ingediend) : '-',
          r.klachtverantwoordelijke ?? colors.dim('nog niet aangewezen'),
          r.next_due ? formatDateDutch(r.next_due) : '-',
        ]),
      ));
      context.io.stdout(`${plural(rows.length, 'openstaande klacht', 'openstaande klachten')}.\n`);
    }
    const withErrors = loaded.files.filter((f) => f.findings.some((x) => x.severity === 'error')).length;
    if (withErrors > 0) {
      context.io.stderr(`Let op: ${plural(withErrors, 'bestand heeft', 'bestanden hebben')} fouten. Zie klacht valideer.\n`);
    }
    return 0;
  },
};
