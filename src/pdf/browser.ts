/**
 * Printing HTML to PDF with Chromium through puppeteer (which never downloads a browser:
 * .puppeteerrc.cjs): the one PUPPETEER_EXECUTABLE_PATH names, a system Chromium or Chrome, or the
 * one that comes with `npm ci` (browser-choice.ts). One browser per run, a few pages at once.
 *
 * A complaint's text is written by people, so the page is locked down: JavaScript is off, and
 * every request is intercepted: the document itself is answered from memory, everything else
 * (http, https, file, ...) is refused and recorded. Fonts and the logo are data: URLs.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { LaunchOptions } from 'puppeteer-core';
import type { Browser, HTTPRequest, Page } from 'puppeteer-core/internal/puppeteer-core-browser.js';
import { fontFile } from './assets.js';
import { chooseBrowser, type BrowserChoice, type BrowserSource } from './browser-choice.js';
import { startChromium, type RunningChromium } from './chromium-process.js';
import { embeddedChromium, embeddedPackage } from './embedded-chromium.js';

export { BrowserNotFoundError } from './browser-choice.js';

/** Documents are served under this address (one path per print); it never reaches a network. */
const DOCUMENT_ORIGIN = 'https://klachtenregister.invalid/';

/** Which browser printed: shown to the user (klacht pdf --json, and the human line). */
export interface BrowserInfo {
  readonly source: BrowserSource;
  readonly path: string;
  /** Chromium's own version, e.g. 153.0.8010.0. */
  readonly version: string;
}

/** The browser this machine will use (PUPPETEER_EXECUTABLE_PATH, a system one, or the embedded one). */
export function findBrowser(env: Readonly<Record<string, string | undefined>> = process.env): BrowserChoice {
  return chooseBrowser({ env, platform: process.platform, arch: process.arch, embeddedArchive: embeddedArchive(), exists: existsSync });
}

function embeddedArchive(): string | undefined {
  const found = embeddedPackage();
  return found ? `${found.bin}/chromium.br` : undefined;
}

/**
 * How to start the browser: which program, its flags and, for the embedded one, its environment
 * (unpacked the first time). The benchmark's bare script starts the same way.
 */
export async function launchOptions(
  env: Readonly<Record<string, string | undefined>>, notify: (message: string) => void = () => undefined,
): Promise<{ options: LaunchOptions & { executablePath: string }; source: BrowserSource }> {
  const choice = findBrowser(env);
  const program: { path: string; env?: Readonly<Record<string, string>> } = choice.source === 'embedded'
    ? await embeddedChromium(choice.archive, env, (folder) => notify(`De ingebouwde Chromium wordt eenmalig uitgepakt naar ${folder} (enkele seconden).`))
    : { path: choice.path };
  const args = [
    '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--disable-default-apps', '--no-first-run', '--disable-quic', '--disable-extensions', '--mute-audio',
    // A second lock next to request interception: no host name resolves, so even a request that
    // interception does not see (a preconnect, a DNS prefetch) reaches nothing.
    '--host-resolver-rules=MAP * ~NOTFOUND',
  ];
  // Chromium's sandbox refuses to start as root (this machine, containers) and on CI runners
  // without user namespaces. The page runs no JavaScript and may fetch nothing either way.
  if (process.getuid?.() === 0 || env.GITHUB_ACTIONS === 'true') args.push('--no-sandbox');
  return {
    source: choice.source,
    options: {
      executablePath: program.path,
      // The embedded build is Chromium's headless shell, which has only the old headless mode.
      headless: choice.source === 'embedded' ? 'shell' : true,
      args,
      timeout: 60_000,
      // Its own NSS libraries and fontconfig, so that it runs and prints alike on every Linux.
      ...(program.env ? { env: { ...process.env, ...program.env } } : {}),
    },
  };
}

export interface PrintOptions {
  /** Footer text at the bottom left: the complaint id and document (never a person's name). */
  readonly footer: string;
}

