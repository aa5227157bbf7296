/**
 * Writing a new complaint file: the frontmatter in the contract's key order, with short comments
 * that help someone editing it in GitHub's web editor, checked before it is written atomically.
 */
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { yamlLib } from './yaml-lib.js';
import type { NewComplaintData } from '../core/steps/step.js';
import { COMPLAINANT_ROLES, INTAKE_CHANNELS, STATUSES } from '../core/complaint/schema-vocabulary.js';
import { createFileAtomic } from './atomic-write.js';
import { removeStaleTempFiles } from './temp-files.js';
import { COMPLAINTS_DIR, CONFIG_FILE } from '../core/complaint/layout.js';
import { defaultConfigText } from '../core/github-policy/register-files.js';

/** A new complaint: what the intake step made of the answers (core/steps/nieuw.ts), with its number. */
export interface NewComplaint extends NewComplaintData {
  readonly id: string;
}

const COMMENTS: Record<string, string> = {
  status: ` ${STATUSES.join(' | ')}`,
  'ontvangen.wijze': ` ${INTAKE_CHANNELS.join(' | ')}`,
  'indiener.rol': ` ${COMPLAINANT_ROLES.join(' | ')}`,
  complex: ' true: reactie binnen een maand; false: reactie per omgaande',
};

/** The text of a new complaint file. */
export function renderNewComplaint(complaint: NewComplaint): string {
  const c = complaint.complainant;
  const data: Record<string, unknown> = {
    id: complaint.id,
    status: 'ontvangen',
    ...(complaint.complex === undefined ? {} : { complex: complaint.complex }),
    ontvangen: { datum: complaint.receivedOn, door: complaint.receivedBy, wijze: complaint.channel },
    ingediend: complaint.submitted,
    indiener: Object.fromEntries(Object.entries({
      naam: c.name, adres: c.address, postcode: c.postcode, woonplaats: c.city, email: c.email, telefoon: c.phone, rol: c.role,
    }).filter(([, value]) => value !== undefined)),
    ...(complaint.responsible ? { klachtverantwoordelijke: complaint.responsible } : {}),
    ...(complaint.category ? { categorie: complaint.category } : {}),
  };
  const { Document, isScalar } = yamlLib();
  const doc = new Document(data);
  for (const [path, comment] of Object.entries(COMMENTS)) {
    const node = doc.getIn(path.split('.'), true);
    if (isScalar(node)) node.comment = comment;
  }
  const body = complaint.description.trim();
  return `---\n${doc.toString({ lineWidth: 0 })}---\n${body}\n`;
}

/** Ids of the complaint files of a year in the working tree. */
export function idsInWorkingTree(root: string, year: number): string[] {
  try {
    return readdirSync(join(root, 'complaints', String(year))).filter((n) => n.endsWith('.md')).map((n) => n.slice(0, -3));
  } catch {
    return [];
  }
}

/**
 * Writes the file; fails with code EEXIST (and writes nothing) when the id's file already exists.
 * Called under the register's write lock: a temporary file in its folder is a killed run's leftover.
 */
export function writeNewComplaint(root: string, relativePath: string, text: string): void {
  const path = join(root, relativePath);
  removeStaleTempFiles(dirname(path));
  createFileAtomic(path, text, () => relativePath);
}

/** Whether klacht nieuw starts a register here: a folder with neither a configuration nor complaints/. */
export function wouldStartConfig(root: string): boolean {
  return !existsSync(join(root, CONFIG_FILE)) && !existsSync(join(root, COMPLAINTS_DIR));
}

/**
 * In a folder without configuration and without complaints/, writes klachtenregister.yml with the
 * defaults; true when it did. (One that appeared meanwhile is left as it is.)
 */
export function startDefaultConfig(root: string): boolean {
  if (!wouldStartConfig(root)) return false;
  try {
    createFileAtomic(join(root, CONFIG_FILE), defaultConfigText(), () => CONFIG_FILE);
    return true;
  } catch (error) {
    if ((error as { code?: unknown }).code === 'EEXIST') return false;
    throw error;
  }
}
