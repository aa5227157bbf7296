/**
 * Places from the plain reader (plain-positions.ts) must be `yaml`'s (DocumentLocator in
 * yaml-frontmatter.ts) for every path it answers; where it is not sure it must not answer. Every
 * path of the data is asked, for its key and its value, and paths that miss (an unknown key, an
 * index past the end, a step into text) to reach the fallbacks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FieldPath } from '../../src/core/complaint/issue.js';
import { splitFrontmatter } from '../../src/register/frontmatter.js';
import { parsePlainYaml } from '../../src/register/plain-yaml.js';
import { plainLocator } from '../../src/register/plain-positions.js';
import { slowParse } from '../../src/register/yaml-frontmatter.js';
import { PROJECT_ROOT } from '../helpers/cli.js';
import { apply, mutation } from '../helpers/mutation.js';
import { DISPUTED_VALUES, FIELDS, withValue } from './disputed-scalars.js';

function matterOf(text: string): string | undefined {
  const split = splitFrontmatter(text.replace(/^\uFEFF/, ''));
  return split.kind === 'split' ? split.matter : undefined;
}

/** Every path in `data`, and for each container paths that miss. */
function pathsOf(data: unknown, prefix: FieldPath = []): FieldPath[] {
  const paths: FieldPath[] = [];
  if (Array.isArray(data)) {
    data.forEach((item, i) => paths.push([...prefix, i], ...pathsOf(item, [...prefix, i])));
    paths.push([...prefix, data.length], [...prefix, -1], [...prefix, 'x'], [...prefix, 0, 'x']);
  } else if (typeof data === 'object' && data !== null) {
    for (const [key, value] of Object.entries(data)) paths.push([...prefix, key], ...pathsOf(value, [...prefix, key]));
    paths.push([...prefix, 'ontbreekt'], [...prefix, 'ontbreekt', 'diep'], [...prefix, 0]);
  } else {
    paths.push([...prefix, 'x'], [...prefix, 0]);
  }
  return paths;
}

/**
 * Compares the plain places with `yaml`'s for every path; returns how many the plain locator
 * answered and how many it was asked. Where the plain reader does not read the text, the locator
 * must not exist.
 */
function expectSamePlaces(matter: string): { answered: number; asked: number } {
  const plain = plainLocator(matter);
  const data = parsePlainYaml(matter);
  expect(plain === undefined, matter).toBe(data === undefined);
  if (!plain || !data) return { answered: 0, asked: 0 };
  const slow = slowParse(matter);
  if (!slow.ok) throw new Error(`yaml weigert wat plain-yaml las:\n${matter}`);
  let answered = 0;
  let asked = 0;
  for (const path of pathsOf(data)) {
    for (const target of ['key', 'value'] as const) {
      asked++;
      const position = plain.locate(path, target);
      if (position === undefined) continue;
      answered++;
      expect(position, `${JSON.stringify(path)} ${target} in\n${matter}`).toEqual(slow.locator.locate(path, target));
    }
  }
  return { answered, asked };
}

function filesIn(folder: string): string[] {
  return readdirSync(folder).sort().map((name) => readFileSync(join(folder, name), 'utf8'));
}

const EXAMPLE_FILES = ['2024', '2025', '2026'].flatMap((year) => filesIn(join(PROJECT_ROOT, 'examples/register/complaints', year)));
const VALID_FIXTURES = filesIn(join(PROJECT_ROOT, 'test/fixtures/valid'));
const INVALID_FIXTURES = filesIn(join(PROJECT_ROOT, 'test/fixtures/invalid'));

type Tree =
  | { readonly kind: 'scalar'; readonly text: string }
  | { readonly kind: 'map'; readonly entries: readonly (readonly [string, Tree, string])[] }
  | { readonly kind: 'seq'; readonly items: readonly Tree[]; readonly compact: boolean };

/** Values as they follow `key:` (with their space), empty and commented ones included. */
const SCALAR = fc.constantFrom('', ' ', '   ', ' # c', '  #c', ' een', ' een # c', ' twee drie  ', ' "x"', " 'x' # c", ' [a, "b"]', ' []', ' { a: b, c: "d" }',
  ' |\n{deeper}regel\n{deeper}regel', ' >-\n{deeper}regel', ' een\n{deeper}twee', ' 7', ' null', ' ~', ' 2026-05-15', ' é').map((text) => ({ kind: 'scalar' as const, text }));
/** What may stand before an entry: nothing, a comment, a blank line. */
const BEFORE = fc.constantFrom('', '', '', '# c', '  # d', '\n');

const TREE: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree; map: Tree; seq: Tree }>((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, SCALAR, tie('map'), tie('seq')),
  map: fc.uniqueArray(fc.tuple(fc.constantFrom('a', 'b', 'c', 'naam', 'x_1'), tie('node'), BEFORE), { minLength: 1, maxLength: 4, selector: ([key]) => key })
    .map((entries) => ({ kind: 'map' as const, entries })),
  seq: fc.record({ items: fc.array(tie('node'), { minLength: 1, maxLength: 3 }), compact: fc.boolean() }).map((seq) => ({ kind: 'seq' as const, ...seq })),
})).node;

