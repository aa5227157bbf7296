/**
 * The security corpus of test/pdf/pdf.test.ts ("nothing in a complaint runs or fetches"), as a
 * helper so that another browser can be put through the same: a complaint full of injections,
 * and raw unsanitised HTML for the printer itself. (Copied; the lead deduplicates.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './cli.js';

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
export const ESCAPED_VALUE = "{{organisation.naam}}<b>vet</b><script>document.write('UITGEVOERD-5')</script>";

/** Unsanitised HTML that tries every way of fetching or running something. */
export function rawHostileHtml(base: string): string {
  return `<!DOCTYPE html><html><head><link rel="stylesheet" href="${base}/head.css">
    <style>body { background: url(${base}/style-url); } @import url(${base}/import.css);</style></head>
    <body><p>Zichtbaar</p><script>document.write('JS-'+'DRAAIDE')</script><img src="${base}/img"><img src="file:///etc/passwd">
    <iframe src="file:///etc/passwd"></iframe><iframe src="${base}/frame"></iframe><video src="${base}/video"></video></body></html>`;
}
