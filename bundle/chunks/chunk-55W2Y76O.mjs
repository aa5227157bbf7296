// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);

// dist/core/text/markdown-escape.js
var MARKUP = /[|\\`*_<>[\]]/g;
function escapeMarkdown(text) {
  return text.replace(MARKUP, (c) => `\\${c}`).replace(/\r?\n|\r/g, " ");
}

export {
  escapeMarkdown
};
