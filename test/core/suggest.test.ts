/**
 * "Did you mean": the distance is computed row by row, with a bound and a cheap lower bound that
 * skip candidates that cannot win (a file with 100,000 unknown keys compares each with every
 * known key). The answers must be those of the plain definition: the full table, every candidate.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closest, editDistance } from '../../src/core/text/suggest.js';

/** Optimal string alignment distance, the full table. */
function referenceDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = d[i] as number[];
      const previous = d[i - 1] as number[];
      row[j] = Math.min((previous[j] as number) + 1, (row[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

/** The closest candidate by the full distance to every candidate, when close enough. */
function referenceClosest(input: string, candidates: readonly string[]): string | undefined {
  const normalised = input.trim().toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = referenceDistance(normalised, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best === undefined) return undefined;
  return bestDistance <= Math.max(1, Math.floor(Math.max(normalised.length, best.length) / 3)) ? best : undefined;
}

const KNOWN = ['id', 'status', 'complex', 'ontvangen', 'ingediend', 'geregistreerd', 'indiener', 'klachtverantwoordelijke', 'behandelaar', 'categorie', 'acties'];
const word = fc.oneof(
  fc.constantFrom(...KNOWN),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: fc.constantFrom(...'aeinorstdgl ĲİßΣ'), maxLength: 14 }),
  fc.constantFrom(...KNOWN).chain((k) => fc.tuple(fc.nat({ max: k.length }), fc.string({ maxLength: 2 })).map(([at, s]) => k.slice(0, at) + s + k.slice(at + 1))),
);

describe('suggestions', () => {
  it('give the distance of the full table, up to the bound asked for (5,000 pairs)', () => {
    fc.assert(fc.property(word, word, fc.nat({ max: 6 }), (a, b, bound) => {
      const exact = referenceDistance(a, b);
      expect(editDistance(a, b)).toBe(exact);
      const bounded = editDistance(a, b, bound);
      if (exact <= bound) expect(bounded).toBe(exact);
      else expect(bounded).toBeGreaterThan(bound);
    }), { seed: 20, numRuns: 5_000 });
  });

  it('suggest what comparing with every candidate in full would (5,000 inputs)', () => {
    let suggested = 0;
    fc.assert(fc.property(word, fc.subarray(KNOWN, { minLength: 1 }), (input, candidates) => {
      const expected = referenceClosest(input, candidates);
      expect(closest(input, candidates)).toBe(expected);
      if (expected !== undefined) suggested++;
    }), { seed: 20, numRuns: 5_000 });
    expect(suggested).toBeGreaterThan(500);
  });

  it.each([['staus', 'status'], ['Klachtverantwoordelyke', 'klachtverantwoordelijke'], ['k12345', undefined], ['', undefined]])('%j suggests %j', (input, expected) => {
    expect(closest(input, KNOWN)).toBe(expected);
  });
});
