// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  parseCalendarDate
} from "./chunk-WXEEPH3B.mjs";

// dist/core/complaint/schema-vocabulary.js
var STATUSES = ["ontvangen", "in behandeling", "afgehandeld"];
var INTAKE_CHANNELS = ["mondeling", "telefonisch", "e-mail", "brief", "anders"];
var COMPLAINANT_ROLES = ["opdrachtgever", "medewerker", "coachee", "klant"];
var DIRECTIONS = ["in", "uit"];
var CORRESPONDENCE_KINDS = ["ontvangstbevestiging", "reactie", "verlenging", "oplossing", "overig"];
var JUDGEMENTS = ["gegrond", "deels gegrond", "ongegrond", "ingetrokken"];
var MEASURE_STATUSES = ["gepland", "uitgevoerd"];
var PROCEDURE_NAMES = ["liberi", "awb", "wkkgz"];
var COMPLAINT_ID_SOURCE = "^KL-[0-9]{4}-[0-9]{3,}$";
var COMPLAINT_ID_PATTERN = new RegExp(COMPLAINT_ID_SOURCE);
var COMPLAINT_ID_BODY = "KL-[0-9]{4}-[0-9]{3,}";
var PERSONAL_FIELDS = [
  "indiener.naam",
  "indiener.adres",
  "indiener.postcode",
  "indiener.woonplaats",
  "indiener.email",
  "indiener.telefoon",
  "correspondentie[].onderwerp",
  "correspondentie[].bijlage",
  "afhandeling.standpunt_indiener",
  "ondertekening.indiener.bijlage",
  "omschrijving"
];
var FIELD_TITLES = {
  "id": "Klachtnummer",
  "status": "Status",
  "complex": "Complexe klacht",
  "ontvangen": "Ontvangst",
  "ontvangen.datum": "Ontvangstdatum",
  "ontvangen.door": "Ontvangen door",
  "ontvangen.wijze": "Wijze van ontvangst",
  "ingediend": "Indiendatum",
  "geregistreerd": "Registratiedatum",
  "indiener": "Indiener (NAW)",
  "indiener.naam": "Naam",
  "indiener.adres": "Adres",
  "indiener.postcode": "Postcode",
  "indiener.woonplaats": "Woonplaats",
  "indiener.email": "E-mailadres",
  "indiener.telefoon": "Telefoonnummer",
  "indiener.rol": "Rol van de indiener",
  "klachtverantwoordelijke": "Klachtverantwoordelijke",
  "behandelaar": "Behandelaar",
  "categorie": "Categorie",
  "acties": "Acties",
  "acties[].datum": "Datum",
  "acties[].actie": "Actie",
  "correspondentie": "Correspondentie",
  "correspondentie[].datum": "Datum",
  "correspondentie[].richting": "Richting",
  "correspondentie[].soort": "Soort",
  "correspondentie[].onderwerp": "Onderwerp",
  "correspondentie[].kanaal": "Kanaal",
  "correspondentie[].bijlage": "Bijlage",
  "verlengingen": "Verlengingen",
  "verlengingen[].gemeld": "Gemeld op",
  "verlengingen[].reden": "Reden",
  "verlengingen[].nieuwe_termijn": "Nieuwe termijn",
  "afhandeling": "Afhandeling (klachtdossier)",
  "afhandeling.datum": "Afhandeldatum",
  "afhandeling.oorzaak": "Oorzaak",
  "afhandeling.oplossing": "Oplossing",
  "afhandeling.standpunt_indiener": "Standpunt indiener",
  "afhandeling.standpunt_directie": "Standpunt directie",
  "afhandeling.overeenstemming": "Overeenstemming",
  "afhandeling.oordeel": "Oordeel",
  "afhandeling.maatregelen": "Maatregelen",
  "afhandeling.maatregelen[].omschrijving": "Omschrijving",
  "afhandeling.maatregelen[].structureel": "Structureel",
  "afhandeling.maatregelen[].status": "Status",
  "ondertekening": "Ondertekening",
  "ondertekening.indiener": "Ondertekening indiener",
  "ondertekening.indiener.datum": "Datum",
  "ondertekening.indiener.wijze": "Wijze",
  "ondertekening.indiener.bijlage": "Bijlage",
  "ondertekening.directie": "Ondertekening directie",
  "ondertekening.directie.datum": "Datum",
  "ondertekening.directie.naam": "Naam",
  "geanonimiseerd": "Geanonimiseerd op"
};

// dist/core/complaint/complaint.js
function record(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : void 0;
}
function text(value) {
  return typeof value === "string" && value.length > 0 ? value : void 0;
}
function bool(value) {
  return typeof value === "boolean" ? value : void 0;
}
function oneOf(value, allowed) {
  return typeof value === "string" && allowed.includes(value) ? value : void 0;
}
function list(value) {
  return Array.isArray(value) ? value.map((item) => record(item) ?? {}) : [];
}
function toComplaint(file, data, body) {
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
      channel: oneOf(received.wijze, INTAKE_CHANNELS)
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
      role: oneOf(complainant.rol, COMPLAINANT_ROLES)
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
      attachment: text(c.bijlage)
    })),
    extensions: list(data.verlengingen).map((v) => ({
      notified: parseCalendarDate(v.gemeld),
      reason: text(v.reden),
      newDue: parseCalendarDate(v.nieuwe_termijn)
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
        description: text(m.omschrijving),
        structural: bool(m.structureel),
        status: oneOf(m.status, MEASURE_STATUSES)
      }))
    },
    signatures: {
      complainant: complainantSignature && {
        date: parseCalendarDate(complainantSignature.datum),
        manner: text(complainantSignature.wijze),
        attachment: text(complainantSignature.bijlage)
      },
      management: managementSignature && { date: parseCalendarDate(managementSignature.datum), name: text(managementSignature.naam) }
    },
    anonymised: parseCalendarDate(data.geanonimiseerd),
    description: body
  };
}
function firstOutgoing(complaint, kind) {
  let first;
  for (const letter of complaint.correspondence) {
    if (letter.direction === "uit" && letter.kind === kind && letter.date !== void 0 && (first === void 0 || letter.date < first.date))
      first = letter;
  }
  return first;
}
function isComplaintId(id) {
  return COMPLAINT_ID_PATTERN.test(id);
}
function idYear(id) {
  return isComplaintId(id) ? Number(id.split("-")[1]) : void 0;
}
function idNumber(id) {
  return isComplaintId(id) ? Number(id.split("-")[2]) : void 0;
}
function formatId(year, sequence) {
  return `KL-${year}-${String(sequence).padStart(3, "0")}`;
}

export {
  STATUSES,
  INTAKE_CHANNELS,
  COMPLAINANT_ROLES,
  DIRECTIONS,
  CORRESPONDENCE_KINDS,
  JUDGEMENTS,
  MEASURE_STATUSES,
  PROCEDURE_NAMES,
  COMPLAINT_ID_BODY,
  PERSONAL_FIELDS,
  FIELD_TITLES,
  toComplaint,
  firstOutgoing,
  isComplaintId,
  idYear,
  idNumber,
  formatId
};
