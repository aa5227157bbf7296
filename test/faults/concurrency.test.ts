/**
 * Commands at the same time, as real processes: two steps on one complaint (a script, a terminal
 * and an editor's save are not rare), and twenty `klacht nieuw` in one register. Orders that
 * matter are forced with KLACHT_TEST_FAULT pauses (register/fault-points.ts), which wait for the
 * test's go-ahead, never for a clock. No edit may be lost: a command that says it wrote, wrote.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { binPath, runCli } from '../helpers/cli.js';
import { COMPLAINT, entries, faultRegister, leftovers, locked, TODAY } from '../helpers/fault-register.js';
import { GONE_PID, spawnBin, startBin, type Finished } from '../helpers/processes.js';
import { tempDir } from '../helpers/temp.js';

const CHANGED = `klacht: ${COMPLAINT} is veranderd nadat klacht het las (door een andere opdracht, een editor of git). Er is niets geschreven; voer de opdracht opnieuw uit, dan gaat hij uit van wat er nu staat.\n`;
const action = (text: string): string[] => ['actie', 'KL-2026-001', '--actie', text, '--datum', '2026-03-04', '--vandaag', TODAY];
const letter = (channel: string): string[] => ['brief', 'KL-2026-001', '--richting', 'in', '--soort', 'overig', '--kanaal', channel, '--datum', '2026-03-05', '--vandaag', TODAY];

/** Waits until a paused process reports that it reached `point` (it writes the file itself). */
async function reached(barrier: string, point: string, process: Promise<Finished>): Promise<void> {
  let ended: Finished | undefined;
  void process.then((finished) => { ended = finished; });
  while (!existsSync(join(barrier, `${point}.waiting`))) {
    if (ended) throw new Error(`the process ended before ${point} (exit ${String(ended.code)}): ${ended.stderr}`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}
const release = (barrier: string, point: string): void => writeFileSync(join(barrier, `${point}.go`), '');

/**
 * Runs the program through `sh -c script` (the script ends with exec "$0" "$@"), killed after 30 s:
 * a command that would wait forever fails instead of hanging the test.
 */
async function runShell(script: string, argv: readonly string[], cwd: string): Promise<Finished> {
  const child = spawn('sh', ['-c', script, process.execPath, binPath(), ...argv], { cwd, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString('utf8'); });
  child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString('utf8'); });
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  return new Promise((resolve) => child.on('close', (code, signal) => {
    clearTimeout(timer);
    resolve({ code, signal, stdout, stderr });
  }));
}

const figures = { pairs: 0, bothWritten: 0, oneRefused: 0, lostEdits: 0, nieuwAtOnce: 0 };
afterAll(() => console.info(`concurrency: ${JSON.stringify(figures)}`));

