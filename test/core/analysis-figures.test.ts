/**
 * The figures of the yearly analysis, table-driven on a handful of hand-made complaints and
 * deadlines: every number is worked out by hand in the comments, so that a change in how the
 * analysis counts shows up here, without a register, git or Chromium.
 */
import { describe, expect, it } from 'vitest';
import { analysisFigures, type AnalysisFigures, type AnalysisInput } from '../../src/core/analysis/figures.js';
import { countBy, percentile, percentOf } from '../../src/core/analysis/statistics.js';
import type { CalendarDate } from '../../src/core/time/calendar-date.js';
import { toComplaint, type Complaint } from '../../src/core/complaint/complaint.js';
import { DEFAULT_CONFIG, type RegisterConfig } from '../../src/core/complaint/config.js';
import type { Deadline, DeadlineKind, DeadlineState } from '../../src/core/time/deadline.js';
import { registerDeadlines } from '../../src/core/time/deadlines.js';
import { WorkingCalendar } from '../../src/core/time/dutch-calendar.js';
import type { HistoryFacts } from '../../src/core/analysis/history-checks.js';
import { resolveProcedure } from '../../src/core/time/procedure.js';
import type { SignatureEvidence } from '../../src/core/signing/evidence.js';

const d = (text: string): CalendarDate => text as CalendarDate;

function complaint(id: string, data: Record<string, unknown>): Complaint {
  return toComplaint(`complaints/${id.slice(3, 7)}/${id}.md`, { id, status: 'afgehandeld', ...data }, 'Omschrijving: Kanariegeheim.');
}

const closure = (datum: string, rest: Record<string, unknown> = {}): Record<string, unknown> => ({ afhandeling: { datum, ...rest } });

/** Five complaints of 2026, two of 2025, two of 2024, and one without an id (it counts nowhere). */
const COMPLAINTS: Complaint[] = [
  // Listed out of order: the figures sort by id.
  complaint('KL-2026-005', {
    ingediend: '2026-12-01', complex: true, categorie: 'planning', ontvangen: { wijze: 'e-mail' }, indiener: { rol: 'coachee' },
    verlengingen: [{}],
    // Closed on 31 December itself: closed at year end. 30 days.
    ...closure('2026-12-31', { overeenstemming: true, oordeel: 'deels gegrond', oorzaak: 'Zaal dubbel geboekt' }),
  }),
  complaint('KL-2026-001', {
    ingediend: '2026-01-10', complex: false, categorie: 'facturatie', ontvangen: { wijze: 'e-mail' }, indiener: { naam: 'Jan Jansen', rol: 'coachee' },
    // 20 days. The cause names the complainant: taken out.
    ...closure('2026-01-30', {
      overeenstemming: true, oordeel: 'gegrond', oorzaak: 'Factuur aan Jan Jansen dubbel verstuurd',
      maatregelen: [{ omschrijving: 'Gedeelde agenda', structureel: true, status: 'gepland' }],
    }),
  }),
  complaint('KL-2026-002', {
    ingediend: '2026-03-05', complex: true, categorie: 'planning', ontvangen: { wijze: 'mondeling' }, indiener: { rol: 'klant' },
    verlengingen: [{ gemeld: '2026-03-20', reden: 'Wachten op de coach', nieuwe_termijn: '2026-04-30' }, { gemeld: '2026-04-28', reden: 'Nog een gesprek', nieuwe_termijn: '2026-05-15' }],
    // 40 days; no judgement recorded.
    ...closure('2026-04-14', { overeenstemming: false, oorzaak: 'Te laat gereageerd', maatregelen: [{ omschrijving: 'Binnen een dag terugbellen', structureel: false }] }),
  }),
  complaint('KL-2026-003', {
    ingediend: '2026-06-01', categorie: 'communicatie', ontvangen: { wijze: 'telefonisch' },
    // Closed in the next year: open on 31 December. 223 days.
    ...closure('2027-01-10', { oordeel: 'ongegrond', oorzaak: 'Mail niet beantwoord' }),
  }),
  complaint('KL-2026-004', { status: 'in behandeling', ingediend: '2026-11-20', complex: false, ontvangen: { wijze: 'brief' }, indiener: { rol: 'opdrachtgever' } }),
  complaint('KL-2025-002', { ingediend: '2025-05-01' }),
  complaint('KL-2025-001', {
    ingediend: '2025-02-01',
    ...closure('2025-03-01', { maatregelen: [
      { omschrijving: 'Verzette sessies markeren', structureel: true, status: 'uitgevoerd' },
      { omschrijving: 'Eenmalig excuus', structureel: false, status: 'uitgevoerd' },
    ] }),
  }),
  complaint('KL-2024-001', {}),
  complaint('KL-2024-002', {}),
  toComplaint('complaints/2026/zonder-nummer.md', { status: 'ontvangen', ingediend: '2026-05-05' }, ''),
];

