/**
 * After the refs moved to the rewritten history: the working tree, the stash list, and the
 * removal of every old object. The old versions must not survive in a reflog, in ORIG_HEAD or
 * FETCH_HEAD, or in a pack; a last look proves that none of them is left. Every step can run again
 * (a purge killed half-way repeats them on its next run), each finished phase is recorded, and the
 * last look always runs: a purge never reports success while an old version is still there.
 */
import { rmSync } from 'node:fs';
import { gitAsk, gitOutput, gitPath, PurgeError } from './purge-git.js';
import { PURGE_REFS, writeRecord, removeRecord, type PurgeRecord } from './purge-record.js';
import { rewriteStash } from './purge-stash.js';
import { attachmentBlobs } from './purge-attachments.js';
import { complaintVersions, type Version } from './purge-versions.js';

/** What the purge knows of a complaint file's content (the register's rules, passed in). */
export interface VersionRules {
  /** The text without personal data; undefined when it cannot be read as a complaint. */
  anonymise(text: string): string | undefined;
  /** The id a version names; undefined when it cannot be read. */
  idOf(text: string): string | undefined;
  /** What a version that cannot be read is replaced by, as a whole. */
  readonly unreadable: string;
  /** What every old version of an attachment is replaced by. */
  readonly removedAttachment: string;
}

const REWRITTEN = 'De geschiedenis is herschreven, maar';
const AGAIN = 'Voer dezelfde opdracht opnieuw uit: hij gaat verder waar hij stopte.';

/**
 * Finishes a purge whose refs have moved (`record` stored as `blob`); ends by removing the record.
 * `attachments` are the attachment paths of this run (not in the record: a path may hold a name).
 */
export async function cleanUp(root: string, record: PurgeRecord, blob: string, rules: VersionRules, attachments: readonly string[]): Promise<void> {
  let stored = blob;
  const next = async (phase: PurgeRecord['phase']): Promise<void> => {
    stored = await writeRecord(root, { ...record, phase }, stored);
  };
  await refreshWorkingTree(root, record.tree);
  // Each of these names a commit of the old history and would keep it (and its files) alive.
  for (const name of ['ORIG_HEAD', 'FETCH_HEAD', 'AUTO_MERGE']) rmSync(await gitPath(root, name), { force: true });
  await rewriteStash(root, record.stash);
  await next('stash-rewritten');
  await emptyReflogs(root);
  await next('reflogs-emptied');
  await gitOutput(root, ['gc', '--prune=now', '--quiet'], `${REWRITTEN} git kon de oude versies niet opruimen (git gc). ${AGAIN}`);
  const remaining = (await gitOutput(root, ['cat-file', '--batch-check'], `${REWRITTEN} git kon niet nagaan of de oude versies weg zijn. ${AGAIN}`, `${record.oldBlobs.join('\n')}\n`))
    .split('\n').filter((line) => line !== '' && !line.endsWith(' missing'));
  if (remaining.length > 0) {
    throw new PurgeError(`${REWRITTEN} ${remaining.length === 1 ? 'één oude versie staat' : `${remaining.length} oude versies staan`} nog in de repository (houdt een .keep-bestand in .git/objects/pack of een gedeelde objectmap ze vast?). `
      + `Los dat op en voer dezelfde opdracht opnieuw uit; tot dan meldt hij het herschrijven niet als geslaagd.`);
  }
  const left = await versionsWithPersonalData(root, record, rules);
  const leftAttachments = await attachmentBlobs(root, attachments, record.stash.map((entry) => entry.id), `${PURGE_REFS}*`, rules.removedAttachment);
  // The record goes either way: a next run then starts a new rewrite of whatever is left.
  await removeRecord(root, stored);
  if (leftAttachments.size > 0) {
    // No path: an attachment's name may hold the complainant's.
    throw new PurgeError(`${REWRITTEN} ${leftAttachments.size === 1 ? 'één oude versie van een bijlage staat' : `${leftAttachments.size} oude versies van bijlagen staan`} nog in de geschiedenis. `
      + 'Voer dezelfde opdracht opnieuw uit: hij herschrijft die dan alsnog. Tot dan meldt hij het herschrijven niet als geslaagd.');
  }
  if (left.length > 0) {
    const where = left.slice(0, 3).map((version) => `${version.path} in commit ${version.commit.slice(0, 12)}`).join(', ');
    throw new PurgeError(`${REWRITTEN} ${left.length === 1 ? 'één versie heeft' : `${left.length} versies hebben`} nog persoonsgegevens (${where}${left.length > 3 ? ', …' : ''}). `
      + 'Voer dezelfde opdracht opnieuw uit: hij herschrijft die dan alsnog. Tot dan meldt hij het herschrijven niet als geslaagd.');
  }
}

/**
 * The last look, over every version of the files in the rewritten history (not only those that
 * were replaced): the ones that still hold personal data (not the sentence that replaced an unreadable one).
 */
async function versionsWithPersonalData(root: string, record: PurgeRecord, rules: VersionRules): Promise<Version[]> {
  const versions = await complaintVersions(root, record.paths ?? [], record.stash.map((entry) => entry.id), `${PURGE_REFS}*`, rules.idOf);
  return [...versions.values()].filter(({ text }) => text !== rules.unreadable && rules.anonymise(text) !== text);
}

/**
 * Empties every reflog but the stash's (whose entries are the stash list, rewritten already): the
 * refs that have one, found in one batch, named explicitly so that no configured expiry keeps
 * an old entry.
 */
async function emptyReflogs(root: string): Promise<void> {
  const failure = `${REWRITTEN} git kon de reflogs niet legen. ${AGAIN}`;
  const refs = (await gitOutput(root, ['for-each-ref', '--format=%(refname)'], failure)).split('\n')
    .filter((ref) => ref !== '' && ref !== 'refs/stash' && !ref.startsWith(PURGE_REFS));
  const names = ['HEAD', ...refs];
  const answers = (await gitOutput(root, ['cat-file', '--batch-check'], failure, names.map((ref) => `${ref}@{0}\n`).join(''))).split('\n');
  const logged = names.filter((_, i) => answers[i] !== undefined && !answers[i].endsWith(' missing'));
  for (let i = 0; i < logged.length; i += 200) {
    await gitOutput(root, ['reflog', 'expire', '--expire=now', '--expire-unreachable=now', ...logged.slice(i, i + 200)], failure);
  }
}

/**
 * HEAD's tree normally stays the same (its version was anonymised and committed before), so only
 * the index's file times are refreshed. If it did change, the working tree follows the way
 * checkout does, refusing to overwrite local changes.
 */
async function refreshWorkingTree(root: string, before: string | undefined): Promise<void> {
  const bare = (await gitOutput(root, ['rev-parse', '--is-bare-repository'], 'git kon de repository niet lezen.')).trim() === 'true';
  if (bare || before === undefined) return;
  const tree = (await gitAsk(root, ['rev-parse', '--verify', '-q', 'HEAD^{tree}']))?.trim();
  if (tree !== undefined && tree !== before) {
    await gitOutput(root, ['read-tree', '-m', '-u', before, tree], `${REWRITTEN} de werkmap kon niet worden bijgewerkt. Bekijk git status voordat u verder werkt.`);
  }
  await gitAsk(root, ['update-index', '-q', '--refresh']);
}