export class PdfPrinter {
  /** Every request the pages tried to make and that was refused. Tests read it. */
  readonly refused: string[] = [];
  /** Locked-down pages waiting for the next document: opening a page costs more than printing one. */
  private readonly idle: Page[] = [];
  /** The HTML of each document being loaded, by its address. */
  private readonly documents = new Map<string, string>();
  private printed = 0;
  /** Which browser this is; set when it has started. */
  readonly info: BrowserInfo;

  private constructor(private readonly browser: Browser, private readonly chromium: RunningChromium, info: BrowserInfo) {
    this.info = info;
  }

  /**
   * Starts one headless browser for the whole run. Chromium is started first, on a pipe, and
   * puppeteer loads while it starts (chromium-process.ts); callers start this first and load their
   * own work meanwhile.
   */
  static async launch(env: Readonly<Record<string, string | undefined>> = process.env, notify: (message: string) => void = () => undefined): Promise<PdfPrinter> {
    const { options, source } = await launchOptions(env, notify);
    const chromium = startChromium({ executablePath: options.executablePath, headless: options.headless === 'shell' ? 'shell' : true, args: options.args ?? [], ...(options.env ? { env: options.env } : {}) });
    let browser: Browser | undefined;
    try {
      // puppeteer's connect-only build: without the launcher and its dependencies it loads in
      // about half the time, and we start Chromium ourselves (chromium-process.ts).
      const [{ default: puppeteer }, { PipeTransport }] = await Promise.all([
        import('puppeteer-core/internal/puppeteer-core-browser.js'), import('puppeteer-core/internal/node/PipeTransport.js'),
      ]);
      // A browser that ended while puppeteer loaded has closed its pipe already: nothing to connect to.
      if (chromium.hasExited()) throw new Error('Chromium stopte meteen na het starten');
      const transport = new PipeTransport(chromium.toBrowser, chromium.fromBrowser);
      browser = await withTimeout(puppeteer.connect({ transport, protocolTimeout: 60_000 }), 60_000, chromium.exited);
      const version = (await browser.version()).replace(/^[^/]*\//, '');
      const printer = new PdfPrinter(browser, chromium, { source, path: options.executablePath, version });
      // The first locked-down page is the tab Chromium opened at its start (about:blank), locked
      // now, while the caller is still loading its work: one page fewer to open.
      const [first] = await browser.pages();
      printer.idle.push(await printer.lockedPage(first));
      return printer;
    } catch (error) {
      await browser?.close().catch(() => undefined);
      chromium.toBrowser.end();
      await chromium.stop();
      throw launchFailure(error, chromium, options.executablePath, env);
    }
  }

  /** False once the browser has gone (it crashed, or was killed): no page prints after that. */
  isRunning(): boolean {
    return this.browser.connected && !this.chromium.hasExited();
  }

  async close(): Promise<void> {
    // Browser.close ends the Chromium process; stop() waits for that and removes its profile.
    await this.browser.close().catch(() => undefined);
    await this.chromium.stop();
  }

  /** Prints one HTML document to an A4 PDF. */
  async print(html: string, options: PrintOptions): Promise<Uint8Array> {
    const page = this.idle.pop() ?? await this.lockedPage();
    const url = `${DOCUMENT_ORIGIN}${++this.printed}.html`;
    this.documents.set(url, html);
    let healthy = false;
    try {
      await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
      const pdf = await page.pdf({
        format: 'A4',
        printBackground: true,
        preferCSSPageSize: true,
        displayHeaderFooter: true,
        headerTemplate: '<div></div>',
        footerTemplate: footerTemplate(options.footer),
        margin: { top: '20mm', right: '18mm', bottom: '22mm', left: '18mm' },
        timeout: 60_000,
      });
      healthy = true;
      return pdf;
    } finally {
      this.documents.delete(url);
      // A page that failed is not trusted with the next document.
      if (healthy) this.idle.push(page);
      else await page.close().catch(() => undefined);
    }
  }

  /** A page (`blank`, or a new one) with JavaScript off and every request intercepted. */
  private async lockedPage(blank?: Page): Promise<Page> {
    const page = blank ?? await this.browser.newPage();
    await Promise.all([page.setJavaScriptEnabled(false), page.setRequestInterception(true)]);
    page.on('request', (request: HTTPRequest) => {
      const url = request.url();
      const html = request.isNavigationRequest() && request.frame() === page.mainFrame() ? this.documents.get(url) : undefined;
      if (html !== undefined) {
        void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      } else if (url.startsWith('data:')) {
        // Our own embedded font and logo; nothing leaves the machine.
        void request.continue();
      } else {
        this.refused.push(url);
        void request.abort('blockedbyclient');
      }
    });
    return page;
  }
}

/**
 * Why the browser did not start, in Dutch. Chromium's own stderr is mostly noise (the embedded build
 * warns about graphics on every start), so it is shown only to a maintainer (KLACHT_DEBUG).
 */
function launchFailure(error: unknown, chromium: RunningChromium, path: string, env: Readonly<Record<string, string | undefined>>): Error {
  const reason = error instanceof Error && error.message.startsWith('Chromium ') ? error.message
    : chromium.hasExited() ? 'Chromium stopte meteen na het starten' : 'puppeteer kon geen verbinding met Chromium maken';
  const detail = env.KLACHT_DEBUG ? ` Wat Chromium meldde: ${chromium.stderr().trim() || '(niets)'}` : ' Met KLACHT_DEBUG=1 ziet u wat Chromium zelf meldde.';
  return new Error(`${reason} (${path}).${detail}`);
}

/** `work`, unless `ms` pass or `gone` (the browser's end) comes first: then a Dutch reason. */
async function withTimeout<T>(work: Promise<T>, ms: number, gone: Promise<void>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const failed = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`Chromium reageerde niet binnen ${ms / 1000} seconden`)), ms);
    void gone.then(() => reject(new Error('Chromium stopte meteen na het starten')));
  });
  try {
    return await Promise.race([work, failed]);
  } finally {
    clearTimeout(timer);
  }
}

