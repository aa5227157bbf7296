/**
 * The yearly analysis written out: Dutch Markdown and SVG charts from its figures
 * (analysis-figures.ts). Pure. Nothing is counted here; every number comes from the figures, so
 * that what the report says and what the tests of the figures check are the same thing.
 */
import type { AnalysisFigures, Timeliness } from './figures.js';
import type { AnalysisBlock, AnalysisDocument } from './document.js';
import { directieChapter } from './directie.js';
import { barChart, columnChart } from './charts.js';
import { formatDateDutch, listDutch, monthName, plural } from '../text/dutch.js';
import { escapeMarkdown } from '../text/markdown-escape.js';

type Cell = string | number;

/** A Markdown table; the cells are escaped (they may hold the directie's words), the header is ours. */
function table(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const cell = (value: Cell): string => escapeMarkdown(String(value));
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
}

function ids(list: readonly string[]): string {
  return list.length === 0 ? '-' : list.join(', ');
}

function percentText(percent: number | null): string {
  return percent === null ? '-' : `${percent}%`;
}

function frontmatter(f: AnalysisFigures): string {
  return ['---', `jaar: ${f.year}`, `gegenereerd: ${f.generatedOn}`, `commit: ${f.commit ?? 'geen (geen git)'}`, '---'].join('\n');
}

function heading(f: AnalysisFigures): string[] {
  const source = f.commit ? ` uit commit \`${f.commit.slice(0, 12)}\`` : '';
  return [
    `# Jaaranalyse klachten ${f.year}`,
    '',
    `${f.organisation.replace(/\.$/, '')}. Gemaakt op ${formatDateDutch(f.generatedOn)} met \`klacht jaaranalyse ${f.year}\`${source}. Deze analyse bevat geen persoonsgegevens: alleen klachtnummers, categorieën en aantallen.`,
    '',
  ];
}

function summary(f: AnalysisFigures): string[] {
  const { year } = f;
  const received = f.complaints.length;
  const previous = f.earlierYears.at(-1)?.count ?? 0;
  const trend = previous === 0 ? 'Het jaar ervoor waren er geen klachten.' : received > previous
    ? `Dat is meer dan in ${year - 1} (${previous}).` : received < previous ? `Dat is minder dan in ${year - 1} (${previous}).` : `Evenveel als in ${year - 1}.`;
  const open = f.openAtYearEnd;
  // Earlier years without complaints are left out, except last year: the trend sentence names it.
  const years = f.earlierYears.filter((e) => e.count > 0 || e.year === year - 1).map((e) => [e.year, e.count]);
  return [
    '## 1. Samenvatting', '',
    `In ${year} ${received === 1 ? 'is 1 klacht' : `zijn ${received} klachten`} ontvangen. ${trend} Op 31 december ${year} waren er ${f.closedAtYearEnd.length} afgehandeld en stonden er ${open.length} open${open.length > 0 ? ` (${ids(open)})` : ''}.`,
    '',
    table(['jaar', 'klachten'], [...years, [year, received]]),
    '',
  ];
}

function whoAndWhat(f: AnalysisFigures): string[] {
  const { complex, notComplex, undetermined } = f.complexity;
  return [
    '## 2. Wie en wat', '',
    table(['rol van de indiener', 'klachten'], [...f.byRole.map((t) => [t.label, t.count]), ...(f.withoutRole > 0 ? [['onbekend', f.withoutRole]] : [])]),
    '',
    table(['categorie', 'klachten'], f.byCategory.map((t) => [t.label, t.count])),
    '',
    table(['binnengekomen', 'klachten'], f.byChannel.map((t) => [t.label, t.count])),
    '',
    `Complex: ${complex}, niet complex: ${notComplex}${undetermined > 0 ? `, nog niet bepaald: ${undetermined}` : ''}.`,
  ];
}

function charts(f: AnalysisFigures): AnalysisBlock[] {
  const months = f.byMonth.map((value, i) => ({ label: monthName(i + 1).slice(0, 3), value }));
  return [
    { kind: 'chart', file: `${f.year}-per-maand.svg`, alt: 'Klachten per maand', svg: columnChart(`Klachten per maand van indiening, ${f.year}`, months) },
    { kind: 'chart', file: `${f.year}-per-categorie.svg`, alt: 'Klachten per categorie', svg: barChart(`Klachten per categorie, ${f.year}`, f.byCategory.map((t) => ({ label: t.label, value: t.count }))) },
  ];
}

