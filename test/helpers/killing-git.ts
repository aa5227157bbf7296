/**
 * A `git` for fault-injection tests: a script on PATH that runs the real git, writes each
 * subcommand it sees to a log, and can kill the process that called it (kill -9, as a power cut
 * would) just before or just after the n-th call of a chosen subcommand. Deterministic: the kill
 * point is a place in the sequence of git commands, never a moment in time.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './temp.js';

/** Where to kill: before or after call number `occurrence` (from 1) of `subcommand`. */
export interface KillPoint {
  readonly subcommand: string;
  readonly occurrence: number;
  readonly when: 'before' | 'after';
}

export interface KillingGit {
  /** The folder to put first on PATH. */
  readonly bin: string;
  /** The environment that arms the kill point (none: only log), with a fresh log. */
  env(point?: KillPoint): Record<string, string>;
  /** The subcommands called since the last env(), in order. */
  calls(): string[];
}

export function killingGit(): KillingGit {
  const bin = tempDir('klacht-git-wrapper-');
  const state = tempDir('klacht-git-state-');
  const real = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
  writeFileSync(join(bin, 'git'), `#!/bin/bash
# The subcommand: the first argument that is not an option (-c and -C take a value).
sub=""; skip=0
for arg in "$@"; do
  if [ "$skip" = 1 ]; then skip=0; continue; fi
  case "$arg" in -c|-C) skip=1 ;; -*) ;; *) sub="$arg"; break ;; esac
done
n=0
if [ -n "$KLACHT_TEST_GIT_STATE" ] && [ -n "$sub" ]; then
  # Appends of one line are atomic; calls of the same subcommand never run at the same time.
  echo "$sub" >> "$KLACHT_TEST_GIT_STATE/log"
  echo >> "$KLACHT_TEST_GIT_STATE/count-$sub"
  mapfile -t seen < "$KLACHT_TEST_GIT_STATE/count-$sub"; n=\${#seen[@]}
fi
if [ "$KLACHT_TEST_GIT_KILL" = "before:$sub:$n" ]; then kill -9 $PPID; exit 1; fi
"${real}" "$@"
code=$?
if [ "$KLACHT_TEST_GIT_KILL" = "after:$sub:$n" ]; then kill -9 $PPID; fi
exit $code
`);
  chmodSync(join(bin, 'git'), 0o755);
  let run = 0;
  let current = state;
  return {
    bin,
    env(point) {
      current = join(state, String(++run));
      execFileSync('mkdir', ['-p', current]);
      return {
        PATH: `${bin}:${process.env.PATH ?? ''}`,
        KLACHT_TEST_GIT_STATE: current,
        ...(point ? { KLACHT_TEST_GIT_KILL: `${point.when}:${point.subcommand}:${point.occurrence}` } : {}),
      };
    },
    calls() {
      try {
        return readFileSync(join(current, 'log'), 'utf8').split('\n').filter(Boolean);
      } catch {
        return [];
      }
    },
  };
}

/** Every call of `calls` as a kill point "before" it, each subcommand's calls numbered from 1. */
export function pointsBefore(calls: readonly string[]): KillPoint[] {
  const seen = new Map<string, number>();
  return calls.map((subcommand) => {
    const occurrence = (seen.get(subcommand) ?? 0) + 1;
    seen.set(subcommand, occurrence);
    return { subcommand, occurrence, when: 'before' as const };
  });
}