let footerFont: string | undefined;

/**
 * Noto Sans for the footer. The footer is a document of its own, without the page's @font-face,
 * so without this Chromium takes whatever sans-serif the machine has (or none). The latin subset
 * (13 kB) holds every character of an id, a document title and "pagina 1 van 2".
 */
function footerFontFace(): string {
  footerFont ??= readFileSync(fontFile('noto-sans-latin-400-normal.woff2')).toString('base64');
  return `@font-face{font-family:"Noto Sans";font-style:normal;font-weight:400;src:url(data:font/woff2;base64,${footerFont}) format("woff2");}`;
}

/** Chromium's footer: its own small page, filled in by the printer (pageNumber, totalPages). */
function footerTemplate(text: string): string {
  const escaped = text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<style>${footerFontFace()}</style>`
    + `<div style="width:100%;font-size:8px;font-family:'Noto Sans';font-weight:400;color:#555;padding:0 18mm;display:flex;justify-content:space-between;">`
    + `<span>${escaped}</span><span>pagina <span class="pageNumber"></span> van <span class="totalPages"></span></span></div>`;
}

/**
 * Runs `jobs` with at most `concurrency` at once, in order of completion; `onDone` after each.
 * A failing job fails the whole run after the ones already started have finished.
 */
export async function runBounded<T>(jobs: readonly (() => Promise<T>)[], concurrency: number, onDone: (done: number) => void = () => undefined): Promise<T[]> {
  const results: T[] = new Array<T>(jobs.length);
  let next = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    while (next < jobs.length) {
      const index = next++;
      results[index] = await (jobs[index] as () => Promise<T>)();
      onDone(++done);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, jobs.length) }, worker));
  return results;
}
