/**
 * A form's run speaks of the form, never of the file: a finding or a change is said with the form's
 * field that filled it in ("het veld 'nieuwe-termijn' (Nieuwe termijn) van het formulier"), and any
 * other field of the complaint in the words of the schema's titles ("Datum in regel 1 van Acties"),
 * never as a YAML path. The person who filled in the form knows its fields, not the file.
 */
import { describeChange, shownValue, type FieldChange } from '../complaint/field-changes.js';
import type { Finding } from '../complaint/finding.js';
import { FIELD_TITLES } from '../complaint/schema-vocabulary.js';
import type { StepField } from './step.js';

const TITLES: Readonly<Record<string, string>> = FIELD_TITLES;

/** Titles that more than one field has ("Datum", "Naam", "Status"): said with the field they belong to. */
const SHARED = new Set(Object.values(TITLES).filter((title, i, all) => all.indexOf(title) !== i));

const INDEX = /^\d+$/;

/** The schema's title of the field at a dotted path (`verlengingen.0.nieuwe_termijn` → `Nieuwe termijn`). */
function titleOf(segments: readonly string[]): string | undefined {
  return TITLES[segments.join('.').replace(/\.\d+(?=\.|$)/g, '[]')];
}

/** A title without its explanation: `Indiener` for `Indiener (NAW)`. */
function bare(title: string): string {
  return title.replace(/ \(.*\)$/, '');
}

/**
 * A field of the complaint in the schema's words: `Ontvangstdatum`, `Datum in regel 1 van Acties`,
 * `Datum bij Ondertekening directie`, `Regel 2 van Verlengingen`. A field the schema doesn't know is
 * said as the nearest one it knows; undefined when none.
 */
export function fieldInWords(path: string): string | undefined {
  const segments = path.split('.');
  for (let end = segments.length; end > 0; end--) {
    const words = wordsOf(segments.slice(0, end));
    if (words !== undefined) return words;
  }
  return undefined;
}

function wordsOf(segments: readonly string[]): string | undefined {
  const last = segments.length - 1;
  const item = segments.findLastIndex((segment) => INDEX.test(segment));
  const list = item > 0 ? titleOf(segments.slice(0, item)) : undefined;
  const row = list === undefined ? '' : `regel ${Number(segments[item]) + 1} van ${bare(list)}`;
  if (item === last && row !== '') return capital(row);
  const title = titleOf(segments);
  if (title === undefined) return undefined;
  if (row !== '') return `${title} in ${row}`;
  const parent = last > 0 ? titleOf(segments.slice(0, last)) : undefined;
  return SHARED.has(title) && parent !== undefined ? `${title} bij ${bare(parent)}` : title;
}

/** A form's field as a message names it: `het veld 'reden' (Waarom de termijn niet haalbaar is) van het formulier`. */
function formFieldReference(field: StepField): string {
  const label = shortLabel(field);
  return field.kind === 'texts'
    ? `een van de velden '${field.name}-1' tot en met '${field.name}-${field.formInputs ?? 1}' (${label}) van het formulier`
    : `het veld '${field.name}' (${label}) van het formulier`;
}

/**
 * The form's label up to its explanation: `Nieuwe termijn` of `Nieuwe termijn: de toegezegde nieuwe
 * datum`, `Is de klacht complex?` of `Is de klacht complex? Ja: …`, `Indiendatum` of `Indiendatum
 * (leeg: de dag van ontvangst)`; brackets inside it stay (`Adres (straat en huisnummer) van de indiener`).
 */
export function shortLabel(field: StepField): string {
  return labelHead(field.label).replace(/ \([^()]*\)$/, '');
}

function labelHead(label: string): string {
  let depth = 0;
  for (let at = 0; at < label.length; at++) {
    const char = label[at];
    if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (depth > 0) continue;
    else if (char === '?') return label.slice(0, at + 1);
    else if (at > 0 && [': ', '; ', ', bijvoorbeeld '].some((end) => label.startsWith(end, at))) return label.slice(0, at);
  }
  return label;
}

/**
 * A quoted field path in a finding's message: `Veld 'indiener.email'` (the schema's messages) or
 * `'verlengingen.0.nieuwe_termijn' (1 maart 2026)` (the rules', with the value after it). A single
 * word counts only with "Veld" before it or a value after it: `'ontvangen'` alone is also a status.
 */
const QUOTED = /(\b[Vv]eld )?'([a-z_]+(?:\.(?:[a-z_]+|\d+))*)'(?: \(((?:[^()]|\([^()]*\))*)\))?/g;

/** How a form's run says the complaint's fields: by the form's field that wrote one, else in the schema's words. */
export interface FormWords {
  /** The finding with its message in the form's words (its `field` stays the path, for machines). */
  readonly finding: (finding: Finding) => Finding;
  /** A change for people, named by the form's label or the schema's words, yes or no as the form's choices say it. */
  readonly change: (change: FieldChange) => string;
}

/** The words of a form's run, given which form field wrote which path (cli/steps/form-fields.ts). */
export function formWords(formFields: ReadonlyMap<string, StepField>): FormWords {
  return {
    change: (change) => {
      const field = formFields.get(change.path);
      const name = field === undefined ? fieldInWords(change.path) ?? 'de klacht' : shortLabel(field);
      const line = describeChange(change, name, (value) => (typeof value === 'boolean' ? (value ? 'ja' : 'nee') : shownValue(value)));
      // A question says its own pause: `Is de klacht complex? (leeg) → ja`.
      return name.endsWith('?') ? line.replace(`${name}:`, name) : line;
    },
    finding: (finding) => {
      const message = finding.message.replace(QUOTED, (whole, veld: string | undefined, path: string, value: string | undefined) => {
        const field = formFields.get(path);
        if (field === undefined && fieldInWords(path) === undefined) return whole;
        return veld === undefined ? inSentence(whole, path, value, field, path === finding.field) : afterVeld(veld, path, value, field);
      });
      // A finding about a field of the form that its message doesn't quote: the field first.
      const own = finding.field === null ? undefined : formFields.get(finding.field);
      const reference = own === undefined ? undefined : formFieldReference(own);
      // (Without its first letter: a sentence may start with it.)
      return { ...finding, message: reference === undefined || message.includes(reference.slice(1)) ? message : `${capital(reference)}: ${message}` };
    },
  };
}

/** `Veld 'indiener.email'` of the schema's messages: the form's field, or the complaint's in words. */
function afterVeld(veld: string, path: string, value: string | undefined, field: StepField | undefined): string {
  const reference = field === undefined ? `het veld '${fieldInWords(path) ?? ''}' van de klacht` : formFieldReference(field);
  // The schema's messages put the field's title after the path: said already.
  const after = value === undefined || value === titleOf(path.split('.')) ? '' : ` (${value})`;
  return `${veld.startsWith('V') ? capital(reference) : reference}${after}`;
}

/**
 * `'acties.0.datum' (1 januari 2026)` in a rule's sentence, whose words before it say what the field
 * is: the form's field that holds the value, or only the value (with the field in words when the
 * finding is about it).
 */
function inSentence(whole: string, path: string, value: string | undefined, field: StepField | undefined, own: boolean): string {
  if (field !== undefined) return value === undefined ? formFieldReference(field) : `van ${value} in ${formFieldReference(field)}`;
  const words = fieldInWords(path) ?? 'de klacht';
  if (value === undefined) return path.includes('.') ? `'${words}'` : whole;
  return own ? `(${value}; in de klacht: ${words})` : `(${value})`;
}

function capital(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}
