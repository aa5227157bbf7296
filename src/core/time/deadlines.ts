/**
 * The deadline engine (README "Termijnen"): every deadline of a complaint, and of the register,
 * with its due date, state, done date and a Dutch explanation of how the due date was reached.
 * Pure: the procedure, the calendar, today and which analyses exist are given.
 */
import { calendarDate, compareDates, type CalendarDate } from './calendar-date.js';
import { firstOutgoing, idYear, type Complaint } from '../complaint/complaint.js';
import { DEADLINE_KINDS, isOpen, stateOf, type Deadline, type DeadlineContext, type DeadlineKind, type DeadlineState } from './deadline.js';
import type { WorkingCalendar } from './dutch-calendar.js';
import { formatDateDutch, plural } from '../text/dutch.js';
import { extensionLedger } from './extension-ledger.js';
import { computeTerm, responseRule, type TermComputation, type TermRule } from './procedure.js';
import { explainExtension, explainTerm } from './term-explanation.js';

/**
 * Terms and their explanations, computed once per rule, start date and calendar: a register of
 * thousands of complaints has only a few hundred distinct start dates a year.
 */
const termCache = new WeakMap<WorkingCalendar, WeakMap<TermRule, Map<string, Map<string, { term: TermComputation; explanation: string }>>>>();

/**
 * The term from `start` under `rule`, with its explanation; `note` goes after the term ("(complex)")
 * and `tail` at the end. Keyed without building strings: this runs for every deadline.
 */
function cachedTerm(startWord: string, start: CalendarDate, rule: TermRule, calendar: WorkingCalendar, note = '', tail = ''): { term: TermComputation; explanation: string } {
  let byRule = termCache.get(calendar);
  if (!byRule) termCache.set(calendar, (byRule = new WeakMap()));
  let byNote = byRule.get(rule);
  if (!byNote) byRule.set(rule, (byNote = new Map()));
  const noteKey = tail === '' ? note : `${note}\u0000${tail}`;
  let byStart = byNote.get(noteKey);
  if (!byStart) byNote.set(noteKey, (byStart = new Map()));
  let entry = byStart.get(start);
  if (!entry) {
    const term = computeTerm(start, rule, calendar);
    entry = { term, explanation: explainTerm(startWord, term, calendar, note) + tail };
    byStart.set(start, entry);
  }
  return entry;
}

/** Every deadline of one complaint that its dates allow. */
export function complaintDeadlines(complaint: Complaint, context: DeadlineContext): Deadline[] {
  const deadlines: Deadline[] = [];
  collectDeadlines(complaint, context, deadlines);
  return deadlines;
}

/** Appends a complaint's deadlines to `deadlines` (one array for the whole register). */
function collectDeadlines(complaint: Complaint, context: DeadlineContext, deadlines: Deadline[]): void {
  const { procedure, calendar, today, warningDays } = context;
  const id = complaint.id ?? null;
  const closedOn = complaint.status === 'afgehandeld' ? complaint.closure?.date : undefined;
  const startOf = (rule: TermRule): { date: CalendarDate; word: string } | undefined => {
    const date = rule.start === 'ontvangen' ? complaint.received.date : complaint.submitted;
    return date && { date, word: rule.start === 'ontvangen' ? 'ontvangen' : 'ingediend' };
  };
  const push = (kind: DeadlineKind, due: CalendarDate, done: CalendarDate | undefined, explanation: string, responsible: string | null): void => {
    deadlines.push({ id, kind, due, state: stateOf(due, done, today, warningDays), done: done ?? null, explanation, responsible, file: complaint.file });
  };
  const responsible = complaint.responsible ?? complaint.received.by ?? null;
  // A closed complaint whose registration or acknowledgement was never recorded separately: the
  // closing date counts as its done date, so that it does not stay overdue for ever.
  const doneOrClosed = (done: CalendarDate | undefined): { done: CalendarDate | undefined; note: string } =>
    done !== undefined || closedOn === undefined
      ? { done, note: '' }
      : { done: closedOn, note: `; niet apart vastgelegd, de klacht is afgehandeld op ${formatDateDutch(closedOn)}` };

  const intake = (kind: DeadlineKind, rule: TermRule, doneDate: CalendarDate | undefined): void => {
    const start = startOf(rule);
    if (!start) return;
    const { term, explanation } = cachedTerm(start.word, start.date, rule, calendar);
    const { done, note } = doneOrClosed(doneDate);
    push(kind, term.due, done, note === '' ? explanation : explanation + note, responsible);
  };
  intake('registration', procedure.registratie, complaint.registered);
  intake('acknowledgement', procedure.ontvangstbevestiging, firstOutgoing(complaint, 'ontvangstbevestiging')?.date);

  const rule = responseRule(procedure, complaint.complex);
  const responseStart = startOf(rule);
  if (responseStart) {
    const complexNote = complaint.complex === true ? ' (complex)' : complaint.complex === false ? '' : ' (nog niet bepaald of de klacht complex is: gerekend als niet complex)';
    const cached = cachedTerm(responseStart.word, responseStart.date, rule, calendar, complexNote);
    const ledger = extensionLedger(complaint.extensions, cached.term.due, procedure, warningDays);
    let explanation = cached.explanation;
    for (const entry of ledger.entries) explanation += `; ${explainExtension(entry, procedure)}`;
    const replyOn = firstOutgoing(complaint, 'reactie')?.date;
    push('response', ledger.due, replyOn, explanation, responsible);

    for (const entry of ledger.entries) {
      const notified = entry.extension.notified;
      // A notice on or after the due date it extends is too late: met_late, whatever the dates say.
      const state: DeadlineState = notified === undefined
        ? stateOf(entry.extends, undefined, today, warningDays)
        : compareDates(notified, entry.extends) < 0 ? 'met' : 'met_late';
      const notice = notified === undefined
        ? 'nog niet gemeld'
        : state === 'met'
          ? `gemeld ${formatDateDutch(notified)}${entry.shortNotice ? `, minder dan ${plural(warningDays, 'dag', 'dagen')} ervoor: niet ruim voor het verstrijken` : ''}`
          : `gemeld ${formatDateDutch(notified)}: te laat, de verlenging telt niet`;
      deadlines.push({
        id, kind: 'extension_notice', due: entry.extends, state, done: notified ?? null,
        explanation: `verlenging ${entry.index + 1} moet gemeld zijn vóór de termijn die ze verlengt (${formatDateDutch(entry.extends)}); ${notice}`,
        responsible, file: complaint.file, extension: entry.index,
      });
    }
  }

  const closure = complaint.closure?.date;
  if (closure && complaint.status === 'afgehandeld') {
    const { term, explanation } = cachedTerm('afgehandeld', closure, retentionRule(context.retentionMonths), calendar, '', RETENTION_TAIL);
    push('retention', term.due, complaint.anonymised, explanation, responsible);
  }
}

