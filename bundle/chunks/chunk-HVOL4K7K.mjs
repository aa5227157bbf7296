// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);

// dist/core/text/markdown-escape.js
var MARKUP = /[|\\`*_<>[\]&]/g;
var AUTOLINK = /(?=:\/\/)|(?<=\bwww)(?=\.)|(?<=[\w.+-])(?=@)/gi;
var BREAK = "<!-- -->";
var BIDI = /[\u202a-\u202e\u2066-\u2069]/g;
function escapeMarkdown(text) {
  return text.replace(MARKUP, (c) => `\\${c}`).replace(AUTOLINK, BREAK).replace(BIDI, (c) => `\\u{${(c.codePointAt(0) ?? 0).toString(16)}}`).replace(/\r?\n|\r/g, " ");
}

export {
  escapeMarkdown
};
