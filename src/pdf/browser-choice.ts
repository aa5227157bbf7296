/**
 * Which browser prints, decided without touching anything but the machine description passed in
 * (so the order can be tested as a table): KLACHT_BROWSER when it forces one, then
 * PUPPETEER_EXECUTABLE_PATH, then a system Chromium or Chrome, then the Chromium that comes with
 * `npm ci` inside @sparticuz/chromium (a build for Linux x64 only).
 */
import { RunError } from '../core/text/errors.js';

/** Where the browser came from: set by the user, found on the system, or the one of the npm package. */
export type BrowserSource = 'env' | 'system' | 'embedded';

export type BrowserChoice =
  | { readonly source: 'env' | 'system'; readonly path: string }
  | { readonly source: 'embedded'; readonly archive: string };

export interface Machine {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly platform: string;
  readonly arch: string;
  /** The compressed Chromium of @sparticuz/chromium, or undefined when the package is missing. */
  readonly embeddedArchive: string | undefined;
  readonly exists: (path: string) => boolean;
}

/** Where Chromium or Chrome usually lives, after PUPPETEER_EXECUTABLE_PATH. */
export const SYSTEM_CANDIDATES: readonly string[] = [
  '/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium',
  '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe', 'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

/** KLACHT_BROWSER values: the embedded Chromium only, or only a browser of the system. */
export const FORCE_EMBEDDED = 'ingebouwd';
export const FORCE_SYSTEM = 'systeem';

/** No browser to print with: a RunError whose Dutch message says how to get one. */
export class BrowserNotFoundError extends RunError {
  constructor(reason: string) {
    super([
      `Geen Chromium of Chrome gevonden om PDF's mee te maken${reason ? `: ${reason}` : ''}.`,
      'Installeer Chromium (Debian/Ubuntu: sudo apt-get install chromium) of Google Chrome,',
      'of wijs een browser aan met PUPPETEER_EXECUTABLE_PATH=/pad/naar/chromium.',
    ].join(' '));
  }
}

/** The Chromium inside the npm package exists for Linux on x64 processors only. */
export function hasEmbeddedBuild(machine: Pick<Machine, 'platform' | 'arch'>): boolean {
  return machine.platform === 'linux' && machine.arch === 'x64';
}

/** The browser to use, or BrowserNotFoundError with a Dutch reason. */
export function chooseBrowser(machine: Machine): BrowserChoice {
  const { env, exists } = machine;
  const forced = env.KLACHT_BROWSER?.trim().toLowerCase() || undefined;
  if (forced !== undefined && forced !== FORCE_EMBEDDED && forced !== FORCE_SYSTEM) {
    throw new BrowserNotFoundError(`KLACHT_BROWSER is '${forced}', maar kan alleen '${FORCE_EMBEDDED}' of '${FORCE_SYSTEM}' zijn`);
  }
  const embedded = (): BrowserChoice | undefined => {
    const archive = machine.embeddedArchive;
    return hasEmbeddedBuild(machine) && archive !== undefined && exists(archive) ? { source: 'embedded', archive } : undefined;
  };
  if (forced === FORCE_EMBEDDED) {
    const choice = embedded();
    if (choice) return choice;
    throw new BrowserNotFoundError(hasEmbeddedBuild(machine)
      ? `KLACHT_BROWSER=${FORCE_EMBEDDED} vraagt de ingebouwde Chromium, en het npm-pakket @sparticuz/chromium is niet geïnstalleerd (npm ci installeert het)`
      : `KLACHT_BROWSER=${FORCE_EMBEDDED} vraagt de ingebouwde Chromium, en die bestaat alleen voor Linux op x64 (dit is ${machine.platform} op ${machine.arch})`);
  }
  const configured = env.PUPPETEER_EXECUTABLE_PATH;
  if (configured) {
    if (exists(configured)) return { source: 'env', path: configured };
    // A browser named by the user that is not there is a mistake to report, not to work around.
    throw new BrowserNotFoundError(`PUPPETEER_EXECUTABLE_PATH wijst naar ${configured}, en daar staat geen browser`);
  }
  const found = SYSTEM_CANDIDATES.find((path) => exists(path));
  if (found !== undefined) return { source: 'system', path: found };
  const choice = forced === FORCE_SYSTEM ? undefined : embedded();
  if (choice) return choice;
  throw new BrowserNotFoundError(forced === FORCE_SYSTEM ? `KLACHT_BROWSER=${FORCE_SYSTEM} sluit de ingebouwde Chromium uit` : '');
}
