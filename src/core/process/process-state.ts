/**
 * Whether the process that made something (a write lock, a purge's record, a temporary file or
 * folder) still works on it: one rule for every adapter. The look at the system (is there a
 * process with this id?) is the adapter's, passed in; what the answer means is decided here.
 */

/** This process, and its way of asking whether another one exists on this machine. */
export interface ThisProcess {
  readonly pid: number;
  readonly host: string;
  /** Returns when process `pid` exists on this machine; throws (code ESRCH, or EPERM for another user's) when it does not or may not be asked. */
  readonly probe: (pid: number) => void;
}

/** What can be told of process `pid` of machine `host`. */
export type Liveness = 'running' | 'gone' | 'elsewhere';

/** On this machine a look tells (another user's process counts as running); of another machine nothing can be told. */
export function liveness(pid: number, host: string | undefined, here: ThisProcess): Liveness {
  if (host !== undefined && host !== here.host) return 'elsewhere';
  try {
    here.probe(pid);
    return 'running';
  } catch (error) {
    return (error as { code?: unknown }).code === 'EPERM' ? 'running' : 'gone';
  }
}

/** Who made something: a process id, its machine when known, and how old the thing is (ms) when known. */
export interface Maker {
  readonly pid: number;
  readonly host?: string;
  readonly ageMs?: number;
}

export interface LeftoverRules {
  /** Older than this, it is left over whatever its process id says (the id may have been used again). */
  readonly maxAgeMs?: number;
  /**
   * What this process's own id means. A file this process writes may be in use by it: not left
   * over (the default). A lock or a record carries a token of its own as well: one that names this
   * process's id but that it did not write is an earlier process's, with the same id (true).
   */
  readonly ownIsLeftover?: boolean;
  /** Whether something made on another machine counts as left over (default: no, it is waited for). */
  readonly elsewhereIsLeftover?: boolean;
}

/** Whether what `maker` made is left over: its process is gone, or it is older than the rules allow. */
export function isLeftover(maker: Maker, here: ThisProcess, rules: LeftoverRules = {}): boolean {
  if (maker.pid === here.pid && (maker.host === undefined || maker.host === here.host)) return rules.ownIsLeftover === true;
  if (rules.maxAgeMs !== undefined && maker.ageMs !== undefined && maker.ageMs >= rules.maxAgeMs) return true;
  const state = liveness(maker.pid, maker.host, here);
  return state === 'gone' || (state === 'elsewhere' && rules.elsewhereIsLeftover === true);
}
