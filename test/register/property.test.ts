/**
 * Property-based tests of the file checker:
 * - random mutations of valid files never make it throw, and every finding has a real place;
 * - the fast path (the plain subset reader) never changes a verdict of the authoritative path (`yaml`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../src/core/time/calendar-date.js';
import { DEFAULT_CONFIG } from '../../src/core/complaint/config.js';
import { validationContext } from '../../src/core/complaint/validate.js';
import { checkComplaintBytes } from '../../src/register/check-file.js';
import { apply, mutation } from '../helpers/mutation.js';
import { DISPUTED_VALUES, FIELDS, withValue } from './disputed-scalars.js';

const context = validationContext({ ...DEFAULT_CONFIG, categories: ['communicatie', 'planning'] }, '2026-11-24' as CalendarDate);
const FILE = 'complaints/2026/KL-2026-001.md';
const VALID = ['in-behandeling.md', 'afgehandeld.md', 'ontvangen.md', 'bom-crlf.md']
  .map((name) => readFileSync(new URL(`../fixtures/valid/${name}`, import.meta.url)));

describe('the file checker under random mutation', () => {
  it('never throws and places every finding inside the file (10,000 runs)', () => {
    fc.assert(fc.property(fc.nat({ max: VALID.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }), (which, mutations) => {
      const bytes = mutations.reduce(apply, Buffer.from(VALID[which] as Buffer));
      const result = checkComplaintBytes(FILE, bytes, context);
      const lineCount = bytes.toString('utf8').split('\n').length;
      for (const f of result.findings) {
        expect(f.line).toBeGreaterThanOrEqual(1);
        expect(f.column).toBeGreaterThanOrEqual(1);
        expect(f.line).toBeLessThanOrEqual(lineCount + 1);
        expect(f.rule).toMatch(/^[a-z-]+$/);
        expect(['error', 'warning']).toContain(f.severity);
      }
    }), { numRuns: 10_000 });
  });
});

describe('the fast path', () => {
  it('gives the same findings and complaint as the authoritative parse, for every disputed value in every field', () => {
    let compared = 0;
    for (const base of VALID) {
      for (const field of FIELDS) {
        for (const value of DISPUTED_VALUES) {
          const text = withValue(base.toString('utf8'), field, value);
          if (text === undefined) continue;
          const bytes = Buffer.from(text);
          const fast = checkComplaintBytes(FILE, bytes, context);
          const authoritative = checkComplaintBytes(FILE, bytes, context, { authoritativeOnly: true });
          expect(fast, `${field}: ${JSON.stringify(value)}`).toEqual(authoritative);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(VALID.length * DISPUTED_VALUES.length * 5);
  });

  it('gives the same findings, places included, as the authoritative parse on 5,000 mutated files', () => {
    fc.assert(fc.property(fc.nat({ max: VALID.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 3 }), (which, mutations) => {
      const bytes = mutations.reduce(apply, Buffer.from(VALID[which] as Buffer));
      expect(checkComplaintBytes(FILE, bytes, context)).toEqual(checkComplaintBytes(FILE, bytes, context, { authoritativeOnly: true }));
    }), { numRuns: 5_000 });
  });

  it('agrees with the authoritative parse on every fixture', () => {
    for (const folder of ['valid', 'invalid']) {
      const dir = new URL(`../fixtures/${folder}/`, import.meta.url);
      for (const name of readdirSync(dir)) {
        const bytes = readFileSync(new URL(name, dir));
        expect(checkComplaintBytes(FILE, bytes, context), name).toEqual(checkComplaintBytes(FILE, bytes, context, { authoritativeOnly: true }));
      }
    }
  });
});
