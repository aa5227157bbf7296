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
/**
 * What the pure core may import: its own files and ajv (the schema's validators). Everything else
 * (another folder, node:fs, node:child_process, git, a browser, GitHub) is outside: an allow-list,
 * so that a module nobody thought of is outside too.
 */
const CORE_ALLOWED = '\\.\\/|ajv(\\/|-formats$|$)';
/** A file in a folder of core/ (core/steps/) may also import from core/ itself, one level up, and no further. */
const CORE_SUBFOLDER_ALLOWED = `\\.\\.\\/(?!\\.\\.)|${CORE_ALLOWED}`;
const CORE_MESSAGE = 'core/ is puur: alleen eigen bestanden en ajv; geen terminal, bestanden, git, Chromium of GitHub.';

/** `import()` is not seen by no-restricted-imports: a selector on the import expression fences it too. */
function dynamicImports(pattern, message) {
  return ['error', { selector: `ImportExpression[source.value=${pattern}]`, message }, { selector: 'ImportExpression[source.type!="Literal"]', message: 'Importeer met een vaste naam, zodat de lint kan zien wat er geladen wordt.' }];
}

function adapterFence(adapter) {
  const others = FOLDERS.filter((f) => f !== 'core' && f !== adapter);
  const message = `${adapter}/ is een adapter: die gebruikt alleen core/; cli/ combineert adapters.`;
  return {
    files: [`scripts/${adapter}/**`],
    rules: {
      'no-restricted-imports': ['error', { patterns: others.map((other) => ({ group: [`**/${other}/**`, `../${other}`, `../${other}/*`], message })) }],
      'no-restricted-syntax': dynamicImports(`/(^|\\/)(${others.join('|')})(\\/|$)/`, message),
    },
  };
}

export default tseslint.config(
  // test/fixtures/lint holds code that breaks the rules on purpose: test/lint-fence.test.ts lints it.
  { ignores: ['dist/', 'bundle/', 'node_modules/', 'coverage/', '.voorbeeld/', 'test/fixtures/lint/'] },
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
  {
    files: ['scripts/core/*'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: `^(?!${CORE_ALLOWED})`, message: CORE_MESSAGE }] }],
      'no-restricted-syntax': dynamicImports(`/^(?!${CORE_ALLOWED})/`, CORE_MESSAGE),
    },
  },
  {
    files: ['scripts/core/*/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: `^(?!${CORE_SUBFOLDER_ALLOWED})`, message: CORE_MESSAGE }] }],
      'no-restricted-syntax': dynamicImports(`/^(?!${CORE_SUBFOLDER_ALLOWED})/`, CORE_MESSAGE),
    },
  },
  ...ADAPTERS.map(adapterFence),
  {
    // The one exception, until the schema and its build-time validators are imported statically
    // (issue 13's bundle): core/schema.ts reads the schema JSON and the generated validators, data
    // shipped with the package, through require(). Nothing else in core/ may use node:module.
    files: ['scripts/core/schema.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: `^(?!${CORE_ALLOWED}|node:module$)`, message: CORE_MESSAGE }] }],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } },
  },
);
