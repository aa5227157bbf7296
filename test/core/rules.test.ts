/**
 * The rules beyond the schema as pure functions: a closed complaint that is valid, changed in one
 * place per row, gives exactly the findings of that row (rule, field, severity). Milliseconds each;
 * test/register/bad-input.test.ts proves the same through real files with line and column.
 */
import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../src/core/time/calendar-date.js';
import { DEFAULT_CONFIG, type RegisterConfig } from '../../src/core/complaint/config.js';
import { duplicateIdIssues } from '../../src/core/complaint/rules.js';
import { validateComplaint, validationContext } from '../../src/core/complaint/validate.js';

const FILE = 'complaints/2026/KL-2026-001.md';
const TODAY = '2026-11-24' as CalendarDate;

/** A valid closed complaint as frontmatter data (dates as text, as YAML's core schema reads them). */
function closed(): Record<string, unknown> {
  return {
    id: 'KL-2026-001', status: 'afgehandeld', complex: false,
    ontvangen: { datum: '2026-03-02', door: 'Anna Verzonnen', wijze: 'mondeling' },
    ingediend: '2026-03-02', geregistreerd: '2026-03-03',
    indiener: { naam: 'Iemand', adres: 'Straat 1', postcode: '1234 AB', woonplaats: 'Plaats', rol: 'coachee' },
    klachtverantwoordelijke: 'Fenna Fictief', behandelaar: 'Fenna Fictief', categorie: 'communicatie',
    correspondentie: [
      { datum: '2026-03-03', richting: 'uit', soort: 'ontvangstbevestiging' },
      { datum: '2026-03-06', richting: 'uit', soort: 'reactie' },
    ],
    afhandeling: {
      datum: '2026-03-20', oorzaak: 'x', oplossing: 'x', standpunt_indiener: 'x', standpunt_directie: 'x', overeenstemming: true,
    },
    ondertekening: { indiener: { datum: '2026-03-03', wijze: 'handtekening' }, directie: { datum: '2026-03-03', naam: 'Fenna Fictief' } },
  };
}

type Change = (data: Record<string, unknown>) => void;
const set = (path: string, value: unknown): Change => (data) => {
  const keys = path.split('.');
  let at = data as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) at = at[key] as Record<string, unknown>;
  const last = keys[keys.length - 1] as string;
  if (value === undefined) Reflect.deleteProperty(at, last);
  else at[last] = value;
};
const extensions = (...list: Record<string, string>[]): Change => (data) => { data.verlengingen = list; };

function findings(changes: readonly Change[], options: { file?: string; body?: string; config?: RegisterConfig } = {}): string[] {
  const data = closed();
  for (const change of changes) change(data);
  const context = validationContext(options.config ?? DEFAULT_CONFIG, TODAY);
  const { issues } = validateComplaint(options.file ?? FILE, data, options.body ?? 'Omschrijving.', context);
  return issues.map((i) => `${i.severity} ${i.rule} ${i.path.join('.')}`).sort();
}

