/**
 * A complaint's attachments: the files its fields name (`correspondentie[].bijlage`,
 * `ondertekening.indiener.bijlage`), each a path in the register, usually under bijlagen/<id>/.
 * The paths are personal data (a scan's name may hold a name): they are never printed. Pure.
 */
import { hasUnsafeName } from '../text/path-names.js';
import type { Complaint } from './complaint.js';
import { attachmentFolder } from './layout.js';

export interface AttachmentField {
  /** Where the path stands in the frontmatter. */
  readonly field: readonly (string | number)[];
  /** The path as written, relative to the register. */
  readonly path: string;
}

/** Every attachment the complaint names, in the order of its fields. */
export function attachmentFields(complaint: Complaint): AttachmentField[] {
  const fields: AttachmentField[] = [];
  complaint.correspondence.forEach((letter, index) => {
    if (letter.attachment !== undefined) fields.push({ field: ['correspondentie', index, 'bijlage'], path: letter.attachment });
  });
  const scan = complaint.signatures.complainant?.attachment;
  if (scan !== undefined) fields.push({ field: ['ondertekening', 'indiener', 'bijlage'], path: scan });
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
