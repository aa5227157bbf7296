/**
 * The deadline engine, table-driven: every kind and preset, month ends, leap years, holidays that
 * move with Easter, Koningsdag on a Sunday, Christmas into the new year, vrije_dagen, extensions
 * in every order, and the states around their boundaries.
 */
import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../src/core/time/calendar-date.js';
import { toComplaint } from '../../src/core/complaint/complaint.js';
import type { ProcedureName } from '../../src/core/complaint/config.js';
import { stateOf, type Deadline, type DeadlineContext, type DeadlineKind } from '../../src/core/time/deadline.js';
import { annualAnalysisDeadline, complaintDeadlines, nextDueById, registerDeadlines } from '../../src/core/time/deadlines.js';
import { WorkingCalendar } from '../../src/core/time/dutch-calendar.js';
import { PRESETS, resolveProcedure } from '../../src/core/time/procedure.js';

const d = (text: string): CalendarDate => text as CalendarDate;

function context(options: { procedure?: ProcedureName; today?: string; vrijeDagen?: string[]; termijnen?: Record<string, unknown> } = {}): DeadlineContext {
  return {
    procedure: resolveProcedure(options.procedure ?? 'liberi', options.termijnen ?? {}).procedure,
    calendar: new WorkingCalendar((options.vrijeDagen ?? []).map(d)),
    today: d(options.today ?? '2030-01-01'),
    warningDays: 7,
    retentionMonths: 24,
  };
}

/** A complaint from frontmatter data (Dutch keys), received and submitted on the same day unless told. */
function complaint(data: Record<string, unknown>) {
  return toComplaint('complaints/2026/KL-2026-001.md', { id: 'KL-2026-001', status: 'in behandeling', ...data }, 'Omschrijving.');
}

function deadline(list: Deadline[], kind: DeadlineKind, extension?: number): Deadline {
  const found = list.find((x) => x.kind === kind && (extension === undefined || x.extension === extension));
  if (!found) throw new Error(`geen ${kind} in ${JSON.stringify(list.map((x) => x.kind))}`);
  return found;
}

