/**
 * Where things live in a register (README "Wat het register is"): the configuration at the top,
 * one file per complaint under complaints/<jaar>/, the yearly analyses under analyses/. Every
 * adapter (files, git) takes the names from here, so none needs another adapter for them.
 */

/** The register's configuration file. */
export const CONFIG_FILE = 'klachtenregister.yml';
/** The folder of the complaint files: complaints/<jaar>/<id>.md. */
export const COMPLAINTS_DIR = 'complaints';
/** The folder of the yearly analyses: analyses/<jaar>.md. */
export const ANALYSES_DIR = 'analyses';

/** The path of the yearly analysis of `year`, relative to the register. */
export function analysisPath(year: number): string {
  return `${ANALYSES_DIR}/${year}.md`;
}
