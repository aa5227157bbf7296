/**
 * Starting Chromium ourselves, with its DevTools protocol on a pipe, before puppeteer is loaded:
 * Chromium takes about a tenth of a second to start and puppeteer about as long to load, and done
 * this way the two overlap (on another core) instead of following each other. puppeteer then
 * connects over the pipe (`puppeteer.connect({ transport })`) and drives it as usual.
 *
 * The pipe, not a debugging port: a port on localhost could be reached by other programs on the
 * machine while documents with personal data are open in the browser; a pipe only by us.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import type { ConnectionTransport } from 'puppeteer-core/internal/puppeteer-core-browser.js';

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

/** DevTools messages over Chromium's pipe: JSON, each ended by a NUL byte. */
class PipeTransport implements ConnectionTransport {
  onmessage?: (message: string) => void;
  onclose?: () => void;
  private pending: Buffer[] = [];

  constructor(private readonly toBrowser: Writable, fromBrowser: Readable) {
    fromBrowser.on('data', (chunk: Buffer) => this.receive(chunk));
    fromBrowser.on('close', () => this.onclose?.());
    // A browser that went away shows as a closed pipe; the write error itself says nothing more.
    toBrowser.on('error', () => undefined);
    fromBrowser.on('error', () => undefined);
  }

  send(message: string): void {
    this.toBrowser.write(`${message}\0`);
  }

  close(): void {
    this.toBrowser.end();
  }

  private receive(chunk: Buffer): void {
    let start = 0;
    for (let end = chunk.indexOf(0); end !== -1; end = chunk.indexOf(0, start)) {
      this.pending.push(chunk.subarray(start, end));
      const message = Buffer.concat(this.pending).toString('utf8');
      this.pending = [];
      start = end + 1;
      this.onmessage?.(message);
    }
    if (start < chunk.length) this.pending.push(chunk.subarray(start));
  }
}

/** A started Chromium: the pipe to give puppeteer, and how to end it. */
export interface RunningChromium {
  readonly transport: ConnectionTransport;
  /** Resolves when the process has ended (for any reason). */
  readonly exited: Promise<void>;
  /** The first lines Chromium wrote to stderr, for a message when it would not start. */
  stderr(): string;
  /** Waits for the process to end (after Browser.close), kills it if it does not, and removes its profile folder. */
  stop(): Promise<void>;
}

/** Starts Chromium now; connect to it with `puppeteer.connect({ transport })`. */
export function startChromium(start: ChromiumStart): RunningChromium {
  // A fresh profile per run: nothing of one run (caches of documents) reaches the next.
  const userDataDir = mkdtempSync(join(tmpdir(), 'klacht-chromium-'));
  const child: ChildProcess = spawn(start.executablePath, chromiumArguments(start, userDataDir), {
    env: start.env ?? process.env,
    stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'],
  });
  let errorText = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    if (errorText.length < 4000) errorText += chunk.toString('utf8');
  });
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.once('error', (error) => {
      errorText += error.message;
      resolve();
    });
  });
  // If this process ends first (an error, Ctrl-C), the browser goes too.
  const killOnExit = (): void => { child.kill('SIGKILL'); };
  process.once('exit', killOnExit);
  const [, , , toBrowser, fromBrowser] = child.stdio as [unknown, unknown, unknown, Writable, Readable];
  return {
    transport: new PipeTransport(toBrowser, fromBrowser),
    exited,
    stderr: () => errorText,
    async stop() {
      const gone = await Promise.race([exited.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 5_000).unref())]);
      if (!gone) {
        child.kill('SIGKILL');
        await exited;
      }
      process.removeListener('exit', killOnExit);
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
