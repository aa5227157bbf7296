/**
 * The stash list after a purge. It lives in the reflog of refs/stash, which still names the old
 * entries. It is rewritten without a moment in which an entry is missing: first the rewritten
 * entries are added on top (oldest first), then the old ones below them are deleted. Until then
 * each rewritten entry is also held by a ref of its own (KEEPER_REFS). Both steps can be repeated:
 * a purge killed half-way finishes the job on its next run.
 */
import { KEEPER_REFS, type PurgeRecord } from './purge-record.js';
import { gitAsk, gitOutput } from './purge-git.js';

const FAILURE = 'De geschiedenis is herschreven, maar git kon de lijst van git stash niet herschrijven. Voer dezelfde opdracht opnieuw uit: hij gaat verder waar hij stopte.';

type Entry = PurgeRecord['stash'][number];

/** The stash list as it is now, newest first. */
async function stashEntries(root: string): Promise<Entry[]> {
  if ((await gitAsk(root, ['rev-parse', '--verify', '-q', 'refs/stash'])) === undefined) return [];
  const log = await gitOutput(root, ['log', '-g', '--format=%H%x1f%gs', 'refs/stash'], FAILURE);
  return log.split('\n').filter(Boolean).map((line) => {
    const [id = '', message = ''] = line.split('\u001f');
    return { id, message };
  });
}

const same = (a: readonly Entry[], b: readonly Entry[]): boolean => a.length === b.length && a.every((entry, i) => entry.id === b[i]?.id && entry.message === b[i]?.message);

/** Makes the stash list exactly `wanted` (newest first), then drops the keeper refs. */
export async function rewriteStash(root: string, wanted: readonly Entry[]): Promise<void> {
  if (wanted.length > 0) {
    let entries = await stashEntries(root);
    if (!same(entries.slice(0, wanted.length), wanted)) {
      const oldest = wanted[wanted.length - 1] as Entry;
      // git writes no reflog entry for a ref set to the value it has: step aside to its parent first.
      if (entries[0]?.id === oldest.id) await gitOutput(root, ['update-ref', '-m', 'klacht: stash wordt herschreven', 'refs/stash', `${oldest.id}^`], FAILURE);
      for (const entry of [...wanted].reverse()) await gitOutput(root, ['update-ref', '--create-reflog', '-m', entry.message, 'refs/stash', entry.id], FAILURE);
      entries = await stashEntries(root);
    }
    // Highest first, so that the numbers of the ones still to delete stay the same.
    const older = entries.map((_, i) => i).filter((i) => i >= wanted.length).reverse().map((i) => `refs/stash@{${i}}`);
    if (older.length > 0) await gitOutput(root, ['reflog', 'delete', ...older], FAILURE);
  }
  const keepers = (await gitOutput(root, ['for-each-ref', '--format=%(refname)', KEEPER_REFS], FAILURE)).split('\n').filter(Boolean);
  if (keepers.length > 0) await gitOutput(root, ['update-ref', '--stdin'], FAILURE, keepers.map((ref) => `delete ${ref}\n`).join(''));
}
