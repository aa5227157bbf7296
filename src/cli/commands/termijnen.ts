/** klacht termijnen: every deadline of the register, sorted by due date, with its explanation. */
import { formatDateDutch, formatDateWithWeekday, plural } from '../../core/text/dutch.js';
import { deadlineKindName, deadlineSubject, isOpen, STATE_NAMES, type Deadline, type DeadlineState } from '../../core/time/deadline.js';
import { defineCommand } from '../command.js';
import { printJson, type Colors, type CommandContext } from '../context.js';
import { unknownComplaint } from '../errors.js';
import { loadDeadlines } from '../load.js';
import { escapeMarkdown } from '../../core/text/markdown-escape.js';
import { appendJobSummary } from '../job-summary.js';

export const termijnen = defineCommand({
  spec: {
    name: 'termijnen',
    summary: 'alle termijnen van alle klachten, op datum, met wat er verlopen is',
    positionals: '[klachtnummers...]',
    maxPositionals: Infinity,
    description: [
      'Toont elke termijn van elke klacht (registratie, ontvangstbevestiging, reactie, melding van een',
      'verlenging, bewaartermijn) en de jaaranalyse per jaar, gesorteerd op de uiterste datum. Met',
      '--uitleg staat onder elke regel hoe die datum berekend is: het begin, de termijn, elke verlenging',
      'en elke verschuiving voorbij een weekend of feestdag. Klachten met fouten tellen mee voor zover',
      'hun datums het toelaten. Uitkomst 1 als er een termijn verlopen is.',
    ].join('\n'),
    options: {
      uitleg: { type: 'boolean', description: 'Toon onder elke termijn hoe de datum berekend is.' },
      open: { type: 'boolean', description: 'Alleen termijnen die nog niet gehaald zijn.' },
      samenvatting: {
        type: 'string', valueName: 'bestand',
        description: 'Voeg de tabel als Markdown toe aan dit bestand (in GitHub Actions: "$GITHUB_STEP_SUMMARY"). Zonder persoonsgegevens.',
      },
    },
    examples: [
      'klacht termijnen',
      'klacht termijnen --uitleg KL-2026-004',
      'klacht termijnen --open --register examples/register',
      'klacht termijnen --json',
    ],
  },
  async run(context) {
    const { loaded, deadlines: all } = await loadDeadlines(context);
    const wanted = new Set(context.positionals);
    for (const id of wanted) {
      if (!all.some((d) => d.id === id)) throw unknownComplaint(id, 'termijnen', { detail: ' (of heeft nog geen datums)' });
    }
    const onlyOpen = context.values.open === true;
    const deadlines = wanted.size === 0 && !onlyOpen ? all : all.filter((d) => (wanted.size === 0 || (d.id !== null && wanted.has(d.id))) && (!onlyOpen || isOpen(d.state)));
    const overdue = deadlines.some((d) => d.state === 'overdue');

    appendJobSummary(context, markdownSummary(deadlines, context));

    if (context.json) {
      printJson(context, { today: context.today, deadlines: deadlines.map(toJson) });
      return overdue ? 1 : 0;
    }
    const { colors } = context;
    context.io.stdout(`Termijnen op ${formatDateWithWeekday(context.today)} (${loaded.context.procedure.title}).\n\n`);
    if (deadlines.length === 0) {
      context.io.stdout('Geen termijnen.\n');
    } else {
      writeDeadlineTable(deadlines, colors, context.values.uitleg === true, context.io.stdout);
    }
    context.io.stdout(`\n${countLine(deadlines)}\n`);
    const withErrors = loaded.files.filter((f) => f.findings.some((x) => x.severity === 'error')).length;
    if (withErrors > 0) {
      context.io.stderr(`Let op: ${plural(withErrors, 'bestand heeft', 'bestanden hebben')} fouten; hun termijnen staan er in voor zover de datums het toelaten. Zie klacht valideer.\n`);
    }
    return overdue ? 1 : 0;
  },
});

/** The JSON of `klacht termijnen --json` (README "Termijnen"), plus file and responsible person. */
function toJson(d: Deadline): Record<string, unknown> {
  return {
    id: d.id,
    ...(d.year !== undefined ? { year: d.year } : {}),
    kind: d.kind,
    due: d.due,
    state: d.state,
    done: d.done,
    explanation: d.explanation,
    responsible: d.responsible,
    file: d.file,
    ...(d.extension !== undefined ? { extension: d.extension } : {}),
  };
}


function paint(state: DeadlineState, text: string, colors: Colors): string {
  switch (state) {
    case 'overdue': return colors.red(colors.bold(text));
    case 'due_soon': return colors.yellow(text);
    case 'met': return colors.green(text);
    case 'met_late': return colors.magenta(text);
    case 'pending': return text;
  }
}

