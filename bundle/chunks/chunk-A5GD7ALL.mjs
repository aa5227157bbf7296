// klacht, gebundeld door scripts/tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  dateParts,
  isoWeekday
} from "./chunk-QQHWHSCC.mjs";

// dist/core/dutch.js
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
  formatDateDutch,
  formatDateWithWeekday,
  monthName,
  plural,
  listDutch
};
