import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

/**
 * The arrows between the folders of scripts/ (README "Opbouw"): cli -> adapters -> core, never back,
 * and no adapter imports another (cli combines them). Each folder lists what it may not import.
 */
const FOLDERS = ['cli', 'core', 'register', 'git', 'pdf', 'github'];
const ADAPTERS = ['register', 'git', 'pdf', 'github'];
/** Packages that touch the outside world: never in the pure core. */
const OUTSIDE = ['simple-git', 'puppeteer', 'puppeteer-core', '@sparticuz/chromium', '@octokit/*', 'node:fs', 'node:fs/promises', 'node:child_process',
  'node:module', 'node:os', 'node:net', 'node:http', 'node:https', 'node:worker_threads', 'fs', 'fs/promises', 'child_process', 'module', 'os'];

function fence(folder, forbidden, message, extraPaths = []) {
  return {
    files: [`scripts/${folder}/**`],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          ...forbidden.map((other) => ({ group: [`**/${other}/**`, `../${other}`, `../${other}/*`], message })),
          ...(extraPaths.length > 0 ? [{ group: extraPaths, message }] : []),
        ],
      }],
    },
  };
}

export default tseslint.config(
  // test/fixtures/lint holds code that breaks the rules on purpose: test/lint-fence.test.ts lints it.
  { ignores: ['dist/', 'node_modules/', 'coverage/', '.voorbeeld/', 'test/fixtures/lint/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    plugins: { 'import-x': importX },
    // Sources import './x.js' for './x.ts' (NodeNext); the TypeScript resolver follows that.
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
      // The files a cycle runs through are TypeScript too: parse them to follow their imports.
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/extensions': ['.ts', '.js', '.mjs'],
    },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      // An import cycle anywhere is an arrow pointing back.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  fence('core', FOLDERS.filter((f) => f !== 'core'), 'core/ is puur: geen terminal, bestanden, git, Chromium of GitHub.', OUTSIDE),
  ...ADAPTERS.map((adapter) => fence(adapter, FOLDERS.filter((f) => f !== 'core' && f !== adapter),
    `${adapter}/ is een adapter: die gebruikt alleen core/; cli/ combineert adapters.`)),
  {
    // The one exception, until the schema and its build-time validators are imported statically
    // (issue 13's bundle): core/schema.ts reads the schema JSON and the generated validators, data
    // shipped with the package, through require(). Nothing else in core/ may use node:module.
    files: ['scripts/core/schema.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: FOLDERS.filter((f) => f !== 'core').flatMap((other) => [`**/${other}/**`, `../${other}`, `../${other}/*`]), message: 'core/ is puur.' },
          { group: OUTSIDE.filter((name) => name !== 'node:module'), message: 'core/ is puur.' },
        ],
      }],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } },
  },
);