function timelinessRow(name: string, t: Timeliness): Cell[] {
  const overdue = t.overdue.length > 0 ? ` (waarvan verlopen: ${ids(t.overdue)})` : '';
  return [name, t.total, `${t.met} (${percentText(t.metPercent)})`, t.late, `${t.open}${overdue}`];
}

function timeliness(f: AnalysisFigures): string[] {
  const t = f.timeliness;
  const { list, complaints, noticesOnTime, noticesLate } = f.extensions;
  const lead = f.leadTimes;
  return [
    '## 3. Tijdigheid', '',
    table(['termijn', 'aantal', 'op tijd', 'te laat', 'nog open'], [
      timelinessRow('registratie', t.registration),
      timelinessRow('ontvangstbevestiging', t.acknowledgement),
      timelinessRow('reactie, niet complex', t.responseNotComplex),
      timelinessRow('reactie, complex', t.responseComplex),
    ]),
    '',
    list.length === 0
      ? 'Er zijn geen termijnen verlengd.'
      : `Er ${list.length === 1 ? 'is 1 termijn' : `zijn ${list.length} termijnen`} verlengd, bij ${plural(complaints, 'klacht', 'klachten')}. ${noticesOnTime} keer was de melding op tijd, ${noticesLate} keer te laat (de verlenging telde dan niet).`,
    '',
    ...(list.length > 0 ? [table(['klacht', 'gemeld', 'reden', 'nieuwe termijn'], list.map((e) => [
      e.id, e.notified ? formatDateDutch(e.notified) : '-', e.reason ?? '-', e.newDue ? formatDateDutch(e.newDue) : '-',
    ])), ''] : []),
    lead === null
      ? 'Er is nog geen klacht van dit jaar afgehandeld, dus er is geen doorlooptijd.'
      : `Doorlooptijd van indiening tot afhandeling (${lead.count} afgehandelde klachten): mediaan ${lead.median} dagen, 90e percentiel ${lead.p90} dagen, langste ${lead.longest.days} dagen (${lead.longest.id}).`,
    '',
  ];
}

function outcomes(f: AnalysisFigures): string[] {
  const o = f.outcomes;
  if (o.closed === 0) return ['## 4. Uitkomsten', '', 'Nog geen klacht van dit jaar is afgehandeld.', ''];
  return [
    '## 4. Uitkomsten', '',
    `Van de ${o.closed} afgehandelde klachten werd bij ${o.agreement} overeenstemming bereikt met de indiener, bij ${o.noAgreement} niet.`,
    '',
    table(['oordeel', 'klachten'], [...o.judgements.map((t) => [t.label, t.count]), ['geen oordeel vastgelegd', o.noJudgement]]),
    '',
  ];
}

function causesAndMeasures(f: AnalysisFigures): string[] {
  const lines = ['## 5. Oorzaken en maatregelen', ''];
  if (f.causes.length === 0) lines.push('Er zijn nog geen oorzaken vastgelegd.', '');
  for (const { category, entries } of f.causes) {
    lines.push(`**${category}** (${entries.length}):`, '', ...entries.map((e) => `- ${e.id}: ${e.cause}`), '');
  }
  lines.push(f.measures.length === 0 ? 'Er zijn geen maatregelen vastgelegd.' : table(['klacht', 'maatregel', 'structureel', 'status'], f.measures.map((m) => [
    m.id, m.description, m.structural ? 'ja' : 'nee', m.status ?? '-',
  ])), '');
  const lastYear = f.lastYearStructural;
  lines.push(lastYear.length === 0 ? `Uit ${f.year - 1} staan geen structurele maatregelen open om te volgen.` : `De structurele maatregelen uit ${f.year - 1}, en hoe ze er nu voor staan:`, '');
  if (lastYear.length > 0) lines.push(table(['klacht', 'maatregel', 'status nu'], lastYear.map((m) => [m.id, m.description, m.status ?? '-'])), '');
  return lines;
}

