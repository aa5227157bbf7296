/**
 * The frontmatter split is a copy of gray-matter's; this holds it to gray-matter's own result.
 * The reference is the split as it was before the copy: the same checks of fences and language,
 * then gray-matter 4.0.3 (a devDependency for this test only) on the file's bytes, less the one
 * difference the split makes on purpose: the `\r` before a CRLF closing fence, which gray-matter
 * leaves in the matter, is not part of the YAML (register/frontmatter.ts says why).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { splitFrontmatter, type SplitResult } from '../../src/register/frontmatter.js';
import { PROJECT_ROOT } from '../helpers/cli.js';
import { apply, mutation } from '../helpers/mutation.js';

const YAML_LANGUAGES = new Set(['', 'yaml', 'yml']);

/** Engines that parse nothing: only gray-matter's split is compared, and nothing is evaluated. */
const ENGINES = {
  yaml: { parse: () => ({}) },
  json: { parse: (): never => { throw new Error('json'); } },
  javascript: { parse: (): never => { throw new Error('javascript'); } },
  coffee: { parse: (): never => { throw new Error('coffee'); } },
};

function lineOf(text: string, end: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** The split as it was with gray-matter (the checks before it unchanged), from the file's bytes. */
function grayMatterSplit(text: string, bytes: Buffer): SplitResult {
  const firstBreak = text.search(/\r?\n/);
  const firstLine = firstBreak === -1 ? text : text.slice(0, firstBreak);
  if (!firstLine.startsWith('---') || firstLine.startsWith('----')) return { kind: 'problem', rule: 'frontmatter-missing', line: 1, column: 1 };
  const language = firstLine.slice(3).trim();
  if (!YAML_LANGUAGES.has(language.toLowerCase())) return { kind: 'problem', rule: 'frontmatter-language', line: 1, column: 4, detail: language };
  const closeAt = text.indexOf('\n---', 3);
  if (closeAt === -1 || firstBreak === -1) return { kind: 'problem', rule: 'frontmatter-unclosed', line: 1, column: 1 };
  const closingLine = lineOf(text, closeAt + 1);
  const lineEnd = text.indexOf('\n', closeAt + 1);
  const closingText = text.slice(closeAt + 1, lineEnd === -1 ? text.length : lineEnd).replace(/\r$/, '');
  if (closingText.trim() !== '---') return { kind: 'problem', rule: 'frontmatter-fence', line: closingLine, column: 1 };
  const file = matter(bytes, { language: 'yaml', engines: ENGINES });
  return { kind: 'split', matter: file.matter.replace(/\r$/, ''), body: file.content, bodyLine: closingLine + 1 };
}

const decoder = new TextDecoder('utf-8', { ignoreBOM: false });
let splitCount = 0;

/** Bytes as check-file.ts sees them: decoded with the byte-order mark dropped. */
function expectSameSplit(bytes: Buffer): void {
  const text = decoder.decode(bytes);
  const ours = splitFrontmatter(text);
  expect(ours, JSON.stringify(text)).toEqual(grayMatterSplit(text, bytes));
  if (ours.kind === 'split') {
    splitCount++;
    // And gray-matter on the decoded text (as anonymise.ts and the examples pass it) says the same.
    const direct = matter(text, { language: 'yaml', engines: ENGINES });
    expect([ours.matter, ours.body]).toEqual([direct.matter.replace(/\r$/, ''), direct.content]);
  }
}

function filesIn(folder: string): Buffer[] {
  return readdirSync(folder).sort().map((name) => readFileSync(join(folder, name)));
}

const EXAMPLES = ['2024', '2025', '2026'].flatMap((year) => filesIn(join(PROJECT_ROOT, 'examples/register/complaints', year)));
const FIXTURES = ['valid', 'invalid'].flatMap((kind) => filesIn(join(PROJECT_ROOT, 'test/fixtures', kind)));

describe('the frontmatter split, against gray-matter', () => {
  it('splits every example complaint and every fixture as gray-matter does', () => {
    splitCount = 0;
    for (const bytes of [...EXAMPLES, ...FIXTURES]) expectSameSplit(bytes);
    // The examples and valid fixtures are split, not refused.
    expect(splitCount).toBeGreaterThan(EXAMPLES.length);
  });

  it.each([
    ['a byte-order mark and CRLF', '\ufeff---\r\na: 1\r\n---\r\nTekst\r\n'],
    ['spaces after the opening fence', '---   \na: 1\n---\nTekst'],
    ['a language after the fence', '--- yaml \na: 1\n---\nTekst'],
    ['an upper-case language', '---YAML\na: 1\n---\nTekst'],
    ['text after the closing fence on its line', '---\na: 1\n--- \nTekst'],
    ['CR alone after the closing fence', '---\na: 1\n---\r\rTekst'],
    ['a closing fence at the end of the file', '---\na: 1\n---'],
    ['empty matter', '---\n---\nTekst'],
    ['a line of four dashes first', '----\na: 1\n---\n'],
    ['a longer closing fence', '---\na: 1\n----\nTekst'],
    ['--- inside the body', '---\na: 1\n---\nTekst\n---\nmeer'],
    ['--- indented inside the matter', '---\na: |\n  ---\n---\nTekst'],
    ['no closing fence', '---\na: 1\n'],
    ['no line break at all', '---'],
    ['a lone CR in the first line', '---\r yaml\na: 1\n---\n'],
    ['JavaScript', '---js\nmodule.exports = {}\n---\n'],
  ])('agrees on %s', (_name, text) => {
    expectSameSplit(Buffer.from(text));
  });

  it('leaves out the \\r that gray-matter keeps before a CRLF closing fence, which yaml would read into the last value', () => {
    const text = '---\r\nnaam: Jansen\r\n---\r\nTekst\r\n';
    const theirs = matter(text, { language: 'yaml', engines: ENGINES }).matter;
    const ours = splitFrontmatter(text);
    expect(theirs).toBe('\r\nnaam: Jansen\r');
    expect(ours).toEqual({ kind: 'split', matter: '\r\nnaam: Jansen', body: 'Tekst\r\n', bodyLine: 4 });
    expect(parse(theirs)).toEqual({ naam: 'Jansen\r' });
    expect(parse(ours.kind === 'split' ? ours.matter : '')).toEqual({ naam: 'Jansen' });
  });

  it('agrees on 10,000 files built from fences, languages, line breaks and text', () => {
    const piece = fc.constantFrom('---', '----', '--- ', '---  ', '---yaml', '--- yml', '---YAML', '---js', '--- json', '---\u00a0', '---x', ' ---', '-- -',
      '', ' ', 'a: 1', 'b: "---"', '#c', 'Tekst', '\ufeff', '\r', '\ufeff---', '...', '---\r', 'x---');
    const lineBreak = fc.constantFrom('\n', '\r\n', '\r', '\n\n');
    splitCount = 0;
    fc.assert(fc.property(fc.array(fc.tuple(piece, lineBreak), { maxLength: 8 }), fc.boolean(), (parts, bom) => {
      const text = parts.map(([p, br], i) => (i < parts.length - 1 ? p + br : p)).join('');
      expectSameSplit(Buffer.from((bom ? '\ufeff' : '') + text));
    }), { numRuns: 10_000 });
    expect(splitCount).toBeGreaterThan(500);
  });

  it('agrees on 10,000 mutated example and fixture files', () => {
    splitCount = 0;
    const bases = [...EXAMPLES, ...FIXTURES];
    fc.assert(fc.property(fc.nat({ max: bases.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }), (which, mutations) => {
      expectSameSplit(mutations.reduce(apply, Buffer.from(bases[which] as Buffer)));
    }), { numRuns: 10_000 });
    // Most mutated files still have their fences: the split itself is compared, not only the refusals.
    expect(splitCount).toBeGreaterThan(5_000);
  });
});
