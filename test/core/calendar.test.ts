/**
 * Calendar dates, the Atw holidays and working days: table-driven, in milliseconds (the unit tier).
 * The sweeps against Intl and date-holidays are in calendar-sweeps.test.ts (the slow tier).
 */
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, isoWeekday, parseCalendarDate, todayInAmsterdam, type CalendarDate } from '../../src/core/time/calendar-date.js';
import { easterSunday, generalHolidays, WorkingCalendar } from '../../src/core/time/dutch-calendar.js';
import { formatDateDutch } from '../../src/core/text/dutch.js';

const d = (text: string): CalendarDate => text as CalendarDate;

describe('calendar dates', () => {
  it.each([
    ['2026-02-30', undefined], ['2026-02-29', undefined], ['2024-02-29', '2024-02-29'], ['1900-02-29', undefined],
    ['2000-02-29', '2000-02-29'], ['2026-13-01', undefined], ['2026-04-31', undefined], ['2026-1-5', undefined], ['20260105', undefined],
  ])('parse %s', (text, expected) => {
    expect(parseCalendarDate(text)).toBe(expected);
  });

  it.each([
    ['2026-01-31', 1, '2026-02-28', 'month end into February'],
    ['2024-01-31', 1, '2024-02-29', 'leap year'],
    ['2026-03-31', 1, '2026-04-30', '31 into a 30-day month'],
    ['2026-12-15', 1, '2027-01-15', 'into the new year'],
    ['2026-03-02', 24, '2028-03-02', 'retention of 24 months'],
    ['2024-02-29', 12, '2025-02-28', 'leap day plus a year'],
  ])('%s + %i month(s) = %s (%s)', (start, months, expected) => {
    expect(addMonths(d(start), months)).toBe(expected);
  });

  it.each([
    ['2026-12-31', 1, '2027-01-01'], ['2024-02-28', 1, '2024-02-29'], ['2026-03-01', -1, '2026-02-28'],
  ])('%s + %i day(s) = %s', (start, days, expected) => {
    expect(addDays(d(start), days)).toBe(expected);
  });

  it.each([
    ['2026-03-31T21:59:59Z', '2026-03-31', 'summer time: 23:59 in Amsterdam'],
    ['2026-03-31T22:00:00Z', '2026-04-01', 'summer time: already midnight in Amsterdam'],
    ['2026-03-31T23:30:00Z', '2026-04-01', '23:30 UTC on 31 March is 1 April'],
    ['2026-01-15T22:59:00Z', '2026-01-15', 'winter time: 23:59'],
    ['2026-01-15T23:00:00Z', '2026-01-16', 'winter time: midnight'],
    ['2026-03-29T00:30:00Z', '2026-03-29', 'the night of the change to summer time'],
    ['2026-10-25T00:30:00Z', '2026-10-25', 'the night of the change to winter time'],
    ['2026-12-31T23:00:00Z', '2027-01-01', 'new year in Amsterdam before UTC'],
  ])('today at %s is %s (%s)', (instant, expected) => {
    expect(todayInAmsterdam(new Date(instant))).toBe(expected);
  });

  it('writes dates out in Dutch', () => {
    expect(formatDateDutch(d('2026-03-02'))).toBe('2 maart 2026');
  });
});

describe('the holidays of the Algemene termijnenwet', () => {
  it.each([
    [2024, '2024-03-31'], [2025, '2025-04-20'], [2026, '2026-04-05'], [2027, '2027-03-28'], [2028, '2028-04-16'], [2038, '2038-04-25'], [2285, '2285-03-22'],
  ])('Easter %i is %s', (year, expected) => {
    expect(easterSunday(year)).toBe(expected);
  });

  it('lists the 2026 holidays', () => {
    expect(generalHolidays(2026).map((h) => `${h.date} ${h.name}`)).toEqual([
      '2026-01-01 Nieuwjaarsdag', '2026-04-03 Goede Vrijdag', '2026-04-05 Eerste Paasdag', '2026-04-06 Tweede Paasdag',
      '2026-04-27 Koningsdag', '2026-05-05 Bevrijdingsdag (5 mei)', '2026-05-14 Hemelvaartsdag', '2026-05-24 Eerste Pinksterdag',
      '2026-05-25 Tweede Pinksterdag', '2026-12-25 Eerste Kerstdag', '2026-12-26 Tweede Kerstdag',
    ]);
  });

  it.each([
    [2025, '2025-04-26', 'the 27th is a Sunday'], [2026, '2026-04-27', 'a Monday'], [2014, '2014-04-26', 'the first Koningsdag, 27th a Sunday'],
    [2013, '2013-04-30', 'Koninginnedag'],
  ])('Koningsdag %i is %s (%s)', (year, expected) => {
    expect(generalHolidays(year).find((h) => h.name.startsWith('Konin'))?.date).toBe(expected);
  });

  it.each([
    ['2026-04-03', false, 'Goede Vrijdag'], ['2026-04-06', false, 'Tweede Paasdag'], ['2026-05-05', false, '5 mei (a Tuesday)'],
    ['2026-05-14', false, 'Hemelvaartsdag'], ['2026-05-15', false, 'vrije dag from the config'], ['2026-05-25', false, 'Tweede Pinksterdag'],
    ['2026-12-28', true, 'Monday after Christmas'], ['2026-11-28', false, 'Saturday'], ['2026-11-29', false, 'Sunday'], ['2026-11-24', true, 'Tuesday'],
  ])('%s is a working day: %s (%s)', (date, expected) => {
    expect(new WorkingCalendar([d('2026-05-15')]).isWorkingDay(d(date))).toBe(expected);
  });

  it.each([
    ['2026-04-03', '2026-04-07', 'Goede Vrijdag, weekend, Tweede Paasdag'],
    ['2026-12-25', '2026-12-28', 'Christmas and the weekend'],
    ['2027-12-25', '2027-12-27', 'Christmas on a Saturday: no substitute day in the Atw'],
    ['2026-12-31', '2026-12-31', 'a Thursday'],
    ['2028-01-01', '2028-01-03', 'Nieuwjaarsdag on a Saturday'],
    ['2026-05-14', '2026-05-18', 'Hemelvaart, a vrije dag, the weekend'],
  ])('%s rolls forward to %s (%s)', (date, expected) => {
    expect(new WorkingCalendar([d('2026-05-15')]).rollForward(d(date)).date).toBe(expected);
  });

  it('counts five working days past a holiday', () => {
    const calendar = new WorkingCalendar();
    expect(calendar.addWorkingDays(d('2026-04-01'), 5)).toBe('2026-04-10');
    expect(isoWeekday(d('2026-04-10'))).toBe(5);
  });
});
