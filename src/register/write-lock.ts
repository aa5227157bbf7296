/**
 * One klacht process at a time writes complaint files in a register, as git's index.lock lets one
 * git process at a time write the index. The lock is a file at the top of the register (core/
 * layout.ts), made atomically with the holder's process id and machine in it. A second process
 * waits while the holder runs; a lock whose holder no longer runs on this machine (killed, a power
 * cut) is taken over. Held only for the moment of choosing and writing: never while someone types.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, renameSync, rmSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { RunError } from '../core/text/errors.js';
import { WRITE_LOCK } from '../core/complaint/layout.js';
import { createFileAtomic } from './atomic-write.js';
import { faultPoint } from './fault-points.js';
import { processRuns, removeStaleTempFiles } from './temp-files.js';

interface Holder { readonly pid: number; readonly host: string; readonly token: string }

/** After this long, the wait is said on stderr (once). */
const SAY_WAITING_MS = 2_000;
/** A lock of a process on another machine (a shared folder) is waited for this long at most. */
const OTHER_MACHINE_MS = 10 * 60_000;

const sleeper = new Int32Array(new SharedArrayBuffer(4));

/** The lock's content as it is now; undefined when there is none (just released). */
function readLock(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** Who holds the lock; undefined for content klacht did not write (it writes a lock whole, atomically). */
function holderOf(content: string): Holder | undefined {
  try {
    const holder = JSON.parse(content) as Partial<Holder>;
    return typeof holder.pid === 'number' && typeof holder.host === 'string' && typeof holder.token === 'string' ? holder as Holder : undefined;
  } catch {
    return undefined;
  }
}

/** Takes over a lock whose holder is gone: moved aside (one process wins), then checked it was that one. */
function takeOver(path: string, stale: string): void {
  const aside = `${path}.${process.pid}-${randomBytes(4).toString('hex')}.weg`;
  try {
    renameSync(path, aside);
  } catch {
    return;
  }
  const moved = readLock(aside);
  if (moved !== undefined && moved !== stale) {
    // A live lock taken between our look and the move: put it back (unless yet another came).
    try {
      createFileAtomic(path, moved, undefined, 'lock');
    } catch {
      // Its holder finds its lock gone when it releases; it wrote nothing meanwhile that we would undo.
    }
  }
  rmSync(aside, { force: true });
}

/**
 * Runs `work` holding the register's write lock, waiting for another klacht process that holds it.
 * `onWait` is told once when the wait lasts.
 */
export function withWriteLock<T>(root: string, work: () => T, onWait: (message: string) => void = () => undefined): T {
  const path = join(root, WRITE_LOCK);
  const mine: Holder = { pid: process.pid, host: hostname(), token: randomBytes(8).toString('hex') };
  faultPoint('lock:wait');
  const started = Date.now();
  let said = false;
  for (;;) {
    try {
      createFileAtomic(path, JSON.stringify(mine), undefined, 'lock');
      break;
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'EEXIST') throw error;
    }
    const content = readLock(path);
    if (content === undefined) continue;
    const holder = holderOf(content);
    const here = holder?.host === mine.host;
    if (!holder || (here && !processRuns(holder.pid))) {
      takeOver(path, content);
      continue;
    }
    const waited = Date.now() - started;
    if (!here && waited > OTHER_MACHINE_MS) {
      throw new RunError(`Een klacht-opdracht op een andere computer (${holder.host}, proces ${holder.pid}) houdt het register vast (${WRITE_LOCK}). Draait daar niets meer, verwijder dan ${join(root, WRITE_LOCK)} en probeer het opnieuw.`);
    }
    if (!said && waited > SAY_WAITING_MS) {
      said = true;
      onWait(`Wacht op een andere klacht-opdracht die in dit register schrijft (proces ${holder.pid})…`);
    }
    Atomics.wait(sleeper, 0, 0, 10);
  }
  try {
    faultPoint('lock:held');
    // Under the lock no other klacht process is writing here: a temporary file of one is a leftover.
    removeStaleTempFiles(root);
    return work();
  } finally {
    if (readLock(path) === JSON.stringify(mine)) rmSync(path, { force: true });
  }
}
