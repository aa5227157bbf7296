/**
 * What a deadline is (README "Termijnen"): its kind, due date, state and done date, with the Dutch
 * names people see, and how a state follows from the dates.
 */
import { compareDates, daysBetween, type CalendarDate } from './calendar-date.js';
import type { Procedure } from './procedure.js';
import type { WorkingCalendar } from './dutch-calendar.js';

export const DEADLINE_KINDS = ['registration', 'acknowledgement', 'response', 'extension_notice', 'annual_analysis', 'retention'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];
export const DEADLINE_STATES = ['pending', 'due_soon', 'overdue', 'met', 'met_late'] as const;
export type DeadlineState = (typeof DEADLINE_STATES)[number];

/** Dutch names of the kinds, for tables, issues and the job summary. */
export const KIND_NAMES: Readonly<Record<DeadlineKind, string>> = {
  registration: 'registratie',
  acknowledgement: 'ontvangstbevestiging',
  response: 'reactie',
  extension_notice: 'melding verlenging',
  annual_analysis: 'jaaranalyse',
  retention: 'bewaartermijn',
};

export const STATE_NAMES: Readonly<Record<DeadlineState, string>> = {
  pending: 'loopt',
  due_soon: 'verloopt binnenkort',
  overdue: 'verlopen',
  met: 'gehaald',
  met_late: 'te laat',
};

/** What a deadline belongs to, for people: the complaint id, or "jaar 2025" for an analysis. */
export function deadlineSubject(d: Pick<Deadline, 'id' | 'year'>): string {
  return d.id ?? `jaar ${d.year ?? ''}`;
}

/** The kind in Dutch, with the extension's number for an extension notice ("melding verlenging 2"). */
export function deadlineKindName(d: Pick<Deadline, 'kind' | 'extension'>): string {
  return d.extension !== undefined ? `${KIND_NAMES[d.kind]} ${d.extension + 1}` : KIND_NAMES[d.kind];
}

export interface Deadline {
  /** The complaint's id; null for the annual analysis. */
  readonly id: string | null;
  /** The year of an annual analysis. */
  readonly year?: number;
  readonly kind: DeadlineKind;
  readonly due: CalendarDate;
  readonly state: DeadlineState;
  readonly done: CalendarDate | null;
  readonly explanation: string;
  /** Who answers for it: the klachtverantwoordelijke (or whoever received the complaint), or the directie. */
  readonly responsible: string | null;
  /** The complaint file, relative to the register root. */
  readonly file: string | null;
  /** For extension_notice: the index in `verlengingen`. */
  readonly extension?: number;
}

export interface DeadlineContext {
  readonly procedure: Procedure;
  readonly calendar: WorkingCalendar;
  readonly today: CalendarDate;
  readonly warningDays: number;
  readonly retentionMonths: number;
}

/** The state of a deadline from its due date, done date and today. */
export function stateOf(due: CalendarDate, done: CalendarDate | undefined, today: CalendarDate, warningDays: number): DeadlineState {
  if (done !== undefined) return compareDates(done, due) <= 0 ? 'met' : 'met_late';
  if (compareDates(due, today) < 0) return 'overdue';
  return daysBetween(today, due) <= warningDays ? 'due_soon' : 'pending';
}

/** Not done yet: pending, due soon or overdue. */
export function isOpen(state: DeadlineState): boolean {
  return state === 'pending' || state === 'due_soon' || state === 'overdue';
}
