/** What people type, read as a Dutch reader means it (core/user-input.ts), and the command suggestion. */
import { describe, expect, it } from 'vitest';
import { closest } from '../../src/core/text/suggest.js';
import { matchChoice, normaliseComplaintId, parseUserDate } from '../../src/core/text/user-input.js';

describe('parseUserDate', () => {
  it.each([
    ['the stored form', '2026-12-03', '2026-12-03'],
    ['day-month-year without zeros', '3-12-2026', '2026-12-03'],
    ['day-month-year with zeros', '03-12-2026', '2026-12-03'],
    ['with slashes', '3/12/2026', '2026-12-03'],
    ['with dots', '3.12.2026', '2026-12-03'],
    ['a written month', '3 december 2026', '2026-12-03'],
    ['a written month with capitals and spaces', '  3 December  2026 ', '2026-12-03'],
    ['an abbreviated month', '3 dec 2026', '2026-12-03'],
    ['mrt for maart', '1 mrt 2026', '2026-03-01'],
    ['sept for september', '30 sept 2026', '2026-09-30'],
    ['29 February in a leap year', '29-2-2028', '2028-02-29'],
    ['the last day of the year', '31 december 2026', '2026-12-31'],
  ])('reads %s', (_case, text, expected) => {
    expect(parseUserDate(text)).toBe(expected);
  });

  it.each([
    ['29 February outside a leap year', '29-2-2026'],
    ['a day that no month has', '32-1-2026'],
    ['a month that does not exist', '3-13-2026'],
    ['a two-digit year', '3-12-26'],
    ['mixed separators', '3-12/2026'],
    ['an unknown month name', '3 decembre 2026'],
    ['a name typed into the date field', 'Anna de Vries'],
    ['an impossible stored form', '2026-02-30'],
    ['nothing', ''],
  ])('refuses %s', (_case, text) => {
    expect(parseUserDate(text)).toBeUndefined();
  });
});

describe('normaliseComplaintId', () => {
  it.each([
    ['KL-2026-7', 'KL-2026-007'],
    ['kl-2026-007', 'KL-2026-007'],
    [' KL-2026-0007 ', 'KL-2026-007'],
    ['KL-2026-1234', 'KL-2026-1234'],
    ['KL-2026-0', undefined],
    ['KL-26-7', undefined],
    ['2026-7', undefined],
    ['J. Jansen', undefined],
  ])('%s is %s', (text, expected) => {
    expect(normaliseComplaintId(text)).toBe(expected);
  });
});

describe('matchChoice', () => {
  const roles = ['opdrachtgever', 'medewerker', 'coachee', 'klant'] as const;
  it.each([
    ['the exact value', 'coachee', 'coachee'],
    ['another capital', 'Coachee', 'coachee'],
    ['all capitals, with spaces around', '  KLANT ', 'klant'],
    ['an unknown word', 'cliënt', undefined],
  ])('%s', (_case, text, expected) => {
    expect(matchChoice(text, roles)).toBe(expected);
  });

  it('keeps the spaces inside a choice and matches them regardless of capitals', () => {
    expect(matchChoice('Deels  Gegrond', ['gegrond', 'deels gegrond'])).toBe('deels gegrond');
  });

  it('guesses nothing when two choices differ only in capitals', () => {
    expect(matchChoice('anna', ['Anna', 'ANNA'])).toBeUndefined();
    expect(matchChoice('Anna', ['Anna', 'ANNA'])).toBe('Anna');
  });
});

describe('closest', () => {
  const commands = ['valideer', 'register', 'registreer', 'termijnen'];
  it('prefers a step command between two equally close ones', () => {
    expect(closest('registeer', commands, ['registreer'])).toBe('registreer');
    expect(closest('registeer', commands)).toBe('register');
  });
  it('still takes the closer one when it is not preferred', () => {
    expect(closest('regiter', commands, ['registreer'])).toBe('register');
  });
});
