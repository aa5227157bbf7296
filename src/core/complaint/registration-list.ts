/**
 * The registratielijst: complaints that are not closed, without personal data; or, with a filter,
 * every complaint of a year or with a status, closed ones included.
 */
import type { CalendarDate } from '../time/calendar-date.js';
import type { Complaint, Status } from './complaint.js';
import type { Deadline } from '../time/deadline.js';
import { nextDueById } from '../time/deadlines.js';

export interface RegistrationRow {
  readonly id: string;
  readonly status: Status | null;
  readonly ingediend: CalendarDate | null;
  readonly klachtverantwoordelijke: string | null;
  /** The earliest due date of a deadline not yet met (from the deadline engine). */
  readonly next_due: CalendarDate | null;
  /** The closing date, for a closed complaint. */
  readonly afgehandeld?: CalendarDate | null;
}

/** Which complaints the list shows: by default the open ones. */
export interface ListFilter {
  /** Closed complaints too. */
  readonly all?: boolean;
  /** Only the complaints of this year (the year of their number). */
  readonly year?: number;
  /** Only the complaints with this status (`afgehandeld` lists closed ones). */
  readonly status?: Status;
}

/** Rows for the complaints `filter` selects, sorted by id; closed ones carry their closing date. */
export function complaintRows(complaints: readonly Complaint[], deadlines: readonly Deadline[], filter: ListFilter): RegistrationRow[] {
  const nextDue = nextDueById(deadlines);
  const open = !filter.all && filter.status === undefined && filter.year === undefined;
  return complaints
    .filter((c): c is Complaint & { id: string } => c.id !== undefined
      && (!open || c.status !== 'afgehandeld')
      && (filter.status === undefined || c.status === filter.status)
      && (filter.year === undefined || c.id.startsWith(`KL-${filter.year}-`)))
    .map((c) => ({
      id: c.id,
      status: c.status ?? null,
      ingediend: c.submitted ?? null,
      klachtverantwoordelijke: c.responsible ?? null,
      next_due: nextDue.get(c.id) ?? null,
      ...(c.status === 'afgehandeld' ? { afgehandeld: c.closure?.date ?? null } : {}),
    }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Rows for every complaint that is not closed, sorted by id; next_due from the register's deadlines. */
export function openComplaintRows(complaints: readonly Complaint[], deadlines: readonly Deadline[]): RegistrationRow[] {
  return complaintRows(complaints, deadlines, {});
}
