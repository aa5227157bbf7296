/**
 * The messages of faults a user meets: a browser that dies half-way through printing (killed at a
 * chosen point: after the first PDF, through KLACHT_TEST_FAULT) and git's lock file left by a git
 * that stopped. Dutch, naming the files, saying what was done and what to do; no English sentence.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CANARY, canaryLeaks } from '../helpers/canary.js';
import { runCli } from '../helpers/cli.js';
import { git } from '../helpers/git.js';
import { CANARY_FILE, PURGE_TODAY, smallCanaryRepository } from '../helpers/purge-repository.js';
import { GONE_PID, spawnBin, startBin } from '../helpers/processes.js';
import { makeRegister, tempDir } from '../helpers/temp.js';
import { TODAY, VALID } from '../helpers/fault-register.js';
import { hasBrowser, NO_BROWSER, skipUnless } from '../helpers/skip.js';

const ENGLISH = /\b(the|failed|unable|exists|another|process|running|error|fatal)\b/i;

/** Every process below `pid`, with its command line. */
function descendants(pid: number): { pid: number; args: string }[] {
  const table = execFileSync('ps', ['-e', '-o', 'pid=,ppid=,args='], { encoding: 'utf8' }).trim().split('\n').map((line) => {
    const [, own = '', parent = '', args = ''] = /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line) ?? [];
    return { pid: Number(own), ppid: Number(parent), args };
  });
  const found: { pid: number; args: string }[] = [];
  const below = (at: number): void => {
    for (const row of table.filter((r) => r.ppid === at)) {
      found.push({ pid: row.pid, args: row.args });
      below(row.pid);
    }
  };
  below(pid);
  return found;
}

describe('the browser, when it or its run is killed', () => {
  const browser = hasBrowser();

  it('lists the PDFs that were made (whole), and leaves no half one', async (context) => {
    skipUnless(context, browser, NO_BROWSER);
    const ids = ['001', '002', '003', '004', '005', '006'].map((n) => `KL-2026-${n}`);
    const root = makeRegister(Object.fromEntries(ids.map((id) => [`complaints/2026/${id}.md`, VALID.replace('KL-2026-001', id)])));
    const out = join(root, 'out');
    const barrier = tempDir('klacht-barrier-');
    const { child, done } = startBin(['pdf', ...ids, '--soort', 'ontvangstbevestiging', '--uit', out, '--register', root, '--vandaag', TODAY], { KLACHT_TEST_FAULT: `pause@pdf:written@${barrier}` });
    while (!existsSync(join(barrier, 'pdf:written.waiting'))) await new Promise((resolve) => setTimeout(resolve, 10));
    // klacht waits after its first PDF; its browser (a child process of its own) is killed now.
    const browsers = execFileSync('pgrep', ['-P', String(child.pid)], { encoding: 'utf8' }).trim().split('\n');
    for (const pid of browsers) process.kill(Number(pid), 'SIGKILL');
    writeFileSync(join(barrier, 'pdf:written.go'), '');
    const result = await done;
    expect(result.code).toBe(2);
    const made = readdirSync(out).sort();
    expect(made.length).toBeGreaterThan(0);
    expect(made.length).toBeLessThan(ids.length);
    expect(made.every((name) => name.endsWith('-ontvangstbevestiging.pdf'))).toBe(true);
    expect(result.stderr).toBe(`klacht: Chromium stopte onverwacht tijdens het afdrukken. Wel gemaakt (${made.length} van ${ids.length}, compleet): ${made.map((name) => join(out, name)).join(', ')}. Voer de opdracht opnieuw uit voor de rest.\n`);
    expect(canaryLeaks(result.stdout + result.stderr)).toEqual([]);
  }, 120_000);
  it('a print that fails while Chromium still runs (its page crashed) is said in Dutch, without the error\'s English name', async (context) => {
    skipUnless(context, browser, NO_BROWSER);
    // More documents than pages at once (4): the later ones are printed on pages whose process was killed.
    const ids = ['001', '002', '003', '004', '005', '006', '007', '008', '009', '010'].map((n) => `KL-2026-${n}`);
    const root = makeRegister(Object.fromEntries(ids.map((id) => [`complaints/2026/${id}.md`, VALID.replace('KL-2026-001', id)])));
    const out = join(root, 'out');
    const barrier = tempDir('klacht-barrier-');
    const { child, done } = startBin(['pdf', ...ids, '--soort', 'ontvangstbevestiging', '--uit', out, '--register', root, '--vandaag', TODAY], { KLACHT_TEST_FAULT: `pause@pdf:written@${barrier}` });
    while (!existsSync(join(barrier, 'pdf:written.waiting'))) await new Promise((resolve) => setTimeout(resolve, 10));
    // Only the pages' processes (renderers) are killed; the browser itself goes on.
    const renderers = descendants(child.pid ?? 0).filter(({ args }) => args.includes('--type=renderer'));
    expect(renderers.length).toBeGreaterThan(0);
    for (const { pid } of renderers) process.kill(pid, 'SIGKILL');
    writeFileSync(join(barrier, 'pdf:written.go'), '');
    const result = await done;
    expect(result.code).toBe(2);
    const made = readdirSync(out).sort();
    // Which of the two depends on whether Chromium noticed its pages were gone; neither names the error's (English) kind.
    expect(result.stderr).toMatch(/^klacht: Chromium (kon een document niet afdrukken|stopte onverwacht tijdens het afdrukken)\. Wel gemaakt /);
    expect(result.stderr).toContain(`Wel gemaakt (${made.length} van ${ids.length}, compleet): ${made.map((name) => join(out, name)).join(', ')}. Voer de opdracht opnieuw uit voor de rest.\n`);
    expect(result.stderr).not.toMatch(/\(\w*Error\)/);
    expect(result.stderr).not.toMatch(ENGLISH);
  }, 120_000);
  it('removes the browser profile a killed run left (its cache may hold documents) at the next run', async (context) => {
    skipUnless(context, browser, NO_BROWSER);
    const root = makeRegister({ 'complaints/2026/KL-2026-001.md': VALID });
    const temp = tempDir('klacht-tmpdir-');
    const gone = GONE_PID;
    for (const pid of [gone, process.pid]) mkdirSync(join(temp, `klacht-chromium-${pid}-aB3dE9`, 'Default'), { recursive: true });
    const result = await spawnBin(['pdf', 'KL-2026-001', '--soort', 'ontvangstbevestiging', '--uit', join(root, 'out'), '--register', root, '--vandaag', TODAY], { TMPDIR: temp });
    expect(result.code, result.stderr).toBe(0);
    // The profile of a process that still runs stays; this run's own is gone with it.
    expect(readdirSync(temp).filter((name) => name.startsWith('klacht-chromium-'))).toEqual([`klacht-chromium-${process.pid}-aB3dE9`]);
  }, 120_000);
});