describe('registration and acknowledgement (liberi: received + 2 days, moved past days off)', () => {
  it.each([
    ['a plain weekday', '2026-03-02', '2026-03-04', []],
    ['a Saturday', '2026-03-05', '2026-03-09', ['valt op zaterdag 7 maart 2026', 'verschoven naar maandag 9 maart 2026']],
    ['Koningsdag on a Saturday because the 27th is a Sunday (2025)', '2025-04-24', '2025-04-28', ['valt op Koningsdag 26 april 2025', 'daarna zondag 27 april 2025']],
    ['Koningsdag on a Monday (2026)', '2026-04-25', '2026-04-28', ['valt op Koningsdag 27 april 2026', 'dinsdag 28 april 2026']],
    ['Tweede Paasdag 2024', '2024-03-30', '2024-04-02', ['Tweede Paasdag 1 april 2024']],
    ['Tweede Paasdag 2025', '2025-04-19', '2025-04-22', ['Tweede Paasdag 21 april 2025']],
    ['Goede Vrijdag 2027, then the Easter weekend', '2027-03-24', '2027-03-30', ['valt op Goede Vrijdag 26 maart 2027', 'Tweede Paasdag 29 maart 2027']],
    ['Tweede Paasdag 2028', '2028-04-15', '2028-04-18', ['Tweede Paasdag 17 april 2028']],
    ['Hemelvaartsdag 2026', '2026-05-12', '2026-05-15', ['Hemelvaartsdag 14 mei 2026']],
    ['Tweede Pinksterdag 2026', '2026-05-23', '2026-05-26', ['Tweede Pinksterdag 25 mei 2026']],
    ['Hemelvaartsdag 2029', '2029-05-08', '2029-05-11', ['Hemelvaartsdag 10 mei 2029']],
    ['Bevrijdingsdag', '2026-05-03', '2026-05-06', ['5 mei 2026']],
    ['Christmas', '2026-12-23', '2026-12-28', ['Eerste Kerstdag 25 december 2026', 'Tweede Kerstdag 26 december 2026']],
    ['Nieuwjaarsdag on a Saturday, into the new year', '2027-12-30', '2028-01-03', ['Nieuwjaarsdag 1 januari 2028', 'maandag 3 januari 2028']],
  ])('%s: received %s, due %s', (_name, received, due, phrases) => {
    const list = complaintDeadlines(complaint({ ontvangen: { datum: received }, ingediend: received }), context());
    for (const kind of ['registration', 'acknowledgement'] as const) {
      const found = deadline(list, kind);
      expect(found.due).toBe(due);
      expect(found.explanation).toContain(`ontvangen `);
      for (const phrase of phrases) expect(found.explanation).toContain(phrase);
    }
  });

  it('moves past a vrije dag from klachtenregister.yml, naming it', () => {
    const list = complaintDeadlines(complaint({ ontvangen: { datum: '2026-05-12' }, ingediend: '2026-05-12' }), context({ vrijeDagen: ['2026-05-15'] }));
    const found = deadline(list, 'registration');
    expect(found.due).toBe('2026-05-18');
    expect(found.explanation).toContain('vrije dag 15 mei 2026 (klachtenregister.yml)');
  });

  it('is done when registered (geregistreerd) and acknowledged (first outgoing ontvangstbevestiging)', () => {
    const list = complaintDeadlines(complaint({
      ontvangen: { datum: '2026-03-02' }, ingediend: '2026-03-02', geregistreerd: '2026-03-05',
      correspondentie: [
        { datum: '2026-03-03', richting: 'in', soort: 'ontvangstbevestiging' },
        { datum: '2026-03-04', richting: 'uit', soort: 'ontvangstbevestiging' },
      ],
    }), context());
    expect(deadline(list, 'registration')).toMatchObject({ due: '2026-03-04', done: '2026-03-05', state: 'met_late' });
    expect(deadline(list, 'acknowledgement')).toMatchObject({ due: '2026-03-04', done: '2026-03-04', state: 'met' });
  });
});

