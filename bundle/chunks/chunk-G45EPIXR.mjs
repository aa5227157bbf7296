// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  COMPLAINANT_ROLES,
  CORRESPONDENCE_KINDS,
  DIRECTIONS,
  INTAKE_CHANNELS,
  JUDGEMENTS,
  MEASURE_STATUSES
} from "./chunk-3ZZ24PPU.mjs";

// dist/core/steps/choices.js
var plain = (values) => values.map((value) => ({ value, label: value }));
function sourceOptions(source, config, complaint) {
  switch (source) {
    case "rollen":
      return plain(COMPLAINANT_ROLES);
    case "wijzen":
      return plain(INTAKE_CHANNELS);
    case "richtingen":
      return plain(DIRECTIONS);
    case "soorten":
      return plain(CORRESPONDENCE_KINDS);
    case "oordelen":
      return plain(JUDGEMENTS);
    case "maatregel-statussen":
      return plain(MEASURE_STATUSES);
    case "categorieen":
      return plain(config.categories);
    // Everyone who may take a complaint in or handle it: the directie and the medewerkers.
    case "mensen":
      return plain([...new Set([...config.management, ...config.staff].map((p) => p.naam))]);
    case "directie":
      return plain(config.management.map((p) => p.naam));
    // A measure's description is not personal (the schema does not mark it): it helps to choose.
    case "maatregelen":
      return (complaint?.closure?.measures ?? []).map((m, i) => ({ value: String(i + 1), label: `${i + 1}. ${m.description ?? ""} (${m.status ?? "zonder status"})` }));
  }
}
function choicesOf(field, config, complaint) {
  return field.choices === void 0 ? [] : sourceOptions(field.choices, config, complaint);
}

export {
  sourceOptions,
  choicesOf
};
