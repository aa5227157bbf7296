/**
 * Signature evidence from git alone: which pull request brought a commit into the main line, when,
 * and (when the merge message says so) who approved it. One `git log` over all commits; the merge
 * that brought in each side commit is found by walking the commit graph in memory.
 *
 * Merge messages: "Merge pull request #N from ..." (a merge) or "... (#N)" (a squash). GitHub does
 * not write approvals into merge commits; a "Goedgekeurd-door: @login (Naam)" trailer, as the
 * example register's history has, is read when present. With a token, the reviews API knows more
 * (`klacht ondertekening <klachtnummer>`).
 */
import type { SimpleGit } from 'simple-git';
import { hasCommits, runGit } from './repository.js';
import { todayInAmsterdam, type CalendarDate } from '../core/time/calendar-date.js';

export interface MergeEvidence {
  /** The pull request's number, when the message names it. */
  readonly pr: number | null;
  /** The commit on the main line (the merge, or the squashed commit). */
  readonly commit: string;
  readonly date: CalendarDate;
  /** From a Goedgekeurd-door trailer, if any. */
  readonly approver: { readonly login: string; readonly naam: string | null } | null;
}

const RECORD = '\u001e';
const FIELD = '\u001f';

function evidenceOf(commit: string, time: number, message: string): MergeEvidence {
  const subject = message.split('\n')[0] ?? '';
  const pr = /^Merge pull request #(\d+)/.exec(subject)?.[1] ?? /\(#(\d+)\)\s*$/.exec(subject)?.[1];
  const trailer = /^Goedgekeurd-door: @([A-Za-z0-9-]+)(?: \(([^)]+)\))?/m.exec(message);
  return {
    pr: pr === undefined ? null : Number(pr),
    commit,
    date: todayInAmsterdam(new Date(time * 1000)),
    approver: trailer ? { login: trailer[1] as string, naam: trailer[2] ?? null } : null,
  };
}

/** For every commit reachable from HEAD: the main-line commit (merge or squash) that brought it in. */
export async function mainLineEvidence(git: SimpleGit): Promise<Map<string, MergeEvidence>> {
  const output = await hasCommits(git)
    ? await runGit(git, ['log', '--no-color', `--format=${RECORD}%H${FIELD}%P${FIELD}%ct${FIELD}%B`, 'HEAD'], 'het lezen van de samenvoegcommits')
    : '';
  const commits = new Map<string, { parents: string[]; time: number; message: string }>();
  let head: string | undefined;
  for (const record of output.split(RECORD).slice(1)) {
    const [hash = '', parents = '', time = '0', ...message] = record.split(FIELD);
    head ??= hash;
    commits.set(hash, { parents: parents.split(' ').filter(Boolean), time: Number(time), message: message.join(FIELD).trim() });
  }
  const chain: string[] = [];
  for (let at = head; at !== undefined && commits.has(at); at = commits.get(at)?.parents[0]) chain.push(at);
  const onChain = new Set(chain);
  const result = new Map<string, MergeEvidence>();
  for (const hash of chain) {
    const commit = commits.get(hash) as { parents: string[]; time: number; message: string };
    const evidence = evidenceOf(hash, commit.time, commit.message);
    result.set(hash, evidence);
    // Everything the merge brought in from its other parents, not already on the main line.
    const queue = commit.parents.slice(1);
    while (queue.length > 0) {
      const side = queue.pop() as string;
      if (onChain.has(side) || result.has(side)) continue;
      result.set(side, evidence);
      queue.push(...(commits.get(side)?.parents ?? []));
    }
  }
  return result;
}
