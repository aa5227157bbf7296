/**
 * What a step changed in a complaint's data, field by field, for people and for machines: the
 * changed leaf fields as dotted paths, and for people the old and new value, except that a
 * personal field (the schema's "x-persoonsgegeven") or any free text is only said to be filled in
 * or changed.
 */
import { PERSONAL_FIELDS } from './schema-vocabulary.js';
import { complaintSchema, type JsonSchema } from './schema.js';

export interface FieldChange {
  /** Dotted path, list indices as numbers: `correspondentie.2.datum`. */
  readonly path: string;
  readonly before: unknown;
  readonly after: unknown;
  readonly personal: boolean;
}

const PERSONAL = new Set<string>(PERSONAL_FIELDS);

/** True when the field at `path` holds the complainant's personal data. */
export function isPersonalPath(path: readonly (string | number)[]): boolean {
  return PERSONAL.has(path.map((segment) => (typeof segment === 'number' ? '[]' : `.${segment}`)).join('').replace(/^\./, '').replace(/\.\[\]/g, '[]'));
}

function isContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  return typeof value === 'object' && value !== null;
}

/** Every leaf field that differs between two versions of a complaint's data, in the order of the new version. */
export function fieldChanges(before: unknown, after: unknown, path: readonly (string | number)[] = []): FieldChange[] {
  if (!isContainer(before) && !isContainer(after)) {
    return before === after ? [] : [{ path: path.join('.'), before, after, personal: isPersonalPath(path) }];
  }
  const keysOf = (value: unknown): (string | number)[] => (Array.isArray(value) ? value.map((_, i) => i) : isContainer(value) ? Object.keys(value) : []);
  // One set of the new keys: a search of them per old key was quadratic (a file of 10,000 keys took half a minute).
  const afterKeys = keysOf(after);
  const inAfter = new Set(afterKeys);
  const keys = [...afterKeys, ...keysOf(before).filter((k) => !inAfter.has(k))];
  const child = (value: unknown, key: string | number): unknown => (isContainer(value) ? (value as Record<string | number, unknown>)[key] : undefined);
  if (keys.length === 0) return [];
  return keys.flatMap((key) => fieldChanges(child(before, key), child(after, key), [...path, key]));
}

/** A value as a change shows it: `(leeg)` for none, a line break as ↵. */
export function shownValue(value: unknown): string {
  if (value === undefined || value === null) return '(leeg)';
  return String(value).replace(/\r?\n/g, ' ↵ ');
}

/**
 * Text fields whose value is shown: choices from the schema or klachtenregister.yml and the names of
 * the people who handle the complaint (CONTRACT: an issue or log may name them). Every other text is
 * free text that may quote the complainant (an action, a reason, the cause), so only its name shows:
 * a form's run prints this output in its log.
 */
const SHOWN_TEXT = new Set([
  'id', 'status', 'categorie', 'klachtverantwoordelijke', 'behandelaar', 'ontvangen.door', 'ontvangen.wijze', 'indiener.rol',
  'correspondentie.richting', 'correspondentie.soort', 'afhandeling.oordeel', 'afhandeling.maatregelen.status', 'ondertekening.directie.naam',
]);

function isShown(change: FieldChange): boolean {
  if (change.personal) return false;
  const pattern = change.path.split('.').filter((segment) => !/^\d+$/.test(segment)).join('.');
  return [change.before, change.after].every((value) => value === undefined || value === null || typeof value !== 'string'
    || /^\d{4}-\d{2}-\d{2}$/.test(value) || SHOWN_TEXT.has(pattern));
}

/**
 * One change for people: `veld: oud → nieuw`, or for a personal or free-text field only `(ingevuld)`
 * or `(gewijzigd)`. The field is named by its path, or by `name` (a form's label), and a value is
 * shown by `show`.
 */
export function describeChange(change: FieldChange, name: string = change.path, show: (value: unknown) => string = shownValue): string {
  if (!isShown(change)) {
    const word = change.before === undefined || change.before === null ? 'ingevuld' : change.after === undefined ? 'verwijderd' : 'gewijzigd';
    return `${name}: (${word})`;
  }
  return `${name}: ${show(change.before)} → ${show(change.after)}`;
}

/** The keys of the mapping at `mapPath` in the order the schema lists them (list items as numbers). */
export function complaintKeyOrder(mapPath: readonly (string | number)[]): readonly string[] {
  let node: JsonSchema | undefined = complaintSchema;
  for (const segment of mapPath) node = typeof segment === 'number' ? node?.items : node?.properties?.[segment];
  return Object.keys(node?.properties ?? {});
}
