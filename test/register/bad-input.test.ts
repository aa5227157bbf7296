/**
 * The bad-input corpus: every broken file gives its own rule at its own line and column, and
 * nothing else of severity error; nothing in a file runs; no message quotes the canary's data.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRegister } from '../../src/register/load.js';
import type { CalendarDate } from '../../src/core/time/calendar-date.js';
import { canaryLeaks } from '../helpers/canary.js';
import { makeRegister, tempDir } from '../helpers/temp.js';

const TODAY = '2026-11-24' as CalendarDate;
const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;
const CONFIG = 'categorieen: [communicatie, planning, overig]\n';
const DEFAULT_PLACE = 'complaints/2026/KL-2026-001.md';

interface Expected { rule: string; line: number; column: number; severity?: 'error' | 'warning'; field?: string | null }
interface Row { fixture: string; place?: string; expect: Expected[] }

// One row per fixture: where it is put in a register, and every finding it must give.
const ROWS: Row[] = [
  { fixture: 'yaml-unclosed-quote.md', expect: [{ rule: 'yaml-syntax', line: 17, column: 13 }] },
  { fixture: 'yaml-bad-indentation.md', expect: [{ rule: 'yaml-syntax', line: 12, column: 9 }] },
  { fixture: 'yaml-tab-indentation.md', expect: [{ rule: 'yaml-tab', line: 13, column: 1 }] },
  { fixture: 'yaml-duplicate-key.md', expect: [{ rule: 'yaml-duplicate-key', line: 10, column: 1 }] },
  { fixture: 'yaml-missing-colon.md', expect: [{ rule: 'yaml-syntax', line: 19, column: 1 }] },
  { fixture: 'yaml-tag-js-function.md', expect: [{ rule: 'yaml-tag', line: 20, column: 12 }] },
  { fixture: 'yaml-tag-custom.md', expect: [{ rule: 'yaml-tag', line: 20, column: 12 }] },
  { fixture: 'yaml-alias-bomb.md', expect: [{ rule: 'yaml-alias', line: 1, column: 1 }] },
  { fixture: 'yaml-alias-to-missing-anchor.md', expect: [{ rule: 'yaml-alias', line: 9, column: 12 }] },
  { fixture: 'yaml-alias-before-its-anchor.md', expect: [{ rule: 'yaml-alias', line: 9, column: 12 }] },
  { fixture: 'yaml-nested-too-deep.md', expect: [{ rule: 'yaml-depth', line: 21, column: 72 }] },
  { fixture: 'frontmatter-language-js.md', expect: [{ rule: 'frontmatter-language', line: 1, column: 4 }] },
  { fixture: 'frontmatter-language-javascript.md', expect: [{ rule: 'frontmatter-language', line: 1, column: 4 }] },
  { fixture: 'frontmatter-language-javascript-capitalised.md', expect: [{ rule: 'frontmatter-language', line: 1, column: 4 }] },
  { fixture: 'frontmatter-language-coffee.md', expect: [{ rule: 'frontmatter-language', line: 1, column: 4 }] },
  { fixture: 'frontmatter-language-toml.md', expect: [{ rule: 'frontmatter-language', line: 1, column: 4 }] },
  { fixture: 'frontmatter-language-json.md', expect: [{ rule: 'frontmatter-language', line: 1, column: 4 }] },
  { fixture: 'frontmatter-missing.md', expect: [{ rule: 'frontmatter-missing', line: 1, column: 1 }] },
  { fixture: 'frontmatter-unclosed.md', expect: [{ rule: 'frontmatter-unclosed', line: 1, column: 1 }] },
  { fixture: 'frontmatter-closing-fence-with-text.md', expect: [{ rule: 'frontmatter-fence', line: 28, column: 1 }] },
  { fixture: 'frontmatter-is-a-list.md', expect: [{ rule: 'frontmatter-not-mapping', line: 2, column: 1 }] },
  { fixture: 'frontmatter-is-a-scalar.md', expect: [{ rule: 'frontmatter-not-mapping', line: 2, column: 1 }] },
  { fixture: 'frontmatter-empty.md', expect: [{ rule: 'frontmatter-empty', line: 2, column: 1 }] },
  { fixture: 'empty-file.md', expect: [{ rule: 'file-empty', line: 1, column: 1 }] },
  { fixture: 'whitespace-only-file.md', expect: [{ rule: 'file-empty', line: 1, column: 1 }] },
  { fixture: 'body-missing.md', expect: [{ rule: 'empty-body', line: 29, column: 1 }] },
  { fixture: 'body-whitespace-only.md', expect: [{ rule: 'empty-body', line: 29, column: 1 }] },
  { fixture: 'invalid-utf8.md', expect: [{ rule: 'file-encoding', line: 15, column: 24 }] },
  { fixture: 'unknown-key-staus.md', expect: [{ rule: 'unknown-key', line: 3, column: 1, field: 'staus' }] },
  { fixture: 'unknown-key-nested-naaam.md', expect: [{ rule: 'unknown-key', line: 12, column: 3, field: 'indiener.naaam' }] },
  { fixture: 'unknown-key-no-suggestion.md', expect: [{ rule: 'unknown-key', line: 21, column: 1, field: 'favoriete_kleur' }] },
  { fixture: 'unknown-key-comma-in-flow-text.md', expect: [{ rule: 'unknown-key', line: 24, column: 94, field: 'correspondentie.0' }] },
  { fixture: 'enum-status-misspelt.md', expect: [{ rule: 'invalid-value', line: 3, column: 9, field: 'status' }] },
  { fixture: 'enum-wijze-misspelt.md', expect: [{ rule: 'invalid-value', line: 8, column: 10, field: 'ontvangen.wijze' }] },
  { fixture: 'enum-rol-personal-text.md', expect: [{ rule: 'invalid-value', line: 18, column: 8, field: 'indiener.rol' }] },
  { fixture: 'enum-richting-unknown.md', expect: [{ rule: 'invalid-value', line: 24, column: 36, field: 'correspondentie.0.richting' }] },
  { fixture: 'type-complex-is-text.md', expect: [{ rule: 'invalid-type', line: 4, column: 10, field: 'complex' }] },
  { fixture: 'type-ontvangen-is-a-date.md', expect: [{ rule: 'invalid-type', line: 5, column: 12, field: 'ontvangen' }] },
  { fixture: 'type-acties-not-a-list.md', expect: [{ rule: 'invalid-type', line: 21, column: 9, field: 'acties' }] },
  { fixture: 'type-naam-is-a-number.md', expect: [{ rule: 'invalid-type', line: 12, column: 9, field: 'indiener.naam' }] },
  { fixture: 'date-impossible-february-30.md', expect: [{ rule: 'invalid-date', line: 10, column: 16, field: 'geregistreerd' }] },
  { fixture: 'date-written-dutch-style.md', expect: [{ rule: 'invalid-date', line: 9, column: 12, field: 'ingediend' }] },
  { fixture: 'date-order-ingediend-before-ontvangen.md', expect: [{ rule: 'date-order', line: 9, column: 12, field: 'ingediend' }] },
  { fixture: 'date-order-geregistreerd-before-ingediend.md', expect: [{ rule: 'date-order', line: 10, column: 16, field: 'geregistreerd' }] },
  { fixture: 'date-order-action-before-receipt.md', expect: [{ rule: 'date-order', line: 22, column: 14, field: 'acties.0.datum' }] },
  { fixture: 'date-in-the-future.md', expect: [{ rule: 'date-future', line: 22, column: 14, severity: 'warning', field: 'acties.0.datum' }] },
  { fixture: 'id-does-not-match-file-name.md', place: 'complaints/2026/KL-2026-002.md', expect: [{ rule: 'id-mismatch', line: 2, column: 5, field: 'id' }] },
  { fixture: 'id-does-not-match-folder.md', place: 'complaints/2025/KL-2026-001.md', expect: [{ rule: 'id-mismatch', line: 2, column: 5, field: 'id' }] },
  { fixture: 'id-year-differs-from-ingediend.md', expect: [{ rule: 'id-year', line: 2, column: 5, field: 'id' }] },
  { fixture: 'id-badly-formed.md', expect: [{ rule: 'invalid-id', line: 2, column: 5, field: 'id' }] },
  { fixture: 'file-outside-year-folder.md', place: 'complaints/KL-2026-001.md', expect: [{ rule: 'file-location', line: 1, column: 1, field: null }] },
  { fixture: 'required-indiener-naam-missing.md', expect: [{ rule: 'required', line: 11, column: 1, field: 'indiener.naam' }] },
  { fixture: 'required-ontvangen-door-missing.md', expect: [{ rule: 'required', line: 5, column: 1, field: 'ontvangen.door' }] },
  { fixture: 'required-id-missing.md', expect: [{ rule: 'required', line: 1, column: 1, field: 'id' }] },
  { fixture: 'status-in-behandeling-without-address.md', expect: [{ rule: 'status-requirement', line: 11, column: 1, field: 'indiener.adres' }] },
  { fixture: 'status-in-behandeling-without-complex.md', expect: [{ rule: 'status-requirement', line: 1, column: 1, field: 'complex' }] },
  { fixture: 'status-in-behandeling-without-directie-signature.md', expect: [{ rule: 'status-requirement', line: 25, column: 1, field: 'ondertekening.directie' }] },
  { fixture: 'status-in-behandeling-without-complainant-signature.md', expect: [{ rule: 'unsigned-complainant', line: 25, column: 1, severity: 'warning', field: 'ondertekening.indiener' }] },
  { fixture: 'status-afgehandeld-without-afhandeling.md', expect: [{ rule: 'status-requirement', line: 1, column: 1, field: 'afhandeling' }] },
  { fixture: 'status-afgehandeld-without-behandelaar.md', expect: [{ rule: 'status-requirement', line: 1, column: 1, field: 'behandelaar' }] },
  { fixture: 'status-afgehandeld-without-reply.md', expect: [{ rule: 'reply-missing', line: 24, column: 1, field: 'correspondentie' }] },
  { fixture: 'status-afgehandeld-afhandeling-before-ingediend.md', expect: [{ rule: 'date-order', line: 28, column: 10, field: 'afhandeling.datum' }] },
  { fixture: 'extension-new-term-not-later.md', expect: [{ rule: 'extension-term', line: 26, column: 68, field: 'verlengingen.0.nieuwe_termijn' }] },
  { fixture: 'extension-reason-empty.md', expect: [{ rule: 'empty-value', line: 26, column: 34, field: 'verlengingen.0.reden' }] },
  { fixture: 'email-invalid.md', expect: [{ rule: 'invalid-email', line: 16, column: 10, field: 'indiener.email' }] },
  { fixture: 'empty-value-naam.md', expect: [{ rule: 'empty-value', line: 12, column: 3, field: 'indiener.naam' }] },
  { fixture: 'category-not-in-config.md', expect: [{ rule: 'invalid-value', line: 20, column: 12, field: 'categorie' }] },
  { fixture: 'category-misspelt.md', expect: [{ rule: 'invalid-value', line: 20, column: 12, field: 'categorie' }] },
];

function findingsFor(place: string, bytes: Uint8Array, extra: Record<string, string | Uint8Array> = {}) {
  const root = makeRegister({ 'klachtenregister.yml': CONFIG, [place]: bytes, ...extra });
  return loadRegister(root, TODAY).findings;
}

describe('the bad-input corpus', () => {
  it('covers every fixture file in test/fixtures/invalid', () => {
    // duplicate-id-second-file.md needs a register of three files and has its own test below.
    expect(readdirSync(join(FIXTURES, 'invalid')).sort()).toEqual([...ROWS.map((r) => r.fixture), 'duplicate-id-second-file.md'].sort());
  });

  it.each(ROWS)('$fixture', ({ fixture, place, expect: expected }) => {
    const location = place ?? DEFAULT_PLACE;
    const findings = findingsFor(location, readFileSync(join(FIXTURES, 'invalid', fixture)));
    for (const e of expected) {
      expect(findings).toContainEqual(expect.objectContaining({
        file: location, rule: e.rule, line: e.line, column: e.column, severity: e.severity ?? 'error',
        ...(e.field !== undefined ? { field: e.field } : {}),
      }));
    }
    // Nothing else of severity error: each broken file says precisely what is wrong with it.
    const expectedErrors = expected.filter((e) => (e.severity ?? 'error') === 'error').map((e) => e.rule).sort();
    expect(findings.filter((f) => f.severity === 'error').map((f) => f.rule).sort()).toEqual(expectedErrors);
    for (const f of findings) {
      expect(f.message).toMatch(/\S/);
      expect(canaryLeaks(f.message), `${fixture}: ${f.message}`).toEqual([]);
      expect(canaryLeaks(f.field ?? ''), `${fixture}: ${f.field}`).toEqual([]);
    }
  });

  it('never runs code from front matter or YAML tags', () => {
    for (const marker of ['/tmp/klacht-pwned-js', '/tmp/klacht-pwned-javascript', '/tmp/klacht-pwned-JavaScript', '/tmp/klacht-pwned-tag']) rmSync(marker, { force: true });
    for (const fixture of ['frontmatter-language-js.md', 'frontmatter-language-javascript.md', 'frontmatter-language-javascript-capitalised.md', 'yaml-tag-js-function.md']) {
      findingsFor(DEFAULT_PLACE, readFileSync(join(FIXTURES, 'invalid', fixture)));
    }
    for (const marker of ['/tmp/klacht-pwned-js', '/tmp/klacht-pwned-javascript', '/tmp/klacht-pwned-JavaScript', '/tmp/klacht-pwned-tag']) {
      expect(existsSync(marker), marker).toBe(false);
    }
  });

  it('names the first file on every later file with the same id', () => {
    const valid = readFileSync(join(FIXTURES, 'valid', 'in-behandeling.md'));
    const findings = findingsFor(DEFAULT_PLACE, valid, {
      'complaints/2026/KL-2026-002.md': readFileSync(join(FIXTURES, 'invalid', 'duplicate-id-second-file.md')),
      'complaints/2026/KL-2026-003.md': valid,
    }).filter((f) => f.rule === 'duplicate-id');
    expect(findings.map((f) => [f.file, f.line, f.column])).toEqual([
      ['complaints/2026/KL-2026-002.md', 2, 5],
      ['complaints/2026/KL-2026-003.md', 2, 5],
    ]);
    for (const f of findings) expect(f.message).toContain('complaints/2026/KL-2026-001.md');
  });

  it('refuses a binary file', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    expect(findingsFor(DEFAULT_PLACE, png)).toEqual([expect.objectContaining({ rule: 'file-binary', line: 3, column: 1 })]);
  });

  it('refuses a 10 MB file unread', () => {
    const valid = readFileSync(join(FIXTURES, 'valid', 'in-behandeling.md'), 'utf8');
    const huge = Buffer.from(valid + 'x'.repeat(10 * 1024 * 1024));
    expect(findingsFor(DEFAULT_PLACE, huge)).toEqual([expect.objectContaining({ rule: 'file-too-large', line: 1, column: 1 })]);
  });

  it('does not follow a symlink, to outside the register or not', () => {
    const outside = join(tempDir(), 'secret.md');
    writeFileSync(outside, readFileSync(join(FIXTURES, 'valid', 'in-behandeling.md')));
    const root = makeRegister({ 'klachtenregister.yml': CONFIG });
    mkdirSync(join(root, 'complaints/2026'), { recursive: true });
    symlinkSync(outside, join(root, DEFAULT_PLACE));
    expect(loadRegister(root, TODAY).findings).toEqual([expect.objectContaining({ rule: 'symlink', file: DEFAULT_PLACE, line: 1, column: 1 })]);
  });
});

describe('valid files', () => {
  it.each(['in-behandeling.md', 'afgehandeld.md', 'ontvangen.md', 'bom-crlf.md'])('%s passes without findings', (fixture) => {
    expect(findingsFor(DEFAULT_PLACE, readFileSync(join(FIXTURES, 'valid', fixture)))).toEqual([]);
  });
});
