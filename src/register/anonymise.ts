/**
 * Anonymising a complaint file in place (AVG: no longer than needed). The complainant's personal
 * data, the description and the free-text fields that may name them are replaced by a fixed
 * marker; what the yearly analysis needs (dates, role, category, complex, outcome, cause,
 * measures) stays. Edits are made at the source positions of the values, so everything else in
 * the file (comments, key order, layout, line endings) stays byte for byte.
 */
import type { CalendarDate } from '../core/time/calendar-date.js';
import { PERSONAL_FIELDS as PERSONAL_IN_SCHEMA } from '../core/complaint/schema-vocabulary.js';
import { splitFrontmatter } from './frontmatter.js';
import { yamlLib } from './yaml-lib.js';

export const MARKER = '[geanonimiseerd]';
export const BODY_SENTENCE = 'De omschrijving is verwijderd na afloop van de bewaartermijn (klacht anonimiseer).';
/**
 * What replaces, in the history, an old version of a complaint file that cannot be read (a YAML
 * error, no frontmatter): its personal data cannot be found field by field, so all of it goes.
 */
export const UNREADABLE_VERSION = 'Deze oude versie van het klachtbestand was niet te lezen. Bij het verwijderen van de persoonsgegevens (klacht anonimiseer --geschiedenis) is ze daarom in haar geheel vervangen.\n';

/**
 * Frontmatter fields replaced by the marker, as paths; `#` stands for every item of a list. They are
 * the schema's personal fields ("x-persoonsgegeven"), so a field marked there is anonymised here.
 * The body (`omschrijving`) is replaced as a whole below.
 */
export const PERSONAL_FIELDS: readonly (readonly string[])[] = PERSONAL_IN_SCHEMA
  .filter((field) => field !== 'omschrijving')
  .map((field) => field.replace(/\[\]/g, '.#').split('.'));

export interface Anonymised {
  readonly text: string;
  /** The fields that changed (paths, never values), the description as `omschrijving`. */
  readonly changed: readonly string[];
}

/** The id a version of a complaint file names; undefined when its frontmatter cannot be read or has none. */
export function versionId(original: string): string | undefined {
  const split = splitFrontmatter(original.replace(/^\uFEFF/, ''));
  if (split.kind !== 'split') return undefined;
  const { parseDocument, isMap } = yamlLib();
  const doc = parseDocument(split.matter, { schema: 'core', version: '1.2' });
  if (doc.errors.length > 0 || !isMap(doc.contents)) return undefined;
  const id: unknown = doc.contents.get('id');
  return typeof id === 'string' ? id : undefined;
}

/** The anonymised text of a complaint file, or undefined when its frontmatter cannot be read. */
export function anonymiseText(original: string, today: CalendarDate, options: { readonly record?: boolean } = {}): Anonymised | undefined {
  const record = options.record ?? true;
  const bom = original.startsWith('\uFEFF') ? '\uFEFF' : '';
  const text = original.slice(bom.length);
  const split = splitFrontmatter(text);
  if (split.kind !== 'split') return undefined;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const { parseDocument, isMap, isScalar, isSeq } = yamlLib();
  const doc = parseDocument(split.matter, { schema: 'core', version: '1.2' });
  if (doc.errors.length > 0 || !isMap(doc.contents)) return undefined;

  const edits: { start: number; end: number; value: string }[] = [];
  const changed: string[] = [];
  const visit = (node: unknown, path: readonly string[], at: number, shown: (string | number)[]): void => {
    if (at === path.length) {
      if (isScalar(node) && node.range && node.value !== MARKER && node.value !== null && node.value !== '') {
        edits.push({ start: node.range[0], end: node.range[1], value: JSON.stringify(MARKER) });
        changed.push(shown.join('.'));
      }
      return;
    }
    const segment = path[at] as string;
    if (segment === '#') {
      if (isSeq(node)) node.items.forEach((item, index) => visit(item, path, at + 1, [...shown, index]));
    } else if (isMap(node)) {
      visit(node.get(segment, true), path, at + 1, [...shown, segment]);
    }
  };
  for (const path of PERSONAL_FIELDS) visit(doc.contents, path, 0, []);

  // Record the day: it meets the retention deadline and tells the validator the markers are meant.
  const recorded = doc.contents.get('geanonimiseerd', true);
  let matter = split.matter;
  for (const edit of edits.sort((a, b) => b.start - a.start)) matter = matter.slice(0, edit.start) + edit.value + matter.slice(edit.end);
  if (!record) {
    // An old version from the history: only the personal data goes.
  } else if (isScalar(recorded) && recorded.range) {
    if (String(recorded.value) !== today && changed.length > 0) {
      const [start, end] = recorded.range;
      const offset = edits.filter((e) => e.start < start).reduce((sum, e) => sum + e.value.length - (e.end - e.start), 0);
      matter = matter.slice(0, start + offset) + today + matter.slice(end + offset);
    }
  } else {
    matter = `${matter.replace(/(\r?\n)?$/, eol)}geanonimiseerd: ${today}`;
  }
  const bodyChanged = split.body.trim() !== BODY_SENTENCE;
  if (bodyChanged) changed.push('omschrijving');
  if (changed.length === 0 && (isScalar(recorded) || !record)) return { text: original, changed };
  // The opening fence and the matter keep their form (the matter starts with the line break after
  // the fence); the closing fence and the body are rewritten.
  const opening = text.slice(0, text.search(/\r?\n/));
  return { text: `${bom}${opening}${matter.replace(/(\r?\n)?$/, eol)}---${eol}${BODY_SENTENCE}${eol}`, changed };
}
