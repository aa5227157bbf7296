/**
 * The figures of the yearly analysis (README "Jaaranalyse", `klacht jaaranalyse <jaar>`): what
 * the report says, as numbers, dates and ids, before any of it is written down. Pure; no Markdown
 * here, so that the figures can be tested on their own and written as Markdown or printed.
 *
 * No personal data: ids, categories, counts and the directie's own wording of causes, reasons and
 * measures (with the complainant's details taken out); never a complainant's name, address or
 * contact details, nor the description.
 *
 * A complaint belongs to the year of its id. "Open at 31 December" means not closed by then
 * according to `afhandeling.datum`.
 */
import { calendarDate, compareDates, daysBetween, type CalendarDate } from '../time/calendar-date.js';
import { idYear, type Complaint } from '../complaint/complaint.js';
import type { RegisterConfig } from '../complaint/config.js';
import type { Deadline, DeadlineKind } from '../time/deadline.js';
import type { HistoryFacts } from './history-checks.js';
import { countBy, percentile, percentOf } from './statistics.js';
import { historyFigures, type HistoryFigures } from './history-figures.js';
import { COMPLAINANT_ROLES, INTAKE_CHANNELS, JUDGEMENTS, type MeasureStatus } from '../complaint/schema-vocabulary.js';
import type { SignatureEvidence } from '../signing/evidence.js';

export type { HistoryFigures };

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

/** A label (a role, category, channel or judgement) and how many complaints have it. */
export interface Tally {
  readonly label: string;
  readonly count: number;
}

/** How one kind of deadline of the year's complaints went. */
export interface Timeliness {
  readonly total: number;
  readonly met: number;
  /** Whole percentage of `total` met in time; null when there are none. */
  readonly metPercent: number | null;
  readonly late: number;
  /** Not done yet (running, due soon or overdue). */
  readonly open: number;
  /** Ids of the open ones whose due date has passed. */
  readonly overdue: readonly string[];
}

export interface ExtensionFigure {
  readonly id: string;
  readonly notified: CalendarDate | null;
  readonly reason: string | null;
  readonly newDue: CalendarDate | null;
}

/** Days from submission to closure, over the closed complaints of the year. */
export interface LeadTimes {
  readonly count: number;
  readonly median: number;
  readonly p90: number;
  /** The longest; of equal ones, the last by id. */
  readonly longest: { readonly id: string; readonly days: number };
}

export interface MeasureFigure {
  readonly id: string;
  readonly description: string;
  readonly structural: boolean;
  readonly status: MeasureStatus | null;
}

export interface AnalysisFigures {
  readonly year: number;
  readonly organisation: string;
  readonly generatedOn: CalendarDate;
  readonly commit: string | null;
  readonly backdatingDays: number;
  /** Ids of the year's complaints, sorted. */
  readonly complaints: readonly string[];
  /** The three years before, oldest first, with their number of complaints. */
  readonly earlierYears: readonly { readonly year: number; readonly count: number }[];
  readonly closedAtYearEnd: readonly string[];
  readonly openAtYearEnd: readonly string[];
  /** Complaints per month of submission, January first (12 numbers). */
  readonly byMonth: readonly number[];
  /** Every role of the schema, in its order. */
  readonly byRole: readonly Tally[];
  readonly withoutRole: number;
  /** Most complaints first, then by name; "zonder categorie" for none. */
  readonly byCategory: readonly Tally[];
  /** Every intake channel of the schema, in its order. */
  readonly byChannel: readonly Tally[];
  readonly complexity: { readonly complex: number; readonly notComplex: number; readonly undetermined: number };
  readonly timeliness: {
    readonly registration: Timeliness;
    readonly acknowledgement: Timeliness;
    readonly responseNotComplex: Timeliness;
    readonly responseComplex: Timeliness;
  };
  readonly extensions: {
    readonly list: readonly ExtensionFigure[];
    /** How many complaints had one or more. */
    readonly complaints: number;
    readonly noticesOnTime: number;
    readonly noticesLate: number;
  };
  /** Null when none of the year's complaints is closed. */
  readonly leadTimes: LeadTimes | null;
  readonly outcomes: {
    readonly closed: number;
    readonly agreement: number;
    readonly noAgreement: number;
    /** Every judgement of the schema, in its order. */
    readonly judgements: readonly Tally[];
    readonly noJudgement: number;
  };
  /** Causes of the closed complaints per category: most first, then by name. */
  readonly causes: readonly { readonly category: string; readonly entries: readonly { readonly id: string; readonly cause: string }[] }[];
  readonly measures: readonly MeasureFigure[];
  /** The structural measures of last year's complaints, as they stand now. */
  readonly lastYearStructural: readonly MeasureFigure[];
  readonly withErrors: readonly string[];
  /** Null when the register is not in git. */
  readonly history: HistoryFigures | null;
}

