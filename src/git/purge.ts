/**
 * Removing anonymised personal data from the git history, with nothing but git: every earlier
 * version of the given complaint files (their blobs, found by one git log) is replaced by its
 * anonymised text; nothing else in the history changes.
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
import type { SimpleGit } from 'simple-git';
import { FastExportFilter, type FilterOptions } from './fast-export-filter.js';
import { exitCode, gitOutput, gitPath, PurgeError } from './purge-git.js';
import { complaintHistory, readBlobs } from './history.js';
import { assertCanPurge, readSnapshot, type Snapshot } from './purge-snapshot.js';
import { cleanUp } from './purge-cleanup.js';
import {
  currentHolder, holderRuns, KEEPER_REFS, PHASE_NAMES, PURGE_REFS, readRecord, RECORD_REF, removeRecord, storeRecordBlob, writeRecord, type Phase, type PurgeRecord,
} from './purge-record.js';

export { PurgeError } from './purge-git.js';
export { assertCanPurge } from './purge-snapshot.js';
export { readRecord } from './purge-record.js';

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

const NOTHING_CHANGED = 'Er is niets veranderd: de geschiedenis is nog zoals ze was.';

/** What a purge did: how many old versions it rewrote, and whether it finished an earlier, interrupted one. */
export interface PurgeOutcome {
  readonly rewritten: number;
  /** The phase an earlier run of this purge had reached when it stopped (and its Dutch name); undefined for a purge from the start. */
  readonly resumedAfter?: { readonly phase: Phase; readonly name: string };
}

/**
 * Rewrites the history so that no version of `paths` (current paths of complaint files) holds
 * what `anonymise` removes. A purge that was interrupted is finished first (purge-record.ts).
 */
