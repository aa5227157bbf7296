/**
 * The built toolkit validates with code generated from the schemas at build time; the sources
 * compile the schemas at run time. Both must report the same errors on every fixture.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileValidators, generatedValidators, type Validators } from '../../src/core/complaint/schema.js';
import { splitFrontmatter } from '../../src/register/frontmatter.js';
import { slowParse } from '../../src/register/yaml-frontmatter.js';
import { PROJECT_ROOT } from '../helpers/cli.js';

const require = createRequire(import.meta.url);

describe('the validators generated at build time', () => {
  it('are not used from the sources, only from dist/', () => {
    expect(generatedValidators()).toBeUndefined();
  });

  it('give the same errors as the schemas compiled at run time', () => {
    // npm test builds first, so dist/ holds the generated code of the current schemas.
    const generated = require(join(PROJECT_ROOT, 'dist/core/complaint/schema-validators.generated.cjs')) as Validators;
    const compiled = compileValidators();
    let compared = 0;
    for (const folder of ['valid', 'invalid']) {
      const dir = join(PROJECT_ROOT, 'test/fixtures', folder);
      for (const name of readdirSync(dir)) {
        const split = splitFrontmatter(readFileSync(join(dir, name), 'utf8').replace(/^\uFEFF/, ''));
        if (split.kind !== 'split') continue;
        const parsed = slowParse(split.matter);
        if (!parsed.ok) continue;
        const a = generated.complaint(parsed.data);
        const b = compiled.complaint(parsed.data);
        expect(a, name).toBe(b);
        expect(generated.complaint.errors ?? null, name).toEqual(compiled.complaint.errors ?? null);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(40);
    const config = { procedure: 'onbekend', organisatie: 12 };
    expect(generated.config(config)).toBe(false);
    expect(generated.config.errors).toEqual((compiled.config(config), compiled.config.errors));
  });
});
