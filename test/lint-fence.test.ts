/**
 * The arrows between the folders of src/ are proven by the linter (eslint.config.js): a
 * wrong-way import, an adapter importing another, the outside world in the core, node:fs in the
 * command line, and an import cycle each fail `npm run lint`. Here the linter is shown to fail on each.
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
  // A row per boundary: each folder, and what it may not reach.
  it.each([
    ['the core imports the command line', 'src/core/complaint/example.ts', "import { main } from '../../cli/main.js';\nexport const x = main;\n"],
    ['the core imports an adapter', 'src/core/time/example.ts', "import { loadRegister } from '../../register/load.js';\nexport const x = loadRegister;\n"],
    ['the core reads files', 'src/core/complaint/example.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n"],
    ['the core loads modules by hand', 'src/core/steps/example.ts', "import { createRequire } from 'node:module';\nexport const x = createRequire;\n"],
    ['the core climbs out through ./..', 'src/core/complaint/example.ts', "import { main } from './../../cli/main.js';\nexport const x = main;\n"],
    ['the core climbs out through a subject folder', 'src/core/time/example.ts', "import { loadRegister } from '../complaint/../../register/load.js';\nexport const x = loadRegister;\n"],
    ['the core talks to git', 'src/core/signing/example.ts', "import { simpleGit } from 'simple-git';\nexport const x = simpleGit;\n"],
    ['an adapter imports the command line', 'src/pdf/example.ts', "import { main } from '../cli/main.js';\nexport const x = main;\n"],
    ['register/ imports git/', 'src/register/example.ts', "import { openRepository } from '../git/repository.js';\nexport const x = openRepository;\n"],
    ['git/ imports register/', 'src/git/example.ts', "import { loadRegister } from '../register/load.js';\nexport const x = loadRegister;\n"],
    ['github/ imports pdf/', 'src/github/example.ts', "import { PdfPrinter } from '../pdf/browser.js';\nexport const x = PdfPrinter;\n"],
    ['pdf/ imports github/', 'src/pdf/example.ts', "import { GitHubClient } from '../github/client.js';\nexport const x = GitHubClient;\n"],
    ['the command line imports a developer tool', 'src/cli/example.ts', "import { writeBundle } from '../../tools/bundle.js';\nexport const x = writeBundle;\n"],
    ['a command imports the bench', 'src/cli/commands/example.ts', "import { syntheticComplaint } from '../../../bench/synthetic.js';\nexport const x = syntheticComplaint;\n"],
    ['an adapter imports the examples', 'src/git/example.ts', "import { buildExampleRepository } from '../../examples/build-history.js';\nexport const x = buildExampleRepository;\n"],
    ['an adapter imports a test helper', 'src/register/example.ts', "import { tempDir } from '../../test/helpers/temp.js';\nexport const x = tempDir;\n"],
    ['a command reads a file itself', 'src/cli/commands/example.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n"],
    ['the command line writes a file itself', 'src/cli/example.ts', "import { writeFile } from 'fs/promises';\nexport const x = writeFile;\n"],
    ['a file of cli/ that may read GitHub\'s runner files imports a developer tool', 'src/cli/job-summary.ts', "import { writeBundle } from '../../tools/bundle.js';\nexport const x = writeBundle;\n"],
  ])('fails when %s', async (_name, file, code) => {
    expect(await ruleIds(code, file)).toContain('no-restricted-imports');
  }, 30_000);

  it.each([
    ['the core loads the command line later', 'src/core/complaint/example.ts', "export const x = async () => import('../../cli/main.js');\n"],
    ['the core loads the command line later through ./..', 'src/core/complaint/example.ts', "export const x = async () => import('./../../cli/main.js');\n"],
    ['the core loads node:fs later', 'src/core/complaint/example.ts', "export const x = async () => import('node:fs');\n"],
    ['the core loads a module whose name is computed', 'src/core/complaint/example.ts', "export const x = async (name: string) => import(`./${name}.js`);\n"],
    ['an adapter loads another adapter later', 'src/pdf/example.ts', "export const x = async () => import('../git/repository.js');\n"],
    ['the command line loads a developer tool later', 'src/cli/example.ts', "export const x = async () => import('../../tools/bundle.js');\n"],
    ['the command line loads a module whose name is computed', 'src/cli/example.ts', "export const x = async (name: string) => import(`../../tools/${name}.js`);\n"],
    ['a step loads node:fs later', 'src/cli/steps/example.ts', "export const x = async () => import('node:fs/promises');\n"],
  ])('fails when %s (a dynamic import)', async (_name, file, code) => {
    expect(await ruleIds(code, file)).toContain('no-restricted-syntax');
  }, 30_000);

  it('fails when the command line or the core takes a module of Node from process.getBuiltinModule', async () => {
    for (const file of ['src/cli/example.ts', 'src/core/complaint/example.ts']) {
      expect(await ruleIds("export const x = process.getBuiltinModule('node:fs');\n", file), file).toContain('no-restricted-properties');
    }
  }, 30_000);

  it('lets the core use its own subjects and ajv, an adapter the core, the command line anything of src/, and the tools src/', async () => {
    expect(await ruleIds("import { plural } from './dutch.js';\nimport { addDays } from '../time/calendar-date.js';\nexport const x = async () => [plural, addDays, await import('ajv-formats')];\n", 'src/core/text/example.ts')).toEqual([]);
    expect(await ruleIds("import { RunError } from '../core/text/errors.js';\nexport const x = async () => [RunError, await import('puppeteer-core')];\n", 'src/pdf/example.ts')).toEqual([]);
    expect(await ruleIds("import { RunError } from '../core/text/errors.js';\nexport const x = RunError;\n", 'src/git/example.ts')).toEqual([]);
    expect(await ruleIds("import { openRepository } from '../git/repository.js';\nimport { loadRegister } from '../register/load.js';\nexport const x = [openRepository, loadRegister];\n", 'src/cli/example.ts')).toEqual([]);
    expect(await ruleIds("import { main } from '../src/cli/main.js';\nexport const x = main;\n", 'tools/example.ts')).toEqual([]);
    // GitHub's runner files, each read or written in one file of cli/: the event payload and the job summary.
    expect(await ruleIds("import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n", 'src/cli/steps/form-input.ts')).toEqual([]);
    expect(await ruleIds("import { appendFileSync } from 'node:fs';\nexport const x = appendFileSync;\n", 'src/cli/job-summary.ts')).toEqual([]);
  }, 30_000);

  it('fails on an import cycle', async () => {
    const results = await eslint.lintFiles([join(PROJECT_ROOT, 'test/fixtures/lint/cycle/first.ts')]);
    expect(results.flatMap((r) => r.messages.map((m) => m.ruleId))).toContain('import-x/no-cycle');
  }, 30_000);
});
