/**
 * The yearly analysis (README "Jaaranalyse", `klacht jaaranalyse <jaar>`): figures over the
 * complaints of a year, written as Dutch Markdown. Pure. No personal data: ids, categories,
 * counts and the directie's own wording of causes, reasons and measures; never a complainant's
 * name, address or contact details, nor the description.
 *
 * A complaint belongs to the year of its id. "Open at 31 December" means not closed by then
 * according to `afhandeling.datum`.
 */
import { calendarDate, compareDates, daysBetween, type CalendarDate } from './calendar-date.js';
import { barChart, columnChart, type Bar } from './charts.js';
import { idYear, type Complaint } from './complaint.js';
import type { RegisterConfig } from './config.js';
import type { Deadline, DeadlineKind } from './deadline.js';
import { formatDateDutch, listDutch, monthName, plural } from './dutch.js';
import { escapeMarkdown } from './markdown-escape.js';
import type { HistoryFacts } from './history-checks.js';
import { COMPLAINANT_ROLES, INTAKE_CHANNELS, JUDGEMENTS } from './schema-vocabulary.js';
import { validlySigned, type SignatureEvidence } from './signature-evidence.js';

/** The part of the analysis the directie writes; regenerating keeps it. */
export const DIRECTIE_START = '<!-- directie: begin. Wat hiertussen staat, blijft bij opnieuw genereren staan. -->';
export const DIRECTIE_END = '<!-- directie: einde -->';
const DIRECTIE_PLACEHOLDER = '_Hier schrijft de directie haar conclusies en aanbevelingen: wat gaat goed, wat moet beter, welke maatregelen volgen. Deze tekst blijft staan als de analyse opnieuw wordt gemaakt._';

export interface AnalysisInput {
  readonly year: number;
  readonly complaints: readonly Complaint[];
  readonly deadlines: readonly Deadline[];
  /** Per complaint id; undefined when the register is not in git. */
  readonly history: ReadonlyMap<string, HistoryFacts> | undefined;
  readonly config: RegisterConfig;
  readonly generatedOn: CalendarDate;
  /** The commit the analysis was made from, when in git. */
  readonly commit: string | null;
  /** Signature evidence per complaint id (pull requests and approvers), when in git. */
  readonly signatures?: ReadonlyMap<string, SignatureEvidence> | undefined;
  /** Complaint ids of the year whose files have validation errors. */
  readonly withErrors: readonly string[];
}

export interface AnalysisCharts {
  /** File name (next to the Markdown) -> SVG. */
  readonly [file: string]: string;
}

export interface Analysis {
  readonly markdown: string;
  readonly charts: AnalysisCharts;
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '-' : `${Math.round((part / whole) * 100)}%`;
}

function countBy<T>(items: readonly T[], key: (item: T) => string | undefined): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const k = key(item) ?? 'onbekend';
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

function table(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cell = (value: string | number): string => escapeMarkdown(String(value));
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
}

/** Nearest-rank percentile of sorted numbers. */
function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number;
}

/** Text written by the directie (causes, reasons, measures), with any personal data of the complaint's complainant taken out. */
function withoutPersonalData(text: string, complaint: Complaint): string {
  let result = text;
  const c = complaint.complainant;
  for (const value of [c.name, c.address, c.email, c.phone, c.postcode, ...(c.name ?? '').split(/\s+/).filter((part) => part.length >= 4)]) {
    if (value) result = result.split(value).join('[…]');
  }
  return result;
}

function ids(list: readonly { id?: string }[]): string {
  return list.length === 0 ? '-' : list.map((c) => c.id ?? '?').join(', ');
}

/** Keeps the directie's section of an earlier version of the analysis, if there is one. */
export function directieSection(previousMarkdown: string | undefined): string {
  if (previousMarkdown === undefined) return DIRECTIE_PLACEHOLDER;
  const start = previousMarkdown.indexOf(DIRECTIE_START);
  const end = previousMarkdown.indexOf(DIRECTIE_END);
  if (start < 0 || end < start) return DIRECTIE_PLACEHOLDER;
  return previousMarkdown.slice(start + DIRECTIE_START.length, end).trim() || DIRECTIE_PLACEHOLDER;
}