function conformity(f: AnalysisFigures): string[] {
  const lines = ['## 6. Conformiteit en integriteit', ''];
  lines.push(f.withErrors.length === 0
    ? 'Alle klachtbestanden van dit jaar voldoen aan het formaat (`klacht valideer`).'
    : `${f.withErrors.length} klachtbestanden hebben fouten volgens \`klacht valideer\`: ${f.withErrors.join(', ')}.`, '');
  const h = f.history;
  if (!h) return [...lines, 'Het register staat niet in git, dus de geschiedenis kon niet worden nagekeken.', ''];
  const renamed = h.renamed.length > 0 ? `; ${h.renamed.length} ${h.renamed.length === 1 ? 'bestand is' : 'bestanden zijn'} hernoemd (${ids(h.renamed)})` : '';
  const backdated = h.backdated.map((b) => b.id);
  lines.push(
    `De geschiedenis telt ${h.revisions} wijzigingen aan de ${h.files} klachtbestanden van dit jaar${renamed}.`,
    '',
    table(['controle', 'aantal', 'klachten'], [
      [`datum meer dan ${f.backdatingDays} dagen vóór de commit die hem vastlegde (mogelijk teruggedateerd)`, backdated.length, ids(backdated)],
      ['status teruggezet (bijvoorbeeld van afgehandeld naar in behandeling)', h.reopened.length, ids(h.reopened)],
      ['afgehandeld zonder ondertekening door indiener en directie', h.closedUnsigned.length, ids(h.closedUnsigned)],
      ['geregistreerd zonder pull request die de directie goedkeurde (volgens git)', h.registeredWithoutDirectie.length, ids(h.registeredWithoutDirectie)],
      ['geregistreerd met een pull request volgens git; goedkeuring door de directie niet geverifieerd', h.registeredUnverified.length, ids(h.registeredUnverified)],
      ['afgehandeld zonder pull request die de directie goedkeurde (volgens git)', h.closedWithoutDirectie.length, ids(h.closedWithoutDirectie)],
      ['afgehandeld met een pull request volgens git; goedkeuring door de directie niet geverifieerd', h.closedUnverified.length, ids(h.closedUnverified)],
    ]),
    '',
    // CONTRACT section 5: evidence from git alone is shown as not verified.
    'Wat hier "volgens git" staat, komt uit de titels van commits ("… (#12)", "Merge pull request #12") en regels "Goedgekeurd-door:"; '
      + 'die kan iedereen met schrijfrechten zelf zo schrijven. Of de directie die pull requests echt goedkeurde, is hier dus niet geverifieerd: '
      + 'dat bevestigt alleen GitHub, per klacht met `klacht ondertekening <klachtnummer>` en een GITHUB_TOKEN.',
    '',
  );
  for (const b of h.backdated) {
    lines.push(`- ${b.id}: ${listDutch(b.dates.map((d) => `${d.field} ${formatDateDutch(d.claimed)}, vastgelegd op ${formatDateDutch(d.recorded)}`))}.`);
  }
  if (h.backdated.length > 0) lines.push('');
  return lines;
}

/**
 * The analysis document of `figures`, with `directie` (the text kept from the earlier version,
 * see directieSection) as chapter 7. A year without complaints gets a short report, no charts.
 */
export function renderAnalysis(figures: AnalysisFigures, directie: string): AnalysisDocument {
  const markdown = (lines: readonly string[]): AnalysisBlock => ({ kind: 'markdown', markdown: lines.join('\n') });
  if (figures.complaints.length === 0) {
    const empty = `In ${figures.year} zijn geen klachten ontvangen. Er valt daarom niets te analyseren; de directie kan hieronder vastleggen wat zij daaruit concludeert.`;
    return { frontmatter: frontmatter(figures), blocks: [markdown([...heading(figures), '## 1. Samenvatting', '', empty, '', ...directieChapter(directie)])] };
  }
  return {
    frontmatter: frontmatter(figures),
    blocks: [
      markdown([...heading(figures), ...summary(figures), ...whoAndWhat(figures)]),
      ...charts(figures),
      markdown([...timeliness(figures), ...outcomes(figures), ...causesAndMeasures(figures), ...conformity(figures), ...directieChapter(directie)]),
    ],
  };
}