describe('the rules beyond the schema', () => {
  it('a valid closed complaint has no finding', () => {
    expect(findings([])).toEqual([]);
  });

  it.each<[string, Change[], string[]]>([
    ['submitted before received', [set('ingediend', '2026-03-01')], ['error date-order ingediend']],
    ['registered before submitted', [set('geregistreerd', '2026-03-01'), set('ontvangen.datum', '2026-03-01'), set('ingediend', '2026-03-02')], ['error date-order geregistreerd']],
    ['closed before submitted', [set('afhandeling.datum', '2026-03-01')], ['error date-order afhandeling.datum']],
    ['a letter dated before the complaint came in', [set('correspondentie', [{ datum: '2026-03-01', richting: 'uit', soort: 'reactie' }])], ['error date-order correspondentie.0.datum']],
    ['a date after today is only a warning', [set('afhandeling.datum', '2026-12-01')], ['warning date-future afhandeling.datum']],
    ['closed without an outgoing reply', [set('correspondentie', [{ datum: '2026-03-03', richting: 'in', soort: 'reactie' }])], ['error reply-missing correspondentie']],
    ['no signature of the complainant is a warning', [set('ondertekening.indiener', undefined)], ['warning unsigned-complainant ondertekening.indiener']],
    ['the id year differs from the submission year', [set('ingediend', '2027-01-04'), set('ontvangen.datum', '2027-01-04'), set('geregistreerd', '2027-01-05'),
      set('afhandeling.datum', '2027-01-20'), set('correspondentie', [{ datum: '2027-01-06', richting: 'uit', soort: 'reactie' }]),
      set('ondertekening', { indiener: { datum: '2027-01-05', wijze: 'x' }, directie: { datum: '2027-01-05', naam: 'x' } })],
    ['error id-year id', 'warning date-future afhandeling.datum', 'warning date-future correspondentie.0.datum', 'warning date-future geregistreerd',
      'warning date-future ingediend', 'warning date-future ondertekening.directie.datum', 'warning date-future ondertekening.indiener.datum', 'warning date-future ontvangen.datum']],
    ['a new term not later than the term it extends', [extensions({ gemeld: '2026-03-04', reden: 'x', nieuwe_termijn: '2026-03-05' })], ['error extension-term verlengingen.0.nieuwe_termijn']],
    ['an extension notified on the due date does not count', [extensions({ gemeld: '2026-03-09', reden: 'x', nieuwe_termijn: '2026-03-20' })], ['warning extension-late verlengingen.0.gemeld']],
    ['an extension notified a day before is short notice', [extensions({ gemeld: '2026-03-06', reden: 'x', nieuwe_termijn: '2026-03-20' })], ['warning extension-short-notice verlengingen.0.gemeld']],
  ])('%s', (_name, changes, expected) => {
    expect(findings(changes)).toEqual(expected);
  });

  it.each<[string, Change[], RegisterConfig, string[]]>([
    ['a category outside the configured list', [set('categorie', 'iets anders')], { ...DEFAULT_CONFIG, categories: ['communicatie', 'planning'] }, ['error invalid-value categorie']],
    // wkkgz: 6 weeks from 2 March is 13 April; 20 May is 37 days more, past the 4 weeks allowed.
    ['wkkgz allows an extension of at most four weeks', [extensions({ gemeld: '2026-03-02', reden: 'x', nieuwe_termijn: '2026-05-20' })],
      { ...DEFAULT_CONFIG, procedure: 'wkkgz' }, ['warning extension-limit verlengingen.0.nieuwe_termijn']],
    ['wkkgz allows one extension only', [extensions(
      { gemeld: '2026-03-02', reden: 'x', nieuwe_termijn: '2026-04-20' }, { gemeld: '2026-03-03', reden: 'x', nieuwe_termijn: '2026-04-27' },
    )], { ...DEFAULT_CONFIG, procedure: 'wkkgz' }, ['warning extension-limit verlengingen.1']],
    ['liberi allows any number', [extensions(
      { gemeld: '2026-03-02', reden: 'x', nieuwe_termijn: '2026-04-20' }, { gemeld: '2026-03-03', reden: 'x', nieuwe_termijn: '2026-04-27' },
    )], DEFAULT_CONFIG, []],
  ])('%s', (_name, changes, config, expected) => {
    expect(findings(changes, { config })).toEqual(expected);
  });

  it.each<[string, string, string, string[]]>([
    ['the file name differs from the id', 'complaints/2026/KL-2026-002.md', 'Omschrijving.', ['error id-mismatch id']],
    ['the folder differs from the id year', 'complaints/2025/KL-2026-001.md', 'Omschrijving.', ['error id-mismatch id']],
    ['an empty description', FILE, '  \n', ['error empty-body ']],
  ])('%s', (_name, file, body, expected) => {
    expect(findings([], { file, body })).toEqual(expected);
  });
});

describe('duplicate ids', () => {
  it('every file after the first (in path order) gets the finding, naming the first', () => {
    const issues = duplicateIdIssues([
      { file: 'complaints/2026/KL-2026-001.md', id: 'KL-2026-001' },
      { file: 'complaints/2026/KL-2026-002.md', id: 'KL-2026-001' },
      { file: 'complaints/2026/KL-2026-003.md', id: 'KL-2026-003' },
    ]);
    expect([...issues.keys()]).toEqual(['complaints/2026/KL-2026-002.md']);
    expect(issues.get('complaints/2026/KL-2026-002.md')?.message).toBe('Klachtnummer KL-2026-001 bestaat al in complaints/2026/KL-2026-001.md. Geef deze klacht een eigen nummer.');
  });
});
