// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);

// dist/core/complaint/config.js
var DEFAULT_CONFIG = {
  organisation: { naam: "Liberi Coaching B.V." },
  procedure: "liberi",
  termOverrides: {},
  warningDays: 7,
  retentionMonths: 24,
  extraHolidays: [],
  backdatingDays: 7,
  management: [],
  staff: [],
  categories: []
};

export {
  DEFAULT_CONFIG
};
