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

  it('lets an adapter use the core and the command line use anything', async () => {
    expect(await ruleIds("import { RunError } from '../core/errors.js';\nexport const x = RunError;\n", 'scripts/git/example.ts')).toEqual([]);
    expect(await ruleIds("import { openRepository } from '../git/repository.js';\nimport { loadRegister } from '../register/load.js';\nexport const x = [openRepository, loadRegister];\n", 'scripts/cli/example.ts')).toEqual([]);
  }, 30_000);

  it('fails on an import cycle', async () => {
    const results = await eslint.lintFiles([join(PROJECT_ROOT, 'test/fixtures/lint/cycle/first.ts')]);
    expect(results.flatMap((r) => r.messages.map((m) => m.ruleId))).toContain('import-x/no-cycle');
  }, 30_000);
});
