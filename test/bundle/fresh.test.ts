/**
 * The committed bundle (bundle/) is what `npm run bundle` makes of the sources now: built again in
 * a temporary folder, it must be the same byte for byte. After a change to scripts/, run
 * `npm run bundle` and commit bundle/ with it. (dist/ must be built: `npm test` does that first.)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeBundle } from '../../scripts/tools/bundle.js';
import { PROJECT_ROOT } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

const COMMITTED = join(PROJECT_ROOT, 'bundle');

/** Every file below `root` with its content and whether it may be executed. */
function files(root: string): Map<string, { bytes: Buffer; executable: boolean }> {
  const found = new Map<string, { bytes: Buffer; executable: boolean }>();
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else found.set(relative(root, path), { bytes: readFileSync(path), executable: (statSync(path).mode & 0o100) !== 0 });
    }
  };
  walk(root);
  return found;
}

describe('the committed bundle', () => {
  const built = tempDir('klacht-bundle-');
  const building = writeBundle(built);

  it('is what the sources give now (else: npm run bundle, and commit bundle/)', async () => {
    await building;
    const fresh = files(built);
    const committed = files(COMMITTED);
    expect([...committed.keys()].sort()).toEqual([...fresh.keys()].sort());
    const differing = [...fresh].filter(([name, file]) => {
      const other = committed.get(name);
      return !other || !other.bytes.equals(file.bytes) || other.executable !== file.executable;
    }).map(([name]) => name);
    expect(differing, 'verouderd: voer npm run bundle uit en commit bundle/').toEqual([]);
  }, 60_000);

  it('has ajv\'s compiler and the puppeteer parts klacht never uses left out', async () => {
    await building;
    const text = [...files(built)].filter(([name]) => name.endsWith('.mjs')).map(([, file]) => file.bytes.toString('utf8')).join('\n');
    // esbuild names every module it takes in with a comment: none of these.
    for (const left of ['node_modules/ajv/dist/compile/', 'node_modules/ajv/dist/2020.js', 'node_modules/ajv-formats/dist/index.js', 'node_modules/chromium-bidi/',
      'node_modules/@puppeteer/browsers/', 'node_modules/ws/', 'node_modules/@inquirer/editor/', 'node_modules/iconv-lite/']) {
      expect(text, left).not.toContain(`// ${left}`);
    }
    // What the run needs is inside: the validators generated at build time and the schemas.
    for (const inside of ['// dist/core/schema-validators.generated.cjs', '// schema/complaint.schema.json', '// node_modules/puppeteer-core/']) {
      expect(text, inside).toContain(inside);
    }
  }, 60_000);

  it('has the yaml package in a file of its own, which no command loads before it needs it', async () => {
    await building;
    const all = files(built);
    // Only register/yaml-lib.js requires it, by this name, relative to its chunk.
    expect(all.get(join('chunks', 'yaml.cjs'))?.bytes.toString('utf8')).toContain('// node_modules/yaml/dist/index.js');
    const modules = [...all].filter(([name]) => name.endsWith('.mjs'));
    expect(modules.filter(([, file]) => file.bytes.toString('utf8').includes('// node_modules/yaml/')).map(([name]) => name)).toEqual([]);
    expect(modules.filter(([, file]) => file.bytes.toString('utf8').includes('"./yaml.cjs"')).map(([name]) => name.startsWith('chunks'))).toEqual([true]);
  }, 60_000);
});
