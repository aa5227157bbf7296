// klacht, gebundeld door scripts/tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);

// dist/core/layout.js
var CONFIG_FILE = "klachtenregister.yml";
var COMPLAINTS_DIR = "complaints";
var ANALYSES_DIR = "analyses";
function analysisPath(year) {
  return `${ANALYSES_DIR}/${year}.md`;
}

export {
  CONFIG_FILE,
  COMPLAINTS_DIR,
  ANALYSES_DIR,
  analysisPath
};
