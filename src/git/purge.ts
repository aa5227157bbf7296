/**
 * Removing anonymised personal data from the git history, with nothing but git: every earlier
 * version of the given complaint files (their blobs, found by following each file through the
 * history: purge-versions.ts) is replaced by its anonymised text, and a version that cannot be read
 * as a complaint by a fixed sentence; nothing else in the history changes. Replacements (refs/replace)
 * are not followed: they are refs like any other, moved to the rewritten commits (purge-git.ts).
 *
 * `git fast-export` writes the whole history (every ref: branches, remote-tracking refs, tags,
 * notes, the stash) as one stream; a filter replaces the data of exactly those blobs; `git
 * fast-import` reads it back. (The usual tool for this does the same, but it is a Python program that a
 * fresh machine does not have and npm cannot install; fast-export and fast-import are part of git.)
 *
 * fast-import writes into a scratch repository (in this repository's git folder) that shares this
 * repository's object store, so the new objects land here while this repository's refs stay
 * untouched. Only when both passes finished do all refs move, in one `git update-ref --stdin`
 * transaction: a failure half-way leaves the old history exactly as it was (plus unreferenced
 * objects, which gc removes). Then the reflogs are emptied, ORIG_HEAD and FETCH_HEAD go, gc drops
 * every old object, and a last check proves that none of the old versions is still in the repository.
 *
 * A purge can be killed at any moment and run again: its record (purge-record.ts) says how far it
 * got, and the next run finishes it, or starts again when the refs had not moved yet.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { FastExportFilter, type FilterOptions } from './fast-export-filter.js';
import { exitCode, gitOutput, gitPath, PurgeError, purgeEnv } from './purge-git.js';
import { attachmentBlobs } from './purge-attachments.js';
import { complaintVersions } from './purge-versions.js';
import { assertCanPurge, readSnapshot, type Snapshot } from './purge-snapshot.js';
import { cleanUp, type VersionRules } from './purge-cleanup.js';
import {
  currentHolder, holderRuns, KEEPER_REFS, PHASE_NAMES, PURGE_REFS, readRecord, RECORD_REF, removeRecord, storeRecordBlob, writeRecord, type Phase, type PurgeRecord,
} from './purge-record.js';

export { PurgeError } from './purge-git.js';
export { assertCanPurge } from './purge-snapshot.js';
export { readRecord } from './purge-record.js';
export type { VersionRules } from './purge-cleanup.js';

const EXPORT_OPTIONS = [
  // original-oid finds the blobs to replace and, with the marks, maps old commits to new ones.
  '--show-original-ids', '--mark-tags',
  // Without `done` at its end, fast-import treats a stream cut short as a failure.
  '--use-done-feature',
  // A signature would not match a rewritten tag; old tags without a tagger are still imported.
  '--signed-tags=strip', '--fake-missing-tagger', '--tag-of-filtered-object=rewrite',
  // Commit messages keep their bytes and encoding header, so untouched commits keep their ids.
  // (git 2.39 drops commit signatures without asking, e.g. those GitHub puts on web merges: such a
  // commit gets a new id even when nothing in it changed. A signature could not survive anyway.)
  '--reencode=no',
];

const REPLACE_REFS = 'refs/replace/';
const NOTHING_CHANGED = 'Er is niets veranderd: de geschiedenis is nog zoals ze was.';

/** What a purge did: how many old versions it rewrote, and whether it finished an earlier, interrupted one. */
export interface PurgeOutcome {
  /** Old versions replaced: of the complaint files and of their attachments. */
  readonly rewritten: number;
  /** Of those, how many were versions of an attachment (replaced as a whole). */
  readonly attachments: number;
  /** Of those, how many could not be read as a complaint and were replaced as a whole. */
  readonly unreadable: number;
  /** The phase an earlier run of this purge had reached when it stopped (and its Dutch name); undefined for a purge from the start. */
  readonly resumedAfter?: { readonly phase: Phase; readonly name: string };
}

/**
 * Rewrites the history so that no version of `paths` (current paths of complaint files, relative
 * to the register) holds what `rules.anonymise` removes, and no version of `attachments` (their
 * attachment files and folders, removed from the register already) is left but the sentence
 * `rules.removedAttachment`. A purge that was interrupted is finished first (purge-record.ts).
 */
