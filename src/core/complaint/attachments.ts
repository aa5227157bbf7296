/**
 * A complaint's attachments: the files its fields name (`correspondentie[].bijlage`,
 * `ondertekening.indiener.bijlage`), each a path in the register, usually under bijlagen/<id>/.
 * The paths are personal data (a scan's name may hold a name): they are never printed. Pure.
 */
import { hasUnsafeName } from '../text/path-names.js';
import type { Complaint } from './complaint.js';
import { attachmentFolder } from './layout.js';

/**
 * What `klacht anonimiseer` writes in place of a personal value; as an attachment's path it names
 * no file any more (the attachment was removed with it).
 */
export const ANONYMISED_MARKER = '[geanonimiseerd]';

export interface AttachmentField {
  /** Where the path stands in the frontmatter. */
  readonly field: readonly (string | number)[];
  /** The path as written, relative to the register. */
  readonly path: string;
}

/** Every attachment the complaint names, in the order of its fields (not one that was anonymised). */
export function attachmentFields(complaint: Complaint): AttachmentField[] {
  const fields: AttachmentField[] = [];
  const add = (field: AttachmentField['field'], path: string | undefined): void => {
    if (path !== undefined && path !== ANONYMISED_MARKER) fields.push({ field, path });
  };
  complaint.correspondence.forEach((letter, index) => add(['correspondentie', index, 'bijlage'], letter.attachment));
  add(['ondertekening', 'indiener', 'bijlage'], complaint.signatures.complainant?.attachment);
  return fields;
}

/**
 * True for a path as a complaint may name it: relative, with `/`, every part a name (no `.`, `..`
 * or empty part, no drive letter, no backslash), and no name that could write lines in a log.
 */
export function isPlainRegisterPath(path: string): boolean {
  return !/^[A-Za-z]:|^\/|\\/.test(path) && path.split('/').every((part) => part !== '' && part !== '.' && part !== '..') && !hasUnsafeName(path);
}

/**
 * Every file that belongs to a complaint besides its own file: what it names, and its folder
 * bijlagen/<id>/ (for the purge and anonimiseer, which take both). Paths relative to the register.
 */
export function attachmentPaths(complaint: Complaint): { readonly named: readonly string[]; readonly folder?: string } {
  const named = [...new Set(attachmentFields(complaint).map((a) => a.path).filter(isPlainRegisterPath))];
  return complaint.id === undefined ? { named } : { named, folder: attachmentFolder(complaint.id) };
}
