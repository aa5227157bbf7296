/**
 * After the refs moved to the rewritten history: the working tree, the stash list, and the
 * removal of every old object. The old versions must not survive in a reflog, in ORIG_HEAD or
 * FETCH_HEAD, or in a pack; a last look proves that none of them is left.
 */
import { rmSync } from 'node:fs';
import { gitAsk, gitOutput, gitPath, PurgeError } from './purge-git.js';
import type { Snapshot } from './purge-snapshot.js';

const REWRITTEN = 'De geschiedenis is herschreven, maar';

export async function cleanUp(root: string, before: Snapshot, commits: ReadonlyMap<string, string>, oldBlobs: readonly string[]): Promise<void> {
  await refreshWorkingTree(root, before);
  // Each of these names a commit of the old history and would keep it (and its files) alive.
  for (const name of ['ORIG_HEAD', 'FETCH_HEAD', 'AUTO_MERGE']) rmSync(await gitPath(root, name), { force: true });
  const manual = 'Voer zelf git reflog expire --expire=now --all en git gc --prune=now uit.';
  await gitOutput(root, ['reflog', 'expire', '--expire=now', '--expire-unreachable=now', '--all'], `${REWRITTEN} git kon de reflogs niet legen. ${manual}`);
  await rebuildStash(root, before, commits);
  await gitOutput(root, ['gc', '--prune=now', '--quiet'], `${REWRITTEN} git kon de oude versies niet opruimen (git gc). ${manual}`);
  const left = (await gitOutput(root, ['cat-file', '--batch-check'], `${REWRITTEN} git kon niet nagaan of de oude versies weg zijn.`, `${oldBlobs.join('\n')}\n`))
    .split('\n').filter((line) => line !== '' && !line.endsWith(' missing'));
  if (left.length > 0) {
    throw new PurgeError(`${REWRITTEN} ${left.length === 1 ? 'één oude versie staat' : `${left.length} oude versies staan`} nog in de repository (houdt een .keep-bestand in .git/objects/pack of een gedeelde objectmap ze vast?). ${manual}`);
  }
}

/**
 * HEAD's tree normally stays the same (its version was anonymised and committed before), so only
 * the index's file times are refreshed. If it did change, the working tree follows the way
 * checkout does, refusing to overwrite local changes.
 */
async function refreshWorkingTree(root: string, before: Snapshot): Promise<void> {
  const bare = (await gitOutput(root, ['rev-parse', '--is-bare-repository'], 'git kon de repository niet lezen.')).trim() === 'true';
  if (bare || before.tree === undefined) return;
  const tree = (await gitAsk(root, ['rev-parse', '--verify', '-q', 'HEAD^{tree}']))?.trim();
  if (tree !== undefined && tree !== before.tree) {
    await gitOutput(root, ['read-tree', '-m', '-u', before.tree, tree], `${REWRITTEN} de werkmap kon niet worden bijgewerkt. Bekijk git status voordat u verder werkt.`);
  }
  await gitAsk(root, ['update-index', '-q', '--refresh']);
}

/** The stash list lives in a reflog, which was just emptied: it is written again, with the rewritten entries. */
async function rebuildStash(root: string, before: Snapshot, commits: ReadonlyMap<string, string>): Promise<void> {
  if (before.stash.length === 0) return;
  const failure = `${REWRITTEN} git kon de lijst van git stash niet terugzetten.`;
  await gitOutput(root, ['update-ref', '-d', 'refs/stash'], failure);
  for (const entry of [...before.stash].reverse()) {
    await gitOutput(root, ['update-ref', '--create-reflog', '-m', entry.message, 'refs/stash', commits.get(entry.id) ?? entry.id], failure);
  }
}
