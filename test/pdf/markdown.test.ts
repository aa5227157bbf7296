/**
 * Text as typed, printed as typed: plain text escaped by core/plain-text.ts and rendered by the PDF's
 * Markdown renderer (pdf/markdown.ts) gives back exactly the text, line breaks included; and a body
 * written by hand keeps its single line breaks and loses its links, not their text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainTextAsMarkdown } from '../../src/core/text/plain-text.js';
import { markdownToSafeHtml } from '../../src/pdf/markdown.js';

const ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', quot: '"', amp: '&' };

/** The text a reader sees in the HTML: a <br> is a line break, a new paragraph an empty line. */
function printedText(html: string): string {
  return html
    .replace(/<br>\n?/g, '\n')
    .replace(/<\/p>\s*<p>/g, '\n\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(?:#x([0-9a-f]+)|(lt|gt|quot|amp));/gi, (_m, hex: string | undefined, name: string | undefined) => (hex ? String.fromCodePoint(parseInt(hex, 16)) : ENTITIES[name ?? ''] ?? ''))
    // Not trim(): a leading no-break space is part of the text.
    .replace(/^[\n ]+|[\n ]+$/g, '');
}

/** What "as typed" means for a page: line endings as LF, no spaces at line ends, leading spaces as no-break spaces. */
function asPrinted(text: string): string {
  return text.replace(/\r\n?/g, '\n').split('\n').map((line) => line.replace(/[ \t]+$/, '').replace(/^[ \t]+/, (s) => '\u00A0'.repeat(s.replace(/\t/g, '    ').length)))
    .join('\n').replace(/\n{3,}/g, '\n\n').replace(/^\n+|\n+$/g, '');
}

const roundTrip = (text: string): string => printedText(markdownToSafeHtml(plainTextAsMarkdown(text)));

describe('typed text prints as typed', () => {
  it.each([
    ['a pasted e-mail with single line breaks', 'Beste heer,\nDe coach kwam niet.\nMet vriendelijke groet,\nJ. Jansen'],
    ['an angle-bracketed word', 'Dit is <dringend> en <script>alert(1)</script> ook'],
    ['a line of dashes under a line', 'Onderwerp\n---\nrest'],
    ['a line of equals signs', 'Kop\n==='],
    ['a list that is not meant as one', '- coach was te laat\n+ en onbeleefd\n1. eerste\n2) tweede'],
    ['a heading mark and a quote', '# niet een kop\n> geen citaat'],
    ['emphasis marks and code marks', '*echt* _niet_ `code` **vet** ~~door~~'],
    ['a table row', 'a | b | c\n--- | --- | ---'],
    ['an entity and a backslash', '&amp; is geen & en C:\\map\\bestand'],
    ['an e-mail and a web address', 'mail j.jansen@example.nl of zie https://example.nl en www.example.nl'],
    ['links in Markdown syntax', '[klik](https://example.nl) en ![plaatje](x.png)'],
    ['indentation that would be code', '    vier spaties\n\tmet tab'],
    ['Windows line endings', 'regel een\r\nregel twee\r\n'],
    ['two paragraphs', 'eerste alinea\n\ntweede alinea'],
    ['emoji', 'Ik ben 😡 en 👍🏽'],
    ['a line ending in a backslash', 'pad C:\\\nvolgende'],
  ])('%s', (_case, text) => {
    expect(roundTrip(text)).toBe(asPrinted(text));
  });

  it('holds for any text of Markdown-significant characters, letters and line breaks (2,000 runs)', () => {
    const alphabet = fc.constantFrom(...'ab 1.-+#>*_`[]()!<>&|~=:@\\\n\t😡é'.split('').concat(['😡']));
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 40 }).map((cs) => cs.join('')), (text) => {
      expect(roundTrip(text)).toBe(asPrinted(text));
    }), { numRuns: 2_000, seed: 20261206 });
  });
});

describe('a body written by hand', () => {
  it('keeps single line breaks', () => {
    expect(markdownToSafeHtml('eerste regel\ntweede regel')).toContain('eerste regel<br>');
  });

  it('prints links as their text, without a link', () => {
    const html = markdownToSafeHtml('zie [de site](https://example.nl), j@example.nl en https://example.nl');
    expect(html).not.toContain('<a');
    expect(printedText(html)).toBe('zie de site, j@example.nl en https://example.nl');
  });
});
