/**
 * Property-based tests of the file checker:
 * - random mutations of valid files never make it throw, and every finding has a real place;
 * - the fast path (js-yaml) never changes a verdict of the authoritative path (`yaml`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../scripts/core/calendar-date.js';
import { DEFAULT_CONFIG } from '../../scripts/core/config.js';
import { validationContext } from '../../scripts/core/validate.js';
import { checkComplaintBytes } from '../../scripts/register/check-file.js';
import { apply, mutation } from '../helpers/mutation.js';

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

// Scalars on which YAML parsers are known to differ: YAML 1.1 leftovers, numbers, nulls, dates.
const SCALARS = ['1_000', '0o17', '012', '0x1F', '0b101', '.inf', '-.Inf', '.NaN', 'yes', 'No', 'on', 'OFF', 'y', 'n', 'null', 'Null',
  '~', '', '2026-03-02', '2026-3-2', '2026-03-02T10:00:00', '12:30', '12:30:45', '1e3', '+1', '-.5', '1.', 'true', 'True', 'TRUE', 'tRUE',
  "'enkel'", '"dubbel\\n"', '"\\u00e9"', "'it''s'", '|\n    blok\n    tekst', '>\n    gevouwen\n    tekst', '!!str 12', '!!int "12"',
  '"06-12345678"', '06-12345678', '0612345678', '+31612345678', 'KL-2026-001', '"a # b"', 'a # b', 'a#b', '[a, b]', '{ a: b }',
  '- a', '? a', '=', '<<', 'é', '"\\x41"', "'\\x41'", '0', '-0', '00', '1.0e+3', '0.', '.5', '+.5', '1_0.5'];

const FIELDS = ['  naam', '  adres', '  telefoon', 'klachtverantwoordelijke', 'categorie', 'complex', '  datum', 'ingediend', 'status', '  rol'];

describe('the fast path', () => {
  it('gives the same findings and complaint as the authoritative parse', () => {
    const base = (VALID[0] as Buffer).toString('utf8');
    fc.assert(fc.property(fc.constantFrom(...FIELDS), fc.constantFrom(...SCALARS), (field, scalar) => {
      const line = base.split('\n').findIndex((l) => l.startsWith(`${field}:`));
      if (line === -1) return;
      const lines = base.split('\n');
      lines[line] = `${field}: ${scalar}`;
      const bytes = Buffer.from(lines.join('\n'));
      const fast = checkComplaintBytes(FILE, bytes, context);
      const authoritative = checkComplaintBytes(FILE, bytes, context, { authoritativeOnly: true });
      expect(fast).toEqual(authoritative);
    }), { numRuns: 2_000 });
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