function deadline(id: string | null, kind: DeadlineKind, state: DeadlineState): Deadline {
  return { id, kind, state, due: d('2026-06-01'), done: null, explanation: '', responsible: null, file: null };
}

const DEADLINES: Deadline[] = [
  deadline('KL-2026-001', 'registration', 'met'), deadline('KL-2026-002', 'registration', 'met_late'),
  deadline('KL-2026-003', 'registration', 'met'), deadline('KL-2026-004', 'registration', 'overdue'),
  deadline('KL-2026-001', 'acknowledgement', 'met'), deadline('KL-2026-002', 'acknowledgement', 'met'),
  deadline('KL-2026-003', 'acknowledgement', 'pending'), deadline('KL-2026-004', 'acknowledgement', 'due_soon'),
  // Not complex: 001, 004, and 003 (complexity not decided).
  deadline('KL-2026-001', 'response', 'met'), deadline('KL-2026-003', 'response', 'met'), deadline('KL-2026-004', 'response', 'overdue'),
  // Complex: 002 and 005.
  deadline('KL-2026-002', 'response', 'met_late'), deadline('KL-2026-005', 'response', 'met'),
  deadline('KL-2026-002', 'extension_notice', 'met'), deadline('KL-2026-005', 'extension_notice', 'met_late'),
  // Another year's, and the register's own: not counted.
  deadline('KL-2025-001', 'registration', 'met_late'), deadline('KL-2025-001', 'extension_notice', 'met'), deadline(null, 'annual_analysis', 'overdue'),
];

function input(overrides: Partial<AnalysisInput> = {}): AnalysisInput {
  return {
    year: 2026, complaints: COMPLAINTS, deadlines: DEADLINES, history: undefined, config: DEFAULT_CONFIG,
    generatedOn: d('2027-02-01'), commit: null, withErrors: ['KL-2026-004'], ...overrides,
  };
}

const figures = analysisFigures(input());

