/** The README's field reference is generated from the schemas and must not fall behind. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fieldReference, withFieldReference } from '../tools/field-reference.js';
import { complaintSchema } from '../src/core/complaint/schema.js';
import { PROJECT_ROOT } from './helpers/cli.js';

describe('the README', () => {
  const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');

  it('holds the field reference as generated from schema/ (npm run docs)', () => {
    expect(withFieldReference(readme)).toBe(readme);
  });

  it('names every top-level field of the complaint schema', () => {
    for (const key of Object.keys(complaintSchema.properties ?? {})) expect(fieldReference()).toContain(`| \`${key}\` |`);
  });

  it('opens with the two commands', () => {
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    expect(firstBlock).toContain('npm ci && npm run voorbeeld');
    expect(firstBlock).toContain('npm test');
  });
});
