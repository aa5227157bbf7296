// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);

// dist/core/time/calendar-date.js
function digits(text, start, end) {
  let value = 0;
  for (let i = start; i < end; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9)
      return -1;
    value = value * 10 + digit;
  }
  return value;
}
function daysInMonth(year, month) {
  if (month === 2)
    return year % 4 === 0 && year % 100 !== 0 || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
function parseCalendarDate(text) {
  if (typeof text !== "string" || text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45)
    return void 0;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 7);
  const day = digits(text, 8, 10);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
    return void 0;
  return text;
}
function calendarDate(year, month, day) {
  const text = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  const parsed = parseCalendarDate(text);
  if (parsed === void 0)
    throw new RangeError(`Geen bestaande datum: ${text}`);
  return parsed;
}
function dateParts(date) {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}
function toEpochDay(date) {
  const { year, month, day } = dateParts(date);
  return Date.UTC(year, month - 1, day) / 864e5;
}
function fromEpochDay(epochDay) {
  const d = new Date(epochDay * 864e5);
  return calendarDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}
function addDays(date, days) {
  return fromEpochDay(toEpochDay(date) + days);
}
function addMonths(date, months) {
  const { year, month, day } = dateParts(date);
  const index = year * 12 + (month - 1) + months;
  const newYear = Math.floor(index / 12);
  const newMonth = index % 12 + 1;
  return calendarDate(newYear, newMonth, Math.min(day, daysInMonth(newYear, newMonth)));
}
function daysBetween(from, to) {
  return toEpochDay(to) - toEpochDay(from);
}
function compareDates(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function isoWeekday(date) {
  const weekday = new Date(toEpochDay(date) * 864e5).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}
var AHEAD_ONE_OR_TWO_FROM = Date.UTC(1980, 0, 1);
var AHEAD_ONE_OR_TWO_UNTIL = Date.UTC(2100, 0, 1);
function todayInAmsterdam(now = /* @__PURE__ */ new Date()) {
  const time = now.getTime();
  if (time >= AHEAD_ONE_OR_TWO_FROM && time < AHEAD_ONE_OR_TWO_UNTIL) {
    const hour = now.getUTCHours();
    if (hour !== 22)
      return fromEpochDay(Math.floor(time / 864e5) + (hour === 23 ? 1 : 0));
  }
  const text = new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Amsterdam",
    year: "numeric",
    month: "2-digit",
    day: "2-digit"
  }).format(now);
  const parsed = parseCalendarDate(text);
  if (parsed === void 0)
    throw new Error(`Onverwachte datumnotatie van Intl: ${text}`);
  return parsed;
}

// dist/core/time/deadline.js
var DEADLINE_KINDS = ["registration", "acknowledgement", "response", "extension_notice", "annual_analysis", "retention"];
var KIND_NAMES = {
  registration: "registratie",
  acknowledgement: "ontvangstbevestiging",
  response: "reactie",
  extension_notice: "melding verlenging",
  annual_analysis: "jaaranalyse",
  retention: "bewaartermijn"
};
var STATE_NAMES = {
  pending: "loopt",
  due_soon: "verloopt binnenkort",
  overdue: "verlopen",
  met: "gehaald",
  met_late: "te laat"
};
function deadlineSubject(d) {
  return d.id ?? `jaar ${d.year ?? ""}`;
}
function deadlineKindName(d) {
  return d.extension !== void 0 ? `${KIND_NAMES[d.kind]} ${d.extension + 1}` : KIND_NAMES[d.kind];
}
function stateOf(due, done, today, warningDays) {
  if (done !== void 0)
    return compareDates(done, due) <= 0 ? "met" : "met_late";
  if (compareDates(due, today) < 0)
    return "overdue";
  return daysBetween(today, due) <= warningDays ? "due_soon" : "pending";
}
function isOpen(state) {
  return state === "pending" || state === "due_soon" || state === "overdue";
}

// dist/core/text/dutch.js
var MONTHS = [
  "januari",
  "februari",
  "maart",
  "april",
  "mei",
  "juni",
  "juli",
  "augustus",
  "september",
  "oktober",
  "november",
  "december"
];
var WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"];
var formatted = /* @__PURE__ */ new Map();
function formatDateDutch(date) {
  let text = formatted.get(date);
  if (text === void 0) {
    const { year, month, day } = dateParts(date);
    text = `${day} ${MONTHS[month - 1] ?? ""} ${year}`;
    if (formatted.size < 1e5)
      formatted.set(date, text);
  }
  return text;
}
function formatDateWithWeekday(date) {
  return `${weekdayName(date)} ${formatDateDutch(date)}`;
}
function weekdayName(date) {
  return WEEKDAYS[isoWeekday(date) - 1] ?? "";
}
function monthName(month) {
  return MONTHS[month - 1] ?? "";
}
function plural(count, singular, pluralForm) {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
function listDutch(items) {
  if (items.length <= 1)
    return items.join("");
  return `${items.slice(0, -1).join(", ")} en ${items[items.length - 1] ?? ""}`;
}

export {
  daysInMonth,
  parseCalendarDate,
  calendarDate,
  dateParts,
  addDays,
  addMonths,
  daysBetween,
  compareDates,
  isoWeekday,
  todayInAmsterdam,
  DEADLINE_KINDS,
  KIND_NAMES,
  STATE_NAMES,
  deadlineSubject,
  deadlineKindName,
  stateOf,
  isOpen,
  formatDateDutch,
  formatDateWithWeekday,
  monthName,
  plural,
  listDutch
};
