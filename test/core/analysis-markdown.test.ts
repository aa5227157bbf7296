/**
 * The analysis written from hand-made figures: which block holds what, the exact wording of a few
 * lines that the figures decide, and the directie's chapter kept between its markers.
 */
import { describe, expect, it } from 'vitest';
import { analysisCharts, analysisMarkdown, type AnalysisDocument } from '../../src/core/analysis/document.js';
import { DIRECTIE_END, DIRECTIE_START, directieSection } from '../../src/core/analysis/directie.js';
import type { AnalysisFigures, Timeliness } from '../../src/core/analysis/figures.js';
import { renderAnalysis } from '../../src/core/analysis/markdown.js';
import type { CalendarDate } from '../../src/core/time/calendar-date.js';

const d = (text: string): CalendarDate => text as CalendarDate;
const none: Timeliness = { total: 0, met: 0, metPercent: null, late: 0, open: 0, overdue: [] };

const FIGURES: AnalysisFigures = {
  year: 2026, organisation: 'Voorbeeld B.V.', generatedOn: d('2027-02-01'), commit: 'abcdef0123456789', backdatingDays: 7,
  complaints: ['KL-2026-001', 'KL-2026-002'],
  earlierYears: [{ year: 2023, count: 0 }, { year: 2024, count: 3 }, { year: 2025, count: 0 }],
  closedAtYearEnd: ['KL-2026-001'], openAtYearEnd: ['KL-2026-002'],
  byMonth: [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1],
  byRole: [{ label: 'coachee', count: 2 }], withoutRole: 0,
  byCategory: [{ label: 'planning <b>', count: 2 }],
  byChannel: [{ label: 'e-mail', count: 2 }],
  complexity: { complex: 1, notComplex: 1, undetermined: 0 },
  timeliness: {
    registration: { total: 2, met: 1, metPercent: 50, late: 0, open: 1, overdue: ['KL-2026-002'] },
    acknowledgement: none, responseNotComplex: none, responseComplex: none,
  },
  extensions: { list: [], complaints: 0, noticesOnTime: 0, noticesLate: 0 },
  leadTimes: { count: 1, median: 12, p90: 12, longest: { id: 'KL-2026-001', days: 12 } },
  outcomes: { closed: 1, agreement: 1, noAgreement: 0, judgements: [{ label: 'gegrond', count: 1 }], noJudgement: 0 },
  causes: [], measures: [], lastYearStructural: [{ id: 'KL-2025-001', description: 'Eén | agenda', structural: true, status: null }],
  withErrors: [], history: null,
};

describe('the analysis document', () => {
  const document = renderAnalysis(FIGURES, 'Wij gaan verbeteren.');
  const markdown = analysisMarkdown(document);

  it('has the figures\' Markdown, the two charts, then the rest', () => {
    expect(document.blocks.map((b) => (b.kind === 'chart' ? b.file : b.markdown.split('\n')[0]))).toEqual([
      '# Jaaranalyse klachten 2026', '2026-per-maand.svg', '2026-per-categorie.svg', '## 3. Tijdigheid',
    ]);
    expect(Object.keys(analysisCharts(document))).toEqual(['2026-per-maand.svg', '2026-per-categorie.svg']);
  });

  it.each([
    ['the frontmatter, then the title', '---\njaar: 2026\ngegenereerd: 2027-02-01\ncommit: abcdef0123456789\n---\n# Jaaranalyse klachten 2026\n'],
    ['the trend against a year without complaints', 'In 2026 zijn 2 klachten ontvangen. Het jaar ervoor waren er geen klachten. Op 31 december 2026 waren er 1 afgehandeld en stonden er 1 open (KL-2026-002).'],
    ['earlier years: empty ones left out, but last year kept', '| jaar | klachten |\n| --- | --- |\n| 2024 | 3 |\n| 2025 | 0 |\n| 2026 | 2 |'],
    ['a timeliness row with the percentage and the overdue ids', '| registratie | 2 | 1 (50%) | 0 | 1 (waarvan verlopen: KL-2026-002) |'],
    ['a dash for no percentage', '| ontvangstbevestiging | 0 | 0 (-) | 0 | 0 |'],
    ['the charts as image lines between blank lines', 'Complex: 1, niet complex: 1.\n\n![Klachten per maand](2026-per-maand.svg)\n\n![Klachten per categorie](2026-per-categorie.svg)\n\n## 3. Tijdigheid\n'],
    ['lead times', 'mediaan 12 dagen, 90e percentiel 12 dagen, langste 12 dagen (KL-2026-001).'],
    ['table cells escaped, a missing status as a dash', '| KL-2025-001 | Eén \\| agenda | - |'],
    ['no git, said so', 'Het register staat niet in git, dus de geschiedenis kon niet worden nagekeken.'],
    ['the directie\'s text between the markers, at the end', `## 7. Conclusies en aanbevelingen\n\n${DIRECTIE_START}\nWij gaan verbeteren.\n${DIRECTIE_END}\n`],
  ])('writes %s', (_name, expected) => {
    expect(markdown).toContain(expected);
  });

  it('ends with the directie\'s chapter', () => {
    expect(markdown.endsWith(`${DIRECTIE_END}\n`)).toBe(true);
  });

  it('escapes a category in the chart it draws', () => {
    expect(analysisCharts(document)['2026-per-categorie.svg']).toContain('planning &#60;b&#62;');
  });

  it('writes a year without complaints as one block, without charts', () => {
    const empty: AnalysisDocument = renderAnalysis({ ...FIGURES, complaints: [] }, 'Tekst.');
    expect(empty.blocks.map((b) => b.kind)).toEqual(['markdown']);
    expect(analysisMarkdown(empty)).toContain('In 2026 zijn geen klachten ontvangen.');
    expect(analysisMarkdown(empty)).not.toContain('## 2.');
  });
});

describe('the directie\'s chapter', () => {
  it.each<[string, string | undefined, string]>([
    ['no earlier file: the invitation', undefined, '_Hier schrijft de directie'],
    ['markers missing: the invitation', '# Jaaranalyse\n', '_Hier schrijft de directie'],
    ['markers in the wrong order: the invitation', `${DIRECTIE_END}\nx\n${DIRECTIE_START}`, '_Hier schrijft de directie'],
    ['end marker missing: the invitation, not a cut-off text', `${DIRECTIE_START}\nWij schrijven nog.\n`, '_Hier schrijft de directie'],
    ['empty between the markers: the invitation', `${DIRECTIE_START}\n\n${DIRECTIE_END}`, '_Hier schrijft de directie'],
    ['the text between the markers, trimmed', `x\n${DIRECTIE_START}\n\nWij gaan verbeteren.\n\n- Eén agenda.\n${DIRECTIE_END}\ny`, 'Wij gaan verbeteren.\n\n- Eén agenda.'],
  ])('%s', (_name, previous, expected) => {
    const text = directieSection(previous);
    expect(expected.startsWith('_') ? text.startsWith(expected) : text === expected).toBe(true);
  });
});