/** A mapping as block YAML at `indent`; the first entry may be on a list item's line already (`first`). */
function renderMap(tree: Extract<Tree, { kind: 'map' }>, indent: number, first = ''): string[] {
  const pad = ' '.repeat(indent);
  const lines: string[] = [];
  tree.entries.forEach(([key, value, before], i) => {
    if (before !== '' && (i > 0 || first === '')) lines.push(before === '\n' ? '' : pad + before);
    const start = i === 0 && first !== '' ? `${first}${key}:` : `${pad}${key}:`;
    if (value.kind === 'scalar') lines.push(start + value.text.replaceAll('{deeper}', ' '.repeat(indent + 2)));
    else if (value.kind === 'map') lines.push(start, ...renderMap(value, indent + 2));
    else lines.push(start, ...renderSeq(value, value.compact ? indent : indent + 2));
  });
  return lines;
}

function renderSeq(tree: Extract<Tree, { kind: 'seq' }>, indent: number): string[] {
  const pad = ' '.repeat(indent);
  return tree.items.flatMap((item) => {
    if (item.kind === 'map') return renderMap(item, indent + 2, `${pad}- `);
    if (item.kind === 'seq') return [`${pad}- - x`];
    return [`${pad}-${item.text.replaceAll('{deeper}', ' '.repeat(indent + 2))}`];
  });
}

describe('places of fields from the plain reader', () => {
  it('gives yaml\'s place of every field of every example complaint, for all of them', () => {
    for (const text of EXAMPLE_FILES) {
      const matter = matterOf(text) as string;
      const { answered, asked } = expectSamePlaces(matter);
      // Nothing left to yaml here: a warning in these files never loads it.
      expect(answered, text.slice(0, 40)).toBe(asked);
      expect(asked).toBeGreaterThan(20);
    }
  });

  it('gives yaml\'s places in the fixtures it reads and in the example configuration', () => {
    let read = 0;
    for (const text of [...VALID_FIXTURES, ...INVALID_FIXTURES]) {
      const matter = matterOf(text);
      if (matter !== undefined && expectSamePlaces(matter).asked > 0) read++;
    }
    expect(read).toBeGreaterThan(20);
    expect(expectSamePlaces(readFileSync(join(PROJECT_ROOT, 'examples/register/klachtenregister.yml'), 'utf8')).answered).toBeGreaterThan(20);
  });

  it.each([
    ['empty values, with and without a comment or trailing spaces', 'a:\nb:   \nc: # leeg\nd:  #c\ne:\n\n  # x\nf: 1\ng:'],
    ['empty values in nested mappings and list items', 'x:\n  a:\n  b:   \ny:\n  - a:\n    b:\n  - c: \n'],
    ['nested mappings after comments', 'a: # c\n  # d\n\n  b: 1\n  c:\n    - d\n    - e: f\n      g: [h, "i"]\n'],
    ['lists at the key\'s indentation', 'a:\n- b\n- c: d\n  e: { f: g, h: \'i\' }\nj: k'],
    ['block and multi-line text', 'a: |\n  een\nb: >-\n  twee\n  drie\nc: vier\n  vijf\nd:\n  - "zes"'],
    ['a comment and blank lines first', '# kop\n\n\na: 1\n'],
    ['accents', 'a: é\nb: [ĳ, "ë"]\nc: { d: ñ }\ne: x\u00a0'],
  ])('gives yaml\'s places for %s', (_name, matter) => {
    const { answered, asked } = expectSamePlaces(matter);
    expect(asked).toBeGreaterThan(0);
    expect(answered).toBe(asked);
  });

  it('gives yaml\'s places for every disputed value in every field, each pair in one of the valid files, or none', () => {
    let answered = 0;
    // Every (field, value) pair once, spread over the files: the whole cross product of files,
    // fields and values took ~30 s on a loaded machine and told nothing more (sized, not timed).
    const bases = [...VALID_FIXTURES, ...EXAMPLE_FILES.slice(0, 2)];
    for (const [f, field] of FIELDS.entries()) {
      for (const [v, value] of DISPUTED_VALUES.entries()) {
        const base = bases[(f + v) % bases.length] ?? '';
        {
          const text = withValue(base, field, value);
          const matter = text === undefined ? undefined : matterOf(text);
          if (matter !== undefined) answered += expectSamePlaces(matter).answered;
        }
      }
    }
    expect(answered).toBeGreaterThan(2_000);
  });

  it('gives yaml\'s places, or none, in 5,000 generated mappings, lists, empty values and comments', () => {
    let read = 0;
    fc.assert(fc.property(TREE, fc.boolean(), (tree, finalBreak) => {
      const lines = tree.kind === 'map' ? renderMap(tree, 0) : [`a:${tree.kind === 'scalar' ? tree.text : ''}`];
      if (expectSamePlaces(lines.join('\n') + (finalBreak ? '\n' : '')).answered > 0) read++;
    }), { numRuns: 5_000 });
    expect(read).toBeGreaterThan(2_500);
  });

  it('gives yaml\'s places, or none, in 10,000 mutated files', () => {
    const bases = [...EXAMPLE_FILES, ...VALID_FIXTURES].map((text) => Buffer.from(text));
    let answered = 0;
    fc.assert(fc.property(fc.nat({ max: bases.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }), (which, mutations) => {
      const matter = matterOf(mutations.reduce(apply, Buffer.from(bases[which] as Buffer)).toString('utf8'));
      if (matter !== undefined) answered += expectSamePlaces(matter).answered;
    }), { numRuns: 10_000 });
    expect(answered).toBeGreaterThan(100_000);
  });
});