describe('response', () => {
  it.each([
    ['liberi, not complex: 5 working days', 'liberi', false, '2026-03-02', '2026-03-09', ['ingediend 2 maart 2026 + 5 werkdagen = 9 maart 2026']],
    ['liberi, not complex over Easter: Goede Vrijdag and Tweede Paasdag do not count', 'liberi', false, '2026-04-01', '2026-04-10',
      ['Goede Vrijdag 3 april 2026 en Tweede Paasdag 6 april 2026 tellen niet mee']],
    ['liberi, not complex over Christmas into the new year', 'liberi', false, '2026-12-24', '2027-01-04',
      ['Eerste Kerstdag 25 december 2026', 'Nieuwjaarsdag 1 januari 2027']],
    ['liberi, complex: 1 month', 'liberi', true, '2026-03-02', '2026-04-02', ['+ 1 maand (complex) = 2 april 2026']],
    ['liberi, complex from 31 January: end of February, a Saturday', 'liberi', true, '2026-01-31', '2026-03-02',
      ['= 28 februari 2026', 'valt op zaterdag 28 februari 2026', 'maandag 2 maart 2026']],
    ['liberi, complex from 31 January in a leap year', 'liberi', true, '2024-01-31', '2024-02-29', ['= 29 februari 2024']],
    ['liberi, complex over Easter 2026', 'liberi', true, '2026-03-05', '2026-04-07', ['Eerste Paasdag 5 april 2026', 'Tweede Paasdag 6 april 2026']],
    ['awb: 6 weeks', 'awb', false, '2026-03-02', '2026-04-13', ['+ 6 weken = 13 april 2026']],
    ['awb: 6 weeks onto Koningsdag 2026', 'awb', true, '2026-03-16', '2026-04-28', ['valt op Koningsdag 27 april 2026']],
    ['wkkgz: 6 weeks', 'wkkgz', false, '2026-09-01', '2026-10-13', ['+ 6 weken = 13 oktober 2026']],
  ] as const)('%s', (_name, procedure, complex, submitted, due, phrases) => {
    const list = complaintDeadlines(complaint({ complex, ontvangen: { datum: submitted }, ingediend: submitted }), context({ procedure }));
    const found = deadline(list, 'response');
    expect(found.due).toBe(due);
    for (const phrase of phrases) expect(found.explanation).toContain(phrase);
  });

  it('counts a complaint whose complexity is not known yet as not complex, and says so', () => {
    const found = deadline(complaintDeadlines(complaint({ status: 'ontvangen', ontvangen: { datum: '2026-03-02' }, ingediend: '2026-03-02' }), context()), 'response');
    expect(found.due).toBe('2026-03-09');
    expect(found.explanation).toContain('nog niet bepaald of de klacht complex is');
  });

  it('follows termijnen: overrides from the configuration (Awb with an advisory committee: 10 weeks)', () => {
    const ctx = context({ procedure: 'awb', termijnen: { reactie_eenvoudig: { aantal: 10 }, reactie_complex: { aantal: 10 } } });
    const found = deadline(complaintDeadlines(complaint({ complex: false, ontvangen: { datum: '2026-03-02' }, ingediend: '2026-03-02' }), ctx), 'response');
    expect(found.due).toBe('2026-05-11');
  });

  it('is done by the first outgoing reactie', () => {
    const found = deadline(complaintDeadlines(complaint({
      complex: false, ontvangen: { datum: '2026-03-02' }, ingediend: '2026-03-02',
      correspondentie: [{ datum: '2026-03-10', richting: 'uit', soort: 'reactie' }, { datum: '2026-03-08', richting: 'in', soort: 'reactie' }],
    }), context()), 'response');
    expect(found).toMatchObject({ due: '2026-03-09', done: '2026-03-10', state: 'met_late' });
  });
});

