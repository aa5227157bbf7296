/**
 * The browser that comes with `npm ci` (@sparticuz/chromium, unpacked once into a cache folder):
 * the order in which a browser is chosen, a safe first unpack by several processes at once, the
 * same security corpus as the system browser, and fonts that do not depend on the machine (every
 * font in every PDF is an embedded Noto Sans, the footer's too).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as mupdf from 'mupdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { BrowserNotFoundError, chooseBrowser, type Machine } from '../../src/pdf/browser-choice.js';
import { buildExampleRepository } from '../../examples/build-history.js';
import { PROJECT_ROOT, runCli } from '../helpers/cli.js';
import { securitySuite } from '../helpers/security-corpus.js';
import { tempDir } from '../helpers/temp.js';

const EXAMPLE = join(PROJECT_ROOT, 'examples/register');
const TODAY = '2026-11-24';
const EMBEDDED = { KLACHT_BROWSER: 'ingebouwd' };
const VERSION = (JSON.parse(readFileSync(join(PROJECT_ROOT, 'node_modules/@sparticuz/chromium/package.json'), 'utf8')) as { version: string }).version;

function pdfText(file: string): string {
  const document = mupdf.Document.openDocument(readFileSync(file), 'application/pdf');
  let text = '';
  for (let i = 0; i < document.countPages(); i++) text += `${document.loadPage(i).toStructuredText('preserve-whitespace').asText()}\n`;
  return text.replace(/\s+/g, ' ');
}

interface FontUse { readonly name: string; readonly embedded: boolean }

/** Every font a PDF's pages use, in their resources and in the forms (XObjects) they draw. */
function fontsOf(file: string): FontUse[] {
  const document = new mupdf.PDFDocument(readFileSync(file));
  const found: FontUse[] = [];
  const walk = (resources: mupdf.PDFObject, depth: number): void => {
    if (!resources.isDictionary() || depth > 8) return;
    resources.get('Font').forEach((value) => {
      const font = value.resolve();
      const descendants = font.get('DescendantFonts');
      const descriptor = (descendants.isArray() ? descendants.get(0).resolve() : font).get('FontDescriptor');
      found.push({
        name: font.get('BaseFont').asName(),
        embedded: ['FontFile', 'FontFile2', 'FontFile3'].some((key) => !descriptor.get(key).isNull()),
      });
    });
    resources.get('XObject').forEach((value) => walk(value.resolve().get('Resources'), depth + 1));
  };
  for (let i = 0; i < document.countPages(); i++) walk(document.loadPage(i).getObject().get('Resources'), 0);
  return found;
}

const base = (overrides: Partial<Machine>): Machine => ({
  env: {}, platform: 'linux', arch: 'x64', embeddedArchive: '/pkg/bin/chromium.br', exists: () => false, ...overrides,
});

