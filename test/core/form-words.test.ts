/**
 * A form's run in the words of the form (core/steps/form-words.ts): a finding names the form's field
 * that holds the value, any other field in the schema's words, and no YAML path is left.
 */
import { describe, expect, it } from 'vitest';
import type { FieldChange } from '../../src/core/complaint/field-changes.js';
import type { Finding } from '../../src/core/complaint/finding.js';
import { fieldInWords, formWords, shortLabel } from '../../src/core/steps/form-words.js';
import { handelAf, registreer, verleng } from '../../src/core/steps/index.js';
import type { StepField } from '../../src/core/steps/step.js';

function fieldOf(fields: readonly StepField[], name: string): StepField {
  const field = fields.find((f) => f.name === name);
  if (!field) throw new Error(name);
  return field;
}

const NEW_TERM = fieldOf(verleng.fields, 'nieuwe-termijn');
const NOTIFIED = fieldOf(verleng.fields, 'gemeld');
const EMAIL = fieldOf(registreer.fields, 'email');
const CATEGORY = fieldOf(registreer.fields, 'categorie');

/** As cli/steps/form-fields.ts learns it from verleng's and registreer's plans. */
const words = formWords(new Map([
  ['verlengingen.0.nieuwe_termijn', NEW_TERM],
  ['verlengingen.0.gemeld', NOTIFIED],
  ['indiener.email', EMAIL],
  ['categorie', CATEGORY],
]));

function finding(field: string | null, message: string): Finding {
  return { file: 'complaints/2026/KL-2026-001.md', line: 1, column: 1, severity: 'error', rule: 'date-order', field, message };
}

describe('fieldInWords: a field of the complaint in the schema\'s titles', () => {
  it.each([
    ['a field with a title of its own', 'ontvangen.datum', 'Ontvangstdatum'],
    ['a top-level field', 'geregistreerd', 'Registratiedatum'],
    ['a field of a list, with its row', 'acties.0.datum', 'Datum in regel 1 van Acties'],
    ['a title of its own in a list', 'verlengingen.1.nieuwe_termijn', 'Nieuwe termijn in regel 2 van Verlengingen'],
    ['a shared title, with the field it belongs to', 'ondertekening.directie.datum', 'Datum bij Ondertekening directie'],
    ['a parent\'s explanation left out', 'indiener.naam', 'Naam bij Indiener'],
    ['a row of a list', 'verlengingen.0', 'Regel 1 van Verlengingen'],
    ['a field in a list in a group', 'afhandeling.maatregelen.2.status', 'Status in regel 3 van Maatregelen'],
    ['an unknown field as the nearest known one', 'indiener.schoenmaat', 'Indiener (NAW)'],
  ])('%s: %s', (_name, path, expected) => {
    expect(fieldInWords(path)).toBe(expected);
  });

  it('has no words for a field the schema does not know at all', () => {
    expect(fieldInWords('staus')).toBeUndefined();
  });
});

describe('shortLabel: the form\'s label without its explanation', () => {
  it.each([
    ['after a colon', 'nieuwe-termijn', verleng.fields, 'Nieuwe termijn'],
    ['a question, its yes and no left out', 'complex', registreer.fields, 'Is de klacht complex?'],
    ['after a semicolon', 'directie', registreer.fields, 'Het directielid dat tekent door de pull request goed te keuren'],
    ['brackets inside kept', 'adres', registreer.fields, 'Adres (straat en huisnummer) van de indiener'],
    ['an explanation in brackets at the end left out', 'naam', registreer.fields, 'Naam van de indiener'],
    ['a label without explanation whole', 'datum', handelAf.fields, 'Afhandeldatum'],
  ])('%s: %s', (_name, name, fields, expected) => {
    expect(shortLabel(fieldOf(fields, name))).toBe(expected);
  });
});

