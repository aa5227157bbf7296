/**
 * The subset reader must either answer exactly what `yaml` answers, or not answer at all.
 * Compared at the level of data (not findings), so that a difference cannot hide behind a finding
 * that sends the file to the authoritative path anyway.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/register/frontmatter.js';
import { parsePlainYaml } from '../../src/register/plain-yaml.js';
import { slowParse } from '../../src/register/yaml-frontmatter.js';
import { PROJECT_ROOT } from '../helpers/cli.js';
import { apply, mutation } from '../helpers/mutation.js';
import { DISPUTED_VALUES, FIELDS, withValue } from './disputed-scalars.js';

function matterOf(text: string): string | undefined {
  const split = splitFrontmatter(text.replace(/^\uFEFF/, ''));
  return split.kind === 'split' ? split.matter : undefined;
}

/** What `yaml` makes of the matter, or undefined when it finds a problem. */
function authoritative(matter: string): Record<string, unknown> | undefined {
  const slow = slowParse(matter);
  return slow.ok ? slow.data : undefined;
}

function expectAgreement(matter: string): void {
  const plain = parsePlainYaml(matter);
  if (plain === undefined) return;
  const reference = authoritative(matter);
  expect(reference, `plain-yaml las tekst die yaml weigert:\n${matter}`).toBeDefined();
  expect(plain, matter).toEqual(reference);
}

const EXAMPLE_FILES = ['2024', '2025', '2026'].flatMap((year) => {
  const folder = join(PROJECT_ROOT, 'examples/register/complaints', year);
  return readdirSync(folder).map((name) => readFileSync(join(folder, name), 'utf8'));
});
const VALID_FIXTURES = readdirSync(join(PROJECT_ROOT, 'test/fixtures/valid')).map((name) => readFileSync(join(PROJECT_ROOT, 'test/fixtures/valid', name), 'utf8'));
/** A valid file with its long texts written as block text and as plain text over more lines. */
const LONG_TEXTS = [['  oorzaak', '|\n    Een planningsfout:\n\n      de coach # stond dubbel\n    geboekt'], ['  oplossing', '>-\n    Nieuwe\n    afspraak\n\n    gemaakt'],
  ['  standpunt_indiener', 'Ontevreden\n    over de gang\n\n    van zaken'], ['  standpunt_directie', '>\n    Terecht.\n']]
  .reduce((text, [field, value]) => withValue(text, field as string, value as string) as string, readFileSync(join(PROJECT_ROOT, 'test/fixtures/valid/afgehandeld.md'), 'utf8'));

