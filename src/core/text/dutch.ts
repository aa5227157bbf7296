/** Dutch wording of dates and numbers for people (CLI, letters, issues). */
import { dateParts, isoWeekday, type CalendarDate } from '../time/calendar-date.js';

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus',
  'september', 'oktober', 'november', 'december'] as const;
const WEEKDAYS = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'] as const;

const formatted = new Map<string, string>();

/** "2 maart 2026". Remembered per date: tables of thousands of deadlines repeat them. */
export function formatDateDutch(date: CalendarDate): string {
  let text = formatted.get(date);
  if (text === undefined) {
    const { year, month, day } = dateParts(date);
    text = `${day} ${MONTHS[month - 1] ?? ''} ${year}`;
    if (formatted.size < 100_000) formatted.set(date, text);
  }
  return text;
}

/** "maandag 2 maart 2026". */
export function formatDateWithWeekday(date: CalendarDate): string {
  return `${weekdayName(date)} ${formatDateDutch(date)}`;
}

/** "maandag". */
export function weekdayName(date: CalendarDate): string {
  return WEEKDAYS[isoWeekday(date) - 1] ?? '';
}

/** Dutch name of a month (1-12). */
export function monthName(month: number): string {
  return MONTHS[month - 1] ?? '';
}

/** "1 bestand" / "3 bestanden". */
export function plural(count: number, singular: string, pluralForm: string): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** "a", "a en b", "a, b en c". */
export function listDutch(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1] ?? ''}`;
}
