/**
 * "Today" without Intl, and Easter, held to outside authorities over many years: Intl's
 * Europe/Amsterdam and the date-holidays package. Sized to finish in a few seconds here: every day
 * of the weeks in which summer time starts and ends, in every year from 1979 to 2101, at the edges
 * of every hour; and a fixed sample of the other days (every 11th) at the edges of the hours that
 * todayInAmsterdam decides without Intl. (The full sweep of every day took ~20 s and decided nothing
 * more: outside the changes of summer time the offset is the same all season.)
 */
import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { addDays, todayInAmsterdam } from '../../src/core/time/calendar-date.js';
import { easterSunday } from '../../src/core/time/dutch-calendar.js';

const amsterdam = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });
let checked = 0;
const expectIntl = (instant: number): void => {
  const date = new Date(instant);
  checked++;
  // Compared first, so that many thousands of agreements cost no assertion each.
  if (todayInAmsterdam(date) !== amsterdam.format(date)) expect(todayInAmsterdam(date), date.toISOString()).toBe(amsterdam.format(date));
};

describe('today in Amsterdam', () => {
  it('agrees with Intl from 1979 to 2101: every day of the summer-time changes at every hour, a sample of the rest at the hours it decides without Intl', () => {
    const hour = 3_600_000;
    let day = 0;
    for (let start = Date.UTC(1979, 0, 1); start < Date.UTC(2101, 0, 1); start += 24 * hour, day++) {
      const date = new Date(start);
      const change = (date.getUTCMonth() === 2 || date.getUTCMonth() === 9) && date.getUTCDate() >= 25;
      if (change) {
        for (let h = 0; h < 24; h++) {
          expectIntl(start + h * hour);
          expectIntl(start + (h + 1) * hour - 1);
        }
      } else if (day % 11 === 0) {
        // The day is UTC's until 21:59:59.999 and the next from 23:00; in between Intl decides.
        for (const instant of [0, 22 * hour - 1, 22 * hour, 23 * hour - 1, 23 * hour, 24 * hour - 1]) expectIntl(start + instant);
      }
    }
    expect(checked).toBeGreaterThan(100_000);
  });
});

describe('Easter', () => {
  it('agrees with date-holidays on Easter Monday for 1900-2200', () => {
    const holidays = new Holidays('NL');
    for (let year = 1900; year <= 2200; year++) {
      const easterMonday = holidays.getHolidays(year).find((h) => h.name === 'Tweede paasdag' || h.name === 'Easter Monday');
      expect(easterMonday?.date.slice(0, 10), String(year)).toBe(addDays(easterSunday(year), 1));
    }
  });
});
