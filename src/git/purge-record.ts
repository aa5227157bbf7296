/**
 * The purge's record of where it is, kept in git itself: a ref (RECORD_REF) to a small JSON blob
 * with the phase, the old versions that must disappear, the tree and the rewritten stash. The refs
 * move in the same transaction that moves the record to "switched", so a purge killed at any moment
 * leaves either the old history with a record saying "rewriting" (start again) or the new history
 * with a record saying how far the clean-up got (go on). The record holds ids and paths only, never content.
 * It is also the purge's lock: made only where none exists, and taken over only from a process
 * that no longer runs.
 */
import { hostname } from 'node:os';
import { isLeftover, type ThisProcess } from '../core/process/process-state.js';
import { gitAsk, gitOutput, PurgeError } from './purge-git.js';

/** Refs of the purge itself; left out of every listing and export of the history. */
export const PURGE_REFS = 'refs/klacht-purge/';
export const RECORD_REF = `${PURGE_REFS}record`;
/** Per stash entry, its rewritten commit, from the moment the refs move until the stash list is rewritten. */
export const KEEPER_REFS = `${PURGE_REFS}stash/`;

/** How far a purge got, in order. */
export const PHASES = ['rewriting', 'switched', 'stash-rewritten', 'reflogs-emptied'] as const;
export type Phase = typeof PHASES[number];

/** What the Dutch messages call each phase. */
export const PHASE_NAMES: Readonly<Record<Phase, string>> = {
  rewriting: 'het schrijven van de nieuwe geschiedenis',
  switched: 'het omzetten van de takken',
  'stash-rewritten': 'het herschrijven van de lijst van git stash',
  'reflogs-emptied': 'het legen van de reflogs',
};

export interface PurgeRecord {
  readonly phase: Phase;
  readonly pid: number;
  readonly host: string;
  /** Every old version that must be gone at the end. */
  readonly oldBlobs: readonly string[];
  /** Of those, how many could not be read and were replaced as a whole (absent in records of older versions of klacht). */
  readonly unreadable?: number;
  /** Of those, how many were versions of attachments (absent in records of older versions of klacht). */
  readonly attachments?: number;
  /** The complaint files (relative to the register) whose every version is checked at the end (absent in older records). */
  readonly paths?: readonly string[];
  /** HEAD's tree before the purge (undefined before the first commit). */
  readonly tree: string | undefined;
  /** The stash list after the rewrite, newest first. */
  readonly stash: readonly { readonly id: string; readonly message: string }[];
}

export interface StoredRecord {
  readonly record: PurgeRecord;
  /** The blob the ref points at: the expected old value of the next change. */
  readonly blob: string;
}

const UNREADABLE = 'git kon de stand van een eerdere herschrijving niet lezen.';

/** The record of a purge that did not finish, if any. */
export async function readRecord(root: string): Promise<StoredRecord | undefined> {
  const blob = (await gitAsk(root, ['rev-parse', '--verify', '-q', RECORD_REF]))?.trim();
  if (!blob) return undefined;
  const text = await gitOutput(root, ['cat-file', 'blob', blob], UNREADABLE);
  try {
    const record = JSON.parse(text) as PurgeRecord;
    if (!PHASES.includes(record.phase) || !Array.isArray(record.oldBlobs) || !Array.isArray(record.stash)) throw new Error('shape');
    return { record, blob };
  } catch {
    throw new PurgeError(`${UNREADABLE} Verwijder hem met git update-ref -d ${RECORD_REF} en begin opnieuw.`);
  }
}

/** The record as a new blob, for a transaction that moves RECORD_REF to it. */
export async function storeRecordBlob(root: string, record: PurgeRecord): Promise<string> {
  return (await gitOutput(root, ['hash-object', '-w', '--stdin'], 'git kon de stand van de herschrijving niet vastleggen.', JSON.stringify(record))).trim();
}

/** Moves the record to `record` if it is still `previous` (undefined: only if there is none). */
export async function writeRecord(root: string, record: PurgeRecord, previous: string | undefined): Promise<string> {
  const blob = await storeRecordBlob(root, record);
  await gitOutput(root, ['update-ref', RECORD_REF, blob, previous ?? ''],
    previous === undefined ? 'Er loopt al een herschrijving van de geschiedenis in deze repository, of er is er net een begonnen. Probeer het over een paar minuten opnieuw.'
      : 'git kon de stand van de herschrijving niet bijwerken (liep er intussen nog een?).');
  return blob;
}

/** Removes the record: the purge is finished, or it starts again from the beginning. */
export async function removeRecord(root: string, blob: string): Promise<void> {
  await gitOutput(root, ['update-ref', '-d', RECORD_REF, blob], 'git kon de stand van de herschrijving niet verwijderen.');
}

/** This process, as a record names it. */
export function currentHolder(): Pick<PurgeRecord, 'pid' | 'host'> {
  return { pid: process.pid, host: hostname() };
}

/**
 * Whether the process of `record` still runs on this machine: another purge at work, which this one
 * must leave alone. A record of another machine, or one that names this process's id (an earlier
 * process with the same id wrote it), is taken over: every change of the record names the value it
 * replaces, so even a purge on another machine that is still at work could not be overwritten unnoticed.
 */
export function holderRuns(record: PurgeRecord): boolean {
  const here: ThisProcess = { pid: process.pid, host: hostname(), probe: (pid) => process.kill(pid, 0) };
  return !isLeftover(record, here, { ownIsLeftover: true, elsewhereIsLeftover: true });
}