describe('a finding in a form\'s run', () => {
  it.each([
    ['the form\'s field holding the value, with its date',
      finding('verlengingen.0.nieuwe_termijn', "De nieuwe termijn 'verlengingen.0.nieuwe_termijn' (1 maart 2026) moet later zijn dan de termijn die hij verlengt (2 april 2026)."),
      "De nieuwe termijn van 1 maart 2026 in het veld 'nieuwe-termijn' (Nieuwe termijn) van het formulier moet later zijn dan de termijn die hij verlengt (2 april 2026)."],
    ['another field of the form, and a field the form did not fill in, by the words before it',
      finding('verlengingen.0.nieuwe_termijn', "Datum 'verlengingen.0.nieuwe_termijn' (1 maart 2026) ligt vóór de ontvangst van de klacht 'ontvangen.datum' (2 maart 2026) en de melding 'verlengingen.0.gemeld' (3 maart 2026)."),
      "Datum van 1 maart 2026 in het veld 'nieuwe-termijn' (Nieuwe termijn) van het formulier ligt vóór de ontvangst van de klacht (2 maart 2026) en de melding van 3 maart 2026 in het veld 'gemeld' (Dag waarop de indiener is ingelicht) van het formulier."],
    ['a field of the schema\'s message, the form\'s',
      finding('indiener.email', "Veld 'indiener.email' is geen geldig e-mailadres."),
      "Het veld 'email' (E-mailadres van de indiener) van het formulier is geen geldig e-mailadres."],
    ['a field of the schema\'s message the form did not fill in, its title said once',
      finding('indiener.rol', "Veld 'indiener.rol' (Rol van de indiener) ontbreekt. Dat is verplicht bij status 'in behandeling'."),
      "Het veld 'Rol van de indiener' van de klacht ontbreekt. Dat is verplicht bij status 'in behandeling'."],
    ['a finding about a field the form did not fill in, with its words',
      finding('correspondentie.1.datum', "Datum 'correspondentie.1.datum' (1 januari 2026) ligt vóór de ontvangst van de klacht 'ontvangen.datum' (2 maart 2026)."),
      'Datum (1 januari 2026; in de klacht: Datum in regel 2 van Correspondentie) ligt vóór de ontvangst van de klacht (2 maart 2026).'],
    ['a status is no field',
      finding('geregistreerd', "Veld 'geregistreerd' (Registratiedatum) ontbreekt. Dat is verplicht bij status 'ontvangen'."),
      "Het veld 'Registratiedatum' van de klacht ontbreekt. Dat is verplicht bij status 'ontvangen'."],
    ['the form\'s field named first when the message does not name it',
      finding('categorie', 'Categorie staat niet in klachtenregister.yml. Kies uit: communicatie, planning.'),
      "Het veld 'categorie' (Categorie van de klacht) van het formulier: Categorie staat niet in klachtenregister.yml. Kies uit: communicatie, planning."],
    ['a finding about the whole file as it is',
      finding(null, 'De omschrijving van de klacht ontbreekt.'),
      'De omschrijving van de klacht ontbreekt.'],
  ])('%s', (_name, given, expected) => {
    const said = words.finding(given);
    expect(said.message).toBe(expected);
    expect(said.field).toBe(given.field);
  });
});

describe('a change in a form\'s run', () => {
  const change = (path: string, before: unknown, after: unknown, personal = false): FieldChange => ({ path, before, after, personal });
  it.each([
    ['by the form\'s label', change('verlengingen.0.nieuwe_termijn', undefined, '2026-04-17'), 'Nieuwe termijn: (leeg) → 2026-04-17'],
    ['a personal field only as filled in', change('indiener.email', undefined, 'a@b.nl', true), 'E-mailadres van de indiener: (ingevuld)'],
    ['a field the form did not fill in, in the schema\'s words', change('ondertekening.directie.datum', undefined, '2026-03-03'), 'Datum bij Ondertekening directie: (leeg) → 2026-03-03'],
    ['yes and no as the form says them', change('afhandeling.maatregelen.0.structureel', undefined, true), 'Structureel in regel 1 van Maatregelen: (leeg) → ja'],
  ])('%s', (_name, given, expected) => {
    expect(words.change(given)).toBe(expected);
  });

  it('says a question without a colon after it', () => {
    const complex = fieldOf(registreer.fields, 'complex');
    expect(formWords(new Map([['complex', complex]])).change(change('complex', undefined, false))).toBe('Is de klacht complex? (leeg) → nee');
  });
});
