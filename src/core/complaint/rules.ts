/**
 * The rules of the file format that go beyond types (README "Het bestandsformaat"): where the
 * file lives, the order of dates, what a closed complaint needs, the body, extensions. Each has its own rule id. The schema has
 * already reported wrong types; these rules only look at values of the right type.
 */
import { compareDates, parseCalendarDate, type CalendarDate } from '../time/calendar-date.js';
import { formatDateDutch, plural } from '../text/dutch.js';
import { extensionLedger } from '../time/extension-ledger.js';
import type { Procedure } from '../time/procedure.js';
import { closest } from '../text/suggest.js';
import { idYear, type Complaint } from './complaint.js';
import { error, warning, type FieldPath, type Issue } from './issue.js';
import type { RegisterConfig } from './config.js';
import { complaintSchema, schemaAt } from './schema.js';
import { printable } from '../text/path-names.js';

export interface RuleContext {
  /** Path relative to the register root, with `/`. */
  readonly file: string;
  readonly today: CalendarDate;
  readonly config: RegisterConfig;
  readonly procedure: Procedure;
  /** The response due date before any extension, when it can be computed. */
  readonly responseDueBeforeExtensions: (complaint: Complaint) => CalendarDate | undefined;
}

const FILE_PATTERN = /^complaints\/(\d{4})\/([^/]+)\.md$/;

/**
 * Every dated field of the frontmatter with its path, for order and future checks; with `keep`,
 * only the dates it accepts (the rules ask only for dates out of range, so clean files build no paths).
 */
export function datedFields(
  data: Record<string, unknown>,
  keep: (date: CalendarDate) => boolean = () => true,
): { path: FieldPath; date: CalendarDate }[] {
  const found: { path: FieldPath; date: CalendarDate }[] = [];
  // Only fields the schema knows are followed: unknown keys are findings of their own, and a
  // document full of aliases must not be walked node by node. The path is one stack, copied
  // only when a date is found: this runs for every file of the register.
  const path: (string | number)[] = [];
  const visit = (value: unknown, shape: Shape): void => {
    if (typeof value === 'string') {
      const date = shape.date ? parseCalendarDate(value) : undefined;
      if (date && keep(date)) found.push({ path: [...path], date });
    } else if (Array.isArray(value)) {
      const items = shape.items;
      if (!items) return;
      for (let index = 0; index < value.length; index++) {
        path.push(index);
        visit(value[index], items);
        path.pop();
      }
    } else if (value !== null && typeof value === 'object') {
      const properties = shape.properties;
      if (!properties) return;
      for (const key in value) {
        const child = properties.get(key);
        if (!child || !Object.hasOwn(value, key)) continue;
        path.push(key);
        visit((value as Record<string, unknown>)[key], child);
        path.pop();
      }
    }
  };
  visit(data, complaintShape());
  return found;
}

/** The schema folded to what `datedFields` needs: which fields exist and which are dates. */
interface Shape {
  readonly date: boolean;
  readonly properties?: ReadonlyMap<string, Shape>;
  readonly items?: Shape;
}

let shapeOfComplaint: Shape | undefined;

function complaintShape(): Shape {
  shapeOfComplaint ??= shapeAt([]);
  return shapeOfComplaint;
}

function shapeAt(path: (string | number)[]): Shape {
  const schema = schemaAt(complaintSchema, path);
  if (schema === undefined) return { date: false };
  const properties = schema.properties
    ? new Map(Object.keys(schema.properties).map((key) => [key, shapeAt([...path, key])] as const))
    : undefined;
  const items = schema.items ? shapeAt([...path, 0]) : undefined;
  return { date: schema.format === 'date', ...(properties && { properties }), ...(items && { items }) };
}

function named(path: FieldPath, date: CalendarDate): string {
  return `'${path.join('.')}' (${formatDateDutch(date)})`;
}