describe('two steps on one complaint at the same time', () => {
  it('the one that read before the other wrote refuses, naming the file, and writes nothing', async () => {
    const root = faultRegister();
    const barrier = tempDir('klacht-barrier-');
    const first = startBin([...action('Eerste'), '--register', root], { KLACHT_TEST_FAULT: `pause@lock:wait@${barrier}` }).done;
    await reached(barrier, 'lock:wait', first);
    // The first has read the file and is about to write; the second reads, writes and is done.
    const second = await spawnBin([...letter('tweede'), '--register', root]);
    expect(second.code, second.stderr).toBe(0);
    release(barrier, 'lock:wait');
    const result = await first;
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(CHANGED);
    expect(entries(root)).toEqual({ actions: ['Intakegesprek gepland'], channels: ['tweede'] });
  }, 60_000);

  it('one that waits for the lock while the other writes refuses too; the writer\'s edit stays', async () => {
    const root = faultRegister();
    const holding = tempDir('klacht-barrier-');
    const waiting = tempDir('klacht-barrier-');
    const first = startBin([...action('Eerste'), '--register', root], { KLACHT_TEST_FAULT: `pause@lock:held@${holding}` }).done;
    await reached(holding, 'lock:held', first);
    const second = startBin([...letter('tweede'), '--register', root], { KLACHT_TEST_FAULT: `pause@lock:wait@${waiting}` }).done;
    await reached(waiting, 'lock:wait', second);
    // The second has read; it now waits for the lock that the first holds.
    release(waiting, 'lock:wait');
    release(holding, 'lock:held');
    const [one, two] = await Promise.all([first, second]);
    expect(one.code, one.stderr).toBe(0);
    expect(two.code).toBe(2);
    expect(two.stderr).toBe(CHANGED);
    expect(entries(root)).toEqual({ actions: ['Intakegesprek gepland', 'Eerste'], channels: [] });
    expect(locked(root)).toBe(false);
  }, 60_000);

  it('started together without any pause, ten pairs lose no edit', async () => {
    for (let pair = 1; pair <= 10; pair++) {
      const root = faultRegister();
      const [one, two] = await Promise.all([spawnBin([...action(`Actie ${pair}`), '--register', root]), spawnBin([...letter(`kanaal-${pair}`), '--register', root])]);
      figures.pairs++;
      for (const result of [one, two]) {
        expect([0, 2], result.stderr).toContain(result.code);
        if (result.code === 2) expect(result.stderr).toBe(CHANGED);
      }
      const { actions, channels } = entries(root);
      const lost = (one.code === 0 && !actions.includes(`Actie ${pair}`) ? 1 : 0) + (two.code === 0 && !channels.includes(`kanaal-${pair}`) ? 1 : 0);
      figures.lostEdits += lost;
      expect(lost, `pair ${pair}`).toBe(0);
      // What a refused command would have added is not there either.
      if (one.code === 2) expect(actions).not.toContain(`Actie ${pair}`);
      if (two.code === 2) expect(channels).not.toContain(`kanaal-${pair}`);
      if (one.code === 0 && two.code === 0) figures.bothWritten++;
      else figures.oneRefused++;
      expect(leftovers(root)).toEqual([]);
      expect(locked(root)).toBe(false);
    }
    expect(figures.bothWritten + figures.oneRefused).toBe(10);
  }, 120_000);
});

