/**
 * Anonymising a complaint file in place (AVG: no longer than needed). The complainant's personal
 * data, the description and the free-text fields that may name them are replaced by a fixed
 * marker; what the yearly analysis needs (dates, role, category, complex, outcome, cause,
 * measures) stays. The edits are made by the one editor of complaint files (frontmatter-edit.ts),
 * at the source positions of the values, so everything else in the file (comments, key order,
 * layout, line endings) stays byte for byte; a personal value an alias repeats elsewhere is
 * refused there, never followed. Nothing over the size limit is parsed: the history purge runs
 * this on every old version of a file.
 */
import type { CalendarDate } from '../core/time/calendar-date.js';
import { ANONYMISED_MARKER } from '../core/complaint/attachments.js';
import { complaintKeyOrder } from '../core/complaint/field-changes.js';
import { PERSONAL_FIELDS as PERSONAL_IN_SCHEMA } from '../core/complaint/schema-vocabulary.js';
import { MAX_FILE_BYTES } from './decode.js';
import { EditError, editFrontmatter, type EditPath, type FrontmatterEditor } from './frontmatter-edit.js';

export const MARKER = ANONYMISED_MARKER;
export const BODY_SENTENCE = 'De omschrijving is verwijderd na afloop van de bewaartermijn (klacht anonimiseer).';
/**
 * What replaces, in the history, an old version of a complaint file that cannot be read (a YAML
 * error, no frontmatter): its personal data cannot be found field by field, so all of it goes.
 */
export const UNREADABLE_VERSION = 'Deze oude versie van het klachtbestand was niet te lezen. Bij het verwijderen van de persoonsgegevens (klacht anonimiseer --geschiedenis) is ze daarom in haar geheel vervangen.\n';
/** What replaces, in the history, every old version of an attachment of an anonymised complaint. */
export const REMOVED_ATTACHMENT = 'Deze bijlage is verwijderd na afloop van de bewaartermijn (klacht anonimiseer --geschiedenis).\n';

/**
 * Frontmatter fields replaced by the marker, as paths; `#` stands for every item of a list. They are
 * the schema's personal fields ("x-persoonsgegeven"), so a field marked there is anonymised here.
 * The body (`omschrijving`) is replaced as a whole below.
 */
export const PERSONAL_FIELDS: readonly (readonly string[])[] = PERSONAL_IN_SCHEMA
  .filter((field) => field !== 'omschrijving')
  .map((field) => field.replace(/\[\]/g, '.#').split('.'));

export type Anonymised = {
  readonly text: string;
  /** The fields that changed (paths, never values), the description as `omschrijving`. */
  readonly changed: readonly string[];
} | {
  readonly text?: undefined;
  /** Why the editor refused (Dutch, names fields and lines, never values), as a clause. */
  readonly refused: string;
};

/**
 * The id a version of a complaint file names; undefined when it is over the size limit, its
 * frontmatter cannot be read or it has none. Read by the one editor's reader, bounded as a step's.
 */
export function versionId(original: string): string | undefined {
  if (Buffer.byteLength(original, 'utf8') > MAX_FILE_BYTES) return undefined;
  try {
    const id = editFrontmatter(original, complaintKeyOrder).data.id;
    return typeof id === 'string' ? id : undefined;
  } catch (error) {
    if (error instanceof EditError) return undefined;
    throw error;
  }
}

/**
 * The anonymised text of a complaint file; undefined when it is over the size limit or its
 * frontmatter cannot be read; `refused` when the editor cannot replace a value safely.
 */
export function anonymiseText(original: string, today: CalendarDate, options: { readonly record?: boolean } = {}): Anonymised | undefined {
  const record = options.record ?? true;
  if (Buffer.byteLength(original, 'utf8') > MAX_FILE_BYTES) return undefined;
  let editor: FrontmatterEditor;
  try {
    editor = editFrontmatter(original, complaintKeyOrder);
  } catch (error) {
    if (error instanceof EditError) return undefined;
    throw error;
  }
  try {
    return anonymise(editor, original, today, record);
  } catch (error) {
    if (!(error instanceof EditError)) throw error;
    // A sentence of the editor, said after "niet geanonimiseerd:".
    return { refused: error.message.charAt(0).toLowerCase() + error.message.slice(1).replace(/\.$/, '') };
  }
}

function anonymise(editor: FrontmatterEditor, original: string, today: CalendarDate, record: boolean): Anonymised {
  // The data as read, before any edit: reading it after one would make the text (a parse) twice.
  const data = editor.data;
  const changed: string[] = [];
  for (const path of personalValues(data)) {
    editor.set(path, MARKER);
    changed.push(path.join('.'));
  }
  // Record the day: it meets the retention deadline and tells the validator the markers are meant.
  const recorded = data.geanonimiseerd;
  const hasDay = recorded !== undefined && (recorded === null || typeof recorded !== 'object');
  if (record && (!hasDay || (String(recorded) !== today && changed.length > 0))) editor.set(['geanonimiseerd'], today);
  if (editor.body.trim() !== BODY_SENTENCE) {
    changed.push('omschrijving');
    editor.setBody(BODY_SENTENCE);
  }
  if (changed.length === 0 && (hasDay || !record)) return { text: original, changed };
  return { text: editor.text, changed };
}

/** The paths of the personal fields that hold a value other than the marker. */
function personalValues(data: Record<string, unknown>): EditPath[] {
  const found: EditPath[] = [];
  const visit = (node: unknown, path: readonly string[], at: number, shown: readonly (string | number)[]): void => {
    if (at === path.length) {
      if (node !== null && node !== undefined && typeof node !== 'object' && node !== MARKER && node !== '') found.push(shown);
      return;
    }
    const segment = path[at] as string;
    if (segment === '#') {
      if (Array.isArray(node)) node.forEach((item, index) => visit(item, path, at + 1, [...shown, index]));
    } else if (typeof node === 'object' && node !== null && !Array.isArray(node) && Object.hasOwn(node, segment)) {
      visit((node as Record<string, unknown>)[segment], path, at + 1, [...shown, segment]);
    }
  };
  for (const path of PERSONAL_FIELDS) visit(data, path, 0, []);
  return found;
}
