/**
 * Starting Chromium ourselves, with its DevTools protocol on a pipe, before puppeteer is loaded:
 * Chromium takes about a tenth of a second to start and puppeteer about as long to load, and done
 * this way the two overlap (on another core) instead of following each other. puppeteer then
 * connects over the pipe (its own PipeTransport, `puppeteer.connect({ transport })`) and drives it
 * as usual.
 *
 * The pipe, not a debugging port: a port on localhost could be reached by other programs on the
 * machine while documents with personal data are open in the browser; a pipe only by us.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { removeLeftovers } from './leftovers.js';

/**
 * puppeteer's own default flags for a headless Chromium (`puppeteer.defaultArgs()`, puppeteer 24),
 * without `--headless` and `about:blank`, which depend on the mode. A test compares this list with
 * puppeteer's, so that an update of puppeteer cannot silently change how the browser runs.
 */
export const PUPPETEER_DEFAULT_ARGS: readonly string[] = [
  '--allow-pre-commit-input', '--disable-background-networking', '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows', '--disable-breakpad', '--disable-client-side-phishing-detection',
  '--disable-component-extensions-with-background-pages', '--disable-crash-reporter', '--disable-default-apps',
  '--disable-dev-shm-usage', '--disable-hang-monitor', '--disable-infobars', '--disable-ipc-flooding-protection',
  '--disable-popup-blocking', '--disable-prompt-on-repost', '--disable-renderer-backgrounding',
  '--disable-search-engine-choice-screen', '--disable-sync', '--enable-automation', '--export-tagged-pdf',
  '--force-color-profile=srgb', '--generate-pdf-document-outline', '--metrics-recording-only', '--no-first-run',
  '--password-store=basic', '--use-mock-keychain',
  '--disable-features=Translate,AcceptCHFrame,MediaRouter,OptimizationHints,WebUIReloadButton,ProcessPerSiteUpToMainFrameThreshold,IsolateSandboxedIframes',
  '--enable-features=PdfOopif', '--hide-scrollbars', '--mute-audio', '--disable-extensions',
];

export interface ChromiumStart {
  readonly executablePath: string;
  /** 'shell' for Chromium's headless shell (the embedded build), true for a full Chromium or Chrome. */
  readonly headless: boolean | 'shell';
  /** Our flags, after puppeteer's defaults. */
  readonly args: readonly string[];
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** The command line Chromium is started with (the user-data folder is added per run). */
export function chromiumArguments(start: Pick<ChromiumStart, 'headless' | 'args'>, userDataDir: string): string[] {
  return [
    ...PUPPETEER_DEFAULT_ARGS, start.headless === 'shell' ? '--headless' : '--headless=new', ...start.args,
    `--user-data-dir=${userDataDir}`, '--remote-debugging-pipe', 'about:blank',
  ];
}

/** A started Chromium: the two ends of its pipe, and how to end it. */
export interface RunningChromium {
  /** Where DevTools messages to the browser go (its fd 3). */
  readonly toBrowser: Writable;
  /** Where its DevTools messages come from (its fd 4); paused until puppeteer reads it. */
  readonly fromBrowser: Readable;
  /** Resolves when the process has ended (for any reason). */
  readonly exited: Promise<void>;
  /** Whether the process has ended. */
  hasExited(): boolean;
  /** What Chromium wrote to stderr (the first few kB), for a maintainer (KLACHT_DEBUG). */
  stderr(): string;
  /** Waits for the process to end (after Browser.close), kills it if it does not, and removes its profile folder. */
  stop(): Promise<void>;
}

/** Removes a profile folder; Chromium's helpers may still hold it for a moment, hence the retries. */
function removeProfile(folder: string): void {
  try {
    rmSync(folder, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
  } catch {
    // A folder that cannot be removed now is left for the system's temporary-file cleaning; it
    // must not turn printed documents into a failed run.
  }
}

/** A profile folder: `klacht-chromium-<pid>-<random>`. */
const PROFILE_NAME = /^klacht-chromium-(\d+)-[A-Za-z0-9]{6}$/;
/** A profile this old is a leftover even when its process id runs (used again by another program). */
const PROFILE_STALE_MS = 24 * 60 * 60 * 1000;

/** The signals that end the program from outside (Ctrl-C, a stopped job, a closed terminal), with their exit codes. */
const ENDING_SIGNALS: readonly (readonly [NodeJS.Signals, number])[] = [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]];

/** Starts Chromium now; connect to it with puppeteer over `toBrowser`/`fromBrowser`. */
export function startChromium(start: ChromiumStart): RunningChromium {
  // If this program ends first (an error, Ctrl-C), the browser and its profile go too. Node runs
  // no 'exit' handlers when a signal ends it, so the signals are handled as well; both are in
  // place before the profile folder exists, so that no moment is left in which it would stay.
  const started: { profile?: string; child?: ChildProcess } = {};
  const cleanUp = (): void => {
    started.child?.kill('SIGKILL');
    if (started.profile !== undefined) removeProfile(started.profile);
  };
  const onSignal = (signal: NodeJS.Signals): void => {
    cleanUp();
    process.exit(ENDING_SIGNALS.find(([name]) => name === signal)?.[1] ?? 1);
  };
  process.once('exit', cleanUp);
  for (const [signal] of ENDING_SIGNALS) process.once(signal, onSignal);

  const stopWatching = (): void => {
    process.removeListener('exit', cleanUp);
    for (const [signal] of ENDING_SIGNALS) process.removeListener(signal, onSignal);
  };
  // A fresh profile per run: nothing of one run (caches of documents) reaches the next. One that a
  // killed run left (its name holds the process id) goes now.
  let profile: string;
  try {
    removeLeftovers(tmpdir(), (name) => {
      const pid = PROFILE_NAME.exec(name)?.[1];
      return pid === undefined ? undefined : Number(pid);
    }, PROFILE_STALE_MS);
    profile = mkdtempSync(join(tmpdir(), `klacht-chromium-${process.pid}-`));
  } catch (error) {
    stopWatching();
    throw error;
  }
  started.profile = profile;
  const spawned: ChildProcess = spawn(start.executablePath, chromiumArguments(start, profile), {
    env: start.env ?? process.env,
    stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'],
  });
  started.child = spawned;
  let errorText = '';
  let ended = false;
  spawned.stderr?.on('data', (chunk: Buffer) => {
    if (errorText.length < 4000) errorText += chunk.toString('utf8');
  });
  const exited = new Promise<void>((resolve) => {
    spawned.once('exit', () => { ended = true; resolve(); });
    spawned.once('error', (error) => {
      ended = true;
      errorText += error.message;
      resolve();
    });
  });
  const [, , , toBrowser, fromBrowser] = spawned.stdio as [unknown, unknown, unknown, Writable, Readable];
  // A browser that went away shows as a closed pipe; a write error says nothing more.
  toBrowser.on('error', () => undefined);
  return {
    toBrowser,
    fromBrowser,
    exited,
    hasExited: () => ended,
    stderr: () => errorText,
    async stop() {
      const gone = await Promise.race([exited.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 5_000).unref())]);
      if (!gone) {
        spawned.kill('SIGKILL');
        await exited;
      }
      stopWatching();
      removeProfile(profile);
    },
  };
}
