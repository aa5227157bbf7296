/**
 * Where things live in a register (README "Wat het register is"): the configuration at the top,
 * one file per complaint under complaints/<jaar>/, its attachments under bijlagen/<id>/, the
 * yearly analyses under analyses/. Every
 * adapter (files, git) takes the names from here, so none needs another adapter for them.
 */

/** The register's configuration file. */
export const CONFIG_FILE = 'klachtenregister.yml';
/** The folder of the complaint files: complaints/<jaar>/<id>.md. */
export const COMPLAINTS_DIR = 'complaints';
/** The folder of the yearly analyses: analyses/<jaar>.md. */
export const ANALYSES_DIR = 'analyses';

/** The folder of a year's complaint files, relative to the register: `complaints/2026`. */
export function complaintFolder(year: number): string {
  return `${COMPLAINTS_DIR}/${year}`;
}

/** The path of a complaint's file, relative to the register: `complaints/2026/KL-2026-007.md`. */
export function complaintPath(id: string, year: number): string {
  return `${complaintFolder(year)}/${id}.md`;
}

/** The folder of the attachments: bijlagen/<id>/ holds a complaint's scans and letters. */
export const ATTACHMENTS_DIR = 'bijlagen';

/** A complaint's own attachment folder, relative to the register: `bijlagen/KL-2026-007`. */
export function attachmentFolder(id: string): string {
  return `${ATTACHMENTS_DIR}/${id}`;
}

/** The path of the yearly analysis of `year`, relative to the register. */
export function analysisPath(year: number): string {
  return `${ANALYSES_DIR}/${year}.md`;
}

/**
 * How a temporary file ends: `<name>.<pid>-<random>.klacht-tmp`, next to the file it will replace.
 * Visible on purpose: one left behind by a process that was killed is a finding of `klacht
 * valideer` (it may hold personal data), and the register's .gitignore keeps it out of git.
 */
export const TEMP_SUFFIX = '.klacht-tmp';
/** The lock file of a register (at its top): one klacht process at a time writes complaint files. */
export const WRITE_LOCK = '.klacht-lock';
/** The lines of a register's .gitignore that keep klacht's temporary files and lock out of git. */
export const IGNORED_LEFTOVERS: readonly string[] = [`*${TEMP_SUFFIX}`, WRITE_LOCK];

const TEMP_NAME = /^(.+)\.(\d+)-[0-9a-f]{8}\.klacht-tmp$/;

/** The temporary name for writing `name` in process `pid`. */
export function tempName(name: string, pid: number, random: string): string {
  return `${name}.${pid}-${random}${TEMP_SUFFIX}`;
}

/** For a temporary file's name: the file it was for and the process that wrote it. */
export function parseTempName(name: string): { readonly target: string; readonly pid: number } | undefined {
  const match = TEMP_NAME.exec(name);
  return match ? { target: match[1] as string, pid: Number(match[2]) } : undefined;
}
