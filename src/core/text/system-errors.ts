/**
 * The system errors a user can act on (a full disk, no access, a folder where a file belongs),
 * said in Dutch from Node's error code, with the path they are about. One table for every place
 * that meets them: the atomic writer, the browser's unpacking and the command line's last resort.
 */

/** Node's system error codes that a user can act on, as a Dutch phrase about one path. */
const PROBLEMS: Readonly<Record<string, (path: string) => string>> = {
  ENOENT: (path) => `${path} bestaat niet (meer)`,
  EACCES: (path) => `u hebt geen toegang tot ${path}`,
  EPERM: (path) => `het besturingssysteem staat niet toe dat ${path} wordt gewijzigd`,
  ENOSPC: (path) => `de schijf van ${path} is vol`,
  EDQUOT: (path) => `uw schijfquotum voor ${path} is op`,
  EFBIG: (path) => `${path} wordt groter dan het systeem toestaat (een limiet of quotum)`,
  EROFS: (path) => `${path} staat op een schijf die alleen gelezen kan worden`,
  EMFILE: () => 'er staan te veel bestanden tegelijk open',
  ENOTDIR: (path) => `een deel van ${path} is een bestand, geen map`,
  EISDIR: (path) => `${path} is een map, geen bestand`,
  EEXIST: (path) => `${path} bestaat al`,
  EBUSY: (path) => `${path} is in gebruik door een ander programma`,
  ENOMEM: () => 'er is te weinig geheugen',
  EIO: (path) => `de schijf gaf een leesfout of schrijffout bij ${path}`,
};

/** The same problems when no path is known. */
const WITHOUT_PATH = 'een bestand of map';

/** The code of a system error (`ENOSPC`), or undefined for anything else. */
export function systemErrorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code) ? code : undefined;
}

/** The path a system error is about, when Node recorded one. */
export function systemErrorPath(error: unknown): string | undefined {
  const path = (error as { path?: unknown } | null)?.path;
  return typeof path === 'string' && path !== '' ? path : undefined;
}

/**
 * "de schijf van out/KL-2026-001-formulier.pdf is vol (ENOSPC)": what went wrong, in Dutch,
 * naming `path` (or the error's own path); undefined for a code the table does not know.
 */
export function describeSystemError(error: unknown, path = systemErrorPath(error)): string | undefined {
  const code = systemErrorCode(error);
  const problem = code === undefined ? undefined : PROBLEMS[code];
  return problem === undefined ? undefined : `${problem(path ?? WITHOUT_PATH)} (${code})`;
}
