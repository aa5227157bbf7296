/** One rule for "is what this process made still in use": a lock, a purge's record, a temporary file or folder. */
import { describe, expect, it } from 'vitest';
import { isLeftover, liveness, type LeftoverRules, type ThisProcess } from '../../src/core/process/process-state.js';

/** Process 10 runs here, 20 is gone, 30 is another user's (EPERM). */
const here: ThisProcess = {
  pid: 10,
  host: 'hier',
  probe: (pid) => {
    if (pid === 20) throw Object.assign(new Error('gone'), { code: 'ESRCH' });
    if (pid === 30) throw Object.assign(new Error('not yours'), { code: 'EPERM' });
  },
};
const LOCK: LeftoverRules = { maxAgeMs: 1000, ownIsLeftover: true };
const FILE: LeftoverRules = { maxAgeMs: 1000 };
const RECORD: LeftoverRules = { ownIsLeftover: true, elsewhereIsLeftover: true };

describe('liveness', () => {
  it.each([
    ['a process that runs here', 11, 'hier', 'running'],
    ['one that is gone', 20, 'hier', 'gone'],
    ['another user\'s', 30, undefined, 'running'],
    ['one of another machine', 20, 'daar', 'elsewhere'],
  ] as const)('%s', (_name, pid, host, state) => {
    expect(liveness(pid, host, here)).toBe(state);
  });
});

describe('isLeftover', () => {
  it.each([
    ['a lock of a process that runs', { pid: 11, host: 'hier', ageMs: 5 }, LOCK, false],
    ['a lock of a process that is gone', { pid: 20, host: 'hier', ageMs: 5 }, LOCK, true],
    ['a lock naming this process (an earlier one with the same id)', { pid: 10, host: 'hier', ageMs: 5 }, LOCK, true],
    ['a lock older than the bound, its process running', { pid: 11, host: 'hier', ageMs: 1000 }, LOCK, true],
    ['a lock of another machine, young', { pid: 11, host: 'daar', ageMs: 5 }, LOCK, false],
    ['a lock of another machine, old', { pid: 11, host: 'daar', ageMs: 5000 }, LOCK, true],
    ['a file this process may be writing, however old', { pid: 10, ageMs: 5000 }, FILE, false],
    ['a file of another user\'s process', { pid: 30, ageMs: 5 }, FILE, false],
    ['a file of a process that is gone', { pid: 20, ageMs: 5 }, FILE, true],
    ['a record of another machine', { pid: 11, host: 'daar' }, RECORD, true],
    ['a record of a process that runs here', { pid: 11, host: 'hier' }, RECORD, false],
    ['a record naming this process', { pid: 10, host: 'hier' }, RECORD, true],
  ] as const)('%s', (_name, maker, rules, expected) => {
    expect(isLeftover(maker, here, rules)).toBe(expected);
  });
});