/** Rules for one complaint file. `complaint` is the lenient typed view of `data`. */
export function complaintRules(data: Record<string, unknown>, complaint: Complaint, context: RuleContext): Issue[] {
  const issues: Issue[] = [];
  issues.push(...locationRules(complaint, context.file));
  issues.push(...dateOrderRules(data, complaint, context.today));
  issues.push(...statusRules(complaint));
  issues.push(...extensionRules(complaint, context));
  if (complaint.category !== undefined && context.config.categories.length > 0 && !context.config.categories.includes(complaint.category)) {
    const suggestion = closest(complaint.category, context.config.categories);
    const shown = suggestion ? ` '${complaint.category}'` : '';
    issues.push(error('invalid-value', ['categorie'], 'value',
      `Categorie${shown} staat niet in klachtenregister.yml.${suggestion ? ` Bedoelde u '${suggestion}'?` : ''} Kies uit: ${context.config.categories.join(', ')}.`));
  }
  if (complaint.description.trim() === '') {
    issues.push(error('empty-body', [], 'body',
      'De omschrijving van de klacht ontbreekt. Schrijf onder de tweede --- wat de indiener aangeeft.'));
  }
  return issues;
}

function locationRules(complaint: Complaint, file: string): Issue[] {
  const match = FILE_PATTERN.exec(file);
  if (!match) {
    return [error('file-location', [], 'file',
      `Een klachtbestand hoort in complaints/<jaar>/<klachtnummer>.md te staan, niet in ${printable(file)}.`)];
  }
  const [, folderYear, name] = match;
  const id = complaint.id;
  if (id === undefined || idYear(id) === undefined) return [];
  const issues: Issue[] = [];
  if (name !== id) {
    issues.push(error('id-mismatch', ['id'], 'value', `Het klachtnummer ${id} past niet bij de bestandsnaam ${name}.md. Noem het bestand ${id}.md of pas het klachtnummer aan.`));
  }
  if (folderYear !== String(idYear(id))) {
    issues.push(error('id-mismatch', ['id'], 'value', `Het klachtnummer ${id} past niet bij de map complaints/${folderYear}/. Zet het bestand in complaints/${idYear(id)}/.`));
  }
  if (complaint.submitted && Number(complaint.submitted.slice(0, 4)) !== idYear(id)) {
    issues.push(error('id-year', ['id'], 'value', `Het jaar in klachtnummer ${id} moet het jaar van indiening zijn (${complaint.submitted.slice(0, 4)}).`));
  }
  return issues;
}

function dateOrderRules(data: Record<string, unknown>, complaint: Complaint, today: CalendarDate): Issue[] {
  const issues: Issue[] = [];
  const received = complaint.received.date;
  const { submitted, registered } = complaint;
  if (received && submitted && compareDates(submitted, received) < 0) {
    issues.push(error('date-order', ['ingediend'], 'value', `De indiendatum ${named(['ingediend'], submitted)} ligt vóór de ontvangstdatum ${named(['ontvangen', 'datum'], received)}.`));
  }
  if (submitted && registered && compareDates(registered, submitted) < 0) {
    issues.push(error('date-order', ['geregistreerd'], 'value', `De registratiedatum ${named(['geregistreerd'], registered)} ligt vóór de indiendatum ${named(['ingediend'], submitted)}.`));
  }
  const closed = complaint.closure?.date;
  if (closed && submitted && compareDates(closed, submitted) < 0) {
    issues.push(error('date-order', ['afhandeling', 'datum'], 'value', `De afhandeldatum ${named(['afhandeling', 'datum'], closed)} ligt vóór de indiendatum ${named(['ingediend'], submitted)}.`));
  }
  const reported = new Set(issues.map((i) => i.path.join('.')));
  const outOfRange = (date: CalendarDate): boolean => (received !== undefined && compareDates(date, received) < 0) || compareDates(date, today) > 0;
  for (const { path, date } of datedFields(data, outOfRange)) {
    const key = path.join('.');
    if (received && !reported.has(key) && key !== 'ontvangen.datum' && compareDates(date, received) < 0) {
      issues.push(error('date-order', path, 'value', `Datum ${named(path, date)} ligt vóór de ontvangst van de klacht ${named(['ontvangen', 'datum'], received)}.`));
    }
    // A promised new term lies in the future by nature.
    if (path[path.length - 1] !== 'nieuwe_termijn' && compareDates(date, today) > 0) {
      issues.push(warning('date-future', path, 'value', `Datum ${named(path, date)} ligt na vandaag (${formatDateDutch(today)}). Klopt dat?`));
    }
  }
  return issues;
}

