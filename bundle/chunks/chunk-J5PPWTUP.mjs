// klacht, gebundeld door scripts/tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  nextDueById
} from "./chunk-LM7VC3VM.mjs";

// dist/core/registration-list.js
function openComplaintRows(complaints, deadlines) {
  const nextDue = nextDueById(deadlines);
  return complaints.filter((c) => c.id !== void 0 && c.status !== "afgehandeld").map((c) => ({
    id: c.id,
    status: c.status ?? null,
    ingediend: c.submitted ?? null,
    klachtverantwoordelijke: c.responsible ?? null,
    next_due: nextDue.get(c.id) ?? null
  })).sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export {
  openComplaintRows
};
