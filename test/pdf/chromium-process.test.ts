/**
 * Chromium started by us on a pipe (src/pdf/chromium-process.ts): the same flags puppeteer
 * would give it, and nothing left behind after a run (no profile folder, no process).
 */
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer';
import { describe, expect, it } from 'vitest';
import { chromiumArguments, PUPPETEER_DEFAULT_ARGS } from '../../src/pdf/chromium-process.js';
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

describe('when something goes wrong', () => {
  const profiles = (folder: string): string[] => readdirSync(folder).filter((name) => name.startsWith('klacht-chromium-'));

  it('a browser that stops at once is said in Dutch, and its profile folder is removed', () => {
    const scratch = tempDir('klacht-tmp-');
    const fake = join(tempDir(), 'chromium');
    writeFileSync(fake, '#!/bin/sh\necho "[1201/0:ERROR:angle_platform_impl.cc] Display" >&2\nexit 1\n');
    chmodSync(fake, 0o755);
    const result = runBin(['pdf', 'KL-2026-002', '--soort', 'reactie', '--register', join(PROJECT_ROOT, 'examples/register'), '--uit', tempDir(), '--vandaag', '2026-11-24'], {
      env: { PUPPETEER_EXECUTABLE_PATH: fake, TMPDIR: scratch },
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`klacht: Chromium startte niet: Chromium stopte meteen na het starten (${fake}). Met KLACHT_DEBUG=1 ziet u wat Chromium zelf meldde.\n`);
    expect(profiles(scratch)).toEqual([]);
  }, 60_000);

  it('Ctrl-C while printing ends the browser and removes its profile folder (exit code 130)', async () => {
    const scratch = tempDir('klacht-tmp-');
    const child = spawn(process.execPath, [join(PROJECT_ROOT, 'bin/klacht.js'), 'pdf', '--alle', '--register', join(PROJECT_ROOT, 'examples/register'), '--uit', tempDir(), '--vandaag', '2026-11-24'], {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', KLACHT_BROWSER: 'ingebouwd', TMPDIR: scratch },
      stdio: 'ignore',
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    // Wait for the browser's profile to appear, then interrupt as a person at the terminal would.
    for (let i = 0; i < 200 && profiles(scratch).length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 25));
    expect(profiles(scratch)).toHaveLength(1);
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(profiles(scratch)).toEqual([]);
    const running = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' }).split('\n').filter((line) => line.includes(scratch));
    expect(running).toEqual([]);
  }, 60_000);
});
