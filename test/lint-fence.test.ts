/**
 * The arrows between the folders of scripts/ are proven by the linter (eslint.config.js): a
 * wrong-way import, an adapter importing another, the outside world in the core, and an import
 * cycle each fail `npm run lint`. Here the linter is shown to fail on each.
 */
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from './helpers/cli.js';

const eslint = new ESLint({ cwd: PROJECT_ROOT, ignore: false });

async function ruleIds(code: string, file: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(PROJECT_ROOT, file) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? 'parse-error');
}

describe('the lint fence', () => {
  it.each([
    ['the core imports the command line', 'scripts/core/example.ts', "import { main } from '../cli/main.js';\nexport const x = main;\n"],
    ['the core reads files', 'scripts/core/example.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n"],
    ['the core loads modules by hand', 'scripts/core/example.ts', "import { createRequire } from 'node:module';\nexport const x = createRequire;\n"],
    ['the core talks to git', 'scripts/core/example.ts', "import { simpleGit } from 'simple-git';\nexport const x = simpleGit;\n"],
    ['an adapter imports the command line', 'scripts/pdf/example.ts', "import { main } from '../cli/main.js';\nexport const x = main;\n"],
    ['register/ imports git/', 'scripts/register/example.ts', "import { openRepository } from '../git/repository.js';\nexport const x = openRepository;\n"],
    ['git/ imports register/', 'scripts/git/example.ts', "import { loadRegister } from '../register/load.js';\nexport const x = loadRegister;\n"],
    ['github/ imports pdf/', 'scripts/github/example.ts', "import { PdfPrinter } from '../pdf/browser.js';\nexport const x = PdfPrinter;\n"],
  ])('fails when %s', async (_name, file, code) => {
    expect(await ruleIds(code, file)).toContain('no-restricted-imports');
  }, 30_000);

  it.each([
    ['the core loads the command line later', 'scripts/core/example.ts', "export const x = async () => import('../cli/main.js');\n"],
    ['the core loads node:fs later', 'scripts/core/example.ts', "export const x = async () => import('node:fs');\n"],
    ['the core loads a module whose name is computed', 'scripts/core/example.ts', "export const x = async (name: string) => import(`./${name}.js`);\n"],
    ['an adapter loads another adapter later', 'scripts/pdf/example.ts', "export const x = async () => import('../git/repository.js');\n"],
  ])('fails when %s (a dynamic import)', async (_name, file, code) => {
    expect(await ruleIds(code, file)).toContain('no-restricted-syntax');
  }, 30_000);

  it('lets the core use its own files and ajv, an adapter the core, and the command line anything', async () => {
    expect(await ruleIds("import { plural } from './dutch.js';\nexport const x = async () => [plural, await import('ajv-formats')];\n", 'scripts/core/example.ts')).toEqual([]);
    expect(await ruleIds("import { RunError } from '../core/errors.js';\nexport const x = async () => [RunError, await import('puppeteer-core')];\n", 'scripts/pdf/example.ts')).toEqual([]);
    expect(await ruleIds("import { RunError } from '../core/errors.js';\nexport const x = RunError;\n", 'scripts/git/example.ts')).toEqual([]);
    expect(await ruleIds("import { openRepository } from '../git/repository.js';\nimport { loadRegister } from '../register/load.js';\nexport const x = [openRepository, loadRegister];\n", 'scripts/cli/example.ts')).toEqual([]);
  }, 30_000);

  it('fails on an import cycle', async () => {
    const results = await eslint.lintFiles([join(PROJECT_ROOT, 'test/fixtures/lint/cycle/first.ts')]);
    expect(results.flatMap((r) => r.messages.map((m) => m.ruleId))).toContain('import-x/no-cycle');
  }, 30_000);
});