describe('a write lock left by a process that is gone', () => {
  const stale = (root: string, pid: number): void => writeFileSync(join(root, '.klacht-lock'), JSON.stringify({ pid, host: hostname(), token: 'weg' }));

  it('is taken over by one process only: a process that saw it stale earlier never touches the lock of the one that took it over', async () => {
    const root = faultRegister();
    stale(root, GONE_PID);
    const [late, taker, third] = [tempDir('klacht-barrier-'), tempDir('klacht-barrier-'), tempDir('klacht-barrier-')];
    const points: [string, string][] = [[late, 'lock:stale'], [late, 'lock:taking-over'], [taker, 'lock:held'], [third, 'lock:busy'], [third, 'lock:held']];
    // C sees the stale lock and stops right there.
    const c = startBin([...action('C'), '--register', root], { KLACHT_TEST_FAULT: `pause@lock:stale@${late},pause@lock:taking-over@${late}` }).done;
    let b: ReturnType<typeof startBin> | undefined;
    let d: Promise<Finished> | undefined;
    try {
      await reached(late, 'lock:stale', c);
      // B starts only now (started together, B could take the stale lock over before C saw it, and C would wait for B for ever).
      b = startBin([...letter('B'), '--register', root], { KLACHT_TEST_FAULT: `pause@lock:held@${taker}` });
      // B takes the lock over and holds it.
      await reached(taker, 'lock:held', b.done);
      // C goes on with what it saw: the stale lock, which is no longer there.
      release(late, 'lock:stale');
      await reached(late, 'lock:taking-over', c);
      // D comes now: it must find B's lock and wait, not take one of its own.
      d = startBin([...action('D'), '--register', root], { KLACHT_TEST_FAULT: `pause@lock:held@${third},pause@lock:busy@${third}` }).done;
      await Promise.race([reached(third, 'lock:busy', d), reached(third, 'lock:held', d)]);
      expect(existsSync(join(third, 'lock:held.waiting')), 'D holds the lock while B holds it').toBe(false);
    } finally {
      for (const [folder, point] of points) release(folder, point);
    }
    const results = await Promise.all([(b as ReturnType<typeof startBin>).done, c, d as Promise<Finished>]);
    expect(results[0].code, results[0].stderr).toBe(0);
    const { actions, channels } = entries(root);
    expect(channels).toEqual(['B']);
    results.slice(1).forEach((result, i) => {
      const name = i === 0 ? 'C' : 'D';
      expect([0, 2], result.stderr).toContain(result.code);
      expect(actions.includes(name), name).toBe(result.code === 0);
    });
    expect(locked(root)).toBe(false);
    expect(readdirSync(root).filter((name) => name.startsWith('.klacht-lock'))).toEqual([]);
  }, 60_000);

  it('is taken over at once when it names this very process (a process id used again) or is older than the bound', async () => {
    const root = faultRegister();
    // The lock names the id the command will have (the shell's, which exec hands on), with another token.
    const lock = JSON.stringify({ pid: 0, host: hostname(), token: 'weg' }).replace('0', '$$$$');
    const own = await runShell(`printf '%s' "${lock.replace(/"/g, '\\"')}" > .klacht-lock; exec "$0" "$@"`, [...action('Eigen'), '--register', root], root);
    expect(own.code, own.stderr).toBe(0);
    expect(own.stderr).toBe('');
    // A lock of a process that runs (process 1 always does), made long ago.
    stale(root, 1);
    const old = new Date(Date.now() - 60 * 60_000);
    utimesSync(join(root, '.klacht-lock'), old, old);
    const aged = await spawnBin([...letter('oud'), '--register', root]);
    expect(aged.code, aged.stderr).toBe(0);
    expect(entries(root)).toEqual({ actions: ['Intakegesprek gepland', 'Eigen'], channels: ['oud'] });
    expect(locked(root)).toBe(false);
  }, 60_000);

  it('with the take-over marker of a process that died while taking it over: taken over all the same, and the marker goes', async () => {
    const root = faultRegister();
    const gone = GONE_PID;
    stale(root, gone);
    const content = readFileSync(join(root, '.klacht-lock'), 'utf8');
    writeFileSync(join(root, `.klacht-lock.overname-${createHash('sha256').update(content).digest('hex').slice(0, 16)}.klacht-tmp`), JSON.stringify({ pid: gone, host: hostname(), token: 'ook-weg' }));
    const result = await runShell('exec "$0" "$@"', [...action('Na de dode'), '--register', root], root);
    expect(result.code, result.stderr).toBe(0);
    expect(entries(root).actions).toContain('Na de dode');
    expect(readdirSync(root).filter((name) => name.startsWith('.klacht-lock'))).toEqual([]);
  }, 60_000);

  it('held by a process that runs: the wait is said, with how to remove a lock that is stuck', async () => {
    const root = faultRegister();
    stale(root, 1);
    const { child, done } = startBin([...action('Later'), '--register', root]);
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => { stderr += chunk.toString('utf8'); });
    try {
      while (!stderr.includes('\n')) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(stderr).toBe(`Wacht op een andere klacht-opdracht die in dit register schrijft (proces 1). Draait er geen klacht-opdracht meer, verwijder dan ${join(root, '.klacht-lock')}; een slot dat ouder is dan 2 minuten neemt klacht zelf over.\n`);
    } catch (error) {
      child.kill('SIGKILL');
      throw error;
    }
    // Removed as the message says, the command goes on.
    rmSync(join(root, '.klacht-lock'));
    const result = await done;
    expect(result.code, result.stderr).toBe(0);
    expect(entries(root).actions).toContain('Later');
  }, 60_000);
});

describe('twenty klacht nieuw at once in one register', () => {
  it('all succeed, each with a number of its own', async () => {
    const root = faultRegister();
    const runs = await Promise.all(Array.from({ length: 20 }, (_, i) => spawnBin([
      'nieuw', '--door', 'Anna Verzonnen', '--wijze', 'mondeling', '--naam', `Indiener ${i + 1}`, '--omschrijving', `Klacht nummer ${i + 1}.`, '--register', root, '--vandaag', TODAY, '--json',
    ])));
    for (const run of runs) expect(run.code, run.stderr).toBe(0);
    const ids = runs.map((run) => (JSON.parse(run.stdout) as { id: string }).id).sort();
    figures.nieuwAtOnce = new Set(ids).size;
    expect(ids).toEqual(Array.from({ length: 21 }, (_, i) => `KL-2026-${String(i + 1).padStart(3, '0')}`).slice(1));
    expect(readdirSync(join(root, 'complaints/2026')).sort()).toEqual(['KL-2026-001.md', ...ids.map((id) => `${id}.md`)]);
    expect(leftovers(root)).toEqual([]);
    expect(locked(root)).toBe(false);
    expect((await runCli(['valideer', '--register', root, '--vandaag', TODAY])).code).toBe(0);
  }, 120_000);
});