describe('which browser prints', () => {
  const present = (...paths: string[]) => (path: string): boolean => paths.includes(path);
  it.each([
    ['PUPPETEER_EXECUTABLE_PATH first', base({ env: { PUPPETEER_EXECUTABLE_PATH: '/eigen/chrome' }, exists: present('/eigen/chrome', '/usr/bin/chromium', '/pkg/bin/chromium.br') }), { source: 'env', path: '/eigen/chrome' }],
    ['then a system Chromium', base({ exists: present('/usr/bin/chromium', '/pkg/bin/chromium.br') }), { source: 'system', path: '/usr/bin/chromium' }],
    ['or a system Chrome', base({ exists: present('/opt/google/chrome/chrome', '/pkg/bin/chromium.br') }), { source: 'system', path: '/opt/google/chrome/chrome' }],
    ['then the embedded one', base({ exists: present('/pkg/bin/chromium.br') }), { source: 'embedded', archive: '/pkg/bin/chromium.br' }],
    ['KLACHT_BROWSER=ingebouwd over everything', base({ env: { KLACHT_BROWSER: 'ingebouwd', PUPPETEER_EXECUTABLE_PATH: '/eigen/chrome' }, exists: present('/eigen/chrome', '/usr/bin/chromium', '/pkg/bin/chromium.br') }), { source: 'embedded', archive: '/pkg/bin/chromium.br' }],
    ['KLACHT_BROWSER=systeem still takes the system one', base({ env: { KLACHT_BROWSER: 'systeem' }, exists: present('/usr/bin/chromium', '/pkg/bin/chromium.br') }), { source: 'system', path: '/usr/bin/chromium' }],
    ['macOS: Chrome in Applications', base({ platform: 'darwin', arch: 'arm64', exists: present('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/pkg/bin/chromium.br') }), { source: 'system', path: '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome' }],
  ] as const)('%s', (_name, machine, expected) => {
    expect(chooseBrowser(machine)).toEqual(expected);
  });

  it.each([
    ['PUPPETEER_EXECUTABLE_PATH pointing nowhere is reported, not worked around', base({ env: { PUPPETEER_EXECUTABLE_PATH: '/nergens' }, exists: present('/usr/bin/chromium', '/pkg/bin/chromium.br') }), 'PUPPETEER_EXECUTABLE_PATH wijst naar /nergens'],
    ['no build for macOS', base({ platform: 'darwin', arch: 'arm64', exists: present('/pkg/bin/chromium.br') }), 'Geen Chromium of Chrome gevonden'],
    ['no build for Linux on arm64', base({ arch: 'arm64', exists: present('/pkg/bin/chromium.br') }), 'Google Chrome'],
    ['no build for Windows', base({ platform: 'win32', exists: present('/pkg/bin/chromium.br') }), 'PUPPETEER_EXECUTABLE_PATH=/pad/naar/chromium'],
    ['the package missing', base({ embeddedArchive: undefined }), 'apt-get install chromium'],
    ['forced embedded on arm64', base({ arch: 'arm64', env: { KLACHT_BROWSER: 'ingebouwd' }, exists: present('/pkg/bin/chromium.br') }), 'alleen voor Linux op x64'],
    ['forced embedded without the package', base({ env: { KLACHT_BROWSER: 'ingebouwd' }, embeddedArchive: undefined }), 'het npm-pakket @sparticuz/chromium is niet geïnstalleerd (npm ci installeert het)'],
    ['KLACHT_BROWSER=systeem without a system browser', base({ env: { KLACHT_BROWSER: 'systeem' }, exists: present('/pkg/bin/chromium.br') }), 'sluit de ingebouwde Chromium uit'],
    ['an unknown KLACHT_BROWSER', base({ env: { KLACHT_BROWSER: 'firefox' }, exists: present('/pkg/bin/chromium.br') }), "alleen 'ingebouwd' of 'systeem'"],
  ] as const)('not found: %s', (_name, machine, message) => {
    expect(() => chooseBrowser(machine)).toThrow(BrowserNotFoundError);
    expect(() => chooseBrowser(machine)).toThrow(message);
  });
});

/** Runs the built program as a real process, asynchronously (so that two can run at once). */
function runProcess(argv: readonly string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(PROJECT_ROOT, 'bin/klacht.js'), ...argv], { env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString('utf8'); });
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString('utf8'); });
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