describe('the figures of a year', () => {
  it.each<[string, (f: AnalysisFigures) => unknown, unknown]>([
    ['the complaints of the year, by id; one without an id counts nowhere', (f) => f.complaints, ['KL-2026-001', 'KL-2026-002', 'KL-2026-003', 'KL-2026-004', 'KL-2026-005']],
    ['the three years before', (f) => f.earlierYears, [{ year: 2023, count: 0 }, { year: 2024, count: 2 }, { year: 2025, count: 2 }]],
    ['closed by 31 December, by afhandeling.datum (the 31st itself counts)', (f) => f.closedAtYearEnd, ['KL-2026-001', 'KL-2026-002', 'KL-2026-005']],
    ['open at 31 December: closed only in January, and not closed', (f) => f.openAtYearEnd, ['KL-2026-003', 'KL-2026-004']],
    ['per month of submission', (f) => f.byMonth, [1, 0, 1, 0, 0, 1, 0, 0, 0, 0, 1, 1]],
    ['per role, every role of the schema', (f) => f.byRole.map((t) => [t.label, t.count]), [['opdrachtgever', 1], ['medewerker', 0], ['coachee', 2], ['klant', 1]]],
    ['without a role', (f) => f.withoutRole, 1],
    ['per category: most first, then by name', (f) => f.byCategory.map((t) => [t.label, t.count]), [['planning', 2], ['communicatie', 1], ['facturatie', 1], ['zonder categorie', 1]]],
    ['per channel', (f) => f.byChannel.map((t) => [t.label, t.count]), [['mondeling', 1], ['telefonisch', 1], ['e-mail', 2], ['brief', 1], ['anders', 0]]],
    ['complexity', (f) => f.complexity, { complex: 2, notComplex: 2, undetermined: 1 }],
    ['registration: 2 of 4 in time (50%), one late, one overdue', (f) => f.timeliness.registration, { total: 4, met: 2, metPercent: 50, late: 1, open: 1, overdue: ['KL-2026-004'] }],
    ['acknowledgement: running and due soon are open, not overdue', (f) => f.timeliness.acknowledgement, { total: 4, met: 2, metPercent: 50, late: 0, open: 2, overdue: [] }],
    ['response, not complex (undecided counts here): 2 of 3 is 67%', (f) => f.timeliness.responseNotComplex, { total: 3, met: 2, metPercent: 67, late: 0, open: 1, overdue: ['KL-2026-004'] }],
    ['response, complex', (f) => f.timeliness.responseComplex, { total: 2, met: 1, metPercent: 50, late: 1, open: 0, overdue: [] }],
    ['extensions, and their notices of this year only', (f) => f.extensions, {
      list: [
        { id: 'KL-2026-002', notified: '2026-03-20', reason: 'Wachten op de coach', newDue: '2026-04-30' },
        { id: 'KL-2026-002', notified: '2026-04-28', reason: 'Nog een gesprek', newDue: '2026-05-15' },
        { id: 'KL-2026-005', notified: null, reason: null, newDue: null },
      ],
      complaints: 2, noticesOnTime: 1, noticesLate: 1,
    }],
    // 20, 30, 40, 223 days. Nearest rank: median the 2nd, 90th percentile the 4th.
    ['lead times: median, 90th percentile and longest', (f) => f.leadTimes, { count: 4, median: 30, p90: 223, longest: { id: 'KL-2026-003', days: 223 } }],
    ['outcomes: closure recorded, whatever its date', (f) => f.outcomes, {
      closed: 4, agreement: 2, noAgreement: 1,
      judgements: [{ label: 'gegrond', count: 1 }, { label: 'deels gegrond', count: 1 }, { label: 'ongegrond', count: 1 }, { label: 'ingetrokken', count: 0 }],
      noJudgement: 1,
    }],
    // In order of id: facturatie, planning, communicatie.
    ['causes per category (most first, then by name), without the complainant\'s name', (f) => f.causes, [
      { category: 'planning', entries: [{ id: 'KL-2026-002', cause: 'Te laat gereageerd' }, { id: 'KL-2026-005', cause: 'Zaal dubbel geboekt' }] },
      { category: 'communicatie', entries: [{ id: 'KL-2026-003', cause: 'Mail niet beantwoord' }] },
      { category: 'facturatie', entries: [{ id: 'KL-2026-001', cause: 'Factuur aan […] dubbel verstuurd' }] },
    ]],
    ['the measures of the year', (f) => f.measures, [
      { id: 'KL-2026-001', description: 'Gedeelde agenda', structural: true, status: 'gepland' },
      { id: 'KL-2026-002', description: 'Binnen een dag terugbellen', structural: false, status: null },
    ]],
    ['last year\'s structural measures only', (f) => f.lastYearStructural, [{ id: 'KL-2025-001', description: 'Verzette sessies markeren', structural: true, status: 'uitgevoerd' }]],
    ['files with errors, as given', (f) => f.withErrors, ['KL-2026-004']],
    ['no history without git', (f) => f.history, null],
  ])('%s', (_name, select, expected) => {
    expect(select(figures)).toEqual(expected);
  });

  it('has no personal data of any complainant in it', () => {
    const text = JSON.stringify(figures);
    for (const value of ['Jan Jansen', 'Jansen', 'Kanariegeheim']) expect(text).not.toContain(value);
  });
});

describe('a year without complaints', () => {
  it.each<[string, (f: AnalysisFigures) => unknown, unknown]>([
    ['no complaints', (f) => f.complaints, []],
    ['no lead times', (f) => f.leadTimes, null],
    ['no percentage of nothing', (f) => f.timeliness.registration, { total: 0, met: 0, metPercent: null, late: 0, open: 0, overdue: [] }],
    ['the year before, counted all the same', (f) => f.earlierYears.at(-1), { year: 2026, count: 5 }],
    ['the structural measures of the year before', (f) => f.lastYearStructural.map((m) => m.id), ['KL-2026-001']],
  ])('%s', (_name, select, expected) => {
    expect(select(analysisFigures(input({ year: 2027 })))).toEqual(expected);
  });
});

describe('timeliness from the deadline engine', () => {
  it('counts a registration recorded in time and an acknowledgement never sent', () => {
    // Liberi: registration and acknowledgement within 2 days of receipt.
    const complaints = [complaint('KL-2026-001', { status: 'in behandeling', ontvangen: { datum: '2026-03-02' }, ingediend: '2026-03-02', geregistreerd: '2026-03-03' })];
    const context = { procedure: resolveProcedure('liberi', {}).procedure, calendar: new WorkingCalendar([]), today: d('2026-06-01'), warningDays: 7, retentionMonths: 24 };
    const f = analysisFigures(input({ complaints, deadlines: registerDeadlines(complaints, new Map(), context) }));
    expect(f.timeliness.registration).toEqual({ total: 1, met: 1, metPercent: 100, late: 0, open: 0, overdue: [] });
    expect(f.timeliness.acknowledgement).toEqual({ total: 1, met: 0, metPercent: 0, late: 0, open: 1, overdue: ['KL-2026-001'] });
  });
});

