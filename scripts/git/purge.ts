/**
 * Removing anonymised personal data from the git history with git filter-repo: every earlier
 * version of the given complaint files (their blobs, found by one git log) is replaced by its
 * anonymised text; nothing else in the history changes. filter-repo rewrites every commit from
 * the first such version on, drops the old objects and expires the reflogs.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SimpleGit } from 'simple-git';
import { complaintHistory, readBlobs } from './history.js';

/** Whether `git filter-repo` can be run here. */
export function filterRepoAvailable(root: string): boolean {
  const result = spawnSync('git', ['filter-repo', '--version'], { cwd: root, encoding: 'utf8' });
  return result.status === 0;
}

/**
 * Rewrites the history so that no version of `paths` (current paths of complaint files) holds
 * what `anonymise` removes. Returns the number of old versions rewritten.
 */
export async function purgeHistory(
  root: string,
  git: SimpleGit,
  paths: readonly string[],
  anonymise: (text: string) => string | undefined,
): Promise<number> {
  const wanted = new Set(paths);
  const files = [...(await complaintHistory(git)).values()].filter((f) => wanted.has(f.path));
  const blobs = files.flatMap((f) => f.revisions.map((r) => r.blob));
  const contents = await readBlobs(root, blobs);
  const replacements: Record<string, string> = {};
  for (const [blob, text] of contents) {
    const cleaned = anonymise(text);
    if (cleaned !== undefined && cleaned !== text) replacements[blob] = cleaned;
  }
  const count = Object.keys(replacements).length;
  if (count === 0) return 0;
  const folder = mkdtempSync(join(tmpdir(), 'klacht-purge-'));
  try {
    const mapping = join(folder, 'vervangingen.json');
    writeFileSync(mapping, JSON.stringify(replacements));
    // filter-repo calls this for every blob; the mapping is read once.
    const callback = [
      `m = globals().get('_klacht_map')`,
      `if m is None:`,
      `  import json`,
      `  with open(${JSON.stringify(mapping)}, encoding='utf-8') as f:`,
      `    m = {k.encode('ascii'): v.encode('utf-8') for k, v in json.load(f).items()}`,
      `  globals()['_klacht_map'] = m`,
      `new = m.get(blob.original_id)`,
      `if new is not None:`,
      `  blob.data = new`,
    ].join('\n');
    const result = spawnSync('git', ['filter-repo', '--force', '--quiet', '--blob-callback', callback], { cwd: root, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`git filter-repo faalde: ${result.stderr.trim().split('\n').slice(-3).join(' ')}`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  return count;
}