describe('the embedded Chromium, unpacked once', () => {
  it('two processes unpacking it for the first time at once both print, and leave one complete copy', async () => {
    const cache = tempDir('klacht-cache-');
    const args = (out: string): string[] => ['pdf', 'KL-2026-002', '--soort', 'reactie', '--register', EXAMPLE, '--uit', out, '--vandaag', TODAY, '--json'];
    const [first, second] = await Promise.all([
      runProcess(args(tempDir()), { ...EMBEDDED, XDG_CACHE_HOME: cache }),
      runProcess(args(tempDir()), { ...EMBEDDED, XDG_CACHE_HOME: cache }),
    ]);
    for (const result of [first, second]) {
      expect(result.code, result.stderr).toBe(0);
      const report = JSON.parse(result.stdout) as { files: unknown[]; browser: { source: string; path: string; version: string } };
      expect(report.files).toHaveLength(1);
      expect(report.browser).toEqual({ source: 'embedded', path: join(cache, 'klachtenregister', `chromium-${VERSION}`, 'chromium'), version: expect.stringMatching(/^\d+\.\d+\.\d+\.\d+$/) });
    }
    expect(readdirSync(join(cache, 'klachtenregister'))).toEqual([`chromium-${VERSION}`]);
    // The next run finds it and says nothing about unpacking.
    const again = await runProcess(args(tempDir()), { ...EMBEDDED, XDG_CACHE_HOME: cache });
    expect(again.code).toBe(0);
    expect(again.stderr).toBe('');
  }, 180_000);

  it('repairs a half-finished earlier unpack and removes what a crashed one left behind', async () => {
    const cache = tempDir('klacht-cache-');
    const folder = join(cache, 'klachtenregister', `chromium-${VERSION}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'chromium'), 'half');
    const crashed = join(cache, 'klachtenregister', `chromium-${VERSION}.4242-abc.tmp`);
    mkdirSync(crashed);
    const longAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    utimesSync(crashed, longAgo, longAgo);
    const out = tempDir();
    const result = await runProcess(['pdf', 'KL-2026-002', '--soort', 'reactie', '--register', EXAMPLE, '--uit', out, '--vandaag', TODAY], { ...EMBEDDED, XDG_CACHE_HOME: cache });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('De ingebouwde Chromium wordt eenmalig uitgepakt');
    expect(result.stdout).toContain('Gedrukt met de ingebouwde Chromium');
    expect(readdirSync(join(cache, 'klachtenregister'))).toEqual([`chromium-${VERSION}`]);
    expect(readdirSync(out)).toEqual(['KL-2026-002-reactie.pdf']);
  }, 180_000);
});

securitySuite('security with the embedded Chromium: nothing in a complaint runs or fetches', EMBEDDED, 'embedded');

describe('fonts that do not depend on the machine', () => {
  const out = tempDir('klacht-fonts-');

  beforeAll(async () => {
    const documents = await runCli(['pdf', 'KL-2026-002', 'KL-2026-007', '--register', EXAMPLE, '--uit', out, '--vandaag', TODAY], { env: EMBEDDED });
    expect(documents.code, documents.stderr).toBe(0);
    const root = join(tempDir('klacht-analyse-'), 'register');
    buildExampleRepository(EXAMPLE, root);
    const analysis = await runCli(['jaaranalyse', '2026', '--register', root, '--uit', out, '--vandaag', TODAY], { env: EMBEDDED });
    expect(analysis.code, analysis.stderr).toBe(0);
  }, 180_000);

  it('every font of every PDF (forms, dossier, letters, yearly analysis) is an embedded Noto Sans, the footer\'s too', () => {
    const names = readdirSync(out).sort();
    expect(names).toEqual([
      '2026.pdf', 'KL-2026-002-dossier.pdf', 'KL-2026-002-formulier.pdf', 'KL-2026-002-ontvangstbevestiging.pdf', 'KL-2026-002-reactie.pdf',
      'KL-2026-002-verlenging.pdf', 'KL-2026-007-formulier.pdf',
    ]);
    for (const name of names) {
      const fonts = fontsOf(join(out, name));
      expect(fonts.length, name).toBeGreaterThan(0);
      for (const font of fonts) {
        expect(font.name, name).toMatch(/^[A-Z]{6}\+NotoSans-(Regular|Bold)$/);
        expect(font.embedded, `${name} ${font.name}`).toBe(true);
      }
      // The footer is printed, in that font.
      expect(pdfText(join(out, name)), name).toMatch(/pagina 1 van \d/);
    }
  });
});
