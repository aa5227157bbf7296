import { defineConfig } from 'vitest/config';

/**
 * The tests in three tiers (README "Testen"), each a vitest project:
 * - unit: the pure core and pure helpers, table-driven, no build, no process, no browser: seconds
 *   (`npm run test:unit`);
 * - integration: the command line, git and the register on real repositories in a temp folder,
 *   the GitHub double on loopback, the lint;
 * - slow: what needs Chromium, the built bundle, many processes or thousands of generated cases
 *   (PDFs, the bundle, the fault suite, property and differential tests, sweeps).
 * `npm test` builds and runs all three; every run ends with its slowest files.
 */
const UNIT = [
  'test/core/**/*.test.ts',
  'test/pdf/font-ranges.test.ts',
  'test/git/fast-export-filter.test.ts',
  'test/register/personal-fields.test.ts',
  'test/schema-vocabulary.test.ts',
  'test/repository.test.ts',
  'test/cli/option-types.test.ts',
];
const SLOW_IN_CORE = ['test/core/calendar-sweeps.test.ts', 'test/core/suggest.test.ts'];
const SLOW = [
  ...SLOW_IN_CORE,
  'test/pdf/**/*.test.ts',
  'test/bundle/**/*.test.ts',
  'test/faults/**/*.test.ts',
  'test/examples/**/*.test.ts',
  'test/privacy.test.ts',
  'test/register/{property,plain-positions,plain-yaml,yaml-document,frontmatter-edit,edit-styles,yaml-verdicts}.test.ts',
];

export default defineConfig({
  test: {
    // Only to stop a test that hangs: no test relies on finishing within it. A sweep is sized to
    // take seconds on this 2-core machine under load, not timed (speed is npm run bench).
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Tests make real git repositories and start real processes; two workers match the machine.
    maxWorkers: 2,
    reporters: ['default', './test/support/slowest-files.ts'],
    projects: [
      { extends: true, test: { name: 'unit', include: UNIT, exclude: SLOW_IN_CORE } },
      { extends: true, test: { name: 'integration', include: ['test/**/*.test.ts'], exclude: [...UNIT, ...SLOW, 'test/fixtures/**'] } },
      // The core's glob is not excluded here: it would drop the core's slow files from every tier.
      { extends: true, test: { name: 'slow', include: SLOW, exclude: UNIT.filter((pattern) => pattern !== 'test/core/**/*.test.ts') } },
    ],
  },
});
