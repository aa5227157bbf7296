/**
 * The state of a repository before its history is purged: whether it may be purged at all, and
 * every ref, the stash entries and the current tree, so that the purge can move them all and
 * check afterwards that the working tree stayed as it was.
 */
import { existsSync } from 'node:fs';
import { gitAsk, gitOutput, gitPath, PurgeError } from './purge-git.js';
import { PURGE_REFS } from './purge-record.js';

export interface Snapshot {
  readonly refs: readonly { readonly name: string; readonly id: string }[];
  /** The commit HEAD points at when it is not on a branch. */
  readonly detachedHead: string | undefined;
  /** The tree of HEAD (undefined before the first commit). */
  readonly tree: string | undefined;
  /** Stash entries, newest (stash@{0}) first, with their reflog messages. */
  readonly stash: readonly { readonly id: string; readonly message: string }[];
  readonly objectDir: string;
  readonly objectFormat: string;
}

const UNREADABLE = 'git kon de repository niet lezen.';

/**
 * Refuses a repository whose history cannot be rewritten safely now: one in the middle of a merge,
 * rebase, cherry-pick or bisect (those keep old commits and would be finished on the old ones), one
 * with other working folders (their HEAD and index would still point at the old history), and a
 * shallow clone (its history is incomplete, so it would be rewritten into a different one).
 */
export async function assertCanPurge(root: string): Promise<void> {
  for (const name of ['MERGE_HEAD', 'CHERRY_PICK_HEAD', 'REVERT_HEAD', 'BISECT_LOG', 'rebase-merge', 'rebase-apply']) {
    if (existsSync(await gitPath(root, name))) {
      throw new PurgeError('Er is nog een merge, rebase, cherry-pick of bisect bezig in deze repository. Maak die eerst af (of breek hem af) en probeer het opnieuw.');
    }
  }
  const worktrees = (await gitOutput(root, ['worktree', 'list', '--porcelain'], UNREADABLE)).split('\n').filter((line) => line.startsWith('worktree '));
  if (worktrees.length > 1) {
    throw new PurgeError('Deze repository heeft meer dan één werkmap (git worktree list). Haal de andere werkmappen eerst weg (git worktree remove), want zij houden de oude versies vast.');
  }
  if ((await gitOutput(root, ['rev-parse', '--is-shallow-repository'], UNREADABLE)).trim() === 'true') {
    throw new PurgeError('Dit is een onvolledige kopie van de repository (shallow clone). Haal eerst de hele geschiedenis op (git fetch --unshallow) en probeer het opnieuw.');
  }
}

export async function readSnapshot(root: string): Promise<Snapshot> {
  // A symbolic ref (refs/remotes/origin/HEAD in every clone) follows the ref it points at: it is
  // left out, since moving both in one transaction is refused by git.
  const refs = (await gitOutput(root, ['for-each-ref', '--format=%(objectname) %(refname) %(symref)'], UNREADABLE))
    .split('\n').filter(Boolean).flatMap((line) => {
      const [id = '', name = '', symref = ''] = line.split(' ');
      // The purge's own refs (purge-record.ts) are not history.
      return symref === '' && !name.startsWith(PURGE_REFS) ? [{ id, name }] : [];
    });
  const onBranch = (await gitAsk(root, ['symbolic-ref', '-q', 'HEAD'])) !== undefined;
  const head = (await gitAsk(root, ['rev-parse', '--verify', '-q', 'HEAD']))?.trim();
  const tree = (await gitAsk(root, ['rev-parse', '--verify', '-q', 'HEAD^{tree}']))?.trim();
  const stashLog = refs.some((ref) => ref.name === 'refs/stash') ? await gitOutput(root, ['log', '-g', '--format=%H%x1f%gs', 'refs/stash'], UNREADABLE) : '';
  const stash = stashLog.split('\n').filter(Boolean).map((line) => {
    const [id = '', message = ''] = line.split('\u001f');
    return { id, message };
  });
  return {
    refs,
    detachedHead: onBranch ? undefined : head,
    tree,
    stash,
    objectDir: await gitPath(root, 'objects'),
    objectFormat: (await gitOutput(root, ['rev-parse', '--show-object-format'], UNREADABLE)).trim(),
  };
}