export async function purgeHistory(
  root: string,
  git: SimpleGit,
  paths: readonly string[],
  anonymise: (text: string) => string | undefined,
): Promise<PurgeOutcome> {
  await assertCanPurge(root);
  const pending = await readRecord(root);
  if (pending && holderRuns(pending.record)) {
    throw new PurgeError(`Er loopt al een herschrijving van de geschiedenis in deze repository (proces ${pending.record.pid}). Wacht tot die klaar is.`);
  }
  await removeScratch(root);
  let resumed: Pick<PurgeOutcome, 'rewritten' | 'resumedAfter'> = { rewritten: 0 };
  if (pending && pending.record.phase !== 'rewriting') {
    const record = { ...pending.record, ...currentHolder() };
    await cleanUp(root, record, await writeRecord(root, record, pending.blob));
    resumed = { rewritten: record.oldBlobs.length, resumedAfter: { phase: pending.record.phase, name: PHASE_NAMES[pending.record.phase] } };
  } else if (pending) {
    // Killed before the refs moved: they move together with the record, so nothing moved. Again.
    await removeRecord(root, pending.blob);
  }

  // (After finishing an earlier purge, what is left of `paths`: nothing, unless it was about other files.)
  const before = await readSnapshot(root);
  const blobs = await replacements(root, git, paths, anonymise, before);
  if (blobs.size === 0) return resumed;
  const started: PurgeRecord = { phase: 'rewriting', ...currentHolder(), oldBlobs: [...blobs.keys()], tree: before.tree, stash: [] };
  const startedBlob = await writeRecord(root, started, undefined);
  let switched: PurgeRecord;
  let switchedBlob: string;
  try {
    const commits = await rewrite(root, await scratchFolder(root), before, blobs);
    switched = { ...started, phase: 'switched', stash: before.stash.map((entry) => ({ id: commits.get(entry.id) ?? entry.id, message: entry.message })) };
    switchedBlob = await storeRecordBlob(root, switched);
    await switchRefs(root, before, commits, switched.stash, [startedBlob, switchedBlob]);
  } catch (error) {
    // Nothing moved: the record goes, so that the next run starts from the beginning.
    await removeRecord(root, startedBlob).catch(() => undefined);
    throw error;
  } finally {
    await removeScratch(root);
  }
  await cleanUp(root, switched, switchedBlob);
  return { ...resumed, rewritten: resumed.rewritten + blobs.size };
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
 * Old blob id -> anonymised content, for every version of `paths` that anonymising changes: the
 * versions in HEAD's history (renames followed), and those only on another ref or in a stash.
 */
async function replacements(root: string, git: SimpleGit, paths: readonly string[], anonymise: (text: string) => string | undefined, before: Snapshot): Promise<Map<string, Buffer>> {
  const wanted = new Set(paths);
  const files = [...(await complaintHistory(git)).values()].filter((f) => wanted.has(f.path));
  const names = [...new Set(files.flatMap((f) => [f.path, ...f.formerPaths]))].map((name) => `:(literal)${name}`);
  // -m shows what a merge (a stash entry is one) brought in; the older stashes are named, being only in a reflog.
  const elsewhere = names.length === 0 ? '' : await gitOutput(root, [
    'log', `--exclude=${PURGE_REFS}*`, '--all', ...before.stash.map((entry) => entry.id), '-m', '--raw', '--no-renames', '--no-abbrev', '--format=', '--', ...names,
  ], `git kon de geschiedenis niet lezen. ${NOTHING_CHANGED}`);
  const found = elsewhere.split('\n').filter((line) => line.startsWith(':')).flatMap((line) => line.split(' ').slice(2, 4));
  const all = [...files.flatMap((f) => f.revisions.map((r) => r.blob)), ...found].filter((blob) => !/^0+$/.test(blob));
  const contents = await readBlobs(root, all);
  const result = new Map<string, Buffer>();
  for (const [blob, text] of contents) {
    const cleaned = anonymise(text);
    if (cleaned !== undefined && cleaned !== text) result.set(blob, Buffer.from(cleaned, 'utf8'));
  }
  return result;
}

/**
 * Both passes into the scratch repository; returns old id -> new id of every commit and tag.
 * Notes come second: their paths name the commits they annotate, whose new ids the first pass made.
 */
async function rewrite(root: string, shadow: string, before: Snapshot, blobs: ReadonlyMap<string, Buffer>): Promise<Map<string, string>> {
  await gitOutput(root, ['init', '--bare', '--quiet', `--object-format=${before.objectFormat}`, join(shadow, 'git')], `git kon geen tijdelijke map voor de nieuwe geschiedenis maken. ${NOTHING_CHANGED}`);
  // Older stash entries live only in the stash's reflog; named here, they are rewritten too.
  const olderStashes = before.stash.slice(1).map((entry) => entry.id);
  const commits = await pass(root, shadow, 1, ['--exclude=refs/notes/*', `--exclude=${PURGE_REFS}*`, '--all', ...olderStashes], { blobs }, before.objectDir);
  const notes = before.refs.filter((ref) => ref.name.startsWith('refs/notes/')).map((ref) => ref.name);
  if (notes.length > 0) {
    for (const [old, next] of await pass(root, shadow, 2, notes, { blobs, commits }, before.objectDir)) commits.set(old, next);
  }
  return commits;
}

/** fast-export | filter | fast-import, in a stream; old id -> new id of the commits and tags it wrote. */
async function pass(root: string, shadow: string, n: number, revisions: readonly string[], options: FilterOptions, objectDir: string): Promise<Map<string, string>> {
  const marks = join(shadow, `marks-${n}`);
  const exporter = spawn('git', ['fast-export', ...EXPORT_OPTIONS, ...revisions], { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] });
  const importer = spawn('git', ['fast-import', '--force', '--quiet', `--export-marks=${marks}`], {
    cwd: root,
    env: { ...process.env, GIT_DIR: join(shadow, 'git'), GIT_OBJECT_DIRECTORY: objectDir },
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
 * keeper ref: whatever happens after it, a next run knows where it is and loses nothing.
 */
async function switchRefs(root: string, before: Snapshot, commits: ReadonlyMap<string, string>, stash: PurgeRecord['stash'], [startedBlob, switchedBlob]: readonly [string, string]): Promise<void> {
  const lines: string[] = [`update ${RECORD_REF} ${switchedBlob} ${startedBlob}`];
  stash.forEach((entry, i) => lines.push(`create ${KEEPER_REFS}${i} ${entry.id}`));
  for (const { name, id } of before.refs) {
    const next = commits.get(id);
    if (next !== undefined && next !== id) lines.push(`update ${name} ${next} ${id}`);
  }
  const head = before.detachedHead;
  const nextHead = head === undefined ? undefined : commits.get(head);
  if (head !== undefined && nextHead !== undefined && nextHead !== head) lines.push('option no-deref', `update HEAD ${nextHead} ${head}`);
  await gitOutput(root, ['update-ref', '--stdin'], `git kon de takken niet naar de nieuwe geschiedenis omzetten (veranderde er intussen iets?). ${NOTHING_CHANGED}`, `${lines.join('\n')}\n`);
}
