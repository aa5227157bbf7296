/**
 * The security suite ("nothing in a complaint runs or fetches"), for any browser: a complaint full
 * of injections printed through the CLI, and raw unsanitised HTML given to the printer itself, with
 * a loopback server that must receive nothing. test/pdf/pdf.test.ts runs it with the browser the
 * machine would choose, test/pdf/browser.test.ts with the embedded Chromium forced.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PdfPrinter } from '../../src/pdf/browser.js';
import { canaryLeaks } from './canary.js';
import { PROJECT_ROOT, runCli } from './cli.js';
import { machineFonts, pdfText } from './pdf.js';
import { makeRegister, tempDir } from './temp.js';

/** A valid complaint whose description and one template value carry the injection corpus; `base` is a loopback server. */
export function maliciousComplaint(base: string): string {
  const valid = readFileSync(join(PROJECT_ROOT, 'test/fixtures/valid/in-behandeling.md'), 'utf8');
  // A script that ran would print UITGEVOERD-n; shown as text it reads 'UIT'+'GEVOERD-n'.
  const injection = [
    'Kanariegeheim begint hier.',
    `<script>document.write('UIT'+'GEVOERD-1')</script>`,
    `<img src="file:///etc/passwd"> <img src="${base}/raw-img">`,
    `![plaatje](${base}/markdown-img.png)`,
    `<iframe src="${base}/iframe"></iframe> <object data="${base}/object"></object> <embed src="${base}/embed">`,
    `<div style="background:url(${base}/css-url)">stijl</div> <link rel="stylesheet" href="${base}/link.css">`,
    `<svg><script>document.write('UIT'+'GEVOERD-2')</script><image href="${base}/svg-image"/></svg>`,
    `[klik](javascript:document.write('UIT'+'GEVOERD-3')) <a href="${base}/link">gewone link</a>`,
    `<p onclick="document.write('UIT'+'GEVOERD-4')">klikbaar</p> <meta http-equiv="refresh" content="0;url=${base}/refresh">`,
  ].join('\n\n');
  return valid
    .replace('De indiener Carla Canarie geeft aan dat de coach niet kwam opdagen. Kanariegeheim.', injection)
    // A template value that looks like markup and like Liquid: it must come out as plain text.
    .replace('klachtverantwoordelijke: Fenna Fictief', `klachtverantwoordelijke: "{{ organisation.naam }} <b>vet</b><script>document.write('UITGEVOERD-5')</script>"`);
}

/** The escaped template value as it must appear in the form's text (spaces removed). */
const ESCAPED_VALUE = "{{organisation.naam}}<b>vet</b><script>document.write('UITGEVOERD-5')</script>";

/** Unsanitised HTML that tries every way of fetching or running something. */
function rawHostileHtml(base: string): string {
  return `<!DOCTYPE html><html><head><link rel="stylesheet" href="${base}/head.css">
    <style>body { background: url(${base}/style-url); } @import url(${base}/import.css);</style></head>
    <body><p>Zichtbaar</p><script>document.write('JS-'+'DRAAIDE')</script><img src="${base}/img"><img src="file:///etc/passwd">
    <iframe src="file:///etc/passwd"></iframe><iframe src="${base}/frame"></iframe><video src="${base}/video"></video></body></html>`;
}

/**
 * The suite, with `env` choosing the browser; `source`, when given, is the browser source that
 * must have printed (so a forced browser is proven to be the one tested).
 */
export function securitySuite(title: string, env: Record<string, string>, source?: 'embedded' | 'system' | 'env'): void {
  describe(title, () => {
    let server: Server;
    const hits: string[] = [];
    let address = '';

    beforeAll(async () => {
      server = createServer((request, response) => {
        hits.push(request.url ?? '');
        response.end('x');
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      address = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    });

    it('sanitises the description and escapes template values (injection corpus, through the CLI)', async () => {
      const root = makeRegister({ 'complaints/2026/KL-2026-001.md': maliciousComplaint(address) });
      const out = tempDir();
      const result = await runCli(['pdf', 'KL-2026-001', '--register', root, '--uit', out, '--vandaag', '2026-11-24', '--json'], { env: { ...process.env, ...env } });
      expect(result.code).toBe(0);
      if (source) expect((JSON.parse(result.stdout) as { browser: { source: string } }).browser.source).toBe(source);
      expect(canaryLeaks(result.stdout + result.stderr)).toEqual([]);
      const passwd = readFileSync('/etc/passwd', 'utf8').split('\n')[0] ?? 'root:x:0:0';
      const names = readdirSync(out);
      expect(names.length).toBeGreaterThan(1);
      for (const name of names) {
        const content = pdfText(join(out, name));
        expect(content).not.toMatch(/UITGEVOERD-[1-4]/);
        expect(content).not.toContain(passwd.slice(0, 12));
        if (name.endsWith('-formulier.pdf')) {
          expect(content).toContain('Kanariegeheim begint hier.');
          // Escaped, not interpreted: the markup and the Liquid are there as text, once.
          expect(content.replace(/ /g, '')).toContain(ESCAPED_VALUE);
          expect(content.split('UITGEVOERD-5').length - 1).toBe(1);
        }
      }
      expect(hits).toEqual([]);
      for (const name of names) expect(machineFonts(join(out, name)), name).toEqual([]);
    }, 120_000);

    it('refuses every request of a page even when unsanitised HTML reaches the printer', async () => {
      const printer = await PdfPrinter.launch({ ...process.env, ...env });
      try {
        if (source) expect(printer.info.source).toBe(source);
        const file = join(tempDir(), 'raw.pdf');
        writeFileSync(file, await printer.print(rawHostileHtml(address), { footer: 'test' }));
        const content = pdfText(file);
        expect(content).toContain('Zichtbaar');
        expect(content).not.toContain('JS-DRAAIDE');
        expect(content).not.toContain('root:x:0:0');
        expect(hits).toEqual([]);
        expect(printer.refused.some((url) => url.startsWith(address))).toBe(true);
        // file: URLs are not even requested from an https page; that the file's content is absent is checked above.
        // Its fonts are not checked: this bare HTML has no stylesheet, so its body is in a system font by design.
      } finally {
        await printer.close();
      }
    }, 120_000);
  });
}
