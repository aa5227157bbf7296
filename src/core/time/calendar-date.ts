/**
 * Calendar dates (`YYYY-MM-DD`) as a branded string type. A complaint's dates are days on the
 * Dutch calendar, not instants: they never become a JS `Date` at midnight UTC, so a CI runner in
 * UTC and a laptop in Amsterdam always agree on which day a date is.
 */
export type CalendarDate = string & { readonly __calendarDate: unique symbol };

/** The number written by the digits of `text` from `start` to `end`, or -1 if any is not a digit. */
function digits(text: string, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i++) {
    const digit = text.charCodeAt(i) - 0x30;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** Days in `month` (1-12) of `year`, leap years included. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Returns the date when `text` is an existing calendar date written `YYYY-MM-DD`, else undefined. */
export function parseCalendarDate(text: unknown): CalendarDate | undefined {
  // Read by hand, not by a regular expression: this runs for every date of every file.
  if (typeof text !== 'string' || text.length !== 10 || text.charCodeAt(4) !== 0x2d || text.charCodeAt(7) !== 0x2d) return undefined;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 7);
  const day = digits(text, 8, 10);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return text as CalendarDate;
}

/** Builds a date from its parts; the parts must form an existing date. */
export function calendarDate(year: number, month: number, day: number): CalendarDate {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const parsed = parseCalendarDate(text);
  if (parsed === undefined) throw new RangeError(`Geen bestaande datum: ${text}`);
  return parsed;
}

/** The year, month (1-12) and day of a date. */
export function dateParts(date: CalendarDate): { year: number; month: number; day: number } {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

function toEpochDay(date: CalendarDate): number {
  const { year, month, day } = dateParts(date);
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

function fromEpochDay(epochDay: number): CalendarDate {
  const d = new Date(epochDay * 86_400_000);
  return calendarDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** `date` plus `days` calendar days (negative to go back). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/** `date` plus `months` calendar months; a day past the month's end becomes its last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const { year, month, day } = dateParts(date);
  const index = year * 12 + (month - 1) + months;
  const newYear = Math.floor(index / 12);
  const newMonth = (index % 12) + 1;
  return calendarDate(newYear, newMonth, Math.min(day, daysInMonth(newYear, newMonth)));
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

/** Compares two dates for sorting. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** ISO weekday: 1 = Monday ... 7 = Sunday. */
export function isoWeekday(date: CalendarDate): number {
  const weekday = new Date(toEpochDay(date) * 86_400_000).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

/** Instants in which Amsterdam is an hour or two ahead of UTC (tzdata; test/core/calendar.test.ts checks every hour against Intl). */
const AHEAD_ONE_OR_TWO_FROM = Date.UTC(1980, 0, 1);
const AHEAD_ONE_OR_TWO_UNTIL = Date.UTC(2100, 0, 1);

/** Today's date in Europe/Amsterdam at the instant `now`, whatever the machine's time zone. */
export function todayInAmsterdam(now: Date = new Date()): CalendarDate {
  const time = now.getTime();
  // An hour or two ahead of UTC, Amsterdam has the same day as UTC until 22:00 UTC and the next
  // day from 23:00 UTC whichever it is: only the hour in between needs the time-zone rules. Intl's
  // time-zone data cost ~9 ms of a start the first time they are used.
  if (time >= AHEAD_ONE_OR_TWO_FROM && time < AHEAD_ONE_OR_TWO_UNTIL) {
    const hour = now.getUTCHours();
    if (hour !== 22) return fromEpochDay(Math.floor(time / 86_400_000) + (hour === 23 ? 1 : 0));
  }
  // en-CA formats as YYYY-MM-DD.
  const text = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit',
  }).format(now);
  const parsed = parseCalendarDate(text);
  if (parsed === undefined) throw new Error(`Onverwachte datumnotatie van Intl: ${text}`);
  return parsed;
}
