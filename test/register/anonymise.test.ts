/**
 * klacht anonimiseer's text edit (review of issue 20, point 5): made with the one editor
 * (frontmatter-edit.ts), so a block of text keeps the line after it and an alias is never
 * followed into another field; nothing over the size limit is parsed (the history purge runs
 * this on every old version); and the parse is the project's own, without `yaml`'s quadratic
 * duplicate-key check.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { calendarDate } from '../../src/core/time/calendar-date.js';
import { MAX_FILE_BYTES } from '../../src/register/decode.js';
import { anonymiseText, MARKER } from '../../src/register/anonymise.js';
import { PROJECT_ROOT, runCli } from '../helpers/cli.js';
import { authoritative } from '../helpers/frontmatter-edits.js';
import { makeRegister } from '../helpers/temp.js';

const TODAY = calendarDate(2026, 11, 24);
const CLOSED = [
  '---',
  'id: KL-2024-001',
  'status: afgehandeld',
  'indiener:',
  '  naam: Jansen',
  '  rol: opdrachtgever',
  'behandelaar: Fenna Fictief',
  'afhandeling:',
  '  standpunt_indiener: |',
  '    Jansen vindt',
  '    dit niet goed',
  '  oordeel: gegrond',
  '---',
  'Omschrijving van Jansen.',
  '',
].join('\n');

describe('anonymising a complaint file', () => {
  it('replaces a block of text and keeps the field after it', () => {
    const result = anonymiseText(CLOSED, TODAY);
    expect(result?.text).toBe(CLOSED
      .replace('  naam: Jansen', `  naam: "${MARKER}"`)
      .replace('  standpunt_indiener: |\n    Jansen vindt\n    dit niet goed\n', `  standpunt_indiener: "${MARKER}"\n`)
      .replace('  oordeel: gegrond\n', '  oordeel: gegrond\ngeanonimiseerd: 2026-11-24\n')
      .replace('Omschrijving van Jansen.', 'De omschrijving is verwijderd na afloop van de bewaartermijn (klacht anonimiseer).'));
    expect(authoritative(result?.text ?? '')).toMatchObject({ afhandeling: { standpunt_indiener: MARKER, oordeel: 'gegrond' } });
  });

  it('refuses a personal value that an alias repeats in another field, saying where, and naming no value', () => {
    const text = CLOSED.replace('  naam: Jansen', '  naam: &n Jansen').replace('behandelaar: Fenna Fictief', 'behandelaar: *n');
    const result = anonymiseText(text, TODAY);
    expect(result?.text).toBeUndefined();
    expect(result && 'refused' in result ? result.refused : '').toMatch(/^het veld indiener\.naam \(regel 5\) heeft een anker .* op regel 7 /);
    expect(JSON.stringify(result)).not.toContain('Jansen');
  });

  it('does not parse a text over the size limit', () => {
    const yaml = createRequire(import.meta.url)('yaml') as typeof import('yaml');
    const parses = vi.spyOn(yaml, 'parseDocument');
    try {
      const huge = CLOSED.replace('Omschrijving van Jansen.', 'é'.repeat(MAX_FILE_BYTES / 2));
      expect(huge.length).toBeLessThan(MAX_FILE_BYTES);
      expect(anonymiseText(huge, TODAY)).toBeUndefined();
      expect(parses).not.toHaveBeenCalled();
    } finally {
      parses.mockRestore();
    }
  });

  it('parses without yaml\'s own duplicate-key check', () => {
    const yaml = createRequire(import.meta.url)('yaml') as typeof import('yaml');
    const parses = vi.spyOn(yaml, 'parseDocument');
    try {
      anonymiseText(CLOSED.replace('Omschrijving', `Omschrijving ${Math.random()}`), TODAY);
      expect(parses).toHaveBeenCalled();
      for (const [, options] of parses.mock.calls) expect(options?.uniqueKeys).toBe(false);
    } finally {
      parses.mockRestore();
    }
  });
});

describe('klacht anonimiseer', () => {
  it('says which field it cannot anonymise and why, writes nothing, and exits 1', async () => {
    const file = 'complaints/2024/KL-2024-001.md';
    const text = readFileSync(join(PROJECT_ROOT, 'examples/register', file), 'utf8').replace('  naam: ', '  naam: &n ').replace(/^behandelaar: .*$/m, 'behandelaar: *n');
    const root = makeRegister({ [file]: text });
    const result = await runCli(['anonimiseer', 'KL-2024-001', '--register', root, '--vandaag', '2026-11-24']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^KL-2024-001: niet geanonimiseerd: het veld indiener\.naam \(regel \d+\) heeft een anker \(&\) dat op regel \d+ wordt herhaald/);
    expect(readFileSync(join(root, file), 'utf8')).toBe(text);
  });
});
