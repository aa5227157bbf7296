/**
 * A complaint's attachments on disk: each path it names must be a file inside the register (the
 * step commands refuse another, and `klacht valideer` finds one that went missing, for instance a
 * scan that .gitignore kept out of git). The paths are personal data: no message repeats one.
 */
import { lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmdirSync, statSync, unlinkSync } from 'node:fs';
import { writeFileAtomic } from './atomic-write.js';
import { removeStaleTempFiles } from './temp-files.js';
import { dirname, join, sep } from 'node:path';
import { attachmentFields, attachmentPaths, isPlainRegisterPath } from '../core/complaint/attachments.js';
import type { Complaint } from '../core/complaint/complaint.js';
import { ATTACHMENTS_DIR, attachmentFolder } from '../core/complaint/layout.js';
import { finding, type Finding, type Position } from '../core/complaint/finding.js';

/** A file; none there; a path that is no register path (`..`, `/`…); a path through a link to elsewhere. */
export type AttachmentState = 'file' | 'missing' | 'not-a-path' | 'outside';

/** Where `path` (as a complaint names it) leads in the register at `root`. */
export function attachmentState(root: string, path: string): AttachmentState {
  if (!isPlainRegisterPath(path)) return 'not-a-path';
  const top = realpathSync(root);
  let real: string;
  try {
    real = realpathSync(join(top, path));
  } catch {
    return 'missing';
  }
  // Through a link to a place outside the register: not the register's file.
  if (!real.startsWith(`${top}${sep}`)) return 'outside';
  return statSync(real).isFile() ? 'file' : 'missing';
}

/**
 * The findings for the attachments of one complaint file (`file` relative to the register);
 * `locate` gives a field's place in the file.
 */
export function attachmentFindings(root: string, file: string, complaint: Complaint, locate: (field: readonly (string | number)[]) => Position): Finding[] {
  return attachmentFields(complaint).flatMap(({ field, path }) => {
    const state = attachmentState(root, path);
    if (state === 'file') return [];
    const what = typeof field[1] === 'number' ? `De bijlage van brief ${field[1] + 1} in de correspondentie` : 'De scan van de ondertekening door de indiener';
    const folder = `bijlagen/${complaint.id ?? '<klachtnummer>'}/`;
    const message = state === 'missing'
      ? `${what} staat niet in het register. Zet het bestand in ${folder} (op GitHub: Add file → Upload files, als pull request), of pas het pad aan.`
      : state === 'outside'
        ? `${what} staat niet in het register: het pad gaat via een snelkoppeling naar een plaats erbuiten. Zet het bestand zelf in ${folder}.`
        : `${what} heeft geen pad in het register. Schrijf het vanaf de map van het register, met /, zoals ${folder}formulier.pdf.`;
    return [finding(file, locate(field), 'error', state === 'missing' ? 'attachment-missing' : 'attachment-path', field.join('.'), message)];
  });
}

/**
 * Every attachment file of a complaint that is in the register, as register paths (sorted, each
 * once): the files its fields name, and every regular file under its folder bijlagen/<id>/. Links
 * are not followed, and a named path that leads outside the register is not one of its files.
 */
export function attachmentFiles(root: string, complaint: Complaint): string[] {
  const { named, folder } = attachmentPaths(complaint);
  const found = new Set(named.filter((path) => attachmentState(root, path) === 'file'));
  if (folder !== undefined) {
    const walk = (relativeFolder: string): void => {
      let entries;
      try {
        entries = readdirSync(join(root, relativeFolder), { withFileTypes: true });
      } catch {
        return;
      }
      for (const entry of entries) {
        const path = `${relativeFolder}/${entry.name}`;
        if (entry.isDirectory()) walk(path);
        else if (entry.isFile()) found.add(path);
      }
    };
    if (lstatSync(join(root, folder), { throwIfNoEntry: false })?.isDirectory() === true) walk(folder);
  }
  return [...found].sort();
}

/**
 * Copies a complaint's attachments into `outDir/<id>-bijlagen/` (for a request to see one's data):
 * a file from bijlagen/<id>/ by its place in that folder, another by its path in the register.
 * Each copy is written atomically, as a PDF is: a copy cut off (a kill, a full disk) leaves no half
 * file with personal data, and the temporary file a kill left is removed by the next run.
 * Returns how many files were copied.
 */
export function copyAttachments(root: string, complaint: Complaint & { readonly id: string }, outDir: string): number {
  const own = `${attachmentFolder(complaint.id)}/`;
  const files = attachmentFiles(root, complaint);
  const cleaned = new Set<string>();
  for (const path of files) {
    const target = join(outDir, `${complaint.id}-bijlagen`, ...(path.startsWith(own) ? path.slice(own.length) : path).split('/'));
    const folder = dirname(target);
    if (!cleaned.has(folder)) {
      mkdirSync(folder, { recursive: true });
      removeStaleTempFiles(folder);
      cleaned.add(folder);
    }
    // Personal data: readable by its owner only, as a PDF is. Said by its folder, never by its name.
    writeFileAtomic(target, readFileSync(join(root, path)), () => `${complaint.id}-bijlagen`, { mode: 0o600 });
  }
  return files.length;
}

/**
 * Removes the attachment files `paths` (register paths, as attachmentFiles gives them) and then the
 * folders under bijlagen/ that this left empty (bijlagen/ itself stays). A file already gone is
 * no error; another failure is thrown as it comes (the caller names no path: paths are personal).
 */
export function removeAttachments(root: string, paths: readonly string[]): void {
  const folders = new Set<string>();
  for (const path of paths) {
    try {
      unlinkSync(join(root, path));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    for (let folder = path.slice(0, path.lastIndexOf('/')); folder.startsWith(`${ATTACHMENTS_DIR}/`); folder = folder.slice(0, folder.lastIndexOf('/'))) folders.add(folder);
  }
  // Deepest first, so that a folder whose only content was an emptied folder goes too.
  for (const folder of [...folders].sort((a, b) => b.split('/').length - a.split('/').length)) {
    try {
      rmdirSync(join(root, folder));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOTEMPTY' && code !== 'EEXIST' && code !== 'ENOENT') throw error;
    }
  }
}