describe('extensions', () => {
  const base = { complex: true, ontvangen: { datum: '2026-03-02' }, ingediend: '2026-03-02' }; // response due 2 April 2026

  it('a valid extension replaces the due date by its new term, used as written (not moved)', () => {
    const list = complaintDeadlines(complaint({ ...base, verlengingen: [{ gemeld: '2026-03-20', reden: 'x', nieuwe_termijn: '2026-04-18' }] }), context({ today: '2026-03-25' }));
    expect(deadline(list, 'response').due).toBe('2026-04-18'); // a Saturday: promised dates are not moved
    expect(deadline(list, 'response').explanation).toContain('verlenging 1 (gemeld 20 maart 2026): nieuwe termijn 18 april 2026');
    expect(deadline(list, 'extension_notice', 0)).toMatchObject({ due: '2026-04-02', done: '2026-03-20', state: 'met' });
  });

  it('an extension notified fewer than waarschuwing_dagen before still counts, with a remark', () => {
    const list = complaintDeadlines(complaint({ ...base, verlengingen: [{ gemeld: '2026-03-30', reden: 'x', nieuwe_termijn: '2026-04-15' }] }), context());
    expect(deadline(list, 'response').due).toBe('2026-04-15');
    expect(deadline(list, 'extension_notice', 0).state).toBe('met');
    expect(deadline(list, 'extension_notice', 0).explanation).toContain('niet ruim voor het verstrijken');
  });

  it.each([['on the due date', '2026-04-02'], ['after expiry', '2026-04-05']])('an extension notified %s does not count: met_late', (_name, notified) => {
    const list = complaintDeadlines(complaint({ ...base, verlengingen: [{ gemeld: notified, reden: 'x', nieuwe_termijn: '2026-04-20' }] }), context());
    expect(deadline(list, 'response').due).toBe('2026-04-02');
    expect(deadline(list, 'response').explanation).toContain('verlenging 1 telt niet');
    expect(deadline(list, 'extension_notice', 0)).toMatchObject({ due: '2026-04-02', state: 'met_late' });
  });

  it('several extensions: each extends the term in force; a late one in between extends nothing', () => {
    const list = complaintDeadlines(complaint({
      ...base,
      verlengingen: [
        { gemeld: '2026-03-20', reden: 'a', nieuwe_termijn: '2026-04-15' },
        { gemeld: '2026-04-16', reden: 'b', nieuwe_termijn: '2026-04-30' }, // after 15 April: does not count
        { gemeld: '2026-04-10', reden: 'c', nieuwe_termijn: '2026-05-06' }, // before 15 April: counts
      ],
    }), context());
    expect(deadline(list, 'response').due).toBe('2026-05-06');
    expect(deadline(list, 'extension_notice', 0)).toMatchObject({ due: '2026-04-02', state: 'met' });
    expect(deadline(list, 'extension_notice', 1)).toMatchObject({ due: '2026-04-15', state: 'met_late' });
    expect(deadline(list, 'extension_notice', 2)).toMatchObject({ due: '2026-04-15', state: 'met' });
  });

  it('wkkgz allows one extension; a second does not count', () => {
    const list = complaintDeadlines(complaint({
      ...base,
      verlengingen: [
        { gemeld: '2026-04-01', reden: 'a', nieuwe_termijn: '2026-04-20' },
        { gemeld: '2026-04-10', reden: 'b', nieuwe_termijn: '2026-04-27' },
      ],
    }), context({ procedure: 'wkkgz' }));
    // wkkgz: 6 weeks from 2 March = 13 April; the first extension makes it 20 April.
    expect(deadline(list, 'response').due).toBe('2026-04-20');
    expect(deadline(list, 'response').explanation).toContain('verlenging 2 telt niet: de procedure staat 1 verlenging toe');
  });

  it('awb allows at most 4 weeks of extension in all', () => {
    const list = complaintDeadlines(complaint({ ...base, verlengingen: [{ gemeld: '2026-04-01', reden: 'a', nieuwe_termijn: '2026-05-20' }] }), context({ procedure: 'awb' }));
    expect(deadline(list, 'response').due).toBe('2026-04-13');
    expect(deadline(list, 'response').explanation).toContain('samen langer dan 28 dagen');
  });

  it('an extension not yet notified is an open notice, due on the term it extends', () => {
    const list = complaintDeadlines(complaint({ ...base, verlengingen: [{ reden: 'x', nieuwe_termijn: '2026-04-20' }] }), context({ today: '2026-03-30' }));
    expect(deadline(list, 'extension_notice', 0)).toMatchObject({ due: '2026-04-02', state: 'due_soon', done: null });
  });
});

