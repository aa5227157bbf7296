/**
 * GitHub issues for deadlines (README "Termijnbewaking met issues"), as a plan: which issues should be open, with
 * which title and body, compared with the issues that exist. Pure: `klacht meldingen` reads the
 * existing issues and carries the plan out.
 *
 * An issue holds the id, the kind, the due date, the state, how the date was computed and the
 * responsible person; never the complainant's data nor the description. The body is built only
 * from Deadline fields, whose explanations hold dates and holiday names only.
 */
import type { CalendarDate } from '../time/calendar-date.js';
import type { RegisterConfig } from '../complaint/config.js';
import { deadlineSubject, isOpen, KIND_NAMES, STATE_NAMES, type Deadline, type DeadlineKind } from '../time/deadline.js';
import { formatDateDutch, formatDateWithWeekday } from '../text/dutch.js';
import type { RegistrationRow } from '../complaint/registration-list.js';
import { escapeMarkdown } from '../text/markdown-escape.js';
import { carrySections } from './dashboard-sections.js';

/** Every issue of ours carries this label; it is how they are listed (not the Search API). */
export const LABEL = 'klachtenregister';
export const STATE_LABELS = { overdue: 'termijn verlopen', due_soon: 'termijn bijna verlopen' } as const;
export const DASHBOARD_KEY = 'dashboard';
export const DASHBOARD_TITLE = 'Klachtenregister';

const MARKER = /<!-- klachtenregister:sleutel=([^\s>]+) -->/;

/** The hidden first line of an issue body by which it is found again. */
export function marker(key: string): string {
  return `<!-- klachtenregister:sleutel=${key} -->`;
}

/** The key in an issue body's marker, if any. */
export function keyOf(body: string | null | undefined): string | undefined {
  return body ? MARKER.exec(body)?.[1] : undefined;
}

/** "KL-2026-007/response"; "2025/annual_analysis" for an analysis. */
export function deadlineKey(deadline: Pick<Deadline, 'id' | 'year' | 'kind'>): string {
  return `${deadline.id ?? String(deadline.year)}/${deadline.kind}`;
}

export interface IssueContent {
  readonly key: string;
  readonly title: string;
  readonly body: string;
  readonly labels: readonly string[];
  readonly assignees: readonly string[];
}

/** An issue as read from GitHub (only what the plan needs). */
export interface ExistingIssue {
  readonly number: number;
  readonly state: 'open' | 'closed';
  readonly title: string;
  readonly body: string | null;
  readonly labels: readonly string[];
  readonly assignees: readonly string[];
}

export type PlannedAction =
  | { readonly action: 'open'; readonly key: string; readonly title: string; readonly body: string; readonly labels: readonly string[]; readonly assignees: readonly string[]; readonly reopen?: false }
  | { readonly action: 'open'; readonly key: string; readonly title: string; readonly body: string; readonly labels: readonly string[]; readonly assignees: readonly string[]; readonly reopen: true; readonly number: number; readonly comment: string }
  | { readonly action: 'update'; readonly key: string; readonly title: string; readonly body: string; readonly labels: readonly string[]; readonly assignees: readonly string[]; readonly number: number }
  | { readonly action: 'close'; readonly key: string; readonly title: string; readonly body: string; readonly number: number; readonly comment: string };

/** GitHub requests an action costs: the budget counts these. */
export function actionCost(action: PlannedAction): number {
  return action.action === 'close' || (action.action === 'open' && action.reopen) ? 2 : 1;
}

const WHAT_TO_DO: Readonly<Record<DeadlineKind, string>> = {
  registration: 'Vul het klachtenformulier in en zet de datum in `geregistreerd`, met status `in behandeling`.',
  acknowledgement: 'Stuur de indiener een ontvangstbevestiging en leg die vast in `correspondentie` (richting: uit, soort: ontvangstbevestiging).',
  response: 'Stuur de indiener een schriftelijke reactie en leg die vast in `correspondentie` (richting: uit, soort: reactie). Lukt dat niet op tijd, leg dan een verlenging vast in `verlengingen` en meld die de indiener ruim vóór de termijn verstrijkt.',
  extension_notice: 'Meld de indiener de verlenging (met reden en nieuwe termijn) vóór de termijn verstrijkt en zet de datum in `verlengingen[].gemeld`.',
  annual_analysis: 'Maak de jaaranalyse met `klacht jaaranalyse <jaar>` en zet `analyses/<jaar>.md` in de repository.',
  retention: 'De bewaartermijn is voorbij: verwijder de persoonsgegevens met `klacht anonimiseer`.',
};


