/**
 * What a bundle built from the sources holds and leaves out. Whether the committed bundle/ is that
 * build byte for byte is `npm run bundle:check` (tools/bundle-check.ts), a step of its own in
 * CI; its comparison is tested here. (dist/ must be built: `npm test` does that first.)
 */
import { describe, expect, it } from 'vitest';
import { bundleFiles as files, compareBundles } from '../../tools/bundle-check.js';
import { writeBundle } from '../../tools/bundle.js';
import { tempDir } from '../helpers/temp.js';

describe('a bundle built from the sources', () => {
  const built = tempDir('klacht-bundle-');
  const building = writeBundle(built);

  it('has ajv\'s compiler and the puppeteer parts klacht never uses left out', async () => {
    await building;
    const text = [...files(built)].filter(([name]) => name.endsWith('.mjs')).map(([, file]) => file.bytes.toString('utf8')).join('\n');
    // esbuild names every module it takes in with a comment: none of these.
    for (const left of ['node_modules/ajv/dist/compile/', 'node_modules/ajv/dist/2020.js', 'node_modules/ajv-formats/dist/index.js', 'node_modules/chromium-bidi/',
      'node_modules/@puppeteer/browsers/', 'node_modules/ws/', 'node_modules/@inquirer/editor/', 'node_modules/iconv-lite/']) {
      expect(text, left).not.toContain(`// ${left}`);
    }
    // What the run needs is inside: the validators generated at build time and the schemas.
    for (const inside of ['// dist/core/complaint/schema-validators.generated.cjs', '// schema/complaint.schema.json', '// node_modules/puppeteer-core/']) {
      expect(text, inside).toContain(inside);
    }
  }, 60_000);

  it('imports Node\'s own modules through require, never through their ES module wrapper (which loads dozens more)', async () => {
    await building;
    const modules = [...files(built)].filter(([name]) => name.endsWith('.mjs'));
    const esmBuiltins = modules.flatMap(([name, file]) => [...file.bytes.toString('utf8').matchAll(/^(?:import|export)\b[^;]*?from\s+["']((?:node:)?[a-z_/]+)["'];?$|^import\s+["']((?:node:)?[a-z_/]+)["'];?$/gm)]
      .map((m) => m[1] ?? m[2] ?? '').filter((target) => target !== 'node:module' && !target.startsWith('.')).map((target) => `${name}: ${target}`));
    expect(esmBuiltins).toEqual([]);
    // crypto and child_process are loaded on first use: a getter per export.
    const lazy = modules.map(([, file]) => file.bytes.toString('utf8')).join('\n');
    for (const name of ['node:crypto', 'node:child_process', 'node:fs', 'node:util']) expect(lazy).toContain(`var load = () => loaded ??= __require("${name}");`);
  }, 60_000);

  it('has the yaml package in a file of its own, which no command loads before it needs it', async () => {
    await building;
    const all = files(built);
    // Only register/yaml-lib.js requires it, by this name, relative to its chunk.
    expect(all.get('chunks/yaml.cjs')?.bytes.toString('utf8')).toContain('// node_modules/yaml/dist/index.js');
    const modules = [...all].filter(([name]) => name.endsWith('.mjs'));
    expect(modules.filter(([, file]) => file.bytes.toString('utf8').includes('// node_modules/yaml/')).map(([name]) => name)).toEqual([]);
    expect(modules.filter(([, file]) => file.bytes.toString('utf8').includes('"./yaml.cjs"')).map(([name]) => name.startsWith('chunks'))).toEqual([true]);
  }, 60_000);
});

describe('npm run bundle:check', () => {
  const facts = (text: string, executable = false) => ({ bytes: Buffer.from(text), executable });
  it.each([
    ['equal folders', [['a.mjs', facts('x')]], [['a.mjs', facts('x')]], []],
    ['a changed file', [['a.mjs', facts('x')]], [['a.mjs', facts('y')]], [{ file: 'a.mjs', kind: 'anders' }]],
    ['a file the sources make that is not committed', [], [['chunks/b.mjs', facts('x')]], [{ file: 'chunks/b.mjs', kind: 'ontbreekt' }]],
    ['a committed file the sources no longer make', [['chunks/old.mjs', facts('x')]], [], [{ file: 'chunks/old.mjs', kind: 'overbodig' }]],
    ['only the executable bit', [['a.mjs', facts('x', true)]], [['a.mjs', facts('x')]], [{ file: 'a.mjs', kind: 'uitvoerbaar' }]],
  ] as const)('names what differs: %s', (_case, committed, fresh, expected) => {
    expect(compareBundles(new Map(committed), new Map(fresh))).toEqual(expected);
  });
});