function statusRules(complaint: Complaint): Issue[] {
  const issues: Issue[] = [];
  const { status } = complaint;
  if ((status === 'in behandeling' || status === 'afgehandeld') && complaint.signatures.complainant === undefined) {
    issues.push(warning('unsigned-complainant', ['ondertekening', 'indiener'], 'missing',
      'De ondertekening door de indiener ontbreekt. Leg vast wanneer en hoe de indiener het klachtenformulier tekende: formulier "Handtekening indiener vastleggen" of klacht teken.'));
  }
  if (status === 'afgehandeld' && !complaint.correspondence.some((c) => c.direction === 'uit' && c.kind === 'reactie')) {
    issues.push(error('reply-missing', ['correspondentie'], complaint.correspondence.length > 0 ? 'key' : 'missing',
      'Een afgehandelde klacht heeft een verstuurde schriftelijke reactie aan de indiener. Leg vast dat de reactie verstuurd is: formulier "Brief vastleggen" (richting uit, soort reactie) of klacht brief.'));
  }
  return issues;
}

function extensionRules(complaint: Complaint, context: RuleContext): Issue[] {
  const issues: Issue[] = [];
  if (complaint.extensions.length === 0) return issues;
  const base = context.responseDueBeforeExtensions(complaint);
  const warningDays = context.config.warningDays;
  // Without a response term (no indiendatum) the extensions are checked against their own dates only.
  const entries = base ? extensionLedger(complaint.extensions, base, context.procedure, warningDays).entries : [];
  complaint.extensions.forEach(({ newDue, notified }, index) => {
    const path = ['verlengingen', index, 'nieuwe_termijn'];
    if (newDue && notified && compareDates(newDue, notified) <= 0) {
      issues.push(error('extension-term', path, 'value',
        `De nieuwe termijn ${named(path, newDue)} moet na de melding ${named(['verlengingen', index, 'gemeld'], notified)} liggen.`));
    }
  });
  for (const entry of entries) {
    const { index } = entry;
    const { newDue, notified } = entry.extension;
    const termPath = ['verlengingen', index, 'nieuwe_termijn'];
    const noticePath = ['verlengingen', index, 'gemeld'];
    switch (entry.problem) {
      case 'not-later':
        issues.push(error('extension-term', termPath, 'value',
          `De nieuwe termijn ${named(termPath, newDue as CalendarDate)} moet later zijn dan de termijn die hij verlengt (${formatDateDutch(entry.extends)}).`));
        break;
      case 'late':
        issues.push(warning('extension-late', noticePath, 'value',
          `Deze verlenging is gemeld op ${formatDateDutch(notified as CalendarDate)}, op of na de termijn die ze verlengt (${formatDateDutch(entry.extends)}). Ze telt niet mee: de termijn blijft ${formatDateDutch(entry.extends)}.`));
        break;
      case 'too-many':
        issues.push(warning('extension-limit', ['verlengingen', index], 'value',
          `De procedure staat ${plural(context.procedure.verlenging.max_aantal ?? 0, 'verlenging', 'verlengingen')} toe; deze verlenging telt niet mee.`));
        break;
      case 'too-long':
        issues.push(warning('extension-limit', termPath, 'value',
          `Samen verlengen de verlengingen de termijn met meer dan ${plural(context.procedure.verlenging.max_dagen ?? 0, 'dag', 'dagen')}; deze verlenging telt niet mee. Langer uitstel kan alleen met schriftelijke instemming van de indiener.`));
        break;
      default:
        if (entry.shortNotice) {
          issues.push(warning('extension-short-notice', noticePath, 'value',
            `Deze verlenging is minder dan ${plural(warningDays, 'dag', 'dagen')} voor het verstrijken van de termijn (${formatDateDutch(entry.extends)}) gemeld: niet ruim voor het verstrijken, zoals de procedure vraagt.`));
        }
    }
  }
  return issues;
}

/** Duplicate ids across files: a finding on every file after the first (in path order), naming the first. */
export function duplicateIdIssues(files: readonly { file: string; id: string | undefined }[]): Map<string, Issue> {
  const firstById = new Map<string, string>();
  const issues = new Map<string, Issue>();
  for (const { file, id } of [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    if (id === undefined) continue;
    const first = firstById.get(id);
    if (first === undefined) {
      firstById.set(id, file);
    } else {
      issues.set(file, error('duplicate-id', ['id'], 'value', `Klachtnummer ${id} bestaat al in ${printable(first)}. Geef deze klacht een eigen nummer.`));
    }
  }
  return issues;
}
