/** Validation of one complaint's data: the schema first, then the rules beyond it. */
import type { CalendarDate } from '../time/calendar-date.js';
import { toComplaint, type Complaint } from './complaint.js';
import type { RegisterConfig } from './config.js';
import { WorkingCalendar } from '../time/dutch-calendar.js';
import type { Issue } from './issue.js';
import { computeTerm, resolveProcedure, responseRule, type Procedure } from '../time/procedure.js';
import { complaintRules } from './rules.js';
import { schemaIssuesForComplaint } from './schema.js';

/** What validation needs besides the file: the register's procedure, calendar and today. */
export interface ValidationContext {
  readonly config: RegisterConfig;
  readonly procedure: Procedure;
  readonly calendar: WorkingCalendar;
  readonly today: CalendarDate;
  /** The response due date before any extension for a submission date; memoised per context. */
  readonly responseDue: (submitted: CalendarDate, complex: boolean | undefined) => CalendarDate;
}

/** Builds the validation context from a configuration and a date. */
export function validationContext(config: RegisterConfig, today: CalendarDate): ValidationContext {
  const procedure = resolveProcedure(config.procedure, config.termOverrides).procedure;
  const calendar = new WorkingCalendar(config.extraHolidays);
  // A register has a few hundred submission dates at most per year; each term is computed once.
  const dueDates = new Map<string, CalendarDate>();
  const responseDue = (submitted: CalendarDate, complex: boolean | undefined): CalendarDate => {
    const key = `${submitted}|${complex}`;
    let due = dueDates.get(key);
    if (due === undefined) {
      due = computeTerm(submitted, responseRule(procedure, complex), calendar).due;
      dueDates.set(key, due);
    }
    return due;
  };
  return { config, procedure, calendar, today, responseDue };
}

/** Validates one complaint's frontmatter data and body; returns its issues and typed view. */
export function validateComplaint(
  file: string,
  data: Record<string, unknown>,
  body: string,
  context: ValidationContext,
): { issues: Issue[]; complaint: Complaint } {
  const complaint = toComplaint(file, data, body);
  const issues = schemaIssuesForComplaint(data);
  issues.push(...complaintRules(data, complaint, {
    file,
    today: context.today,
    config: context.config,
    procedure: context.procedure,
    responseDueBeforeExtensions: (c) => c.submitted && context.responseDue(c.submitted, c.complex),
  }));
  return { issues, complaint };
}
