/**
 * The typed complaint. The file's Dutch field names are mapped to English identifiers here, once.
 * The mapping is lenient: a field with the wrong type is left out rather than guessed, so that
 * deadlines and lists still work, "as far as the dates allow", for files with findings.
 */
import { parseCalendarDate, type CalendarDate } from '../time/calendar-date.js';

import {
  COMPLAINANT_ROLES, COMPLAINT_ID_PATTERN, CORRESPONDENCE_KINDS, DIRECTIONS, INTAKE_CHANNELS, JUDGEMENTS, MEASURE_STATUSES, STATUSES,
  type ComplainantRole, type CorrespondenceKind, type Direction, type IntakeChannel, type Judgement, type MeasureStatus, type Status,
} from './schema-vocabulary.js';

export { STATUSES };
export type { ComplainantRole, CorrespondenceKind, Direction, IntakeChannel, Judgement, MeasureStatus, Status };

export interface Complainant {
  readonly name?: string;
  readonly address?: string;
  readonly postcode?: string;
  readonly city?: string;
  readonly email?: string;
  readonly phone?: string;
  readonly role?: ComplainantRole;
}

export interface Action { readonly date?: CalendarDate; readonly action?: string }

export interface Letter {
  readonly date?: CalendarDate;
  readonly direction?: Direction;
  readonly kind?: CorrespondenceKind;
  readonly subject?: string;
  readonly channel?: string;
  readonly attachment?: string;
}

export interface Extension { readonly notified?: CalendarDate; readonly reason?: string; readonly newDue?: CalendarDate }

export interface Measure { readonly description?: string; readonly structural?: boolean; readonly status?: MeasureStatus }

export interface Closure {
  readonly date?: CalendarDate;
  readonly cause?: string;
  readonly solution?: string;
  readonly complainantPosition?: string;
  readonly managementPosition?: string;
  readonly agreement?: boolean;
  readonly judgement?: Judgement;
  readonly measures: readonly Measure[];
}

export interface Signatures {
  readonly complainant?: { readonly date?: CalendarDate; readonly manner?: string; readonly attachment?: string };
  readonly management?: { readonly date?: CalendarDate; readonly name?: string };
}

export interface Complaint {
  /** Path relative to the register root. */
  readonly file: string;
  readonly id?: string;
  readonly status?: Status;
  readonly complex?: boolean;
  readonly received: { readonly date?: CalendarDate; readonly by?: string; readonly channel?: IntakeChannel };
  readonly submitted?: CalendarDate;
  readonly registered?: CalendarDate;
  /** Personal data. */
  readonly complainant: Complainant;
  readonly responsible?: string;
  readonly handler?: string;
  readonly category?: string;
  readonly actions: readonly Action[];
  readonly correspondence: readonly Letter[];
  readonly extensions: readonly Extension[];
  readonly closure?: Closure;
  readonly signatures: Signatures;
  readonly anonymised?: CalendarDate;
  /** The Markdown body: personal data. */
  readonly description: string;
}

type Raw = Record<string, unknown>;

function record(value: unknown): Raw | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Raw) : undefined;
}
function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}
function bool(value: unknown): boolean | undefined {
  return typeof value === 'boolean' ? value : undefined;
}
function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}
function list(value: unknown): Raw[] {
  return Array.isArray(value) ? value.map((item) => record(item) ?? {}) : [];
}

/** Maps validated (or partly valid) frontmatter data and the body to a Complaint. */
export function toComplaint(file: string, data: Raw, body: string): Complaint {
  const received = record(data.ontvangen) ?? {};
  const complainant = record(data.indiener) ?? {};
  const closure = record(data.afhandeling);
  const signatures = record(data.ondertekening) ?? {};
  const complainantSignature = record(signatures.indiener);
  const managementSignature = record(signatures.directie);
  return {
    file,
    id: text(data.id),
    status: oneOf(data.status, STATUSES),
    complex: bool(data.complex),
    received: {
      date: parseCalendarDate(received.datum),
      by: text(received.door),
      channel: oneOf(received.wijze, INTAKE_CHANNELS),
    },
    submitted: parseCalendarDate(data.ingediend),
    registered: parseCalendarDate(data.geregistreerd),
    complainant: {
      name: text(complainant.naam),
      address: text(complainant.adres),
      postcode: text(complainant.postcode),
      city: text(complainant.woonplaats),
      email: text(complainant.email),
      phone: text(complainant.telefoon),
      role: oneOf(complainant.rol, COMPLAINANT_ROLES),
    },
    responsible: text(data.klachtverantwoordelijke),
    handler: text(data.behandelaar),
    category: text(data.categorie),
    actions: list(data.acties).map((a) => ({ date: parseCalendarDate(a.datum), action: text(a.actie) })),
    correspondence: list(data.correspondentie).map((c) => ({
      date: parseCalendarDate(c.datum),
      direction: oneOf(c.richting, DIRECTIONS),
      kind: oneOf(c.soort, CORRESPONDENCE_KINDS),
      subject: text(c.onderwerp),
      channel: text(c.kanaal),
      attachment: text(c.bijlage),
    })),
    extensions: list(data.verlengingen).map((v) => ({
      notified: parseCalendarDate(v.gemeld), reason: text(v.reden), newDue: parseCalendarDate(v.nieuwe_termijn),
    })),
    closure: closure && {
      date: parseCalendarDate(closure.datum),
      cause: text(closure.oorzaak),
      solution: text(closure.oplossing),
      complainantPosition: text(closure.standpunt_indiener),
      managementPosition: text(closure.standpunt_directie),
      agreement: bool(closure.overeenstemming),
      judgement: oneOf(closure.oordeel, JUDGEMENTS),
      measures: list(closure.maatregelen).map((m) => ({
        description: text(m.omschrijving), structural: bool(m.structureel), status: oneOf(m.status, MEASURE_STATUSES),
      })),
    },
    signatures: {
      complainant: complainantSignature && {
        date: parseCalendarDate(complainantSignature.datum), manner: text(complainantSignature.wijze), attachment: text(complainantSignature.bijlage),
      },
      management: managementSignature && { date: parseCalendarDate(managementSignature.datum), name: text(managementSignature.naam) },
    },
    anonymised: parseCalendarDate(data.geanonimiseerd),
    description: body,
  };
}

/** The first outgoing letter of a kind, by date. */
export function firstOutgoing(complaint: Complaint, kind: CorrespondenceKind): Letter | undefined {
  // The earliest by date; of equal dates the first listed. A loop, not filter and sort: this runs
  // for every complaint on every deadline run.
  let first: Letter | undefined;
  for (const letter of complaint.correspondence) {
    if (letter.direction === 'uit' && letter.kind === kind && letter.date !== undefined && (first === undefined || letter.date < (first.date as string))) first = letter;
  }
  return first;
}

/** True for a complaint id as the schema writes it (`KL-2026-007`). */
export function isComplaintId(id: string): boolean {
  return COMPLAINT_ID_PATTERN.test(id);
}

/** The year in a complaint id (`KL-2026-007` -> 2026). */
export function idYear(id: string): number | undefined {
  // KL-<jaar>-<volgnummer>: once the schema's pattern holds, the parts sit between the dashes.
  return isComplaintId(id) ? Number(id.split('-')[1]) : undefined;
}

/** The sequence number in a complaint id (`KL-2026-007` -> 7). */
export function idNumber(id: string): number | undefined {
  return isComplaintId(id) ? Number(id.split('-')[2]) : undefined;
}

/** `KL-2026-007` from year and number. */
export function formatId(year: number, sequence: number): string {
  return `KL-${year}-${String(sequence).padStart(3, '0')}`;
}
