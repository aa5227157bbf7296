/**
 * One klacht process at a time writes complaint files in a register, as git's index.lock lets one
 * git process at a time write the index. The lock is a file at the top of the register (core/
 * layout.ts), made atomically and only where none is, holding the holder's process id, machine and
 * a token of its own. A second process waits while the holder works. A lock that is left over
 * (core/process/process-state.ts: its process is gone, it names this very process, or it is older
 * than STALE_MS, since a lock is held for moments) is taken over.
 *
 * Taking over never moves a lock aside, which could move a live one (a process that saw the old
 * lock a moment ago would move the lock of the process that took it over since). Exactly one
 * process may remove a given left-over lock: the one that makes the take-over marker named after
 * that lock's content, and only while the lock still holds that content. Nobody else removes a
 * lock with that content (its holder is gone) and a lock is only made where none is, so the one
 * it removes is the left-over one. A marker left by a process that died while taking over is
 * itself taken over the same way. Held only for the moment of choosing and writing: never while
 * someone types.
 */
import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { TEMP_SUFFIX, WRITE_LOCK } from '../core/complaint/layout.js';
import { isLeftover, type ThisProcess } from '../core/process/process-state.js';
import { createFileAtomic } from './atomic-write.js';
import { faultPoint } from './fault-points.js';
import { removeStaleTempFiles } from './temp-files.js';
import { sleepSync, thisProcess } from './this-process.js';

interface Holder { readonly pid: number; readonly host: string; readonly token: string }

/** After this long, the wait is said on stderr (once). */
const SAY_WAITING_MS = 2_000;
/** A lock is held for the moment of writing a file: one this old is left over, whoever holds it. */
const STALE_MS = 2 * 60_000;
/** The take-over markers: `.klacht-lock.overname-<digest of the lock's content>.klacht-tmp` (ignored by git as a temporary file). */
const MARKER_PREFIX = `${WRITE_LOCK}.overname-`;

/** A file's content and age as it is now; undefined when it is not there (just released). */
function look(path: string): { content: string; ageMs: number } | undefined {
  try {
    const ageMs = Date.now() - statSync(path).mtimeMs;
    return { content: readFileSync(path, 'utf8'), ageMs };
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

/** Whether a lock (or marker) with `content`, `ageMs` old, is left over. Content klacht did not write is. */
function leftOver(content: string, ageMs: number, here: ThisProcess): boolean {
  const holder = holderOf(content);
  return holder === undefined || isLeftover({ ...holder, ageMs }, here, { maxAgeMs: STALE_MS, ownIsLeftover: true });
}

const newHolder = (here: ThisProcess): Holder => ({ pid: here.pid, host: here.host, token: randomBytes(8).toString('hex') });

/**
 * Removes the left-over lock (or marker) at `path` if it still holds `content`, as the module
 * comment says; does nothing when another process is doing so (the caller looks again).
 */
function removeLeftover(root: string, path: string, content: string, here: ThisProcess, depth = 0): void {
  const marker = join(root, `${MARKER_PREFIX}${createHash('sha256').update(content).digest('hex').slice(0, 16)}${TEMP_SUFFIX}`);
  const mine = JSON.stringify(newHolder(here));
  try {
    createFileAtomic(marker, mine, undefined, 'lock');
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'EEXIST') throw error;
    // Another process is taking it over; or one died doing so, and its marker goes the same way.
    const other = look(marker);
    if (other !== undefined && depth < 3 && leftOver(other.content, other.ageMs, here)) removeLeftover(root, marker, other.content, here, depth + 1);
    return;
  }
  try {
    faultPoint('lock:taking-over');
    if (look(path)?.content === content) rmSync(path, { force: true });
  } finally {
    if (look(marker)?.content === mine) rmSync(marker, { force: true });
  }
}

/** Removes the markers of take-overs whose process died; called by the holder of the lock. */
function removeLeftoverMarkers(root: string, here: ThisProcess): void {
  let names: string[];
  try {
    names = readdirSync(root).filter((name) => name.startsWith(MARKER_PREFIX) && name.endsWith(TEMP_SUFFIX));
  } catch {
    return;
  }
  for (const name of names) {
    const marker = look(join(root, name));
    if (marker !== undefined && leftOver(marker.content, marker.ageMs, here)) removeLeftover(root, join(root, name), marker.content, here);
  }
}

/** What the user is told when the wait lasts: who holds the lock, and what to do when nothing holds it any more. */
function waitMessage(path: string, holder: Holder | undefined, here: ThisProcess): string {
  const who = holder === undefined ? '' : holder.host === here.host ? ` (proces ${holder.pid})` : ` (op een andere computer, proces ${holder.pid})`;
  return `Wacht op een andere klacht-opdracht die in dit register schrijft${who}. Draait er geen klacht-opdracht meer, verwijder dan ${path}; `
    + `een slot dat ouder is dan ${STALE_MS / 60_000} minuten neemt klacht zelf over.`;
}

/**
 * Runs `work` holding the register's write lock, waiting for another klacht process that holds it.
 * `onWait` is told once when the wait lasts.
 */
export function withWriteLock<T>(root: string, work: () => T, onWait: (message: string) => void = () => undefined): T {
  const path = join(root, WRITE_LOCK);
  const here = thisProcess();
  const mine = JSON.stringify(newHolder(here));
  faultPoint('lock:wait');
  const started = Date.now();
  let said = false;
  for (;;) {
    try {
      createFileAtomic(path, mine, undefined, 'lock');
      break;
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'EEXIST') throw error;
    }
    const lock = look(path);
    if (lock === undefined) continue;
    if (leftOver(lock.content, lock.ageMs, here)) {
      faultPoint('lock:stale');
      removeLeftover(root, path, lock.content, here);
      continue;
    }
    faultPoint('lock:busy');
    if (!said && Date.now() - started > SAY_WAITING_MS) {
      said = true;
      onWait(waitMessage(path, holderOf(lock.content), here));
    }
    sleepSync(10);
  }
  try {
    faultPoint('lock:held');
    // Under the lock no other klacht process is writing here: a temporary file of one is a leftover.
    removeStaleTempFiles(root);
    removeLeftoverMarkers(root, here);
    return work();
  } finally {
    if (look(path)?.content === mine) rmSync(path, { force: true });
  }
}

/**
 * Whether a lock stands in `root` that no klacht process of this machine holds now: one left over,
 * or one brought in from elsewhere (a lock committed in git, a shared folder).
 */
export function strayLock(root: string): boolean {
  const lock = look(join(root, WRITE_LOCK));
  if (lock === undefined) return false;
  const here = thisProcess();
  return holderOf(lock.content)?.host !== here.host || leftOver(lock.content, lock.ageMs, here);
}

/**
 * Removes the lock a klacht process left when it was killed (its process is gone, or the lock is
 * older than the bound), as the next writer would, without taking the lock: for a command that
 * finds nothing to write, so that the lock of a killed run does not outlive the run that followed it.
 * A lock of a process that runs, or of another machine, stays.
 */
export function removeLeftoverLock(root: string): void {
  const path = join(root, WRITE_LOCK);
  const lock = look(path);
  if (lock === undefined) return;
  const here = thisProcess();
  if (leftOver(lock.content, lock.ageMs, here)) removeLeftover(root, path, lock.content, here);
}