describe('the plain YAML subset reader', () => {
  it('reads every complaint of the example register, equal to yaml', () => {
    for (const text of EXAMPLE_FILES) {
      const matter = matterOf(text) as string;
      expect(parsePlainYaml(matter), text.slice(0, 40)).toBeDefined();
      expectAgreement(matter);
    }
  });

  it('reads long texts written as block text or over more lines, equal to yaml', () => {
    const matter = matterOf(LONG_TEXTS) as string;
    expect(parsePlainYaml(matter)).toMatchObject({ afhandeling: { oorzaak: 'Een planningsfout:\n\n  de coach # stond dubbel\ngeboekt\n', standpunt_indiener: 'Ontevreden over de gang\nvan zaken' } });
    expectAgreement(matter);
  });

  it('agrees with yaml on every fixture, broken ones included', () => {
    for (const folder of ['valid', 'invalid']) {
      const dir = join(PROJECT_ROOT, 'test/fixtures', folder);
      for (const name of readdirSync(dir)) {
        const matter = matterOf(readFileSync(join(dir, name)).toString('utf8'));
        if (matter !== undefined) expectAgreement(matter);
      }
    }
  });

  it.each([
    ['an anchor and alias', 'a: &x tekst\nb: *x'],
    ['a tag', 'a: !!str 12'],
    ['a JavaScript tag', 'a: !!js/function "function () {}"'],
    ['block text without a final line break', 'a: |\n  regel\n  regel'],
    ['block text that keeps trailing lines', 'a: |+\n  regel\n\nb: c'],
    ['block text with an explicit indentation', 'a: |2\n   regel\nb: c'],
    ['block text with a comment after the indicator', 'a: | # uitleg\n  regel\nb: c'],
    ['block text that starts with an empty line', 'a: |\n\n  regel\nb: c'],
    ['folded text with a deeper line', 'a: >\n  regel\n    diep\nb: c'],
    ['folded text with a space at the end of a line', 'a: >\n  regel \n  regel\nb: c'],
    ['block text in a list item', 'a:\n  - |\n    regel\nb: c'],
    ['a number with a leading zero', 'a: 012'],
    ['a negative number', 'a: -5'],
    ['a hexadecimal number', 'a: 0x1F'],
    ['a float', 'a: +.5'],
    ['multi-line plain text with a comment on its first line', 'a: een # uitleg\n  twee'],
    ['multi-line plain text with a line that starts with an indicator', 'a: een\n  - twee'],
    ['multi-line plain text in a list item', 'a:\n  - een\n    twee'],
    ['multi-line quoted text', 'a: "een\n  twee"'],
    ['an escape in double quotes', 'a: "x\\ny"'],
    ['a duplicate key', 'a: 1x\na: 2x'],
    ['a tab', 'a:\tb'],
    ['a quoted key', '"a": b'],
    ['a prototype key', '__proto__: b'],
    ['a nested flow mapping', 'a:\n  - { b: { c: d } }'],
    ['a nested flow list', 'a: [b, [c]]'],
    ['a flow mapping inside a flow list', 'a: [{ b: c }]'],
    ['a trailing comma in a flow list', 'a: [b, ]'],
    ['a flow list over more lines', 'a: [b,\n  c]'],
    ['a second document', 'a: b\n---\nc: d'],
    ['a deeper line after a value', 'a: b\n  c: d'],
    ['a colon and space inside plain text', 'a: b: c'],
    ['a bare dash item', 'a:\n  -\n    b: c'],
    ['an indented first line', '  a: b'],
    ['a CR', 'a: b\r\nc: d'],
    ['a lone CR as line break', 'a: b\rc: d'],
    ['a comment glued to a quote', 'a: "b"# c'],
    ['a comment glued to a flow mapping', 'a:\n  - { b: c }# d'],
    ['a comment glued to an empty flow list', 'a: []# b'],
    ['a tab in a quoted continuation line', 'a: "b\n\tc"'],
    ['a tag before block text on its own line', 'a: !foo\n  >\n  b'],
    ['a complex key', '? [a, b]\n: c'],
    ['a signed hexadecimal number', 'a: -0x1F'],
  ])('leaves %s to the full parsers', (_name, matter) => {
    expect(parsePlainYaml(matter)).toBeUndefined();
  });

  it.each([
    ['a compact list at the key\'s indentation', 'a:\n- b\n- c\nd: e', { a: ['b', 'c'], d: 'e' }],
    ['a list of mappings', 'a:\n  - b: c\n    d: e\n  - b: f', { a: [{ b: 'c', d: 'e' }, { b: 'f' }] }],
    ['flow items with quotes and commas', 'a:\n  - { b: "x, y", c: \'it\'\'s\' }', { a: [{ b: 'x, y', c: "it's" }] }],
    ['comments everywhere', '# kop\na: b # uitleg\n  # diep\nc: # leeg\n  d: e', { a: 'b', c: { d: 'e' } }],
    ['dates and booleans as yaml reads them', 'a: 2026-02-30\nb: true\nc: False\nd: ~\ne:', { a: '2026-02-30', b: true, c: false, d: null, e: null }],
    ['text that starts with a digit', 'a: 1000 AB\nb: 06-12345678', { a: '1000 AB', b: '06-12345678' }],
    ['an empty list', 'a: []', { a: [] }],
    ['a flow list of words, quoted text and dates', 'a: [b, "c, d", \'e\'\'f\', kwaliteit coaching, 2026-05-15] # uitleg', { a: ['b', 'c, d', "e'f", 'kwaliteit coaching', '2026-05-15'] }],
    ['a no-break space as part of the text', 'a: b\u00a0\nc: \u00a0d', { a: 'b\u00a0', c: '\u00a0d' }],
    ['whole numbers', 'a: 7\nb: 0\nc:\n  - { d: 24 }', { a: 7, b: 0, c: [{ d: 24 }] }],
    ['block text, literal and folded, with and without the final line break',
      'a: |\n  een\n\n    diep # geen commentaar\n  twee\nb: >-\n  een\n  twee\n\n  drie\n\nc: d\n',
      { a: 'een\n\n  diep # geen commentaar\ntwee\n', b: 'een twee\ndrie', c: 'd' }],
    ['multi-line plain text', 'a: een\n  twee\n\n  drie\nb:\n  - c: vier\n      vijf', { a: 'een twee\ndrie', b: [{ c: 'vier vijf' }] }],
    ['binary and signed hexadecimal and octal as text, as the 1.2 core schema has them', 'a: 0b1010\nb: +0x1F\nc: +0o17', { a: '0b1010', b: '+0x1F', c: '+0o17' }],
  ])('reads %s', (_name, matter, expected) => {
    expect(parsePlainYaml(matter)).toEqual(expected);
    expect(authoritative(matter)).toEqual(expected);
  });

  it('either agrees with yaml or stays silent, for every disputed value in every field, each pair in one of the valid files', () => {
    let answered = 0;
    // Every (field, value) pair once, spread over the files (sized to seconds, see plain-positions.test.ts).
    const bases = [...VALID_FIXTURES, ...EXAMPLE_FILES.slice(0, 5)];
    for (const [f, field] of FIELDS.entries()) {
      for (const [v, value] of DISPUTED_VALUES.entries()) {
        const base = bases[(f + v) % bases.length] ?? '';
        {
          const text = withValue(base, field, value);
          const matter = text === undefined ? undefined : matterOf(text);
          if (matter === undefined) continue;
          expectAgreement(matter);
          if (parsePlainYaml(matter) !== undefined) answered++;
        }
      }
    }
    // Not silent everywhere: quoted and plain text, dates and booleans are its own.
    expect(answered).toBeGreaterThan(100);
  });

  it('either agrees with yaml or stays silent, on 20,000 generated block and multi-line texts', () => {
    const header = fc.constantFrom('|', '|-', '>', '>-', '|+', '>2', '| #c', 'een', 'een #c', '12', 'true', '"x"', "'x'", '', '- x', 'a: b');
    const content = fc.constantFrom('een', 'twee drie', '#c', '# c', 'a: b', 'a:', '- x', '', ' ', 'x #y', 'x#y', '"q"', "'q'", '...', '---', '|', '>',
      'é\u00a0', 'b: c', '? x', '[x]', '{x}', 'x,y', '&a', '*a', '!t', '%x', 'een ', '\u00a0x');
    const line = fc.tuple(fc.nat({ max: 7 }), content).map(([indent, text]) => `${' '.repeat(indent)}${text}`);
    const context = fc.constantFrom(
      (value: string, lines: string) => `a:\n  b: ${value}\n${lines}\n  c: d\ne: f`,
      (value: string, lines: string) => `b: ${value}\n${lines}\ne: f\n`,
      (value: string, lines: string) => `a:\n  - b: ${value}\n${lines}\n    c: d\n  - e\nf: g`,
      (value: string, lines: string) => `a:\n  b: ${value}\n${lines}`,
    );
    fc.assert(fc.property(context, header, fc.array(line, { maxLength: 6 }), (make, value, lines) => {
      expectAgreement(make(value, lines.join('\n')));
    }), { numRuns: 20_000 });
  });

  it('either agrees with yaml or stays silent, on 10,000 generated flow lists', () => {
    const item = fc.constantFrom('een', 'twee drie', '"x, y"', "'it''s'", '"q"', "''", '""', '7', '-1', '0x1F', '1.5', 'true', 'null', '~', '2026-05-15',
      '#c', 'x #c', 'x#c', 'a: b', 'a:', '? x', '- x', '[x]', '{x: y}', '&a', '*a', '!t', 'é\u00a0', '\u00a0x', '', ' ', 'x]', '[', '"a"b', '.', '-');
    const separator = fc.constantFrom(', ', ',', ' , ', ',  ', ' ,');
    const around = fc.constantFrom(['[', ']'], ['[ ', ' ]'], ['[', '] # c'], ['[', ']#c'], ['[', '],'], ['[', '] x']);
    const context = fc.constantFrom((list: string) => `a: ${list}\nb: c`, (list: string) => `a:\n  b: ${list}\nc: d`, (list: string) => `a:\n  - { b: c }\nd: ${list}`);
    fc.assert(fc.property(context, around, fc.array(fc.tuple(item, separator), { maxLength: 5 }), (make, [open, close], items) => {
      const body = items.map(([text, sep], i) => (i < items.length - 1 ? `${text}${sep}` : text)).join('');
      expectAgreement(make(`${open}${body}${close}`));
    }), { numRuns: 10_000 });
  });

  it('reads the example register\'s klachtenregister.yml and what klacht init writes, equal to yaml', () => {
    const config = readFileSync(join(PROJECT_ROOT, 'examples/register/klachtenregister.yml'), 'utf8');
    expect(parsePlainYaml(config)).toBeDefined();
    expectAgreement(config);
  });

  it('either agrees with yaml or stays silent, on 10,000 mutated files', () => {
    const bases = [...EXAMPLE_FILES, ...VALID_FIXTURES, LONG_TEXTS, LONG_TEXTS].map((text) => Buffer.from(text));
    fc.assert(fc.property(fc.nat({ max: bases.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }), (which, mutations) => {
      const bytes = mutations.reduce(apply, Buffer.from(bases[which] as Buffer));
      const matter = matterOf(bytes.toString('utf8'));
      if (matter !== undefined) expectAgreement(matter);
    }), { numRuns: 10_000 });
  });
});
