/**
 * Printing HTML to PDF with the system's Chromium through puppeteer (which never downloads a
 * browser here: .puppeteerrc.cjs). One browser per run, a few pages at once.
 *
 * A complaint's text is written by people, so the page is locked down: JavaScript is off, and
 * every request is intercepted: the document itself is answered from memory, everything else
 * (http, https, file, ...) is refused and recorded. Fonts and the logo are data: URLs.
 */
import { existsSync } from 'node:fs';
import type { Browser, HTTPRequest, Page } from 'puppeteer';

/** Documents are served under this address (one path per print); it never reaches a network. */
const DOCUMENT_ORIGIN = 'https://klachtenregister.invalid/';

/** Where Chromium or Chrome usually lives, after PUPPETEER_EXECUTABLE_PATH. */
const CANDIDATES = [
  '/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium',
  '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe', 'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

export class BrowserNotFoundError extends Error {
  constructor() {
    super([
      'Geen Chromium of Chrome gevonden om PDF\'s mee te maken.',
      'Installeer Chromium (Debian/Ubuntu: sudo apt-get install chromium) of Google Chrome,',
      'of wijs een browser aan met PUPPETEER_EXECUTABLE_PATH=/pad/naar/chromium.',
    ].join(' '));
  }
}

/** The browser to use: PUPPETEER_EXECUTABLE_PATH when set (and present), else the first known location. */
export function findBrowser(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const configured = env.PUPPETEER_EXECUTABLE_PATH;
  if (configured) {
    if (existsSync(configured)) return configured;
    throw new BrowserNotFoundError();
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (!found) throw new BrowserNotFoundError();
  return found;
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
  private constructor(private readonly browser: Browser) {}

  /** Starts one headless browser for the whole run. */
  static async launch(env: Readonly<Record<string, string | undefined>> = process.env): Promise<PdfPrinter> {
    const executablePath = findBrowser(env);
    const puppeteer = (await import('puppeteer')).default;
    const args = [
      '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--disable-default-apps', '--no-first-run', '--disable-quic', '--disable-extensions', '--mute-audio',
    ];
    // Chromium's sandbox refuses to start as root (this machine, containers) and on CI runners
    // without user namespaces. The page runs no JavaScript and may fetch nothing either way.
    if (process.getuid?.() === 0 || env.GITHUB_ACTIONS === 'true') args.push('--no-sandbox');
    const browser = await puppeteer.launch({ executablePath, headless: true, args, timeout: 60_000 });
    return new PdfPrinter(browser);
  }

  async close(): Promise<void> {
    await this.browser.close();
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

  /** A new page with JavaScript off and every request intercepted. */
  private async lockedPage(): Promise<Page> {
    const page = await this.browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.setRequestInterception(true);
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

/** Chromium's footer: its own small page, filled in by the printer (pageNumber, totalPages). */
function footerTemplate(text: string): string {
  const escaped = text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<div style="width:100%;font-size:8px;font-family:'Noto Sans',sans-serif;color:#555;padding:0 18mm;display:flex;justify-content:space-between;">`
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
