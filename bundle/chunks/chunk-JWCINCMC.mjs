// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  compareDates,
  daysBetween
} from "./chunk-WXEEPH3B.mjs";

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

export {
  DEADLINE_KINDS,
  KIND_NAMES,
  STATE_NAMES,
  deadlineSubject,
  deadlineKindName,
  stateOf,
  isOpen
};