export async function purgeHistory(root: string, paths: readonly string[], rules: VersionRules, attachments: readonly string[] = []): Promise<PurgeOutcome> {
  await assertCanPurge(root);
  const pending = await readRecord(root);
  if (pending && holderRuns(pending.record)) {
    throw new PurgeError(`Er loopt al een herschrijving van de geschiedenis in deze repository (proces ${pending.record.pid}). Wacht tot die klaar is.`);
  }
  await removeScratch(root);
  let resumed: PurgeOutcome = { rewritten: 0, attachments: 0, unreadable: 0 };
  if (pending && pending.record.phase !== 'rewriting') {
    const record = { ...pending.record, ...currentHolder() };
    await cleanUp(root, record, await writeRecord(root, record, pending.blob), rules, attachments);
    resumed = {
      rewritten: record.oldBlobs.length, attachments: record.attachments ?? 0, unreadable: record.unreadable ?? 0,
      resumedAfter: { phase: pending.record.phase, name: PHASE_NAMES[pending.record.phase] },
    };
  } else if (pending) {
    // Killed before the refs moved: they move together with the record, so nothing moved. Again.
    await removeRecord(root, pending.blob);
  }

  // (After finishing an earlier purge, what is left of `paths`: nothing, unless it was about other files.)
  const before = await readSnapshot(root);
  const { blobs, unreadable, ofAttachments } = await replacements(root, paths, attachments, rules, before);
  if (blobs.size === 0) return resumed;
  const started: PurgeRecord = { phase: 'rewriting', ...currentHolder(), oldBlobs: [...blobs.keys()], unreadable, attachments: ofAttachments, paths, tree: before.tree, stash: [] };
  const startedBlob = await writeRecord(root, started, undefined);
  let switched: PurgeRecord;
  let switchedBlob: string;
  try {
    const ids = await rewrite(root, await scratchFolder(root), before, blobs);
    switched = { ...started, phase: 'switched', stash: before.stash.map((entry) => ({ id: ids.get(entry.id) ?? entry.id, message: entry.message })) };
    switchedBlob = await storeRecordBlob(root, switched);
    await switchRefs(root, before, ids, switched.stash, [startedBlob, switchedBlob]);
  } catch (error) {
    // Nothing moved: the record goes, so that the next run starts from the beginning.
    await removeRecord(root, startedBlob).catch(() => undefined);
    throw error;
  } finally {
    await removeScratch(root);
  }
  await cleanUp(root, switched, switchedBlob, rules, attachments);
  return { ...resumed, rewritten: resumed.rewritten + blobs.size, attachments: resumed.attachments + ofAttachments, unreadable: resumed.unreadable + unreadable };
}

/** Where fast-import writes its refs and marks: inside the repository's git folder, removed by every run. */
async function scratchFolder(root: string): Promise<string> {
  const folder = await gitPath(root, 'klacht-purge');
  mkdirSync(folder, { recursive: true });
  return folder;
}

async function removeScratch(root: string): Promise<void> {
  rmSync(await gitPath(root, 'klacht-purge'), { recursive: true, force: true });
}

/**
 * Old blob id -> new content, for every version of `paths` (purge-versions.ts) that anonymising
 * changes; a version that cannot be read as a complaint is replaced as a whole (`unreadable` of them);
 * every version of `attachments` (purge-attachments.ts) by the sentence (`ofAttachments` of them).
 */
async function replacements(root: string, paths: readonly string[], attachments: readonly string[], rules: VersionRules, before: Snapshot): Promise<{ blobs: Map<string, Buffer>; unreadable: number; ofAttachments: number }> {
  const stash = before.stash.map((entry) => entry.id);
  const versions = await complaintVersions(root, paths, stash, `${PURGE_REFS}*`, rules.idOf);
  const blobs = new Map<string, Buffer>();
  let unreadable = 0;
  for (const [blob, { text }] of versions) {
    if (text === rules.unreadable) continue;
    const cleaned = rules.anonymise(text);
    if (cleaned === undefined) unreadable++;
    const next = cleaned ?? rules.unreadable;
    if (next !== text) blobs.set(blob, Buffer.from(next, 'utf8'));
  }
  const removed = Buffer.from(rules.removedAttachment, 'utf8');
  const attachmentVersions = await attachmentBlobs(root, attachments, stash, `${PURGE_REFS}*`, rules.removedAttachment);
  // A blob that is a complaint version too (the same bytes) keeps its anonymised text.
  const ofAttachments = [...attachmentVersions].filter((blob) => !blobs.has(blob) && !versions.has(blob));
  for (const blob of ofAttachments) blobs.set(blob, removed);
  return { blobs, unreadable, ofAttachments: ofAttachments.length };
}

/**
 * Both passes into the scratch repository; returns old id -> new id of every commit, tag and blob.
 * Notes come second: their paths name the commits they annotate, whose new ids the first pass made.
 */
