/**
 * The tests that run `klacht` as a real process (runBin) run once more against the bundle: a copy
 * of bundle/ in a folder without node_modules, next to only @sparticuz/chromium (the browser that
 * npm ci brings: a release run that prints PDFs needs that package and nothing else). They run in a
 * vitest of their own with KLACHT_TEST_BUNDLE pointing at the copy (test/helpers/cli.ts).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { binPath, PROJECT_ROOT } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

/** Every test file whose processes start through runBin. */
const BIN_TESTS = ['test/cli/errors.test.ts', 'test/cli/usage.test.ts', 'test/register/yaml-verdicts.test.ts', 'test/pdf/chromium-process.test.ts'];

interface VitestReport {
  numTotalTests: number;
  numPassedTests: number;
  numFailedTests: number;
  testResults: { name: string; status: string; message: string }[];
}

describe('the bin-based tests through the bundle', () => {
  it('KLACHT_TEST_BUNDLE chooses the program runBin starts', () => {
    expect(binPath({})).toBe(`${PROJECT_ROOT}bin/klacht.js`);
    expect(binPath({ KLACHT_TEST_BUNDLE: '1' })).toBe(`${PROJECT_ROOT}bundle/klacht.mjs`);
    expect(binPath({ KLACHT_TEST_BUNDLE: '/ergens/klacht.mjs' })).toBe('/ergens/klacht.mjs');
  });

  it('pass with a copy of the bundle that has no node_modules but @sparticuz/chromium', () => {
    const copy = tempDir('klacht-release-');
    cpSync(join(PROJECT_ROOT, 'bundle'), join(copy, 'bundle'), { recursive: true });
    mkdirSync(join(copy, 'node_modules', '@sparticuz'), { recursive: true });
    symlinkSync(join(PROJECT_ROOT, 'node_modules', '@sparticuz', 'chromium'), join(copy, 'node_modules', '@sparticuz', 'chromium'));
    const result = spawnSync(process.execPath, [join(PROJECT_ROOT, 'node_modules/vitest/vitest.mjs'), 'run', '--reporter=json', ...BIN_TESTS], {
      cwd: PROJECT_ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', KLACHT_TEST_BUNDLE: join(copy, 'bundle', 'klacht.mjs') },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const report = JSON.parse(result.stdout.slice(result.stdout.indexOf('{'))) as VitestReport;
    const failures = report.testResults.filter((file) => file.status !== 'passed').map((file) => `${file.name}: ${file.message}`);
    expect(failures).toEqual([]);
    expect(report.numFailedTests).toBe(0);
    expect(report.numPassedTests).toBe(report.numTotalTests);
    expect(report.numTotalTests).toBeGreaterThan(50);
    expect(result.status, result.stderr).toBe(0);
  }, 120_000);
});