const NO_CATEGORY = 'zonder categorie';

/**
 * Text written by the directie (causes, reasons, measures), with any personal data of the
 * complaint's complainant taken out: people write "mevrouw Jansen belde" without thinking.
 */
export function withoutPersonalData(text: string, complaint: Complaint): string {
  let result = text;
  const c = complaint.complainant;
  for (const value of [c.name, c.address, c.email, c.phone, c.postcode, ...(c.name ?? '').split(/\s+/).filter((part) => part.length >= 4)]) {
    if (value) result = result.split(value).join('[…]');
  }
  return result;
}

/** The complaints whose id is of `year`, sorted by id. */
function complaintsOfYear(all: readonly Complaint[], year: number): (Complaint & { readonly id: string })[] {
  return all
    .filter((c): c is Complaint & { readonly id: string } => c.id !== undefined && idYear(c.id) === year)
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

function tallies(labels: readonly string[], counts: ReadonlyMap<string, number>): Tally[] {
  return labels.map((label) => ({ label, count: counts.get(label) ?? 0 }));
}

function timelinessOf(deadlines: readonly Deadline[], kind: DeadlineKind, filter: (d: Deadline) => boolean = () => true): Timeliness {
  const list = deadlines.filter((d) => d.kind === kind && filter(d));
  const met = list.filter((d) => d.state === 'met').length;
  const open = list.filter((d) => d.state === 'pending' || d.state === 'due_soon' || d.state === 'overdue');
  return {
    total: list.length,
    met,
    metPercent: percentOf(met, list.length),
    late: list.filter((d) => d.state === 'met_late').length,
    open: open.length,
    overdue: open.filter((d) => d.state === 'overdue').map((d) => d.id ?? ''),
  };
}

function timelinessFigures(complaints: readonly Complaint[], all: readonly Deadline[]): AnalysisFigures['timeliness'] {
  const own = new Set(complaints.map((c) => c.id));
  const deadlines = all.filter((d) => d.id !== null && own.has(d.id));
  const complex = new Set(complaints.filter((c) => c.complex === true).map((c) => c.id));
  return {
    registration: timelinessOf(deadlines, 'registration'),
    acknowledgement: timelinessOf(deadlines, 'acknowledgement'),
    responseNotComplex: timelinessOf(deadlines, 'response', (d) => !complex.has(d.id ?? undefined)),
    responseComplex: timelinessOf(deadlines, 'response', (d) => complex.has(d.id ?? undefined)),
  };
}

function extensionFigures(complaints: readonly (Complaint & { readonly id: string })[], all: readonly Deadline[]): AnalysisFigures['extensions'] {
  const own = new Set(complaints.map((c) => c.id));
  const notices = all.filter((d) => d.kind === 'extension_notice' && d.id !== null && own.has(d.id));
  const list = complaints.flatMap((c) => c.extensions.map((e) => ({
    id: c.id, notified: e.notified ?? null, reason: e.reason === undefined ? null : withoutPersonalData(e.reason, c), newDue: e.newDue ?? null,
  })));
  return {
    list,
    complaints: new Set(list.map((e) => e.id)).size,
    noticesOnTime: notices.filter((d) => d.state === 'met').length,
    noticesLate: notices.filter((d) => d.state === 'met_late').length,
  };
}

function leadTimesOf(complaints: readonly (Complaint & { readonly id: string })[]): LeadTimes | null {
  const times = complaints
    .flatMap((c) => (c.submitted && c.closure?.date ? [{ id: c.id, days: daysBetween(c.submitted, c.closure.date) }] : []))
    .sort((a, b) => a.days - b.days);
  const longest = times.at(-1);
  if (!longest) return null;
  const days = times.map((t) => t.days);
  return { count: times.length, median: percentile(days, 50), p90: percentile(days, 90), longest };
}

function outcomeFigures(complaints: readonly Complaint[]): AnalysisFigures['outcomes'] {
  const closures = complaints.flatMap((c) => (c.closure ? [c.closure] : []));
  const judgements = countBy(closures, (c) => c.judgement);
  return {
    closed: closures.length,
    agreement: closures.filter((c) => c.agreement === true).length,
    noAgreement: closures.filter((c) => c.agreement === false).length,
    judgements: tallies(JUDGEMENTS, judgements),
    noJudgement: judgements.get('onbekend') ?? 0,
  };
}

function causeFigures(complaints: readonly (Complaint & { readonly id: string })[]): AnalysisFigures['causes'] {
  const byCategory = new Map<string, { id: string; cause: string }[]>();
  for (const c of complaints) {
    const cause = c.closure?.cause;
    if (!cause) continue;
    const category = c.category ?? NO_CATEGORY;
    byCategory.set(category, [...(byCategory.get(category) ?? []), { id: c.id, cause: withoutPersonalData(cause, c) }]);
  }
  return [...byCategory.entries()]
    .sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
    .map(([category, entries]) => ({ category, entries }));
}

function measuresOf(complaints: readonly (Complaint & { readonly id: string })[], onlyStructural: boolean): MeasureFigure[] {
  return complaints.flatMap((c) => (c.closure?.measures ?? [])
    .filter((m) => !onlyStructural || m.structural === true)
    .map((m) => ({ id: c.id, description: withoutPersonalData(m.description ?? '', c), structural: m.structural === true, status: m.status ?? null })));
}

function whoAndWhat(complaints: readonly Complaint[]): Pick<AnalysisFigures, 'byMonth' | 'byRole' | 'withoutRole' | 'byCategory' | 'byChannel' | 'complexity'> {
  const months = countBy(complaints, (c) => c.submitted?.slice(5, 7));
  const roles = countBy(complaints, (c) => c.complainant.role);
  const categories = countBy(complaints, (c) => c.category ?? NO_CATEGORY);
  return {
    byMonth: Array.from({ length: 12 }, (_, i) => months.get(String(i + 1).padStart(2, '0')) ?? 0),
    byRole: tallies(COMPLAINANT_ROLES, roles),
    withoutRole: roles.get('onbekend') ?? 0,
    byCategory: [...categories.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([label, count]) => ({ label, count })),
    byChannel: tallies(INTAKE_CHANNELS, countBy(complaints, (c) => c.received.channel)),
    complexity: {
      complex: complaints.filter((c) => c.complex === true).length,
      notComplex: complaints.filter((c) => c.complex === false).length,
      undetermined: complaints.filter((c) => c.complex === undefined).length,
    },
  };
}

/** The figures of the yearly analysis of `input.year`. */
export function analysisFigures(input: AnalysisInput): AnalysisFigures {
  const { year, config } = input;
  const complaints = complaintsOfYear(input.complaints, year);
  const yearEnd = calendarDate(year, 12, 31);
  const closedByYearEnd = (c: Complaint): boolean => c.closure?.date !== undefined && compareDates(c.closure.date, yearEnd) <= 0;
  return {
    year,
    organisation: config.organisation.naam,
    generatedOn: input.generatedOn,
    commit: input.commit,
    backdatingDays: config.backdatingDays,
    complaints: complaints.map((c) => c.id),
    earlierYears: [year - 3, year - 2, year - 1].map((y) => ({ year: y, count: complaintsOfYear(input.complaints, y).length })),
    closedAtYearEnd: complaints.filter(closedByYearEnd).map((c) => c.id),
    openAtYearEnd: complaints.filter((c) => !closedByYearEnd(c)).map((c) => c.id),
    ...whoAndWhat(complaints),
    timeliness: timelinessFigures(complaints, input.deadlines),
    extensions: extensionFigures(complaints, input.deadlines),
    leadTimes: leadTimesOf(complaints),
    outcomes: outcomeFigures(complaints),
    causes: causeFigures(complaints),
    measures: measuresOf(complaints, false),
    lastYearStructural: measuresOf(complaintsOfYear(input.complaints, year - 1), true),
    withErrors: input.withErrors,
    history: input.history ? historyFigures(complaints, input.history, input.signatures, config) : null,
  };
}
