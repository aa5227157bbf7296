/** "Did you mean" suggestions for misspelt keys and values. */

/** Three rows of the distance table and the codes of `b`, reused from call to call and grown when a text is longer. */
let scratch = { rows: [new Int32Array(64), new Int32Array(64), new Int32Array(64)], codes: new Int32Array(64) };

/**
 * Optimal string alignment distance (Levenshtein plus adjacent transpositions), row by row in
 * reused rows: a file can have 100,000 unknown keys, each compared with every known key of its
 * level. Exact up to `bound`; above it, some number above it (the table is left as soon as two
 * rows in a row are above it, as every later row then is).
 */
export function editDistance(a: string, b: string, bound = Infinity): number {
  const cols = b.length + 1;
  if (scratch.codes.length < cols) scratch = { rows: [new Int32Array(cols), new Int32Array(cols), new Int32Array(cols)], codes: new Int32Array(cols) };
  const { codes } = scratch;
  let [twoBack, previous, current] = scratch.rows as [Int32Array, Int32Array, Int32Array];
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
      const other = codes[j - 1] as number;
      let best = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + (code === other ? 0 : 1));
      if (j > 1 && code === codes[j - 2] && before === other) best = Math.min(best, (twoBack[j - 2] as number) + 1);
      current[j] = best;
      if (best < least) least = best;
    }
    if (least > bound && previousLeast > bound) return bound + 1;
    previousLeast = least;
    const done = twoBack;
    twoBack = previous;
    previous = current;
    current = done;
    before = code;
  }
  return previous[cols - 1] as number;
}

/** Per character (by its low byte), how many more `a` has than `b`; all zero between calls. */
const tally = new Int32Array(256);

/**
 * A lower bound of the edit distance in time linear in the lengths: the characters of one text
 * that the other lacks must each be inserted, deleted or replaced (counted by low byte, which can
 * only lower the count). Most unknown keys share few letters with any known key.
 */
function lowerBound(a: string, b: string): number {
  for (let i = 0; i < a.length; i++) tally[a.charCodeAt(i) & 0xff] = (tally[a.charCodeAt(i) & 0xff] as number) + 1;
  for (let i = 0; i < b.length; i++) tally[b.charCodeAt(i) & 0xff] = (tally[b.charCodeAt(i) & 0xff] as number) - 1;
  let surplus = 0;
  let shortage = 0;
  for (const text of [a, b]) {
    for (let i = 0; i < text.length; i++) {
      const slot = text.charCodeAt(i) & 0xff;
      const n = tally[slot] as number;
      if (n > 0) surplus += n;
      else shortage -= n;
      tally[slot] = 0;
    }
  }
  return Math.max(surplus, shortage);
}

/** How many letters may be wrong for `a` to be a likely typo of `b`: a third, at least one. */
function allowedDistance(a: string, b: string): number {
  return Math.max(1, Math.floor(Math.max(a.length, b.length) / 3));
}

/**
 * The candidate closest to `input`, when it is close enough to be a likely typo
 * (case and surrounding spaces ignored; at most a third of the letters wrong). Between candidates
 * equally close, one in `preferred` wins (`registeer` is one letter from both `register` and
 * `registreer`; someone typing a step means the step).
 */
export function closest(input: string, candidates: readonly string[], preferred: readonly string[] = []): string | undefined {
  const normalised = input.trim().toLowerCase();
  // The distance is at least the difference in length. A candidate further off than any
  // candidate could be allowed is never the answer, so its distance is not computed (a long
  // text in a field with a list of values would otherwise cost its length times each value's).
  const limit = candidates.reduce((most, candidate) => Math.max(most, allowedDistance(normalised, candidate)), 0);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const lower = candidate.toLowerCase();
    if (Math.abs(normalised.length - lower.length) > limit) continue;
    // Only a distance below the best so far can change the answer, or an equal one for a
    // preferred candidate over one that is not; and only within the limit.
    const tieWins = preferred.includes(candidate) && !(best !== undefined && preferred.includes(best));
    const bound = Math.min(limit, tieWins ? bestDistance : bestDistance - 1);
    if (lowerBound(normalised, lower) > bound) continue;
    const distance = editDistance(normalised, lower, bound);
    if (distance < bestDistance || (tieWins && distance === bestDistance)) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best === undefined) return undefined;
  return bestDistance <= allowedDistance(normalised, best) ? best : undefined;
}
