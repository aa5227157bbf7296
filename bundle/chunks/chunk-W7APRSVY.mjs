// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);

// dist/core/text/suggest.js
var scratch = { rows: [new Int32Array(64), new Int32Array(64), new Int32Array(64)], codes: new Int32Array(64) };
function editDistance(a, b, bound = Infinity) {
  const cols = b.length + 1;
  if (scratch.codes.length < cols)
    scratch = { rows: [new Int32Array(cols), new Int32Array(cols), new Int32Array(cols)], codes: new Int32Array(cols) };
  const { codes } = scratch;
  let [twoBack, previous, current] = scratch.rows;
  for (let j = 0; j < cols; j++) {
    previous[j] = j;
    codes[j] = b.charCodeAt(j);
  }
  let before = -1;
  let previousLeast = 0;
  for (let i = 1; i <= a.length; i++) {
    const code = a.charCodeAt(i - 1);
    current[0] = i;
    let least = i;
    for (let j = 1; j < cols; j++) {
      const other = codes[j - 1];
      let best = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (code === other ? 0 : 1));
      if (j > 1 && code === codes[j - 2] && before === other)
        best = Math.min(best, twoBack[j - 2] + 1);
      current[j] = best;
      if (best < least)
        least = best;
    }
    if (least > bound && previousLeast > bound)
      return bound + 1;
    previousLeast = least;
    const done = twoBack;
    twoBack = previous;
    previous = current;
    current = done;
    before = code;
  }
  return previous[cols - 1];
}
var tally = new Int32Array(256);
function lowerBound(a, b) {
  for (let i = 0; i < a.length; i++)
    tally[a.charCodeAt(i) & 255] = tally[a.charCodeAt(i) & 255] + 1;
  for (let i = 0; i < b.length; i++)
    tally[b.charCodeAt(i) & 255] = tally[b.charCodeAt(i) & 255] - 1;
  let surplus = 0;
  let shortage = 0;
  for (const text of [a, b]) {
    for (let i = 0; i < text.length; i++) {
      const slot = text.charCodeAt(i) & 255;
      const n = tally[slot];
      if (n > 0)
        surplus += n;
      else
        shortage -= n;
      tally[slot] = 0;
    }
  }
  return Math.max(surplus, shortage);
}
function allowedDistance(a, b) {
  return Math.max(1, Math.floor(Math.max(a.length, b.length) / 3));
}
function closest(input, candidates, preferred = []) {
  const normalised = input.trim().toLowerCase();
  const limit = candidates.reduce((most, candidate) => Math.max(most, allowedDistance(normalised, candidate)), 0);
  let best;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const lower = candidate.toLowerCase();
    if (Math.abs(normalised.length - lower.length) > limit)
      continue;
    const tieWins = preferred.includes(candidate) && !(best !== void 0 && preferred.includes(best));
    const bound = Math.min(limit, tieWins ? bestDistance : bestDistance - 1);
    if (lowerBound(normalised, lower) > bound)
      continue;
    const distance = editDistance(normalised, lower, bound);
    if (distance < bestDistance || tieWins && distance === bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best === void 0)
    return void 0;
  return bestDistance <= allowedDistance(normalised, best) ? best : void 0;
}

// dist/core/text/path-names.js
var CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;
var OLD_COMMAND = "##[";
function hasUnsafeName(path) {
  return path.includes("|") || path.includes(OLD_COMMAND) || new RegExp(CONTROL.source, "u").test(path);
}
function printable(text) {
  return text.replace(CONTROL, (c) => `\\u{${(c.codePointAt(0) ?? 0).toString(16)}}`).replace(/##\[/g, "#\\u{23}[").replace(/^(\s*):(?=:)/, "$1\\u{3a}");
}
function printableLines(text) {
  return text.split("\n").map(printable).join("\n");
}

export {
  closest,
  hasUnsafeName,
  printable,
  printableLines
};
