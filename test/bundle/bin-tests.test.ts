/**
 * The tests that run `klacht` as a real process (runBin) run once more against the bundle: a copy
 * of bundle/ in a folder without node_modules, next to only @sparticuz/chromium (the browser that
 * npm ci brings: a release run that prints PDFs needs that package and nothing else). They run in a
 * vitest of their own with KLACHT_TEST_BUNDLE pointing at the copy (test/helpers/cli.ts). And a PDF
 * printed through such a copy.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { binPath, PROJECT_ROOT } from '../helpers/cli.js';
import { machineFonts, pdfFonts, pdfText } from '../helpers/pdf.js';
import { tempDir } from '../helpers/temp.js';

/**
 * The test files whose processes start through runBin. (test/pdf/chromium-process.test.ts also
 * does, but times Ctrl-C against a second process it starts from bin/klacht.js, which two suites
 * at once on two cores make flaky; the PDF through the bundle is tested below instead.)
 */
const BIN_TESTS = ['test/cli/errors.test.ts', 'test/cli/init.test.ts', 'test/cli/usage.test.ts', 'test/register/yaml-verdicts.test.ts'];

/** A release: a copy of bundle/ with only @sparticuz/chromium beside it. */
function release(): string {
  const copy = tempDir('klacht-release-');
  cpSync(join(PROJECT_ROOT, 'bundle'), join(copy, 'bundle'), { recursive: true });
  mkdirSync(join(copy, 'node_modules', '@sparticuz'), { recursive: true });
  symlinkSync(join(PROJECT_ROOT, 'node_modules', '@sparticuz', 'chromium'), join(copy, 'node_modules', '@sparticuz', 'chromium'));
  return copy;
}

interface VitestReport {
  numTotalTests: number;
  numPassedTests: number;
  numFailedTests: number;
  testResults: { name: string; status: string; message: string; assertionResults: { fullName: string; status: string; failureMessages: string[] }[] }[];
}

describe('the bin-based tests through the bundle', () => {
  it('KLACHT_TEST_BUNDLE chooses the program runBin starts', () => {
    expect(binPath({})).toBe(`${PROJECT_ROOT}bin/klacht.js`);
    expect(binPath({ KLACHT_TEST_BUNDLE: '1' })).toBe(`${PROJECT_ROOT}bundle/klacht.mjs`);
    expect(binPath({ KLACHT_TEST_BUNDLE: '/ergens/klacht.mjs' })).toBe('/ergens/klacht.mjs');
  });

  it('pass with a copy of the bundle that has no node_modules but @sparticuz/chromium', () => {
    const copy = release();
    const result = spawnSync(process.execPath, [join(PROJECT_ROOT, 'node_modules/vitest/vitest.mjs'), 'run', '--reporter=json', ...BIN_TESTS], {
      cwd: PROJECT_ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', KLACHT_TEST_BUNDLE: join(copy, 'bundle', 'klacht.mjs') },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const report = JSON.parse(result.stdout.slice(result.stdout.indexOf('{'))) as VitestReport;
    const failures = report.testResults.filter((file) => file.status !== 'passed').flatMap((file) => [
      ...(file.message ? [`${file.name}: ${file.message}`] : []),
      ...file.assertionResults.filter((test) => test.status !== 'passed').map((test) => `${test.fullName}: ${test.failureMessages.join('\n')}`),
    ]);
    expect(failures).toEqual([]);
    expect(report.numFailedTests).toBe(0);
    expect(report.numPassedTests).toBe(report.numTotalTests);
    expect(report.numTotalTests).toBeGreaterThan(50);
    expect(result.status, result.stderr).toBe(0);
  }, 120_000);

  it('print a PDF with the templates, Noto Sans and Noto Emoji of the bundle and the embedded Chromium', () => {
    const copy = release();
    const out = join(copy, 'pdf');
    // An emoji in the description: its font must come from bundle/fonts too.
    const register = join(copy, 'register');
    cpSync(join(PROJECT_ROOT, 'examples/register'), register, { recursive: true });
    const complaint = join(register, 'complaints/2026/KL-2026-002.md');
    writeFileSync(complaint, `${readFileSync(complaint, 'utf8').trimEnd()} 😡\n`);
    const result = spawnSync(process.execPath, [join(copy, 'bundle', 'klacht.mjs'), 'pdf', 'KL-2026-002', '--soort', 'formulier', '--register', register, '--uit', out, '--vandaag', '2026-11-24'], {
      cwd: copy, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', KLACHT_BROWSER: 'ingebouwd' },
    });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('ingebouwde Chromium');
    const file = join(out, 'KL-2026-002-formulier.pdf');
    expect(pdfText(file)).toContain('Klachtenformulier');
    expect(pdfText(file)).toContain('😡');
    // Only Noto Sans and Noto Emoji, embedded: the fonts came from bundle/fonts, not from the machine.
    expect(pdfFonts(file).map((font) => font.name)).toContain('NotoEmoji-Regular');
    expect(machineFonts(file)).toEqual([]);
  }, 60_000);
});
