/**
 * Working days under the Algemene termijnenwet (Atw). Article 3 names the general holidays:
 * Nieuwjaarsdag, Goede Vrijdag, eerste en tweede Paasdag, Hemelvaartsdag, eerste en tweede
 * Pinksterdag, eerste en tweede Kerstdag, Koningsdag and 5 mei. Saturdays and Sundays are never
 * working days either (art. 1). On top come the register's own `vrije_dagen`.
 *
 * The list is computed here rather than taken from date-holidays: that library marks Goede
 * Vrijdag and 5 mei as observances (5 mei a public holiday only every fifth year), which is not
 * the Atw's list. Its Easter dates are used in a test to check ours.
 */
import { addDays, calendarDate, dateParts, isoWeekday, type CalendarDate } from './calendar-date.js';

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): CalendarDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return calendarDate(year, month, day);
}

export interface Holiday {
  readonly date: CalendarDate;
  /** Dutch name as people write it: "Tweede Paasdag". */
  readonly name: string;
}

/** The Atw general holidays of a year, in date order. */
export function generalHolidays(year: number): Holiday[] {
  const easter = easterSunday(year);
  const kingsDay = (() => {
    if (year >= 2014) {
      const day = calendarDate(year, 4, 27);
      return { date: isoWeekday(day) === 7 ? calendarDate(year, 4, 26) : day, name: 'Koningsdag' };
    }
    // Koninginnedag, 30 April (29 April when the 30th is a Sunday), until 2013.
    const day = calendarDate(year, 4, 30);
    return { date: isoWeekday(day) === 7 ? calendarDate(year, 4, 29) : day, name: 'Koninginnedag' };
  })();
  const holidays: Holiday[] = [
    { date: calendarDate(year, 1, 1), name: 'Nieuwjaarsdag' },
    { date: addDays(easter, -2), name: 'Goede Vrijdag' },
    { date: easter, name: 'Eerste Paasdag' },
    { date: addDays(easter, 1), name: 'Tweede Paasdag' },
    kingsDay,
    { date: calendarDate(year, 5, 5), name: 'Bevrijdingsdag (5 mei)' },
    { date: addDays(easter, 39), name: 'Hemelvaartsdag' },
    { date: addDays(easter, 49), name: 'Eerste Pinksterdag' },
    { date: addDays(easter, 50), name: 'Tweede Pinksterdag' },
    { date: calendarDate(year, 12, 25), name: 'Eerste Kerstdag' },
    { date: calendarDate(year, 12, 26), name: 'Tweede Kerstdag' },
  ];
  return holidays.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

/** Why a day is not a working day, or undefined for a working day. */
export type DayOff = { readonly reason: 'weekend' | 'holiday' | 'vrije-dag'; readonly name: string };

/** A calendar of working days: weekends, Atw holidays and extra days off. */
export class WorkingCalendar {
  private readonly holidaysByYear = new Map<number, Map<string, string>>();
  private readonly extra: ReadonlySet<string>;

  constructor(extraDaysOff: readonly CalendarDate[] = []) {
    this.extra = new Set(extraDaysOff);
  }

  /** What makes `date` a day off, if anything (a holiday wins over the weekend for the name). */
  dayOff(date: CalendarDate): DayOff | undefined {
    const holiday = this.holidaysOf(dateParts(date).year).get(date);
    if (holiday !== undefined) return { reason: 'holiday', name: holiday };
    const weekday = isoWeekday(date);
    if (weekday === 6) return { reason: 'weekend', name: 'zaterdag' };
    if (weekday === 7) return { reason: 'weekend', name: 'zondag' };
    if (this.extra.has(date)) return { reason: 'vrije-dag', name: 'vrije dag volgens klachtenregister.yml' };
    return undefined;
  }

  /** True on a working day. */
  isWorkingDay(date: CalendarDate): boolean {
    return this.dayOff(date) === undefined;
  }

  /** The first working day on or after `date`, with every day skipped and why. */
  rollForward(date: CalendarDate): { readonly date: CalendarDate; readonly skipped: readonly { date: CalendarDate; off: DayOff }[] } {
    const skipped: { date: CalendarDate; off: DayOff }[] = [];
    let day = date;
    for (let off = this.dayOff(day); off !== undefined; off = this.dayOff(day)) {
      skipped.push({ date: day, off });
      day = addDays(day, 1);
    }
    return { date: day, skipped };
  }

  /** `date` plus `count` working days (the start day itself not counted). */
  addWorkingDays(date: CalendarDate, count: number): CalendarDate {
    let day = date;
    for (let added = 0; added < count;) {
      day = addDays(day, 1);
      if (this.isWorkingDay(day)) added++;
    }
    return day;
  }

  private holidaysOf(year: number): Map<string, string> {
    let map = this.holidaysByYear.get(year);
    if (!map) {
      map = new Map(generalHolidays(year).map((h) => [h.date, h.name]));
      this.holidaysByYear.set(year, map);
    }
    return map;
  }
}
