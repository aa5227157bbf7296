/**
 * The history purge killed at every step that writes, on a repository with branches, a tag, a
 * note, a remote-tracking ref, two stash entries, a rename from a number another complaint keeps,
 * a version that cannot be read and a replacement (test/helpers/purge-repository.ts). The real
 * program runs with a `git` on PATH that kills it (kill -9) just before the chosen git command
 * (test/helpers/killing-git.ts): no timing, only a place in the sequence. After each kill the
 * repository must be sound (git fsck) and have lost no ref and no stash entry; the next run must
 * finish the job and report success only when no old version is left in any object.
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { spawnBin } from '../helpers/processes.js';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canaryLeaks } from '../helpers/canary.js';
import { binPath, runCli } from '../helpers/cli.js';
import { killingGit, pointsBefore, type KillPoint } from '../helpers/killing-git.js';
import { allObjects, allRefs, gitRead, OTHER_FILE, OTHER_NAME, PURGE_TODAY, smallCanaryRepository } from '../helpers/purge-repository.js';
import { seededSample } from '../helpers/sample.js';

const ARGS = ['anonimiseer', 'KL-2024-003', '--geschiedenis', '--ja', '--vandaag', PURGE_TODAY];
/** The git commands that change the repository: each is a kill point. */
const WRITES = new Set(['add', 'commit', 'hash-object', 'update-ref', 'init', 'fast-import', 'update-index', 'read-tree', 'reflog', 'gc']);
/** How many of the commands that only read are killed too (a fixed sample). */
const READ_SAMPLE = 4;

const wrapper = killingGit();
let fresh: () => string;
let points: KillPoint[] = [];
let refNames: string[] = [];
let mainBefore = 0;
const outcomes = { points: 0, killed: 0, resumed: 0, startedAgain: 0, alreadyDone: 0 };

/** The refs, a replacement's named by what it replaces only as "a replacement" (its name changes with the commit it replaces). */
const names = (root: string): string[] => allRefs(root).trim().split('\n').map((line) => (line.split(' ')[1] ?? '').replace(/^refs\/replace\/.*/, 'refs/replace/…'))
  .filter((name) => !name.startsWith('refs/klacht-purge/')).sort();
/** How many commits main really has (a replacement not standing in). */
const mainLength = (root: string): number => Number(gitRead(root, ['--no-replace-objects', 'rev-list', '--count', 'main']));
const stashList = (root: string): string[] => gitRead(root, ['stash', 'list', '--format=%gs']).trim().split('\n');

function expectSound(root: string): void {
  const fsck = spawnSync('git', ['fsck', '--no-progress'], { cwd: root, encoding: 'utf8' });
  expect(fsck.status, fsck.stderr).toBe(0);
  expect(fsck.stdout + fsck.stderr).not.toMatch(/error|missing|broken|corrupt/i);
  expect(names(root)).toEqual(refNames);
}

beforeAll(() => {
  fresh = smallCanaryRepository();
  const root = fresh();
  refNames = names(root);
  mainBefore = mainLength(root);
  const result = spawnSync(process.execPath, [binPath(), ...ARGS, '--register', root], { env: { HOME: process.env.HOME ?? '', ...wrapper.env() }, encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  const all = pointsBefore(wrapper.calls());
  const writes = all.filter((point) => WRITES.has(point.subcommand));
  const reads = seededSample(all.filter((point) => !WRITES.has(point.subcommand)), READ_SAMPLE, 23);
  const last = writes[writes.length - 1] as KillPoint;
  points = [...writes, ...reads, { ...last, when: 'after' }];
}, 120_000);

/** Kills the purge at `point`, checks what is left, runs it again and checks the result. */
async function killAndRerun(point: KillPoint): Promise<void> {
  const label = `${point.when} ${point.subcommand} #${point.occurrence}`;
  const root = fresh();
  outcomes.points++;
  const killed = await spawnBin([...ARGS, '--register', root], wrapper.env(point));
  expect(killed.signal, `${label}: ${killed.stderr}`).toBe('SIGKILL');
  outcomes.killed++;
  expectSound(root);
  expect(stashList(root), label).toEqual(expect.arrayContaining(['On main: stash twee', 'On main: stash een']));

  const again = await runCli([...ARGS, '--register', root]);
  expect(again.code, `${label}: ${again.stderr}`).toBe(0);
  const count = /Geschiedenis herschreven: (\d+) oude versies/.exec(again.stdout)?.[1];
  if (again.stdout.includes('was onderbroken')) outcomes.resumed++;
  else if (count === '0') outcomes.alreadyDone++;
  else outcomes.startedAgain++;
  // Zero only when the killed run had finished everything, its last look included.
  if (count === '0') expect(point, label).toEqual(points[points.length - 1]);
  else expect(count, label).toBe('12');
  expect(canaryLeaks(allObjects(root)), label).toEqual([]);
  // Nothing of the complaint that kept the first number changed, and no commit was lost.
  expect(gitRead(root, ['show', `HEAD:${OTHER_FILE}`]), label).toContain(OTHER_NAME);
  expect(mainLength(root), label).toBe(mainBefore + 1);
  expectSound(root);
  expect(stashList(root), label).toEqual(['On main: stash twee', 'On main: stash een']);
  expect(gitRead(root, ['stash', 'show', '-p', 'stash@{1}']), label).toContain('# stash een');
  expect(gitRead(root, ['status', '--porcelain']), label).toBe('');
  expect(existsSync(join(root, '.git/klacht-purge')), label).toBe(false);
}

afterAll(() => {
  // The figures of the closing note.
  console.info(`purge kills: ${JSON.stringify(outcomes)}`);
});

describe('the history purge, killed at every step that writes', () => {
  it('has kill points for every phase', () => {
    expect(points.length).toBeGreaterThan(20);
    for (const subcommand of ['commit', 'fast-import', 'update-ref', 'reflog', 'gc']) expect(points.map((p) => p.subcommand)).toContain(subcommand);
  });

  it('loses nothing, and the next run finishes with no old version in any object', async () => {
    // Two kill points at a time: each in a repository of its own.
    const queue = [...points];
    const worker = async (): Promise<void> => {
      for (let point = queue.shift(); point; point = queue.shift()) await killAndRerun(point);
    };
    await Promise.all([worker(), worker()]);
    expect(outcomes.killed).toBe(points.length);
  }, 600_000);
});