describe('no English and no name in a message', () => {
  it('valideer does not repeat a file name it cannot find (it may be a person\'s name)', async () => {
    const root = makeRegister({ 'complaints/2026/KL-2026-001.md': VALID });
    const missing = await runCli(['valideer', 'Jan Jansen.md', '--register', root, '--vandaag', TODAY]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe("klacht: Het opgegeven bestand (of de map) bestaat niet. Controleer de naam.\nZie 'klacht valideer --help'.\n");
    const second = await runCli(['valideer', 'complaints/2026/KL-2026-001.md', join(tempDir(), 'Jan Jansen.md'), '--register', root, '--vandaag', TODAY]);
    expect(second.stderr).toContain('Het 2e opgegeven bestand (of de map) bestaat niet.');
    writeFileSync(join(root, 'Jan Jansen.md'), 'iets');
    const outside = await runCli(['valideer', join(root, 'Jan Jansen.md'), '--register', root, '--vandaag', TODAY]);
    expect(outside.stderr).toBe("klacht: Het opgegeven bestand is geen klachtbestand van dit register (klachtbestanden staan in complaints/<jaar>/).\nZie 'klacht valideer --help'.\n");
  });
});

describe('git\'s index.lock left behind', () => {
  it('is said in Dutch, with what it is and how to remove it', async () => {
    const root = smallCanaryRepository()();
    const lock = join(root, '.git/index.lock');
    writeFileSync(lock, '');
    const result = await runCli(['anonimiseer', 'KL-2024-003', '--geschiedenis', '--ja', '--register', root, '--vandaag', PURGE_TODAY]);
    expect(result.code).toBe(2);
    const message = result.stderr.split('\n').find((line) => line.startsWith('klacht: ')) ?? '';
    expect(message).toBe(`klacht: git faalde bij het vastleggen van de wijziging: er staat een slotbestand van git (${lock}): een ander git-programma is bezig, of een eerder git-programma is afgebroken en liet het staan. `
      + `Draait er geen git meer (ook geen editor of GitHub Desktop), verwijder het dan (rm "${lock}") en probeer het opnieuw. De bestanden zijn wel geanonimiseerd; de geschiedenis is niet herschreven.`);
    expect(message.replace(lock, '')).not.toMatch(ENGLISH);
    // Removed as the message says, the same command finishes the job.
    execFileSync('rm', [lock]);
    const again = await runCli(['anonimiseer', 'KL-2024-003', '--geschiedenis', '--ja', '--register', root, '--vandaag', PURGE_TODAY]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain('Geschiedenis herschreven: 12 oude versies');
    expect(git(root, ['log', '--format=%s', '-1'])).toBe('Persoonsgegevens verwijderd (bewaartermijn verstreken): KL-2024-003\n');
    expect(canaryLeaks(git(root, ['log', '--all', '-p']))).toEqual([]);
    expect(git(root, ['show', `HEAD:${CANARY_FILE}`])).not.toContain(CANARY.name);
  }, 60_000);
});
