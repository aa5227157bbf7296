/**
 * Fields that more than one step asks: the complainant's address and contact details (at intake and
 * at registration) and role, with their words from the schema's titles, so that the schema stays
 * the one source of what a field is called.
 */
import type { Complaint } from '../complaint/complaint.js';
import { FIELD_TITLES } from '../complaint/schema-vocabulary.js';
import type { StepField } from './step.js';

const ofComplainant = (title: string): string => `${title} van de indiener`;

/** The address (needed from registration on) and the contact details (never needed). */
const CONTACT = [
  { name: 'adres', label: ofComplainant(`${FIELD_TITLES['indiener.adres']} (straat en huisnummer)`), question: 'Adres (straat en huisnummer) van de indiener:', valueName: 'adres' },
  { name: 'postcode', label: ofComplainant(FIELD_TITLES['indiener.postcode']), question: 'Postcode van de indiener:', valueName: 'postcode' },
  { name: 'woonplaats', label: ofComplainant(FIELD_TITLES['indiener.woonplaats']), question: 'Woonplaats van de indiener:', valueName: 'plaats' },
  { name: 'email', label: ofComplainant(FIELD_TITLES['indiener.email']), question: 'E-mailadres van de indiener (leeg: geen):', valueName: 'adres' },
  { name: 'telefoon', label: ofComplainant(FIELD_TITLES['indiener.telefoon']), question: 'Telefoonnummer van de indiener (leeg: geen):', valueName: 'nummer' },
] as const;

/** The parts of the address (NAW) a complaint needs from `in behandeling` on, as the complaint holds them. */
const ADDRESS: Readonly<Record<string, (c: Complaint) => string | undefined>> = {
  adres: (c) => c.complainant.address, postcode: (c) => c.complainant.postcode, woonplaats: (c) => c.complainant.city,
};

/** The contact details a complaint may have (asked on a terminal only when it doesn't). */
const CONTACT_DETAILS: Readonly<Record<string, (c: Complaint) => string | undefined>> = {
  email: (c) => c.complainant.email, telefoon: (c) => c.complainant.phone,
};

/** At intake: everything of the complainant but the name may wait for the registration. */
export const CONTACT_AT_INTAKE = CONTACT.map((field) => ({ ...field, kind: 'text', need: 'no' }) as const satisfies StepField);

/** At registration: the address (NAW) is needed when the complaint does not have it yet. */
export const CONTACT_AT_REGISTRATION = CONTACT.map((field): StepField & { readonly kind: 'text'; readonly name: typeof field.name } => {
  const part = ADDRESS[field.name];
  const detail = CONTACT_DETAILS[field.name];
  if (part !== undefined) return { ...field, kind: 'text', need: 'missing', has: (c) => part(c) !== undefined };
  return { ...field, kind: 'text', need: 'no', ...(detail === undefined ? {} : { has: (c: Complaint) => detail(c) !== undefined }) };
});

/** The complainant's role: one of the schema's roles. */
export const ROLE = { name: 'rol', kind: 'choice', choices: 'rollen', label: FIELD_TITLES['indiener.rol'], question: 'Rol van de indiener:', valueName: 'rol' } as const;

/** The complainant's name. */
export const NAME = { name: 'naam', kind: 'text', label: ofComplainant(FIELD_TITLES['indiener.naam']), question: 'Naam van de indiener:', valueName: 'naam' } as const;

/** Simple or complex (the response term): `--complex` or `--niet-complex`. */
export const COMPLEX = {
  name: 'complex', kind: 'yes-no', negative: 'niet-complex', label: 'Is de klacht complex? Ja: reactie binnen een maand; nee: reactie per omgaande',
  yes: 'Een complexe klacht: reactie binnen een maand', no: 'Een eenvoudige klacht: reactie per omgaande',
  question: 'Is de klacht complex (reactie binnen een maand)?',
} as const;
