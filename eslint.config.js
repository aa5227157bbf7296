import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

/**
 * The arrows between the folders of src/ (docs/ontwikkeling.md, "Opbouw"): cli -> adapters -> core,
 * never back, and no adapter imports another (cli combines them). The product in src/ imports
 * nothing of the developer's tools (tools/, bench/, examples/) or the tests; those may use src/.
 * Each folder lists what it may not import; test/lint-fence.test.ts has a row per boundary.
 */
const FOLDERS = ['cli', 'core', 'register', 'git', 'pdf', 'github'];
const ADAPTERS = ['register', 'git', 'pdf', 'github'];
const OUTSIDE_PRODUCT = ['tools', 'bench', 'examples', 'test'];
/**
 * What the pure core may import: files of core/ (every file sits in a subject folder: `./x.js` and
 * `../subject/x.js`, never higher; no `..` further on, so `./../../cli/x.js` is outside too) and ajv (the schema's validators). Everything else (another
 * folder, node:fs, node:child_process, git, a browser, GitHub) is outside: an allow-list, so that a
 * module nobody thought of is outside too.
 */
const NO_CLIMB = '(?!\\.\\.(?:\\/|$))(?!.*\\/\\.\\.(?:\\/|$))';
const CORE_ALLOWED = `\\.\\/${NO_CLIMB}|\\.\\.\\/${NO_CLIMB}[^\\/]+\\/${NO_CLIMB}|ajv(\\/|-formats$|$)`;
const CORE_MESSAGE = 'core/ is puur: alleen eigen bestanden en ajv; geen terminal, bestanden, git, Chromium of GitHub.';
const PRODUCT_MESSAGE = 'src/ is wat er uitgeleverd wordt: het gebruikt niets uit tools/, bench/, examples/ of test/.';

/** A module loaded by a name the lint cannot read would pass every fence. */
const COMPUTED_IMPORT = { selector: 'ImportExpression[source.type!="Literal"]', message: 'Importeer met een vaste naam, zodat de lint kan zien wat er geladen wordt.' };

/** `import()` is not seen by no-restricted-imports: a selector on the import expression fences it too. */
function dynamicImports(pattern, message) {
  return ['error', { selector: `ImportExpression[source.value=${pattern}]`, message }, COMPUTED_IMPORT];
}

/** Import patterns that reach one of `folders` from anywhere below src/. */
function reaching(folders, message) {
  return folders.map((folder) => ({ group: [`**/${folder}/**`, `../${folder}`, `../${folder}/*`], message }));
}

const OUTSIDE_PATTERN = `/(^|\\/)(${OUTSIDE_PRODUCT.join('|')})(\\/|$)/`;

/**
 * The command line touches no file itself: what it reads or writes of the register (complaints,
 * analyses, PDFs, the folders they go in, whether a path is a file) goes through register/. Two
 * files of cli/ read or write a file of GitHub's runner, not of the register, each the only one
 * that does: the event payload of a form's run (GITHUB_EVENT_PATH) and the job summary.
 */
const CLI_FILE_ACCESS = ['src/cli/steps/form-input.ts', 'src/cli/job-summary.ts'];
const FS_MODULES = ['node:fs', 'fs', 'node:fs/promises', 'fs/promises'];
const FS_MESSAGE = 'cli/ leest en schrijft geen bestanden zelf: dat gaat via register/ (docs/ontwikkeling.md, "Opbouw").';
const FS_PATTERN = '/^(node:)?fs(\\/promises)?$/';

/** The fences of cli/: nothing of the developer's tools, and (unless `withFiles`) no node:fs. */
function cliRules(withFiles) {
  const outside = { selector: `ImportExpression[source.value=${OUTSIDE_PATTERN}]`, message: PRODUCT_MESSAGE };
  const files = withFiles ? [] : FS_MODULES.map((name) => ({ name, message: FS_MESSAGE }));
  return {
    'no-restricted-imports': ['error', { paths: files, patterns: reaching(OUTSIDE_PRODUCT, PRODUCT_MESSAGE) }],
    'no-restricted-syntax': ['error', outside, COMPUTED_IMPORT, ...(withFiles ? [] : [{ selector: `ImportExpression[source.value=${FS_PATTERN}]`, message: FS_MESSAGE }])],
  };
}

function adapterFence(adapter) {
  const others = FOLDERS.filter((f) => f !== 'core' && f !== adapter);
  const message = `${adapter}/ is een adapter: die gebruikt alleen core/; cli/ combineert adapters.`;
  return {
    files: [`src/${adapter}/**`],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...reaching(others, message), ...reaching(OUTSIDE_PRODUCT, PRODUCT_MESSAGE)] }],
      'no-restricted-syntax': [...dynamicImports(`/(^|\\/)(${others.join('|')})(\\/|$)/`, message), { selector: `ImportExpression[source.value=${OUTSIDE_PATTERN}]`, message: PRODUCT_MESSAGE }],
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
      // Node's modules by name, past every import fence.
      'no-restricted-properties': ['error', { object: 'process', property: 'getBuiltinModule', message: 'Importeer een module van Node met import, zodat de lint kan zien wat er geladen wordt.' }],
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      // An import cycle anywhere is an arrow pointing back.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  { files: ['src/cli/**'], rules: cliRules(false) },
  { files: CLI_FILE_ACCESS, rules: cliRules(true) },
  {
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: `^(?!${CORE_ALLOWED})`, message: CORE_MESSAGE }] }],
      'no-restricted-syntax': dynamicImports(`/^(?!${CORE_ALLOWED})/`, CORE_MESSAGE),
    },
  },
  ...ADAPTERS.map(adapterFence),
  {
    // The one exception, until the schema and its build-time validators are imported statically
    // (issue 13's bundle): core/complaint/schema.ts reads the schema JSON and the generated validators, data
    // shipped with the package, through require(). Nothing else in core/ may use node:module.
    files: ['src/core/complaint/schema.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: `^(?!${CORE_ALLOWED}|node:module$)`, message: CORE_MESSAGE }] }],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } },
  },
);
