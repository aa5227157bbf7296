/** The register folder itself: checked once, before any command reads or writes in it. */
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { RunError } from '../core/text/errors.js';
import { COMPLAINTS_DIR, CONFIG_FILE } from '../core/complaint/layout.js';

/**
 * Throws a Dutch RunError when `root` is not a readable folder, or (unless `mayBeEmpty`) not a
 * register: one with klachtenregister.yml or complaints/. A check pointed at the wrong folder
 * would otherwise find nothing wrong there and pass, for ever. A register with complaints/ but
 * without klachtenregister.yml is refused too: its rules would silently become the defaults (after
 * a bad merge or a rename an Awb register would be checked against Liberi's terms).
 */
export function checkRegisterFolder(root: string, options: { mayBeEmpty?: boolean; configMayLack?: boolean } = {}): void {
  const stat = statSync(root, { throwIfNoEntry: false });
  if (!stat) throw new RunError(`De map ${root} bestaat niet. Geef met --register de map van het klachtenregister op.`);
  if (!stat.isDirectory()) throw new RunError(`${root} is een bestand, geen map. Geef met --register de map van het klachtenregister op.`);
  try {
    accessSync(root, constants.R_OK | constants.X_OK);
  } catch {
    throw new RunError(`De map ${root} is niet te lezen: u hebt er geen toegang toe.`);
  }
  const hasConfig = existsSync(join(root, CONFIG_FILE));
  const hasComplaints = existsSync(join(root, COMPLAINTS_DIR));
  if (options.mayBeEmpty !== true && !hasConfig && !hasComplaints) {
    throw new RunError(`De map ${root} is geen klachtenregister: er staat geen ${CONFIG_FILE} en geen map ${COMPLAINTS_DIR}/ in. Geef met --register (in de GitHub Action: de invoer register) de map van het register op.`);
  }
  if (hasComplaints && !hasConfig && options.configMayLack !== true) {
    throw new RunError(`In ${root} staat een map ${COMPLAINTS_DIR}/ maar geen ${CONFIG_FILE}. Zonder dat bestand zouden stilzwijgend de standaardregels gelden (procedure liberi), ook voor de termijnen. `
      + `Zet het bestand terug (bijvoorbeeld met git checkout -- ${CONFIG_FILE}), of maak een leeg ${CONFIG_FILE} als de standaardregels bedoeld zijn.`);
  }
}

/** A folder that holds a register: klachtenregister.yml, or complaints/ (which the check then asks about). */
function holdsRegister(folder: string): boolean {
  return existsSync(join(folder, CONFIG_FILE)) || statSync(join(folder, COMPLAINTS_DIR), { throwIfNoEntry: false })?.isDirectory() === true;
}

/**
 * The register that `start` lies in, found upward as git finds its repository: the nearest folder,
 * `start` itself included, with klachtenregister.yml or complaints/. The search ends at the top of
 * a git working tree (a folder with .git) and at the file system's root; undefined when none is found.
 */
export function findRegisterUpward(start: string): string | undefined {
  let folder = resolve(start);
  for (;;) {
    if (holdsRegister(folder)) return folder;
    if (existsSync(join(folder, '.git'))) return undefined;
    const parent = dirname(folder);
    if (parent === folder) return undefined;
    folder = parent;
  }
}

/**
 * Refuses to start a register in `root` when `root` lies inside another one: a complaint written
 * in complaints/2026/ of a register would otherwise begin a second register there, unseen by every
 * check of the first.
 */
export function checkNotInsideRegister(root: string): void {
  const target = resolve(root);
  if (holdsRegister(target)) return;
  const parent = dirname(target);
  const outer = parent === target ? undefined : findRegisterUpward(parent);
  if (outer === undefined) return;
  const shown = relative(outer, target).split(sep).join('/');
  throw new RunError(`De map ${target} ligt in het klachtenregister ${outer} (als ${shown}/). Een nieuw register begint niet binnen een ander. `
    + `Laat --register weg om in ${outer} te werken, of kies een map buiten dat register.`);
}
