// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  nextDueById
} from "./chunk-CZMNQTA7.mjs";

// dist/core/complaint/registration-list.js
function complaintRows(complaints, deadlines, filter) {
  const nextDue = nextDueById(deadlines);
  const open = !filter.all && filter.status === void 0 && filter.year === void 0;
  return complaints.filter((c) => c.id !== void 0 && (!open || c.status !== "afgehandeld") && (filter.status === void 0 || c.status === filter.status) && (filter.year === void 0 || c.id.startsWith(`KL-${filter.year}-`))).map((c) => ({
    id: c.id,
    status: c.status ?? null,
    ingediend: c.submitted ?? null,
    klachtverantwoordelijke: c.responsible ?? null,
    next_due: nextDue.get(c.id) ?? null,
    ...c.status === "afgehandeld" ? { afgehandeld: c.closure?.date ?? null } : {}
  })).sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
function openComplaintRows(complaints, deadlines) {
  return complaintRows(complaints, deadlines, {});
}

export {
  complaintRows,
  openComplaintRows
};
