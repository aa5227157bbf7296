// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);

// dist/core/github-policy/register-checks.js
var VALIDATE_CHECK = "Klachtbestanden controleren";
var SIGNATURE_STATUS = "Ondertekening door de directie";
var REQUIRED_CHECKS = [VALIDATE_CHECK, SIGNATURE_STATUS];

export {
  VALIDATE_CHECK,
  SIGNATURE_STATUS,
  REQUIRED_CHECKS
};
