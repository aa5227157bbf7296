/**
 * Chromium started by us on a pipe (scripts/pdf/chromium-process.ts): the same flags puppeteer
 * would give it, and nothing left behind after a run (no profile folder, no process).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer';
import { describe, expect, it } from 'vitest';
import { chromiumArguments, PUPPETEER_DEFAULT_ARGS } from '../../scripts/pdf/chromium-process.js';
import { PROJECT_ROOT, runBin } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

describe('the command line Chromium is started with', () => {
  it.each([['shell', '--headless'], [true, '--headless=new']] as const)('is puppeteer\'s own for headless %s, plus ours', (headless, flag) => {
    const ours = ['--no-sandbox', '--disable-quic'];
    const expected = puppeteer.defaultArgs({ headless, args: ours, userDataDir: '/tmp/profiel' });
    const actual = chromiumArguments({ headless, args: ours }, '/tmp/profiel');
    // The same flags; puppeteer adds the pipe itself when it launches, we do it here.
    expect(new Set(actual)).toEqual(new Set([...expected, '--remote-debugging-pipe']));
    expect(actual).toContain(flag);
    expect(PUPPETEER_DEFAULT_ARGS.some((arg) => arg.startsWith('--headless'))).toBe(false);
  });
});

describe('after klacht pdf', () => {
  it('leaves no profile folder and no Chromium process behind', () => {
    const scratch = tempDir('klacht-tmp-');
    const out = tempDir('klacht-pdf-');
    const result = runBin(['pdf', 'KL-2026-002', '--soort', 'reactie', '--register', join(PROJECT_ROOT, 'examples/register'), '--uit', out, '--vandaag', '2026-11-24'], {
      env: { KLACHT_BROWSER: 'ingebouwd', TMPDIR: scratch },
    });
    expect(result.code, result.stderr).toBe(0);
    expect(readdirSync(out)).toEqual(['KL-2026-002-reactie.pdf']);
    expect(readdirSync(scratch).filter((name) => name.startsWith('klacht-chromium-'))).toEqual([]);
    const running = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' }).split('\n').filter((line) => line.includes(scratch));
    expect(running).toEqual([]);
  }, 60_000);
});
