// Generated from schema/ by npm run docs (tools/schema-vocabulary.ts); do not edit.
/**
 * The words of the schemas that code needs as values: the allowed values of each field with a
 * fixed choice, the complaint-id pattern, the personal fields and the titles of the fields. The
 * schema is their one source.
 */

/** Status: the values of `status` in schema/complaint.schema.json. */
export const STATUSES = ['ontvangen', 'in behandeling', 'afgehandeld'] as const;
export type Status = (typeof STATUSES)[number];

/** Wijze van ontvangst: the values of `ontvangen.wijze` in schema/complaint.schema.json. */
export const INTAKE_CHANNELS = ['mondeling', 'telefonisch', 'e-mail', 'brief', 'anders'] as const;
export type IntakeChannel = (typeof INTAKE_CHANNELS)[number];

/** Rol van de indiener: the values of `indiener.rol` in schema/complaint.schema.json. */
export const COMPLAINANT_ROLES = ['opdrachtgever', 'medewerker', 'coachee', 'klant'] as const;
export type ComplainantRole = (typeof COMPLAINANT_ROLES)[number];

/** Richting: the values of `correspondentie[].richting` in schema/complaint.schema.json. */
export const DIRECTIONS = ['in', 'uit'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** Soort: the values of `correspondentie[].soort` in schema/complaint.schema.json. */
export const CORRESPONDENCE_KINDS = ['ontvangstbevestiging', 'reactie', 'verlenging', 'oplossing', 'overig'] as const;
export type CorrespondenceKind = (typeof CORRESPONDENCE_KINDS)[number];

/** Oordeel: the values of `afhandeling.oordeel` in schema/complaint.schema.json. */
export const JUDGEMENTS = ['gegrond', 'deels gegrond', 'ongegrond', 'ingetrokken'] as const;
export type Judgement = (typeof JUDGEMENTS)[number];

/** Status: the values of `afhandeling.maatregelen[].status` in schema/complaint.schema.json. */
export const MEASURE_STATUSES = ['gepland', 'uitgevoerd'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

/** Procedure: the values of `procedure` in schema/config.schema.json. */
export const PROCEDURE_NAMES = ['liberi', 'awb', 'wkkgz'] as const;
export type ProcedureName = (typeof PROCEDURE_NAMES)[number];

/** The complaint id (KL-<jaar>-<volgnummer>): the `pattern` of `id` in schema/complaint.schema.json. */
export const COMPLAINT_ID_SOURCE = '^KL-[0-9]{4}-[0-9]{3,}$';
export const COMPLAINT_ID_PATTERN = new RegExp(COMPLAINT_ID_SOURCE);
/** The same pattern without its anchors, to build a longer one (a path) around it. */
export const COMPLAINT_ID_BODY = 'KL-[0-9]{4}-[0-9]{3,}';

/**
 * The complainant's personal data: the fields marked "x-persoonsgegeven" in
 * schema/complaint.schema.json, `[]` for every item of a list, and the body as `omschrijving`.
 * `klacht anonimiseer` replaces exactly these.
 */
export const PERSONAL_FIELDS = [
  'indiener.naam',
  'indiener.adres',
  'indiener.postcode',
  'indiener.woonplaats',
  'indiener.email',
  'indiener.telefoon',
  'correspondentie[].onderwerp',
  'correspondentie[].bijlage',
  'afhandeling.standpunt_indiener',
  'ondertekening.indiener.bijlage',
  'omschrijving',
] as const;
export type PersonalField = (typeof PERSONAL_FIELDS)[number];

/** The title of each field of schema/complaint.schema.json, by its name in the field reference. */
export const FIELD_TITLES = {
  'id': 'Klachtnummer',
  'status': 'Status',
  'complex': 'Complexe klacht',
  'ontvangen': 'Ontvangst',
  'ontvangen.datum': 'Ontvangstdatum',
  'ontvangen.door': 'Ontvangen door',
  'ontvangen.wijze': 'Wijze van ontvangst',
  'ingediend': 'Indiendatum',
  'geregistreerd': 'Registratiedatum',
  'indiener': 'Indiener (NAW)',
  'indiener.naam': 'Naam',
  'indiener.adres': 'Adres',
  'indiener.postcode': 'Postcode',
  'indiener.woonplaats': 'Woonplaats',
  'indiener.email': 'E-mailadres',
  'indiener.telefoon': 'Telefoonnummer',
  'indiener.rol': 'Rol van de indiener',
  'klachtverantwoordelijke': 'Klachtverantwoordelijke',
  'behandelaar': 'Behandelaar',
  'categorie': 'Categorie',
  'acties': 'Acties',
  'acties[].datum': 'Datum',
  'acties[].actie': 'Actie',
  'correspondentie': 'Correspondentie',
  'correspondentie[].datum': 'Datum',
  'correspondentie[].richting': 'Richting',
  'correspondentie[].soort': 'Soort',
  'correspondentie[].onderwerp': 'Onderwerp',
  'correspondentie[].kanaal': 'Kanaal',
  'correspondentie[].bijlage': 'Bijlage',
  'verlengingen': 'Verlengingen',
  'verlengingen[].gemeld': 'Gemeld op',
  'verlengingen[].reden': 'Reden',
  'verlengingen[].nieuwe_termijn': 'Nieuwe termijn',
  'afhandeling': 'Afhandeling (klachtdossier)',
  'afhandeling.datum': 'Afhandeldatum',
  'afhandeling.oorzaak': 'Oorzaak',
  'afhandeling.oplossing': 'Oplossing',
  'afhandeling.standpunt_indiener': 'Standpunt indiener',
  'afhandeling.standpunt_directie': 'Standpunt directie',
  'afhandeling.overeenstemming': 'Overeenstemming',
  'afhandeling.oordeel': 'Oordeel',
  'afhandeling.maatregelen': 'Maatregelen',
  'afhandeling.maatregelen[].omschrijving': 'Omschrijving',
  'afhandeling.maatregelen[].structureel': 'Structureel',
  'afhandeling.maatregelen[].status': 'Status',
  'ondertekening': 'Ondertekening',
  'ondertekening.indiener': 'Ondertekening indiener',
  'ondertekening.indiener.datum': 'Datum',
  'ondertekening.indiener.wijze': 'Wijze',
  'ondertekening.indiener.bijlage': 'Bijlage',
  'ondertekening.directie': 'Ondertekening directie',
  'ondertekening.directie.datum': 'Datum',
  'ondertekening.directie.naam': 'Naam',
  'geanonimiseerd': 'Geanonimiseerd op',
} as const;
export type TitledField = keyof typeof FIELD_TITLES;
