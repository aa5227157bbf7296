// klacht, gebundeld door scripts/tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);

// dist/core/suggest.js
function editDistance(a, b) {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_2, j) => i === 0 ? j : j === 0 ? i : 0));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = d[i];
      const prev = d[i - 1];
      let best = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, d[i - 2][j - 2] + 1);
      }
      row[j] = best;
    }
  }
  return d[rows - 1][cols - 1];
}
function closest(input, candidates, preferred = []) {
  const normalised = input.trim().toLowerCase();
  let best;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(normalised, candidate.toLowerCase());
    if (distance < bestDistance || distance === bestDistance && preferred.includes(candidate) && !(best !== void 0 && preferred.includes(best))) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best === void 0)
    return void 0;
  const allowed = Math.max(1, Math.floor(Math.max(normalised.length, best.length) / 3));
  return bestDistance <= allowed ? best : void 0;
}

export {
  closest
};