async function rewrite(root: string, shadow: string, before: Snapshot, blobs: ReadonlyMap<string, Buffer>): Promise<Map<string, string>> {
  await gitOutput(root, ['init', '--bare', '--quiet', `--object-format=${before.objectFormat}`, join(shadow, 'git')], `git kon geen tijdelijke map voor de nieuwe geschiedenis maken. ${NOTHING_CHANGED}`);
  // Older stash entries live only in the stash's reflog; named here, they are rewritten too.
  const olderStashes = before.stash.slice(1).map((entry) => entry.id);
  const ids = await pass(root, shadow, 1, ['--exclude=refs/notes/*', `--exclude=${PURGE_REFS}*`, '--all', ...olderStashes], { blobs }, before.objectDir);
  const notes = before.refs.filter((ref) => ref.name.startsWith('refs/notes/')).map((ref) => ref.name);
  if (notes.length > 0) {
    for (const [old, next] of await pass(root, shadow, 2, notes, { blobs, commits: ids }, before.objectDir)) ids.set(old, next);
  }
  return ids;
}

/** fast-export | filter | fast-import, in a stream; old id -> new id of the commits, tags and blobs it wrote. */
async function pass(root: string, shadow: string, n: number, revisions: readonly string[], options: FilterOptions, objectDir: string): Promise<Map<string, string>> {
  const marks = join(shadow, `marks-${n}`);
  const exporter = spawn('git', ['fast-export', ...EXPORT_OPTIONS, ...revisions], { cwd: root, env: purgeEnv(), stdio: ['ignore', 'pipe', 'ignore'] });
  const importer = spawn('git', ['fast-import', '--force', '--quiet', `--export-marks=${marks}`], {
    cwd: root,
    env: { ...purgeEnv(), GIT_DIR: join(shadow, 'git'), GIT_OBJECT_DIRECTORY: objectDir },
    stdio: ['pipe', 'ignore', 'ignore'],
  });
  const filter = new FastExportFilter(options);
  const [exported, imported, streamed] = await Promise.all([
    exitCode(exporter),
    exitCode(importer),
    pipeline(exporter.stdout, filter, importer.stdin).then(() => true, () => false),
  ]);
  if (exported !== 0 || imported !== 0 || !streamed) {
    const step = exported !== 0 ? 'lezen (git fast-export)' : 'schrijven (git fast-import)';
    throw new PurgeError(`git kon de geschiedenis niet herschrijven: het ${step} mislukte. ${NOTHING_CHANGED} Controleer de repository met git fsck en probeer het opnieuw.`);
  }
  const result = new Map<string, string>();
  for (const line of readFileSync(marks, 'utf8').split('\n')) {
    const [mark = '', id = ''] = line.split(' ');
    const old = filter.originals.get(mark);
    if (old !== undefined && id !== '') result.set(old, id);
  }
  return result;
}

/**
 * Moves every ref (and a detached HEAD) to its rewritten commit, all or none, in one transaction
 * that also moves the record from "rewriting" to "switched" and gives each rewritten stash entry a
 * keeper ref: whatever happens after it, a next run knows where it is and loses nothing. A
 * replacement (refs/replace/<id>) is named by the object it stands in for: when that was
 * rewritten, the replacement moves to the new name.
 */
async function switchRefs(root: string, before: Snapshot, ids: ReadonlyMap<string, string>, stash: PurgeRecord['stash'], [startedBlob, switchedBlob]: readonly [string, string]): Promise<void> {
  const lines: string[] = [`update ${RECORD_REF} ${switchedBlob} ${startedBlob}`];
  stash.forEach((entry, i) => lines.push(`create ${KEEPER_REFS}${i} ${entry.id}`));
  for (const { name, id } of before.refs) {
    const next = ids.get(id) ?? id;
    const replaced = name.startsWith(REPLACE_REFS) ? name.slice(REPLACE_REFS.length) : undefined;
    const renamed = replaced === undefined ? name : `${REPLACE_REFS}${ids.get(replaced) ?? replaced}`;
    if (renamed !== name) lines.push(`delete ${name} ${id}`, `create ${renamed} ${next}`);
    else if (next !== id) lines.push(`update ${name} ${next} ${id}`);
  }
  const head = before.detachedHead;
  const nextHead = head === undefined ? undefined : ids.get(head);
  if (head !== undefined && nextHead !== undefined && nextHead !== head) lines.push('option no-deref', `update HEAD ${nextHead} ${head}`);
  await gitOutput(root, ['update-ref', '--stdin'], `git kon de takken niet naar de nieuwe geschiedenis omzetten (veranderde er intussen iets?). ${NOTHING_CHANGED}`, `${lines.join('\n')}\n`);
}
