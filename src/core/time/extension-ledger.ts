/**
 * The extensions of a response term as a ledger (README "Termijnen"): shared by the deadline engine
 * and the validator, so that the two never disagree on which extension counts.
 */
import { compareDates, daysBetween, type CalendarDate } from './calendar-date.js';
import type { Extension } from '../complaint/complaint.js';
import type { Procedure } from './procedure.js';

/** One extension as the ledger sees it. */
export interface LedgerEntry {
  readonly index: number;
  readonly extension: Extension;
  /** The due date this extension extends: the one in force when it was notified. */
  readonly extends: CalendarDate;
  /** Why it does not count; absent when it replaced the due date. */
  readonly problem?: 'not-notified' | 'late' | 'no-new-term' | 'not-later' | 'too-many' | 'too-long';
  /** Notified, in time, but fewer than waarschuwing_dagen before the due date ("niet ruim voor"). */
  readonly shortNotice: boolean;
}

/**
 * The extensions of a response term in order: each valid one replaces the due date by its
 * `nieuwe_termijn` (used as written, not moved). One notified on or after the due date it extends,
 * or beyond the procedure's limits, does not count; the next one extends the same due date.
 */
export function extensionLedger(
  extensions: readonly Extension[],
  baseDue: CalendarDate,
  procedure: Procedure,
  warningDays: number,
): { entries: LedgerEntry[]; due: CalendarDate } {
  const entries: LedgerEntry[] = [];
  let due = baseDue;
  let counted = 0;
  const { max_aantal: maxCount, max_dagen: maxDays } = procedure.verlenging;
  extensions.forEach((extension, index) => {
    const { notified, newDue } = extension;
    let problem: LedgerEntry['problem'];
    if (notified === undefined) problem = 'not-notified';
    else if (compareDates(notified, due) >= 0) problem = 'late';
    else if (newDue === undefined) problem = 'no-new-term';
    else if (compareDates(newDue, due) <= 0) problem = 'not-later';
    else if (maxCount !== null && counted >= maxCount) problem = 'too-many';
    else if (maxDays !== null && daysBetween(baseDue, newDue) > maxDays) problem = 'too-long';
    const shortNotice = problem === undefined && notified !== undefined && daysBetween(notified, due) < warningDays;
    entries.push({ index, extension, extends: due, ...(problem && { problem }), shortNotice });
    if (problem === undefined && newDue !== undefined) {
      due = newDue;
      counted++;
    }
  });
  return { entries, due };
}
