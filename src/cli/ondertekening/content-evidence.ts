/**
 * Whether a complaint file as printed is the content a main-line commit brought in: the last
 * commit that changed the file, the merge (or squash, or straight commit) on the main line that
 * brought that change in, and whether the printed bytes are exactly the file at that merge (as git
 * sees them: after its line-ending conversion).
 * GitHub's confirmation of that merge (cli/evidence-confirmation.ts) then says whether the
 * directie approved exactly this content.
 */
import { hasUnsafeName } from '../../core/text/path-names.js';
import type { ContentEvidence } from '../../core/signing/evidence.js';
import type { MergeEvidence } from '../../git/evidence.js';
import type { FileHistory } from '../../git/history.js';
import { blobId, filteredBlobIds, objectIds } from '../../git/object-ids.js';

/** For each id: where its printed content came from, and whether it is still exactly that. */
export async function contentEvidence(
  root: string,
  printed: ReadonlyMap<string, { readonly file: FileHistory; readonly bytes: Uint8Array }>,
  byCommit: ReadonlyMap<string, MergeEvidence>,
): Promise<Map<string, ContentEvidence>> {
  const found = [...printed].flatMap(([id, { file, bytes }]) => {
    const last = file.revisions.at(-1);
    const step = last === undefined ? undefined : byCommit.get(last.commit);
    // A name that could break git's batch (or the log) is not looked up: no evidence, so not verified.
    return step && !hasUnsafeName(file.path) ? [{ id, step, path: file.path, bytes }] : [];
  });
  const ids = await objectIds(root, found.map((f) => `${f.step.commit}:${f.path}`));
  const raw = found.map((f, i) => {
    const atStep = ids[i];
    return atStep !== undefined && atStep === blobId(f.bytes, atStep.length);
  });
  // The bytes as they are, or else as git would store them (line endings converted as core.autocrlf
  // and .gitattributes say): only then is a clean checkout on Windows the committed content.
  const others = found.filter((_, i) => !raw[i] && ids[i] !== undefined);
  const filtered = new Map((await filteredBlobIds(root, others)).map((id, i) => [others[i], id] as const));
  return new Map(found.map((f, i) => [f.id, { step: f.step, identical: raw[i] === true || (ids[i] !== undefined && filtered.get(f) === ids[i]) }] as const));
}