describe('the history figures', () => {
  const facts = (id: string, more: Partial<HistoryFacts> = {}): HistoryFacts => ({
    id, firstCommit: 'c0', firstRecorded: d('2026-01-01'), revisions: 3, initialStatus: 'ontvangen', formerPaths: [], statusChanges: [],
    backdated: [], reopened: [], closedUnsigned: false, ...more,
  });
  const history = new Map<string, HistoryFacts>([
    ['KL-2026-001', facts('KL-2026-001', { formerPaths: ['complaints/2025/KL-2026-001.md'] })],
    ['KL-2026-002', facts('KL-2026-002', { revisions: 4, closedUnsigned: true, backdated: [{ field: 'geregistreerd', claimed: d('2026-03-06'), recorded: d('2026-03-20') }] })],
    ['KL-2026-003', facts('KL-2026-003', { reopened: [{ commit: 'c2', date: d('2026-07-01'), from: 'afgehandeld', to: 'in behandeling' }] })],
    // 004 and 005 have no history (not committed yet).
  ]);
  const config: RegisterConfig = { ...DEFAULT_CONFIG, backdatingDays: 7, management: [{ naam: 'Dirk Directie', github: 'dirk' }] };
  const approved = { pr: 1, commit: 'c1', date: d('2026-01-02'), approver: { login: 'Dirk', naam: null } };
  const signatures = new Map<string, SignatureEvidence>([
    ['KL-2026-001', { registratie: approved, afhandeling: approved }],
    // Approved by someone who is not in the directie.
    ['KL-2026-002', { registratie: { ...approved, approver: { login: 'coach', naam: null } }, afhandeling: approved }],
    // Straight to main: no pull request.
    ['KL-2026-003', { registratie: { ...approved, pr: null }, afhandeling: approved }],
    // 005: a pull request whose approver is unknown counts.
    ['KL-2026-005', { registratie: { ...approved, approver: null }, afhandeling: { ...approved, approver: null } }],
  ]);
  const h = analysisFigures(input({ history, signatures, config })).history;

  it.each<[string, unknown, unknown]>([
    ['files with a history, and their revisions summed', [h?.files, h?.revisions], [3, 10]],
    ['renamed', h?.renamed, ['KL-2026-001']],
    ['backdated, with the dates', h?.backdated, [{ id: 'KL-2026-002', dates: [{ field: 'geregistreerd', claimed: '2026-03-06', recorded: '2026-03-20' }] }]],
    ['reopened', h?.reopened, ['KL-2026-003']],
    ['closed without signatures in the file', h?.closedUnsigned, ['KL-2026-002']],
    // 004 is in behandeling without any evidence.
    ['registered without the directie\'s approval', h?.registeredWithoutDirectie, ['KL-2026-002', 'KL-2026-003', 'KL-2026-004']],
    // What git shows of a pull request is never more than that: not verified (review of issue 19, item 5).
    ['registered through a pull request according to git, not verified', h?.registeredUnverified, ['KL-2026-001', 'KL-2026-005']],
    // 004 is not closed, so it needs no closing signature.
    ['closed without the directie\'s approval', h?.closedWithoutDirectie, []],
  ])('%s', (_name, actual, expected) => {
    expect(actual).toEqual(expected);
  });
});

describe('the statistics', () => {
  const oneToTen = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  it.each<[string, unknown, unknown]>([
    ['median of 1..10 (nearest rank, no interpolation)', percentile(oneToTen, 50), 5],
    ['90th percentile of 1..10', percentile(oneToTen, 90), 9],
    ['90th percentile of 1..11 rounds the rank up', percentile([...oneToTen, 11], 90), 10],
    ['100th percentile is the largest', percentile(oneToTen, 100), 10],
    ['0th percentile is the smallest', percentile(oneToTen, 0), 1],
    ['a percentile of nothing', percentile([], 50), NaN],
    ['2 of 3', percentOf(2, 3), 67],
    ['1 of 8 rounds half up', percentOf(1, 8), 13],
    ['0 of 0 is no percentage', percentOf(0, 0), null],
    ['counting, missing keys as onbekend', [...countBy(['a', undefined, 'a'], (x) => x)], [['a', 2], ['onbekend', 1]]],
  ])('%s', (_name, actual, expected) => {
    expect(actual).toEqual(expected);
  });
});