/** GitHub logins of the people named (by naam) in the configuration; the directie for "directie". */
function loginsFor(name: string | null, config: RegisterConfig): string[] {
  if (name === null) return [];
  if (name === 'directie') return config.management.flatMap((p) => (p.github ? [p.github] : []));
  const person = [...config.management, ...config.staff].find((p) => p.naam === name);
  return person?.github ? [person.github] : [];
}

/** The issue a deadline that is due soon or overdue should have. */
export function issueFor(deadline: Deadline, config: RegisterConfig): IssueContent {
  const key = deadlineKey(deadline);
  const kind = KIND_NAMES[deadline.kind];
  const overdue = deadline.state === 'overdue';
  const title = deadline.kind === 'annual_analysis'
    ? `${overdue ? 'Verlopen' : 'Binnenkort'}: jaaranalyse ${deadline.year ?? ''} (uiterlijk ${formatDateDutch(deadline.due)})`
    : `${overdue ? 'Verlopen' : 'Binnenkort'}: ${kind} ${deadlineSubject(deadline)} (uiterlijk ${formatDateDutch(deadline.due)})`;
  const logins = loginsFor(deadline.responsible, config);
  const responsible = deadline.responsible === null
    ? 'nog niemand aangewezen (vul `klachtverantwoordelijke` in)'
    : `${deadline.responsible}${logins.length > 0 ? ` (${logins.map((l) => `@${l}`).join(', ')})` : ''}`;
  const lines = [
    marker(key),
    `**${deadline.id ? 'Klacht' : 'Jaar'}:** ${deadlineSubject(deadline)}${deadline.file ? ` (\`${deadline.file}\`)` : ''}`,
    `**Termijn:** ${kind}${deadline.extension !== undefined ? ` (verlenging ${deadline.extension + 1})` : ''}`,
    `**Uiterlijk:** ${formatDateWithWeekday(deadline.due)}`,
    `**Stand:** ${STATE_NAMES[deadline.state]}`,
    `**Verantwoordelijk:** ${responsible}`,
    '',
    `**Hoe deze datum berekend is:** ${deadline.explanation}`,
    '',
    `**Wat te doen:** ${WHAT_TO_DO[deadline.kind]}`,
    '',
    '_Dit issue wordt bijgehouden door de workflow Termijnen (`klacht meldingen`) en gesloten zodra de termijn gehaald is. Zet hier geen persoonsgegevens in: naam, adres en omschrijving staan alleen in het klachtbestand._',
  ];
  return {
    key,
    title,
    body: `${lines.join('\n')}\n`,
    labels: [LABEL, STATE_LABELS[deadline.state === 'overdue' ? 'overdue' : 'due_soon']],
    assignees: logins,
  };
}

/** One issue per complaint and kind: of several (extension notices), the most urgent open one. */
export function wantedIssues(deadlines: readonly Deadline[], config: RegisterConfig): IssueContent[] {
  const byKey = new Map<string, Deadline>();
  for (const d of deadlines) {
    if (d.state !== 'overdue' && d.state !== 'due_soon') continue;
    const key = deadlineKey(d);
    const current = byKey.get(key);
    if (!current || d.due < current.due) byKey.set(key, d);
  }
  return [...byKey.values()].map((d) => issueFor(d, config));
}

/** The dashboard issue: the open complaints with their next due date, and the counts. No personal data. */
export function dashboardIssue(rows: readonly RegistrationRow[], deadlines: readonly Deadline[], today: CalendarDate): IssueContent {
  const open = deadlines.filter((d) => isOpen(d.state));
  const count = (state: Deadline['state']): number => open.filter((d) => d.state === state).length;
  const worst = (id: string): string => {
    const states = open.filter((d) => d.id === id).map((d) => d.state);
    return states.includes('overdue') ? '**verlopen**' : states.includes('due_soon') ? 'verloopt binnenkort' : 'op schema';
  };
  const lines = [
    marker(DASHBOARD_KEY),
    `Stand op ${formatDateWithWeekday(today)}: ${rows.length} ${rows.length === 1 ? 'openstaande klacht' : 'openstaande klachten'}; termijnen: ${count('overdue')} verlopen, ${count('due_soon')} binnenkort, ${count('pending')} lopend.`,
    '',
  ];
  if (rows.length > 0) {
    lines.push('| Klacht | Status | Klachtverantwoordelijke | Eerstvolgende termijn | Stand |', '| --- | --- | --- | --- | --- |');
    for (const row of rows) {
      lines.push(`| ${row.id} | ${row.status ?? '-'} | ${escapeMarkdown(row.klachtverantwoordelijke ?? '-')} | ${row.next_due ? formatDateDutch(row.next_due) : '-'} | ${worst(row.id)} |`);
    }
  }
  const analyses = open.filter((d) => d.kind === 'annual_analysis' && d.state !== 'pending');
  for (const d of analyses) lines.push('', `Jaaranalyse ${d.year ?? ''}: uiterlijk ${formatDateDutch(d.due)}, ${STATE_NAMES[d.state]}.`);
  lines.push('', '_Dit overzicht wordt elke ochtend bijgewerkt door de workflow Termijnen (`klacht meldingen`). Maak het vast met "Pin issue". Zonder persoonsgegevens._');
  return { key: DASHBOARD_KEY, title: DASHBOARD_TITLE, body: `${lines.join('\n')}\n`, labels: [LABEL], assignees: [] };
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  return left.size === new Set(b).size && b.every((x) => left.has(x));
}

/** Why a deadline's issue can be closed, in one Dutch sentence. */
function closingComment(key: string, deadlines: readonly Deadline[]): string {
  const matching = deadlines.filter((d) => deadlineKey(d) === key);
  const done = matching.find((d) => d.done !== null && !isOpen(d.state));
  if (matching.length > 0 && matching.every((d) => !isOpen(d.state))) {
    return done?.done ? `De termijn is gehaald: gedaan op ${formatDateDutch(done.done)}.` : 'De termijn is gehaald.';
  }
  const pending = matching.find((d) => d.state === 'pending');
  if (pending) return `De termijn loopt nu tot ${formatDateDutch(pending.due)} en verloopt niet binnenkort (bijvoorbeeld door een verlenging).`;
  return 'Deze termijn staat niet meer in het register.';
}

/**
 * Our issue for each key: the newest open one, else the newest. Older duplicates (made by hand)
 * are left alone, by this plan and by every other writer (klacht instellingen's dashboard part).
 */
export function issuesByKey(existing: readonly ExistingIssue[]): Map<string, ExistingIssue> {
  const byKey = new Map<string, ExistingIssue>();
  for (const issue of [...existing].sort((a, b) => a.number - b.number)) {
    const key = keyOf(issue.body);
    if (key === undefined) continue;
    const current = byKey.get(key);
    if (!current || issue.state === 'open' || current.state === 'closed') byKey.set(key, issue);
  }
  return byKey;
}

/**
 * The actions that bring the existing issues in line with the wanted ones. Urgent work first:
 * overdue before due soon, opening before updating, closing, and the dashboard last.
 */
export function planActions(
  wanted: readonly IssueContent[],
  existing: readonly ExistingIssue[],
  deadlines: readonly Deadline[],
): PlannedAction[] {
  const byKey = issuesByKey(existing);
  const actions: PlannedAction[] = [];
  const wantedKeys = new Set(wanted.map((w) => w.key));
  for (const content of wanted) {
    const issue = byKey.get(content.key);
    const { key, title, labels, assignees } = content;
    // The dashboard's marked parts belong to other commands (klacht instellingen): kept as they are.
    const body = key === DASHBOARD_KEY ? carrySections(issue?.body, content.body) : content.body;
    if (!issue) {
      actions.push({ action: 'open', key, title, body, labels, assignees });
    } else if (issue.state === 'closed') {
      actions.push({
        action: 'open', key, title, body, labels, assignees, reopen: true, number: issue.number,
        comment: key === DASHBOARD_KEY ? 'Dit overzicht wordt weer bijgehouden.' : 'Heropend: deze termijn is opnieuw (bijna) verlopen.',
      });
    } else if (issue.title !== title || (issue.body ?? '') !== body || !sameSet(issue.labels, labels) || !sameSet(issue.assignees, assignees)) {
      actions.push({ action: 'update', key, title, body, labels, assignees, number: issue.number });
    }
  }
  for (const [key, issue] of byKey) {
    if (issue.state === 'open' && !wantedKeys.has(key) && key !== DASHBOARD_KEY) {
      actions.push({ action: 'close', key, title: issue.title, body: issue.body ?? '', number: issue.number, comment: closingComment(key, deadlines) });
    }
  }
  const urgency = (a: PlannedAction): number => {
    if (a.key === DASHBOARD_KEY) return 9;
    const overdue = a.action !== 'close' && a.labels.includes(STATE_LABELS.overdue);
    if (a.action === 'open') return overdue ? 0 : 1;
    if (a.action === 'update') return overdue ? 2 : 3;
    return 4;
  };
  return actions.map((a, i) => ({ a, i })).sort((x, y) => urgency(x.a) - urgency(y.a) || x.i - y.i).map(({ a }) => a);
}
