import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', '.voorbeeld/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['**/cli/**'], message: 'De kern en adapters importeren nooit uit cli/.' }],
      }],
    },
  },
  {
    // The program itself, its tests, the example runner and the benchmark sit on top of the CLI.
    files: ['scripts/cli/**', 'scripts/examples/voorbeeld.ts', 'test/**', 'bench/**', 'scripts/bench/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } },
  },
  {
    files: ['scripts/core/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/cli/**', '**/register/**', '**/git/**', '**/render/**', '**/github/**'],
            message: 'core/ is puur: geen terminal, bestanden, git of GitHub.' },
        ],
        paths: ['node:fs', 'node:fs/promises', 'node:child_process', 'fs', 'child_process'],
      }],
    },
  },
);
