// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  normaliseComplaintId
} from "./chunk-4N5YQ3QY.mjs";

// dist/core/complaint/search.js
var PERSONAL_SEARCH_FIELDS = /* @__PURE__ */ new Set(["naam", "omschrijving"]);
function searchForm(text) {
  return text.normalize("NFKD").replace(new RegExp("\\p{M}", "gu"), "").toLocaleLowerCase("nl").replace(/\s+/g, " ").trim();
}
function searchComplaints(complaints, query) {
  const id = normaliseComplaintId(query);
  const words = id !== void 0 ? [searchForm(id)] : searchForm(query).split(" ").filter((w) => w !== "");
  if (words.length === 0)
    return [];
  const hits = [];
  for (const c of complaints) {
    if (c.id === void 0)
      continue;
    const values = [
      ["klachtnummer", c.id],
      ["categorie", c.category],
      ["naam", c.complainant.name],
      ["omschrijving", c.description]
    ];
    const searchable = values.map(([field, value]) => [field, value === void 0 ? "" : searchForm(value)]);
    if (!words.every((word) => searchable.some(([, value]) => value.includes(word))))
      continue;
    const fields = searchable.filter(([, value]) => words.some((word) => value.includes(word))).map(([field]) => field);
    const openly = searchable.filter(([field]) => !PERSONAL_SEARCH_FIELDS.has(field));
    const personal = !words.every((word) => openly.some(([, value]) => value.includes(word)));
    hits.push({ id: c.id, status: c.status ?? null, ingediend: c.submitted ?? null, afgehandeld: c.closure?.date ?? null, fields, personal });
  }
  return hits.sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export {
  searchForm,
  searchComplaints
};