const HEADER = ['Klacht', 'Termijn', 'Uiterlijk', 'Stand', 'Verantwoordelijke'] as const;
const NOBODY = 'niemand aangewezen';

/**
 * The table, columns padded on the plain text and coloured afterwards. Written out directly
 * rather than through renderTable: a register of 10,000 complaints has over 30,000 rows.
 */
function writeDeadlineTable(deadlines: readonly Deadline[], colors: Colors, explain: boolean, write: (text: string) => void): void {
  const widths: number[] = HEADER.map((h) => h.length);
  for (const d of deadlines) {
    widths[0] = Math.max(widths[0] as number, deadlineSubject(d).length);
    widths[1] = Math.max(widths[1] as number, deadlineKindName(d).length);
    widths[2] = Math.max(widths[2] as number, formatDateDutch(d.due).length);
    widths[3] = Math.max(widths[3] as number, STATE_NAMES[d.state].length);
    widths[4] = Math.max(widths[4] as number, (d.responsible ?? NOBODY).length);
  }
  const pad = (text: string, i: number): string => text.padEnd(widths[i] as number);
  // Kinds, dates and states repeat thousands of times: each is padded once.
  const padded = [new Map<string, string>(), new Map<string, string>(), new Map<string, string>(), new Map<string, string>()];
  const cell = (text: string, i: number): string => {
    const cache = padded[i] as Map<string, string>;
    let result = cache.get(text);
    if (result === undefined) cache.set(text, (result = pad(text, i)));
    return result;
  };
  // Written in blocks of lines: no single string of megabytes for a large register.
  let out: string[] = [
    `${HEADER.slice(0, 4).map(pad).join('  ')}  ${HEADER[4]}`,
    widths.map((w) => '-'.repeat(w)).join('  '),
  ];
  for (const d of deadlines) {
    if (out.length >= 2000) {
      write(`${out.join('\n')}\n`);
      out = [];
    }
    out.push(`${colors.bold(pad(deadlineSubject(d), 0))}  ${cell(deadlineKindName(d), 1)}  ${cell(formatDateDutch(d.due), 2)}  ${paint(d.state, cell(STATE_NAMES[d.state], 3), colors)}  ${d.responsible ?? colors.dim(NOBODY)}`);
    if (explain) out.push(colors.dim(`    ${d.explanation}${d.done ? `; gedaan ${formatDateDutch(d.done)}` : ''}`));
  }
  if (out.length > 0) write(`${out.join('\n')}\n`);
}

/** "2 verlopen, 1 verloopt binnenkort, 4 lopen, 12 gehaald (1 te laat)." */
export function countLine(deadlines: readonly Deadline[]): string {
  const counts: Record<DeadlineState, number> = { pending: 0, due_soon: 0, overdue: 0, met: 0, met_late: 0 };
  for (const d of deadlines) counts[d.state]++;
  const count = (state: DeadlineState): number => counts[state];
  const parts = [
    `${count('overdue')} verlopen`,
    `${count('due_soon')} ${count('due_soon') === 1 ? 'verloopt' : 'verlopen'} binnenkort`,
    `${count('pending')} ${count('pending') === 1 ? 'loopt' : 'lopen'}`,
    `${count('met') + count('met_late')} gehaald${count('met_late') > 0 ? ` (waarvan ${count('met_late')} te laat)` : ''}`,
  ];
  return `${plural(deadlines.length, 'termijn', 'termijnen')}: ${parts.join(', ')}.`;
}

/** The job summary: a Markdown table of open deadlines (no personal data: id, kind, date, state, responsible). */
export function markdownSummary(deadlines: readonly Deadline[], context: CommandContext): string {
  const open = deadlines.filter((d) => isOpen(d.state));
  const lines = [
    `## Termijnen op ${formatDateWithWeekday(context.today)}`,
    '',
    countLine(deadlines),
    '',
  ];
  if (open.length > 0) {
    lines.push('| Klacht | Termijn | Uiterlijk | Stand | Verantwoordelijke |', '| --- | --- | --- | --- | --- |');
    for (const d of open) {
      lines.push(`| ${escapeMarkdown(deadlineSubject(d))} | ${escapeMarkdown(deadlineKindName(d))} | ${formatDateDutch(d.due)} | ${d.state === 'overdue' ? '**verlopen**' : STATE_NAMES[d.state]} | ${escapeMarkdown(d.responsible ?? '-')} |`);
    }
  } else {
    lines.push('Geen openstaande termijnen.');
  }
  return `${lines.join('\n')}\n\n`;
}
