/**
 * Commands at the same time, as real processes: two steps on one complaint (a script, a terminal
 * and an editor's save are not rare), and twenty `klacht nieuw` in one register. Orders that
 * matter are forced with KLACHT_TEST_FAULT pauses (register/fault-points.ts), which wait for the
 * test's go-ahead, never for a clock. No edit may be lost: a command that says it wrote, wrote.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { COMPLAINT, entries, faultRegister, leftovers, locked, TODAY } from '../helpers/fault-register.js';
import { spawnBin, startBin, type Finished } from '../helpers/processes.js';
import { tempDir } from '../helpers/temp.js';

const CHANGED = `klacht: ${COMPLAINT} is veranderd nadat klacht het las (door een andere opdracht, een editor of git). Er is niets geschreven; voer de opdracht opnieuw uit, dan gaat hij uit van wat er nu staat.\n`;
const action = (text: string): string[] => ['actie', 'KL-2026-001', '--actie', text, '--datum', '2026-03-04', '--vandaag', TODAY];
const letter = (channel: string): string[] => ['brief', 'KL-2026-001', '--richting', 'in', '--soort', 'overig', '--kanaal', channel, '--datum', '2026-03-05', '--vandaag', TODAY];

/** Waits until a paused process reports that it reached `point` (it writes the file itself). */
async function reached(barrier: string, point: string, process: Promise<Finished>): Promise<void> {
  let ended = false;
  void process.then(() => { ended = true; });
  while (!existsSync(join(barrier, `${point}.waiting`))) {
    if (ended) throw new Error(`the process ended before ${point}`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}
const release = (barrier: string, point: string): void => writeFileSync(join(barrier, `${point}.go`), '');

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
