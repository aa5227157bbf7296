/**
 * What people type, read the way a Dutch reader means it: where there is one sensible reading it is
 * taken (a Dutch date, a choice in other capitals, a complaint number without its leading zeros),
 * and where there is not, nothing is guessed. Pure: text in, a value or undefined out; the messages
 * that go with a refusal are the caller's, since they must not repeat what was typed.
 */
import { calendarDate, daysInMonth, parseCalendarDate, type CalendarDate } from '../time/calendar-date.js';

/** Dutch month names and their usual abbreviations (`mrt`, `sept`), by month number. */
const MONTHS: ReadonlyMap<string, number> = new Map([
  ['januari', 1], ['jan', 1], ['februari', 2], ['feb', 2], ['maart', 3], ['mrt', 3], ['mar', 3], ['april', 4], ['apr', 4],
  ['mei', 5], ['juni', 6], ['jun', 6], ['juli', 7], ['jul', 7], ['augustus', 8], ['aug', 8],
  ['september', 9], ['sep', 9], ['sept', 9], ['oktober', 10], ['okt', 10], ['oct', 10], ['november', 11], ['nov', 11], ['december', 12], ['dec', 12],
]);

/** The forms a date may be typed in, for messages and help. */
export const DATE_FORMS = 'JJJJ-MM-DD, D-M-JJJJ of "3 december 2026"';

function existing(year: number, month: number, day: number): CalendarDate | undefined {
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return calendarDate(year, month, day);
}

/**
 * A date as a person types it: `2026-12-03`; the Dutch day-month-year `3-12-2026`, `03-12-2026`,
 * `3/12/2026` or `3.12.2026`; or `3 december 2026` (`3 dec 2026`, any capitals). Only an existing
 * date with a four-digit year: `3-12-26` and `2026-02-30` are no date. Day first, always: in the
 * Netherlands `3-12-2026` is the third of December.
 */
export function parseUserDate(text: string): CalendarDate | undefined {
  const typed = text.trim();
  const iso = parseCalendarDate(typed);
  if (iso !== undefined) return iso;
  const numeric = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/.exec(typed);
  if (numeric) return existing(Number(numeric[4]), Number(numeric[3]), Number(numeric[1]));
  const written = /^(\d{1,2})\.?\s+([a-z]+)\.?\s+(\d{4})$/i.exec(typed);
  const month = written ? MONTHS.get((written[2] ?? '').toLowerCase()) : undefined;
  if (written && month !== undefined) return existing(Number(written[3]), month, Number(written[1]));
  return undefined;
}

/**
 * A complaint number as a person types it: `KL-2026-7`, `kl-2026-007` and ` KL-2026-0007 ` all mean
 * `KL-2026-007` (at least three digits, as the id is written). Undefined when it is no number.
 */
export function normaliseComplaintId(text: string): string | undefined {
  const match = /^kl-(\d{4})-(\d{1,9})$/i.exec(text.trim());
  if (!match) return undefined;
  const sequence = String(Number(match[2]));
  if (sequence === '0') return undefined;
  return `KL-${match[1]}-${sequence.padStart(3, '0')}`;
}

/**
 * The choice `text` names, whatever its capitals and surrounding spaces (`Coachee` is `coachee`,
 * `Deels Gegrond` is `deels gegrond`); undefined when it names none, or more than one (never a guess).
 */
export function matchChoice<T extends string>(text: string, choices: readonly T[]): T | undefined {
  const typed = text.trim().replace(/\s+/g, ' ');
  if ((choices as readonly string[]).includes(typed)) return typed as T;
  const matches = choices.filter((choice) => choice.toLocaleLowerCase('nl') === typed.toLocaleLowerCase('nl'));
  return matches.length === 1 ? matches[0] : undefined;
}
