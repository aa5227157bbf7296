/**
 * Every test file runs in exactly one tier (vitest.config.ts): a file that no project includes is
 * skipped by npm test without a word, and one in two projects runs twice.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';
import { PROJECT_ROOT } from './helpers/cli.js';

function testFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : testFiles(path);
    return entry.name.endsWith('.test.ts') ? [relative(PROJECT_ROOT, path)] : [];
  });
}

it('every test file is in exactly one of the tiers unit, integration and slow', () => {
  const listed = JSON.parse(execFileSync(process.execPath, [join(PROJECT_ROOT, 'node_modules/vitest/vitest.mjs'), 'list', '--filesOnly', '--json'], {
    cwd: PROJECT_ROOT, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024,
  })) as { file: string; projectName: string }[];
  const tiers = new Map<string, string[]>();
  for (const { file, projectName } of listed) {
    const path = relative(PROJECT_ROOT, file);
    tiers.set(path, [...(tiers.get(path) ?? []), projectName]);
  }
  const wrong = testFiles(join(PROJECT_ROOT, 'test')).sort().flatMap((file) => {
    const found = tiers.get(file) ?? [];
    return found.length === 1 ? [] : [`${file}: ${found.length === 0 ? 'in geen laag' : found.join(', ')}`];
  });
  expect(wrong).toEqual([]);
  expect(new Set([...tiers.values()].flat())).toEqual(new Set(['unit', 'integration', 'slow']));
});