const RETENTION_TAIL = '; daarna worden de persoonsgegevens verwijderd (klacht anonimiseer)';
const retentionRules = new Map<number, TermRule>();

/** The retention term as a rule: months after the closing date, moved past days off. */
function retentionRule(months: number): TermRule {
  let rule = retentionRules.get(months);
  if (!rule) retentionRules.set(months, (rule = { start: 'ingediend', aantal: months, eenheid: 'maanden', doorschuiven: true }));
  return rule;
}

/** The annual analysis of `year`: due 31 March of the next year, not moved. */
export function annualAnalysisDeadline(year: number, done: CalendarDate | null | undefined, context: DeadlineContext): Deadline {
  const due = calendarDate(year + 1, 3, 31);
  // Done with an unknown date (an analysis file without git history) counts as met.
  const state = done === null ? 'met' : stateOf(due, done, context.today, context.warningDays);
  return {
    id: null, year, kind: 'annual_analysis', due, state, done: done ?? null,
    explanation: `jaaranalyse over ${year}: uiterlijk 31 maart ${year + 1} (niet verschoven), in analyses/${year}.md`,
    responsible: 'directie', file: null,
  };
}

/**
 * Every deadline of the register: each complaint's, and an annual analysis for each year that has
 * complaints. `analyses` maps a year to the date its analysis was first recorded (null when the file
 * exists but its date is unknown); a year not in it has no analysis yet. Sorted by due date.
 */
export function registerDeadlines(
  complaints: readonly Complaint[],
  analyses: ReadonlyMap<number, CalendarDate | null>,
  context: DeadlineContext,
): Deadline[] {
  const deadlines: Deadline[] = [];
  for (const complaint of complaints) collectDeadlines(complaint, context, deadlines);
  const years = new Set<number>();
  for (const c of complaints) {
    const year = c.id === undefined ? undefined : idYear(c.id);
    if (year !== undefined) years.add(year);
  }
  for (const year of years) deadlines.push(annualAnalysisDeadline(year, analyses.has(year) ? analyses.get(year) ?? null : undefined, context));
  return sortDeadlines(deadlines);
}

/** By due date, then complaint id (analyses first), then kind in the order of the procedure. */
export function sortDeadlines(deadlines: readonly Deadline[]): Deadline[] {
  // Grouped by due date first: a register has far fewer distinct due dates than deadlines, and
  // sorting tens of thousands of objects with a comparator is the slow part of `klacht termijnen`.
  const byDue = new Map<string, Deadline[]>();
  for (const d of deadlines) {
    const group = byDue.get(d.due);
    if (group) group.push(d);
    else byDue.set(d.due, [d]);
  }
  const within = (a: Deadline, b: Deadline): number => {
    const idA = a.id ?? '';
    const idB = b.id ?? '';
    if (idA !== idB) return idA < idB ? -1 : 1;
    return DEADLINE_KINDS.indexOf(a.kind) - DEADLINE_KINDS.indexOf(b.kind) || (a.extension ?? 0) - (b.extension ?? 0);
  };
  const result: Deadline[] = [];
  for (const due of [...byDue.keys()].sort()) {
    const group = byDue.get(due) as Deadline[];
    if (group.length > 1) group.sort(within);
    for (const d of group) result.push(d);
  }
  return result;
}

/** The earliest due date of a deadline not yet done, per complaint id. */
export function nextDueById(deadlines: readonly Deadline[]): Map<string, CalendarDate> {
  const next = new Map<string, CalendarDate>();
  for (const d of deadlines) {
    if (d.id === null || !isOpen(d.state)) continue;
    const current = next.get(d.id);
    if (current === undefined || compareDates(d.due, current) < 0) next.set(d.id, d.due);
  }
  return next;
}
