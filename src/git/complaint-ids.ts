/**
 * Complaint ids as git sees them: on other branches (so that two branches do not pick the same
 * next number) and on a pull request's target branch.
 */
import { COMPLAINTS_DIR, complaintFolder } from '../core/complaint/layout.js';
import type { SimpleGit } from 'simple-git';
import { COMPLAINT_ID_BODY } from '../core/complaint/schema-vocabulary.js';
import { RunError } from '../core/text/errors.js';
import { allMergeBases } from './merge-result.js';
import { runGit } from './repository.js';

const PATH_PATTERN = new RegExp(`^complaints/(\\d{4})/(${COMPLAINT_ID_BODY})\\.md$`);

/** Ids of the complaint files under complaints/ at `ref` (paths relative to the register). */
export async function idsAtRef(git: SimpleGit, ref: string, year?: number): Promise<{ id: string; path: string }[]> {
  const folder = `${year === undefined ? COMPLAINTS_DIR : complaintFolder(year)}/`;
  const output = await runGit(git, ['ls-tree', '-r', '--name-only', ref, '--', folder], `het lezen van de klachtbestanden op ${ref}`);
  return output.split('\n').flatMap((path) => {
    const match = PATH_PATTERN.exec(path);
    return match ? [{ id: match[2] as string, path }] : [];
  });
}

/** Every local and remote-tracking branch. */
export async function allBranches(git: SimpleGit): Promise<string[]> {
  const output = await runGit(git, ['for-each-ref', '--format=%(refname)', 'refs/heads', 'refs/remotes'], 'het lezen van de branches');
  return output.split('\n').filter((ref) => ref !== '' && !ref.endsWith('/HEAD'));
}

/** Ids of a year on every branch git can see. */
export async function idsOnAllBranches(git: SimpleGit, year: number): Promise<Set<string>> {
  const ids = new Set<string>();
  for (const ref of await allBranches(git)) {
    for (const { id } of await idsAtRef(git, ref, year)) ids.add(id);
  }
  return ids;
}

/** Whether commit `a` (a full id) is an ancestor of (or the same as) `b`. */
async function isAncestor(git: SimpleGit, a: string, b: string): Promise<boolean> {
  // Not `merge-base --is-ancestor`: its "no" is an exit code without a word, which simple-git takes for success.
  return (await mergeBase(git, a, b)) === a;
}

/** Another branch: as git names it for people (origin/formulier/…), and its name on its repository (formulier/…). */
export interface OtherBranch {
  readonly name: string;
  readonly branch: string;
}

/**
 * For each of `ids`, the other branches that add a complaint with that id since they left the
 * target branch (at `targetCommit`): open work (another pull request) that picked the same number.
 * Not counted: the target itself, and branches in HEAD's own line (its own branch on the remote, or what it was built on).
 */
export async function idsAddedElsewhere(git: SimpleGit, targetCommit: string, ids: ReadonlySet<string>): Promise<Map<string, OtherBranch[]>> {
  const found = new Map<string, OtherBranch[]>();
  if (ids.size === 0) return found;
  const head = (await runGit(git, ['rev-parse', '--verify', 'HEAD^{commit}'], 'het lezen van HEAD')).trim() || undefined;
  for (const ref of await allBranches(git)) {
    const commit = (await runGit(git, ['rev-parse', '--verify', `${ref}^{commit}`], `het lezen van ${ref}`)).trim();
    if (commit === targetCommit || head === undefined || await isAncestor(git, commit, head) || await isAncestor(git, head, commit)) continue;
    const before = new Set((await complaintsAtMergeBases(git, targetCommit, commit)).map((e) => e.id));
    const name = ref.replace(/^refs\/(heads|remotes)\//, '');
    // A remote-tracking branch is the remote's name, a slash, and the branch there.
    const branch = ref.startsWith('refs/remotes/') ? name.slice(name.indexOf('/') + 1) : name;
    for (const { id } of await idsAtRef(git, commit)) {
      if (ids.has(id) && !before.has(id)) found.set(id, [...(found.get(id) ?? []), { name, branch }]);
    }
  }
  return found;
}

/** The merge base of two refs, or undefined when they share no history. */
export async function mergeBase(git: SimpleGit, a: string, b: string): Promise<string | undefined> {
  try {
    return (await git.raw(['merge-base', a, b])).trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The complaint files both refs had before they parted: those at any of their merge bases. With
 * one base taken at random, a file that came to both sides through a merge (a criss-cross
 * history) would look new on each.
 */
export async function complaintsAtMergeBases(git: SimpleGit, a: string, b: string): Promise<{ id: string; path: string }[]> {
  const found = new Map<string, { id: string; path: string }>();
  for (const base of await allMergeBases(git, a, b)) for (const entry of await idsAtRef(git, base)) found.set(entry.path, entry);
  return [...found.values()];
}

/** True when `ref` names a commit. */
export async function refExists(git: SimpleGit, ref: string): Promise<boolean> {
  // simple-git does not reject on a failing exit code without stderr output, so the answer is the printed hash.
  try {
    return (await git.raw(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])).trim() !== '';
  } catch {
    return false;
  }
}

/**
 * Ids of the complaints added or changed since `since` (up to HEAD). For 40 zeros (a push that made
 * a new branch) the changes of HEAD's own commit; `range` says which range that was.
 */
export async function idsChangedSince(git: SimpleGit, since: string): Promise<{ ids: string[]; range: string }> {
  // 40 zeros: a push that made a new branch has no earlier commit. Anything else must exist: a
  // mistyped commit would otherwise quietly print the wrong complaints.
  const none = /^0+$/.test(since);
  if (!none && (since.startsWith('-') || !(await refExists(git, since)))) {
    throw new RunError(`Commit '${since}' bestaat niet in deze repository (--sinds). Haal de hele geschiedenis op (fetch-depth: 0), of geef een bestaande commit.`);
  }
  const known = !none;
  const hasParent = await refExists(git, 'HEAD~1');
  const range = known ? `${since}..HEAD` : hasParent ? 'HEAD~1..HEAD' : 'HEAD';
  const args = range === 'HEAD'
    ? ['ls-tree', '-r', '--name-only', 'HEAD', '--', 'complaints/']
    : ['diff', '--name-only', '--no-renames', '--diff-filter=AM', range, '--', 'complaints/'];
  const output = await runGit(git, args, `het zoeken naar gewijzigde klachten (${range})`);
  const ids = [...new Set(output.split('\n').flatMap((path) => {
    const match = PATH_PATTERN.exec(path);
    return match ? [match[2] as string] : [];
  }))].sort();
  return { ids, range };
}
