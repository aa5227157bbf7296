/** Validation of one complaint's data: the schema first, then the rules beyond it. */
import type { CalendarDate } from './calendar-date.js';
import { toComplaint, type Complaint } from './complaint.js';
import type { RegisterConfig } from './config.js';
import { WorkingCalendar } from './dutch-calendar.js';
import type { Issue } from './issue.js';
import { computeTerm, resolveProcedure, responseRule, type Procedure } from './procedure.js';
import { complaintRules } from './rules.js';
import { schemaIssuesForComplaint } from './schema.js';

/** What validation needs besides the file: the register's procedure, calendar and today. */
export interface ValidationContext {
  readonly config: RegisterConfig;
  readonly procedure: Procedure;
  readonly calendar: WorkingCalendar;
  readonly today: CalendarDate;
}

/** Builds the validation context from a configuration and a date. */
export function validationContext(config: RegisterConfig, today: CalendarDate): ValidationContext {
  return {
    config,
    procedure: resolveProcedure(config.procedure, config.termOverrides).procedure,
    calendar: new WorkingCalendar(config.extraHolidays),
    today,
  };
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
    responseDueBeforeExtensions: (c) => {
      const start = c.submitted;
      return start && computeTerm(start, responseRule(context.procedure, c.complex), context.calendar).due;
    },
  }));
  return { issues, complaint };
}
