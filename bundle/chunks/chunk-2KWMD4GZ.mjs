// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  calendarDate,
  daysInMonth,
  parseCalendarDate
} from "./chunk-WXEEPH3B.mjs";

// dist/core/text/user-input.js
var MONTHS = /* @__PURE__ */ new Map([
  ["januari", 1],
  ["jan", 1],
  ["februari", 2],
  ["feb", 2],
  ["maart", 3],
  ["mrt", 3],
  ["mar", 3],
  ["april", 4],
  ["apr", 4],
  ["mei", 5],
  ["juni", 6],
  ["jun", 6],
  ["juli", 7],
  ["jul", 7],
  ["augustus", 8],
  ["aug", 8],
  ["september", 9],
  ["sep", 9],
  ["sept", 9],
  ["oktober", 10],
  ["okt", 10],
  ["oct", 10],
  ["november", 11],
  ["nov", 11],
  ["december", 12],
  ["dec", 12]
]);
var DATE_FORMS = 'JJJJ-MM-DD, D-M-JJJJ of "3 december 2026"';
function existing(year, month, day) {
  if (year < 1e3 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
    return void 0;
  return calendarDate(year, month, day);
}
function parseUserDate(text) {
  const typed = text.trim();
  const iso = parseCalendarDate(typed);
  if (iso !== void 0)
    return iso;
  const numeric = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/.exec(typed);
  if (numeric)
    return existing(Number(numeric[4]), Number(numeric[3]), Number(numeric[1]));
  const written = /^(\d{1,2})\.?\s+([a-z]+)\.?\s+(\d{4})$/i.exec(typed);
  const month = written ? MONTHS.get((written[2] ?? "").toLowerCase()) : void 0;
  if (written && month !== void 0)
    return existing(Number(written[3]), month, Number(written[1]));
  return void 0;
}
function normaliseComplaintId(text) {
  const match = /^kl-(\d{4})-(\d{1,9})$/i.exec(text.trim());
  if (!match)
    return void 0;
  const sequence = String(Number(match[2]));
  if (sequence === "0")
    return void 0;
  return `KL-${match[1]}-${sequence.padStart(3, "0")}`;
}
function matchChoice(text, choices) {
  const typed = text.trim().replace(/\s+/g, " ");
  if (choices.includes(typed))
    return typed;
  const matches = choices.filter((choice) => choice.toLocaleLowerCase("nl") === typed.toLocaleLowerCase("nl"));
  return matches.length === 1 ? matches[0] : void 0;
}

export {
  DATE_FORMS,
  parseUserDate,
  normaliseComplaintId,
  matchChoice
};