/** The analysis of `input.year`. `previousMarkdown` is the file as it stood, for the directie's section. */
export function annualAnalysis(input: AnalysisInput, previousMarkdown?: string): Analysis {
  const { year, config } = input;
  const ofYear = (y: number): Complaint[] => input.complaints.filter((c) => c.id !== undefined && idYear(c.id) === y);
  const complaints = ofYear(year).sort((a, b) => ((a.id ?? '') < (b.id ?? '') ? -1 : 1));
  const yearEnd = calendarDate(year, 12, 31);
  const closedByYearEnd = complaints.filter((c) => c.closure?.date && compareDates(c.closure.date, yearEnd) <= 0);
  const openAtYearEnd = complaints.filter((c) => !closedByYearEnd.includes(c));
  const charts: Record<string, string> = {};
  const lines: string[] = [
    '---',
    `jaar: ${year}`,
    `gegenereerd: ${input.generatedOn}`,
    `commit: ${input.commit ?? 'geen (geen git)'}`,
    '---',
    `# Jaaranalyse klachten ${year}`,
    '',
    `${config.organisation.naam.replace(/\.$/, '')}. Gemaakt op ${formatDateDutch(input.generatedOn)} met \`klacht jaaranalyse ${year}\`${input.commit ? ` uit commit \`${input.commit.slice(0, 12)}\`` : ''}. Deze analyse bevat geen persoonsgegevens: alleen klachtnummers, categorieën en aantallen.`,
    '',
  ];

  if (complaints.length === 0) {
    lines.push('## 1. Samenvatting', '', `In ${year} zijn geen klachten ontvangen. Er valt daarom niets te analyseren; de directie kan hieronder vastleggen wat zij daaruit concludeert.`, '');
    lines.push('## 7. Conclusies en aanbevelingen', '', DIRECTIE_START, directieSection(previousMarkdown), DIRECTIE_END, '');
    return { markdown: `${lines.join('\n')}`, charts };
  }

  // 1. Summary and trend.
  const earlier = [year - 3, year - 2, year - 1].map((y) => ({ year: y, count: ofYear(y).length }));
  const previous = earlier[2]?.count ?? 0;
  const trend = previous === 0 ? 'Het jaar ervoor waren er geen klachten.' : complaints.length > previous
    ? `Dat is meer dan in ${year - 1} (${previous}).` : complaints.length < previous ? `Dat is minder dan in ${year - 1} (${previous}).` : `Evenveel als in ${year - 1}.`;
  lines.push(
    '## 1. Samenvatting', '',
    `In ${year} ${complaints.length === 1 ? 'is 1 klacht' : `zijn ${complaints.length} klachten`} ontvangen. ${trend} Op 31 december ${year} waren er ${closedByYearEnd.length} afgehandeld en stonden er ${openAtYearEnd.length} open${openAtYearEnd.length > 0 ? ` (${ids(openAtYearEnd)})` : ''}.`,
    '',
    table(['jaar', 'klachten'], [...earlier.filter((e) => e.count > 0 || e.year === year - 1).map((e) => [e.year, e.count]), [year, complaints.length]]),
    '',
  );

  // 2. Who and what.
  const month = countBy(complaints, (c) => c.submitted?.slice(5, 7));
  const monthBars: Bar[] = Array.from({ length: 12 }, (_, i) => ({ label: monthName(i + 1).slice(0, 3), value: month.get(String(i + 1).padStart(2, '0')) ?? 0 }));
  charts[`${year}-per-maand.svg`] = columnChart(`Klachten per maand van indiening, ${year}`, monthBars);
  const categories = [...countBy(complaints, (c) => c.category ?? 'zonder categorie').entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  charts[`${year}-per-categorie.svg`] = barChart(`Klachten per categorie, ${year}`, categories.map(([label, value]) => ({ label, value })));
  const roles = countBy(complaints, (c) => c.complainant.role);
  const channels = countBy(complaints, (c) => c.received.channel);
  const complex = complaints.filter((c) => c.complex === true).length;
  lines.push(
    '## 2. Wie en wat', '',
    table(['rol van de indiener', 'klachten'], [...COMPLAINANT_ROLES.map((r) => [r, roles.get(r) ?? 0] as const), ...((roles.get('onbekend') ?? 0) > 0 ? [['onbekend', roles.get('onbekend') ?? 0] as const] : [])]),
    '',
    table(['categorie', 'klachten'], categories),
    '',
    table(['binnengekomen', 'klachten'], INTAKE_CHANNELS.map((ch) => [ch, channels.get(ch) ?? 0])),
    '',
    `Complex: ${complex}, niet complex: ${complaints.filter((c) => c.complex === false).length}${complaints.some((c) => c.complex === undefined) ? `, nog niet bepaald: ${complaints.filter((c) => c.complex === undefined).length}` : ''}.`,
    '',
    `![Klachten per maand](${year}-per-maand.svg)`,
    '',
    `![Klachten per categorie](${year}-per-categorie.svg)`,
    '',
  );

  // 3. Timeliness.
  const ownIds = new Set(complaints.map((c) => c.id));
  const deadlines = input.deadlines.filter((d) => d.id !== null && ownIds.has(d.id));
  const timeliness = (kind: DeadlineKind, filter: (d: Deadline) => boolean = () => true): (string | number)[] => {
    const list = deadlines.filter((d) => d.kind === kind && filter(d));
    const met = list.filter((d) => d.state === 'met').length;
    const late = list.filter((d) => d.state === 'met_late').length;
    const open = list.filter((d) => d.state === 'pending' || d.state === 'due_soon' || d.state === 'overdue');
    const overdue = open.filter((d) => d.state === 'overdue');
    return [list.length, `${met} (${percent(met, list.length)})`, late, `${open.length}${overdue.length > 0 ? ` (waarvan verlopen: ${ids(overdue.map((d) => ({ id: d.id ?? '' })))})` : ''}`];
  };
  const complexIds = new Set(complaints.filter((c) => c.complex === true).map((c) => c.id));
  const extensions = complaints.flatMap((c) => c.extensions.map((e) => ({ complaint: c, extension: e })));
  const notices = deadlines.filter((d) => d.kind === 'extension_notice');
  const leadTimes = complaints.flatMap((c) => (c.submitted && c.closure?.date ? [{ id: c.id ?? '', days: daysBetween(c.submitted, c.closure.date) }] : [])).sort((a, b) => a.days - b.days);
  const longest = leadTimes.at(-1);
  lines.push(
    '## 3. Tijdigheid', '',
    table(['termijn', 'aantal', 'op tijd', 'te laat', 'nog open'], [
      ['registratie', ...timeliness('registration')],
      ['ontvangstbevestiging', ...timeliness('acknowledgement')],
      ['reactie, niet complex', ...timeliness('response', (d) => !complexIds.has(d.id ?? undefined))],
      ['reactie, complex', ...timeliness('response', (d) => complexIds.has(d.id ?? undefined))],
    ]),
    '',
    extensions.length === 0
      ? 'Er zijn geen termijnen verlengd.'
      : `Er ${extensions.length === 1 ? 'is 1 termijn' : `zijn ${extensions.length} termijnen`} verlengd, bij ${plural(new Set(extensions.map((e) => e.complaint.id)).size, 'klacht', 'klachten')}. ${notices.filter((d) => d.state === 'met').length} keer was de melding op tijd, ${notices.filter((d) => d.state === 'met_late').length} keer te laat (de verlenging telde dan niet).`,
    '',
    ...(extensions.length > 0 ? [table(['klacht', 'gemeld', 'reden', 'nieuwe termijn'], extensions.map(({ complaint, extension }) => [
      complaint.id ?? '', extension.notified ? formatDateDutch(extension.notified) : '-', withoutPersonalData(extension.reason ?? '-', complaint), extension.newDue ? formatDateDutch(extension.newDue) : '-',
    ])), ''] : []),
    leadTimes.length === 0
      ? 'Er is nog geen klacht van dit jaar afgehandeld, dus er is geen doorlooptijd.'
      : `Doorlooptijd van indiening tot afhandeling (${leadTimes.length} afgehandelde klachten): mediaan ${percentile(leadTimes.map((l) => l.days), 50)} dagen, 90e percentiel ${percentile(leadTimes.map((l) => l.days), 90)} dagen, langste ${longest?.days ?? 0} dagen (${longest?.id ?? ''}).`,
    '',
  );

  // 4. Outcomes.
  const closures = complaints.filter((c) => c.closure);
  const judgements = countBy(closures, (c) => c.closure?.judgement);
  lines.push(
    '## 4. Uitkomsten', '',
    closures.length === 0 ? 'Nog geen klacht van dit jaar is afgehandeld.' : `Van de ${closures.length} afgehandelde klachten werd bij ${closures.filter((c) => c.closure?.agreement === true).length} overeenstemming bereikt met de indiener, bij ${closures.filter((c) => c.closure?.agreement === false).length} niet.`,
    '',
    ...(closures.length > 0 ? [table(['oordeel', 'klachten'], [...JUDGEMENTS.map((j) => [j, judgements.get(j) ?? 0] as const), ['geen oordeel vastgelegd', judgements.get('onbekend') ?? 0] as const]), ''] : []),
  );

  // 5. Causes and measures.
  const causes = closures.filter((c) => c.closure?.cause);
  const byCategory = new Map<string, Complaint[]>();
  for (const c of causes) byCategory.set(c.category ?? 'zonder categorie', [...(byCategory.get(c.category ?? 'zonder categorie') ?? []), c]);
  const measures = complaints.flatMap((c) => (c.closure?.measures ?? []).map((m) => ({ complaint: c, measure: m })));
  const lastYear = ofYear(year - 1).flatMap((c) => (c.closure?.measures ?? []).filter((m) => m.structural === true).map((m) => ({ complaint: c, measure: m })));
  lines.push('## 5. Oorzaken en maatregelen', '');
  if (causes.length === 0) lines.push('Er zijn nog geen oorzaken vastgelegd.', '');
  for (const [category, list] of [...byCategory.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))) {
    lines.push(`**${category}** (${list.length}):`, '', ...list.map((c) => `- ${c.id ?? ''}: ${withoutPersonalData(c.closure?.cause ?? '', c)}`), '');
  }
  lines.push(measures.length === 0 ? 'Er zijn geen maatregelen vastgelegd.' : table(['klacht', 'maatregel', 'structureel', 'status'], measures.map(({ complaint, measure }) => [
    complaint.id ?? '', withoutPersonalData(measure.description ?? '', complaint), measure.structural === true ? 'ja' : 'nee', measure.status ?? '-',
  ])), '');
  lines.push(lastYear.length === 0 ? `Uit ${year - 1} staan geen structurele maatregelen open om te volgen.` : `De structurele maatregelen uit ${year - 1}, en hoe ze er nu voor staan:`, '');
  if (lastYear.length > 0) {
    lines.push(table(['klacht', 'maatregel', 'status nu'], lastYear.map(({ complaint, measure }) => [complaint.id ?? '', withoutPersonalData(measure.description ?? '', complaint), measure.status ?? '-'])), '');
  }

  // 6. Conformity and integrity.
  lines.push('## 6. Conformiteit en integriteit', '');
  lines.push(input.withErrors.length === 0
    ? 'Alle klachtbestanden van dit jaar voldoen aan het formaat (`klacht valideer`).'
    : `${input.withErrors.length} klachtbestanden hebben fouten volgens \`klacht valideer\`: ${input.withErrors.join(', ')}.`, '');
  if (!input.history) {
    lines.push('Het register staat niet in git, dus de geschiedenis kon niet worden nagekeken.', '');
  } else {
    const facts = complaints.flatMap((c) => (c.id && input.history?.get(c.id) ? [input.history.get(c.id) as HistoryFacts] : []));
    const backdated = facts.filter((f) => f.backdated.length > 0);
    const reopened = facts.filter((f) => f.reopened.length > 0);
    const unsigned = facts.filter((f) => f.closedUnsigned);
    const renamed = facts.filter((f) => f.formerPaths.length > 0);
    // The directie's signature: registration and closure through a pull request approved by the directie.
    const signed = (step: 'registratie' | 'afhandeling'): Complaint[] => complaints.filter((c) => {
      if (!c.id) return false;
      const needed = step === 'registratie' ? c.status === 'in behandeling' || c.status === 'afgehandeld' : c.status === 'afgehandeld';
      return needed && !validlySigned(input.signatures?.get(c.id)?.[step], config);
    });
    const unsignedRegistrations = signed('registratie');
    const unsignedClosures = signed('afhandeling');
    const revisions = facts.reduce((sum, f) => sum + f.revisions, 0);
    lines.push(
      `De geschiedenis telt ${revisions} wijzigingen aan de ${facts.length} klachtbestanden van dit jaar${renamed.length > 0 ? `; ${renamed.length} ${renamed.length === 1 ? 'bestand is' : 'bestanden zijn'} hernoemd (${ids(renamed)})` : ''}.`,
      '',
      table(['controle', 'aantal', 'klachten'], [
        [`datum meer dan ${config.backdatingDays} dagen vóór de commit die hem vastlegde (mogelijk teruggedateerd)`, backdated.length, ids(backdated)],
        ['status teruggezet (bijvoorbeeld van afgehandeld naar in behandeling)', reopened.length, ids(reopened)],
        ['afgehandeld zonder ondertekening door indiener en directie', unsigned.length, ids(unsigned)],
        ['geregistreerd zonder goedgekeurde pull request van de directie', unsignedRegistrations.length, ids(unsignedRegistrations)],
        ['afgehandeld zonder goedgekeurde pull request van de directie', unsignedClosures.length, ids(unsignedClosures)],
      ]),
      '',
    );
    for (const f of backdated) {
      lines.push(`- ${f.id}: ${listDutch(f.backdated.map((b) => `${b.field} ${formatDateDutch(b.claimed)}, vastgelegd op ${formatDateDutch(b.recorded)}`))}.`);
    }
    if (backdated.length > 0) lines.push('');
  }

  // 7. The directie's section.
  lines.push('## 7. Conclusies en aanbevelingen', '', DIRECTIE_START, directieSection(previousMarkdown), DIRECTIE_END, '');
  return { markdown: lines.join('\n'), charts };
}
