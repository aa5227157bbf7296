/**
 * The documents of a complaint (README "Formulieren en brieven", `klacht pdf --soort`): which apply to a
 * complaint, and the data each template receives. Pure: dates are written out in Dutch here, the
 * description arrives as sanitised HTML from the renderer, and templates only place values.
 */
import type { CalendarDate } from '../time/calendar-date.js';
import { firstOutgoing, type Complaint, type IntakeChannel } from './complaint.js';
import type { RegisterConfig } from './config.js';
import { deadlineKindName, STATE_NAMES, type Deadline } from '../time/deadline.js';
import { formatDateDutch } from '../text/dutch.js';
import { contentVerified, describeStep, managementSignatureConfirmed, type SignatureEvidence } from '../signing/evidence.js';

export const DOCUMENT_KINDS = ['formulier', 'dossier', 'ontvangstbevestiging', 'verlenging', 'reactie'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const DOCUMENT_TITLES: Readonly<Record<DocumentKind, string>> = {
  formulier: 'Klachtenformulier',
  dossier: 'Klachtdossier',
  ontvangstbevestiging: 'Ontvangstbevestiging',
  verlenging: 'Verlengingsbericht',
  reactie: 'Reactie op uw klacht',
};

/** Why a document does not apply yet, and the step that makes it apply (its command's name). */
export interface NotApplicable {
  /** Dutch, without field names: it is read on a form's page too. */
  readonly reason: string;
  readonly step: 'registreer' | 'verleng' | 'reactie' | 'handel-af';
}

/** Why a document does not apply to a complaint, or undefined when it does. */
export function notApplicable(kind: DocumentKind, complaint: Complaint): NotApplicable | undefined {
  switch (kind) {
    case 'formulier':
      return undefined;
    case 'dossier':
      return complaint.closure ? undefined : { reason: 'de klacht is nog niet afgehandeld (het dossier volgt bij de afhandeling)', step: 'handel-af' };
    case 'ontvangstbevestiging':
      return complaint.status === 'in behandeling' || complaint.status === 'afgehandeld' ? undefined : { reason: 'de klacht is nog niet geregistreerd', step: 'registreer' };
    case 'verlenging':
      return complaint.extensions.length > 0 ? undefined : { reason: 'er is geen verlenging vastgelegd', step: 'verleng' };
    case 'reactie':
      return complaint.closure?.solution ? undefined : { reason: 'de inhoud van de reactie (oorzaak, standpunt, oplossing) is nog niet vastgelegd', step: 'reactie' };
  }
}

// Typed by the schema's values: a new way of intake needs its wording here.
const CHANNELS: Readonly<Record<IntakeChannel, string>> = {
  mondeling: 'mondeling', telefonisch: 'telefonisch', 'e-mail': 'per e-mail', brief: 'per brief', anders: 'anders',
};

const dutch = (date: CalendarDate | undefined): string => (date ? formatDateDutch(date) : '');
const yesNo = (value: boolean | undefined): string => (value === undefined ? '' : value ? 'ja' : 'nee');

/** Everything a template may use. Strings only (already in Dutch); the body is sanitised HTML. */
export interface DocumentModel {
  readonly kind: DocumentKind;
  readonly title: string;
  readonly today: string;
  readonly organisation: { naam: string; adres: string; email: string; telefoon: string; logo: string };
  readonly klacht: Record<string, unknown>;
  readonly omschrijving_html: string;
  /** For letters: the letter's date and who signs it. */
  readonly plaats_datum: string;
  readonly afzender: string;
}

/** The data of one document for the template. `bodyHtml` is the description after sanitising. */
export function documentModel(
  kind: DocumentKind,
  complaint: Complaint,
  deadlines: readonly Deadline[],
  config: RegisterConfig,
  today: CalendarDate,
  bodyHtml: string,
  logoDataUrl = '',
  evidence: SignatureEvidence = {},
): DocumentModel {
  const c = complaint;
  const response = deadlines.find((d) => d.kind === 'response');
  // The acknowledgement promises the term as it stood then: before any extension (the first
  // extension's notice is due on exactly that date).
  const firstTerm = deadlines.find((d) => d.kind === 'extension_notice' && d.extension === 0)?.due ?? response?.due;
  const latestExtension = c.extensions.at(-1);
  const closure = c.closure;
  return {
    kind,
    title: DOCUMENT_TITLES[kind],
    today: formatDateDutch(today),
    organisation: {
      naam: config.organisation.naam,
      adres: config.organisation.adres ?? '',
      email: config.organisation.email ?? '',
      telefoon: config.organisation.telefoon ?? '',
      logo: logoDataUrl,
    },
    klacht: {
      id: c.id ?? '',
      status: c.status ?? '',
      complex: c.complex === undefined ? 'nog niet bepaald' : c.complex ? 'ja' : 'nee',
      ontvangen: { datum: dutch(c.received.date), door: c.received.by ?? '', wijze: c.received.channel ? CHANNELS[c.received.channel] : '' },
      ingediend: dutch(c.submitted),
      geregistreerd: dutch(c.registered),
      indiener: {
        naam: c.complainant.name ?? '', adres: c.complainant.address ?? '', postcode: c.complainant.postcode ?? '',
        woonplaats: c.complainant.city ?? '', email: c.complainant.email ?? '', telefoon: c.complainant.phone ?? '', rol: c.complainant.role ?? '',
      },
      klachtverantwoordelijke: c.responsible ?? '',
      behandelaar: c.handler ?? '',
      categorie: c.category ?? '',
      acties: c.actions.map((a) => ({ datum: dutch(a.date), actie: a.action ?? '' })),
      correspondentie: c.correspondence.map((l) => ({
        datum: dutch(l.date), richting: l.direction === 'in' ? 'van indiener' : l.direction === 'uit' ? 'aan indiener' : '', soort: l.kind ?? '', onderwerp: l.subject ?? '',
        kanaal: l.channel ?? '', bijlage: l.attachment ?? '',
      })),
      verlengingen: c.extensions.map((e, i) => ({ nummer: i + 1, gemeld: dutch(e.notified), reden: e.reason ?? '', nieuwe_termijn: dutch(e.newDue) })),
      laatste_verlenging: latestExtension
        ? { gemeld: dutch(latestExtension.notified), reden: latestExtension.reason ?? '', nieuwe_termijn: dutch(latestExtension.newDue) }
        : null,
      // "Per omgaande" for a simple complaint; the date for a complex one (the letter's promise).
      reactie_uiterlijk: response ? formatDateDutch(response.due) : '',
      reactie_uiterlijk_oorspronkelijk: firstTerm ? formatDateDutch(firstTerm) : '',
      reactie_per_omgaande: c.complex !== true,
      ontvangstbevestiging_datum: dutch(firstOutgoing(c, 'ontvangstbevestiging')?.date),
      reactie_datum: dutch(firstOutgoing(c, 'reactie')?.date),
      afhandeling: closure
        ? {
          datum: dutch(closure.date), oorzaak: closure.cause ?? '', oplossing: closure.solution ?? '',
          standpunt_indiener: closure.complainantPosition ?? '', standpunt_directie: closure.managementPosition ?? '',
          overeenstemming: yesNo(closure.agreement), oordeel: closure.judgement ?? '',
          maatregelen: closure.measures.map((m) => ({ omschrijving: m.description ?? '', structureel: yesNo(m.structural), status: m.status ?? '' })),
        }
        : null,
      // A signature in the file is printed as signed ("Getekend") only when GitHub confirms that the
      // directie approved exactly this content (and, for the directie, that director's approval);
      // otherwise it is what the file says, not yet approved.
      ondertekening: {
        indiener: c.signatures.complainant
          ? { datum: dutch(c.signatures.complainant.date), wijze: c.signatures.complainant.manner ?? '', bijlage: c.signatures.complainant.attachment ?? '', bevestigd: contentVerified(evidence) }
          : null,
        directie: c.signatures.management
          ? { datum: dutch(c.signatures.management.date), naam: c.signatures.management.name ?? '', getekend: managementSignatureConfirmed(evidence, c.signatures.management.name) }
          : null,
      },
      // The directie's signature as the history shows it: which pull request, approved by whom, and
      // whether that is exactly the content printed.
      bewijs: { registratie: describeStep(evidence.registratie, config, evidence.content), afhandeling: describeStep(evidence.afhandeling, config, evidence.content) },
      termijnen: deadlines.filter((d) => d.kind !== 'annual_analysis').map((d) => ({
        soort: deadlineKindName(d),
        uiterlijk: formatDateDutch(d.due),
        gedaan: d.done ? formatDateDutch(d.done) : '',
        stand: STATE_NAMES[d.state],
      })),
    },
    omschrijving_html: bodyHtml,
    plaats_datum: letterDate(kind, complaint, today),
    afzender: c.responsible ?? c.handler ?? 'De directie',
  };
}

/** A letter is dated as recorded in the correspondence (or the extension notice); otherwise today. */
function letterDate(kind: DocumentKind, complaint: Complaint, today: CalendarDate): string {
  switch (kind) {
    case 'ontvangstbevestiging': return formatDateDutch(firstOutgoing(complaint, 'ontvangstbevestiging')?.date ?? today);
    case 'reactie': return formatDateDutch(firstOutgoing(complaint, 'reactie')?.date ?? today);
    case 'verlenging': return formatDateDutch(complaint.extensions.at(-1)?.notified ?? today);
    default: return formatDateDutch(today);
  }
}

/** `KL-2026-007-formulier.pdf`: the id and the kind, never a person's name. */
export function documentFileName(id: string, kind: DocumentKind): string {
  return `${id}-${kind}.pdf`;
}
