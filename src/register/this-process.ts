/**
 * This process as the register's files see it: its id and machine (in a lock, in the name of a
 * temporary file) with the system's look at other processes, and a synchronous pause for the
 * loops that wait for a lock or for a test's go-ahead.
 */
import { hostname } from 'node:os';
import type { ThisProcess } from '../core/process/process-state.js';

export function thisProcess(): ThisProcess {
  return { pid: process.pid, host: hostname(), probe: (pid) => process.kill(pid, 0) };
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));

/** Blocks this process for `ms` milliseconds (the writes under the lock are synchronous too). */
export function sleepSync(ms: number): void {
  Atomics.wait(sleeper, 0, 0, ms);
}
