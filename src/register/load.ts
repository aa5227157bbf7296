/**
 * Loading a register from disk: its configuration and every complaint file under complaints/,
 * each checked, plus the checks across files (duplicate ids).
 */
import { lstatSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { CalendarDate } from '../core/time/calendar-date.js';
import type { Complaint } from '../core/complaint/complaint.js';
import { finding, sortFindings, type Finding, type Position } from '../core/complaint/finding.js';
import { duplicateIdIssues } from '../core/complaint/rules.js';
import { validationContext, type ValidationContext } from '../core/complaint/validate.js';
import { attachmentFindings } from './attachments.js';
import { readBounded } from './bounded-read.js';
import { checkComplaintBytes, locateInBytes, type CheckedFile } from './check-file.js';
import { loadConfig } from './config.js';
import { checkRegisterFolder } from './folder.js';
import { ANALYSES_DIR, COMPLAINTS_DIR } from '../core/complaint/layout.js';
import { symlinkFinding, symlinksUnder } from './symlinks.js';
import { strayFinding, strayKind, type Stray } from './stray-entries.js';

export interface LoadedRegister {
  readonly root: string;
  /** The configuration (`context.config`), procedure, calendar and today the files were checked with. */
  readonly context: ValidationContext;
  readonly files: readonly CheckedFile[];
  /** Every finding, configuration included, sorted. */
  readonly findings: readonly Finding[];
}

/** The complaints that could be read (files with findings included, as far as they could be read). */
export function complaintsOf(register: Pick<LoadedRegister, 'files'>): Complaint[] {
  return register.files.flatMap((f) => (f.complaint ? [f.complaint] : []));
}

/** Relative path with forward slashes. */
export function toRegisterPath(root: string, absolute: string): string {
  // Files found by walking the root start with it: a slice is enough (and this runs per file).
  const prefix = root.endsWith(sep) ? root : root + sep;
  const inside = absolute.startsWith(prefix) ? absolute.slice(prefix.length) : relative(root, absolute);
  return sep === '/' ? inside : inside.split(sep).join('/');
}

interface Listed { readonly path: string; readonly symlink: boolean; readonly stray?: Stray }

/**
 * Every .md file under complaints/ (sorted), and every symbolic link there, of any name: links are
 * listed, never followed (register/symlinks.ts says why). Also listed: what only looks like a
 * complaint file, and temporary files left behind (register/stray-entries.ts). A name that starts
 * with a dot is no reason to pass over a file or folder: a complaint there is read like any other
 * (and its name is a finding of `klacht valideer`, register/folder-names.ts).
 */
export function listComplaintFiles(root: string): Listed[] {
  const found: Listed[] = [];
  const walk = (folder: string): void => {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    for (const entry of entries) {
      const absolute = join(folder, entry.name);
      const stray = entry.isSymbolicLink() ? undefined : strayKind(entry.name, entry.isFile());
      if (stray) found.push({ path: absolute, symlink: false, stray });
      else if (entry.isSymbolicLink()) found.push({ path: absolute, symlink: true });
      else if (entry.isDirectory()) walk(absolute);
      else if (entry.isFile() && entry.name.endsWith('.md')) found.push({ path: absolute, symlink: false });
    }
  };
  const complaints = join(root, COMPLAINTS_DIR);
  if (lstatSync(complaints, { throwIfNoEntry: false })?.isSymbolicLink()) found.push({ path: complaints, symlink: true });
  else walk(complaints);
  return found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Loads and checks the whole register at `root`. */
export function loadRegister(root: string, today: CalendarDate): LoadedRegister {
  checkRegisterFolder(root);
  const loadedConfig = loadConfig(root);
  const context = validationContext(loadedConfig.config, today);
  const files: CheckedFile[] = listComplaintFiles(root).map(({ path, symlink, stray }) => {
    const file = toRegisterPath(root, path);
    if (stray) return { file, findings: [strayFinding(file, stray)] };
    return symlink ? { file, findings: [symlinkFinding(file)] } : checkComplaintBytes(file, readBounded(path), context);
  });

  const duplicates = duplicateIdIssues(files.map((f) => ({ file: f.file, id: f.complaint?.id })));
  const withDuplicates = files.map((checked) => {
    const issue = duplicates.get(checked.file);
    if (!issue) return checked;
    const duplicateFinding = finding(checked.file, locateField(root, checked.file, ['id']), issue.severity, issue.rule, 'id', issue.message);
    return { ...checked, findings: [...checked.findings, duplicateFinding] };
  });

  // What a complaint names as its attachment must be a file in the register.
  const withAttachments = withDuplicates.map((checked) => {
    const { complaint } = checked;
    const found = complaint ? attachmentFindings(root, checked.file, complaint, (field) => locateField(root, checked.file, field)) : [];
    return found.length === 0 ? checked : { ...checked, findings: [...checked.findings, ...found] };
  });

  const analysisLinks = symlinksUnder(root, ANALYSES_DIR).map(symlinkFinding);
  const findings = sortFindings([...loadedConfig.findings, ...withAttachments.flatMap((f) => f.findings), ...analysisLinks]);
  return { root, context, files: withAttachments, findings };
}

/**
 * Where a field's value stands in a register file. Clean files are read on the fast path without
 * positions, so the file is read again, authoritatively, when a finding needs a place.
 */
export function locateField(root: string, file: string, path: readonly (string | number)[]): Position {
  return locateInBytes(readBounded(join(root, file)), path, 'value');
}