describe('retention and the annual analysis', () => {
  it('retention: closing date + bewaartermijn_maanden, moved past a weekend; done when anonymised', () => {
    const closed = { status: 'afgehandeld', ontvangen: { datum: '2024-06-03' }, ingediend: '2024-06-03', afhandeling: { datum: '2024-06-14' } };
    const open = deadline(complaintDeadlines(complaint(closed), context({ today: '2026-11-24' })), 'retention');
    expect(open).toMatchObject({ due: '2026-06-15', state: 'overdue' });
    expect(open.explanation).toContain('afgehandeld 14 juni 2024 + 24 maanden = 14 juni 2026; valt op zondag 14 juni 2026');
    const done = deadline(complaintDeadlines(complaint({ ...closed, geanonimiseerd: '2026-06-10' }), context({ today: '2026-11-24' })), 'retention');
    expect(done).toMatchObject({ state: 'met', done: '2026-06-10' });
  });

  it('a complaint that is not closed has no retention deadline', () => {
    expect(complaintDeadlines(complaint({ ontvangen: { datum: '2026-03-02' }, ingediend: '2026-03-02' }), context()).map((x) => x.kind)).not.toContain('retention');
  });

  it('a closed complaint whose acknowledgement was never recorded counts it done on the closing date', () => {
    const list = complaintDeadlines(complaint({ status: 'afgehandeld', ontvangen: { datum: '2026-03-02' }, ingediend: '2026-03-02', afhandeling: { datum: '2026-03-20' } }), context());
    expect(deadline(list, 'acknowledgement')).toMatchObject({ done: '2026-03-20', state: 'met_late' });
    expect(deadline(list, 'acknowledgement').explanation).toContain('niet apart vastgelegd');
  });

  it.each([
    [2023, '2024-03-31', 'a Sunday (and Easter Sunday): not moved'],
    [2025, '2026-03-31', 'a Tuesday'],
    [2027, '2028-03-31', 'a Friday in a leap year'],
  ])('the analysis of %i is due %s, %s', (year, due) => {
    expect(annualAnalysisDeadline(year, undefined, context({ today: '2020-01-01' }))).toMatchObject({ id: null, year, kind: 'annual_analysis', due, state: 'pending' });
  });

  it('the analysis is met when written in time, late after 31 March, met when its date is unknown', () => {
    expect(annualAnalysisDeadline(2025, d('2026-03-31'), context()).state).toBe('met');
    expect(annualAnalysisDeadline(2025, d('2026-04-01'), context()).state).toBe('met_late');
    expect(annualAnalysisDeadline(2025, null, context()).state).toBe('met');
  });

  it('the register has an analysis for each year with complaints, and next_due per complaint', () => {
    const a = toComplaint('complaints/2025/KL-2025-001.md', { id: 'KL-2025-001', status: 'ontvangen', ontvangen: { datum: '2025-03-02' }, ingediend: '2025-03-02' }, 'x');
    const b = toComplaint('complaints/2026/KL-2026-001.md', { id: 'KL-2026-001', status: 'ontvangen', ontvangen: { datum: '2026-11-23' }, ingediend: '2026-11-23' }, 'x');
    const all = registerDeadlines([a, b], new Map([[2025, d('2026-02-01')]]), context({ today: '2026-11-24' }));
    expect(all.filter((x) => x.kind === 'annual_analysis').map((x) => [x.year, x.state])).toEqual([[2025, 'met'], [2026, 'pending']]);
    expect(all.map((x) => x.due)).toEqual([...all.map((x) => x.due)].sort());
    expect(nextDueById(all).get('KL-2026-001')).toBe('2026-11-25');
    expect(nextDueById(all).get('KL-2025-001')).toBe('2025-03-04');
  });
});

describe('states', () => {
  it.each([
    ['2026-11-24', undefined, 'due_soon', 'due today'],
    ['2026-12-01', undefined, 'due_soon', 'due in exactly waarschuwing_dagen'],
    ['2026-12-02', undefined, 'pending', 'due in waarschuwing_dagen + 1'],
    ['2026-11-23', undefined, 'overdue', 'due yesterday'],
    ['2026-11-20', '2026-11-20', 'met', 'done on the due date'],
    ['2026-11-20', '2026-11-21', 'met_late', 'done a day late'],
    ['2026-12-20', '2026-11-21', 'met', 'done early'],
  ] as [string, string | undefined, string, string][])('due %s, done %s: %s (%s)', (due, done, state) => {
    expect(stateOf(d(due), done === undefined ? undefined : d(done), d('2026-11-24'), 7)).toBe(state);
  });

  it('every preset has every term as data', () => {
    for (const preset of Object.values(PRESETS)) {
      for (const key of ['registratie', 'ontvangstbevestiging', 'reactie_eenvoudig', 'reactie_complex'] as const) {
        expect(preset[key]).toEqual(expect.objectContaining({ start: expect.any(String), aantal: expect.any(Number), eenheid: expect.any(String), doorschuiven: expect.any(Boolean) }));
      }
    }
  });
});
