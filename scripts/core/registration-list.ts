/** The registratielijst: complaints that are not closed, without personal data. */
import type { CalendarDate } from './calendar-date.js';
import type { Complaint, Status } from './complaint.js';
import type { Deadline } from './deadline.js';
import { nextDueById } from './deadlines.js';

export interface RegistrationRow {
  readonly id: string;
  readonly status: Status | null;
  readonly ingediend: CalendarDate | null;
  readonly klachtverantwoordelijke: string | null;
  /** The earliest due date of a deadline not yet met (from the deadline engine). */
  readonly next_due: CalendarDate | null;
}

/** Rows for every complaint that is not closed, sorted by id; next_due from the register's deadlines. */
export function openComplaintRows(complaints: readonly Complaint[], deadlines: readonly Deadline[]): RegistrationRow[] {
  const nextDue = nextDueById(deadlines);
  return complaints
    .filter((c): c is Complaint & { id: string } => c.id !== undefined && c.status !== 'afgehandeld')
    .map((c) => ({
      id: c.id,
      status: c.status ?? null,
      ingediend: c.submitted ?? null,
      klachtverantwoordelijke: c.responsible ?? null,
      next_due: nextDue.get(c.id) ?? null,
    }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
