/**
 * The docs: the README is short and opens with the two commands; the generated parts of the
 * reference (commands, fields, rules, the action's inputs) are what their sources give now (npm run
 * docs); and every link between the docs reaches a file and a heading that exist.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedReference, REFERENCE } from '../tools/docs.js';
import { fieldReference } from '../tools/field-reference.js';
import { complaintSchema } from '../src/core/complaint/schema.js';
import { RULES } from '../src/core/complaint/rule-table.js';
import { STEPS } from '../src/core/steps/index.js';
import { PROJECT_ROOT } from './helpers/cli.js';

const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
const DOCS = readdirSync(join(PROJECT_ROOT, 'docs')).filter((n) => n.endsWith('.md')).map((n) => join('docs', n));

/** GitHub's anchor of a heading: lower case, punctuation out, spaces as dashes. */
function anchor(heading: string): string {
  return heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, '').replace(/\s/g, '-');
}

describe('the docs', () => {
  it('hold the generated parts as their sources give them now (npm run docs)', async () => {
    const reference = readFileSync(REFERENCE, 'utf8');
    expect(await generatedReference(reference)).toBe(reference);
  });

  it('name every top-level field of the complaint schema, every rule and every step with its form', () => {
    const reference = readFileSync(REFERENCE, 'utf8');
    for (const key of Object.keys(complaintSchema.properties ?? {})) expect(fieldReference()).toContain(`| \`${key}\` |`);
    for (const rule of Object.keys(RULES)) expect(reference).toContain(`| \`${rule}\` |`);
    const guide = readFileSync(join(PROJECT_ROOT, 'docs/medewerkers.md'), 'utf8');
    for (const step of STEPS) {
      expect(reference, step.command).toContain(`### klacht ${step.command}`);
      expect(guide, step.form.name).toContain(`**${step.form.name}**`);
    }
  });

  it('keep the README to a few screens, opening with the two commands', () => {
    expect(readme.length).toBeLessThan(12_000);
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    expect(firstBlock).toContain('npm ci && npm run voorbeeld');
    expect(firstBlock).toContain('npm test');
  });

  it('never tell anyone to run `npx klacht` or an option a command lacks (issue 22)', () => {
    // No npm package is called klacht: anyone could publish one. And `nieuw` has no --dry-run.
    for (const file of ['README.md', ...DOCS, 'templates/README.md']) {
      const text = readFileSync(join(PROJECT_ROOT, file), 'utf8');
      expect(text, file).not.toMatch(/npx (--yes )?klacht\b/);
      expect(text, file).not.toMatch(/klacht nieuw[^\n`]*--dry-run/);
    }
  });

  it('link only to files and headings that exist', () => {
    const broken: string[] = [];
    for (const file of ['README.md', ...DOCS]) {
      const text = readFileSync(join(PROJECT_ROOT, file), 'utf8');
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (!target || /^(https?:|mailto:)/.test(target)) continue;
        const [path, hash] = target.split('#');
        const resolved = path ? join(dirname(join(PROJECT_ROOT, file)), path) : join(PROJECT_ROOT, file);
        if (!existsSync(resolved)) { broken.push(`${file}: ${target}`); continue; }
        if (hash && resolved.endsWith('.md')) {
          const headings = [...readFileSync(resolved, 'utf8').matchAll(/^#+ (.+)$/gm)].map((m) => anchor(m[1] ?? ''));
          if (!headings.includes(hash)) broken.push(`${file}: ${target}`);
        }
      }
    }
    expect(broken).toEqual([]);
  });
});
