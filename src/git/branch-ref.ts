/**
 * A branch named on the command line (`--basis`, `--doel`), resolved to exactly one ref. Git
 * resolves a short name by trying refs/<name>, refs/tags/<name>, refs/heads/<name> and
 * refs/remotes/<name> in that order, so a tag `origin/main` (which `actions/checkout` with
 * fetch-depth: 0 fetches) would stand in for the branch refs/remotes/origin/main. A name that fits
 * more than one ref, or only a tag or a commit, is refused; a full ref must be a branch.
 */
import type { SimpleGit } from 'simple-git';
import { RunError } from '../core/text/errors.js';
import { runGit } from './repository.js';

export type BranchRef =
  | { readonly ok: true; readonly ref: string; readonly branch: string; readonly commit: string }
  | { readonly ok: false; readonly message: string };

/** Where a branch lives: a local branch, or a remote-tracking one (refs/remotes/<remote>/<branch>). */
const BRANCH_REF = /^refs\/(?:heads\/(.+)|remotes\/[^/]+\/(.+))$/;

/** The refs git tries for a short name, in git's own order (git rev-parse, "SPECIFYING REVISIONS"). */
export function candidateRefs(name: string): string[] {
  return [`refs/${name}`, `refs/tags/${name}`, `refs/heads/${name}`, `refs/remotes/${name}`, `refs/remotes/${name}/HEAD`];
}

const FULL_NAME = 'Geef de branch met zijn volledige naam, bijvoorbeeld refs/remotes/origin/main.';

/**
 * The one branch `name` means, with its commit; or why it is refused (Dutch). Pure over the refs
 * that exist (`refs`: full name to commit; a symbolic ref such as refs/remotes/origin/HEAD is left out).
 */
export function chooseBranchRef(name: string, refs: ReadonlyMap<string, string>): BranchRef {
  if (name.startsWith('refs/')) {
    const commit = refs.get(name);
    const match = BRANCH_REF.exec(name);
    if (!match) return { ok: false, message: `'${name}' is geen branch. ${FULL_NAME}` };
    if (commit === undefined) return { ok: false, message: `Branch '${name}' bestaat niet in deze repository. Haal hem eerst op (git fetch, of fetch-depth: 0).` };
    return { ok: true, ref: name, branch: (match[1] ?? match[2]) as string, commit };
  }
  const found = candidateRefs(name).filter((ref) => refs.has(ref));
  if (found.length > 1) {
    return { ok: false, message: `'${name}' is niet eenduidig: zo heten ${found.join(' en ')}. Een tag of andere ref met de naam van een branch kan de branch vervangen. ${FULL_NAME}` };
  }
  const [only] = found;
  if (only === undefined) {
    return /^[0-9a-f]{7,64}$/i.test(name)
      ? { ok: false, message: `'${name}' is een commit, geen branch. ${FULL_NAME}` }
      : { ok: false, message: `Branch '${name}' bestaat niet in deze repository. Haal hem eerst op (git fetch, of fetch-depth: 0).` };
  }
  return chooseBranchRef(only, refs);
}

/** Every ref of the repository with its commit (annotated tags peeled); symbolic refs left out. */
export async function listRefs(git: SimpleGit): Promise<Map<string, string>> {
  const output = await runGit(git, ['for-each-ref', '--format=%(refname)%00%(symref)%00%(*objectname)%00%(objectname)'], 'het lezen van de branches en tags');
  const refs = new Map<string, string>();
  for (const line of output.split('\n')) {
    const [ref = '', symref = '', peeled = '', object = ''] = line.split('\0');
    if (ref === '' || symref !== '') continue;
    refs.set(ref, peeled || object);
  }
  return refs;
}

/** Resolves `name` to one branch of the repository (see chooseBranchRef). */
export async function resolveBranchRef(git: SimpleGit, name: string): Promise<BranchRef> {
  return chooseBranchRef(name, await listRefs(git));
}

/**
 * The commit `name` means: a full commit id, HEAD, or a ref that exactly one of git's candidates
 * names (a tag beside a branch of the same name is refused, as for a branch). Throws a Dutch RunError.
 */
export async function resolveCommit(git: SimpleGit, name: string): Promise<string> {
  let target = name;
  if (!/^(?:[0-9a-f]{40}|[0-9a-f]{64}|HEAD)$/.test(name)) {
    const refs = await listRefs(git);
    const found = name.startsWith('refs/') ? [name].filter((r) => refs.has(r)) : candidateRefs(name).filter((r) => refs.has(r));
    if (found.length > 1) throw new RunError(`'${name}' is niet eenduidig: zo heten ${found.join(' en ')}. Geef de commit (40 tekens) of de volledige naam van de ref.`);
    if (found.length === 0) throw new RunError(`Commit '${name}' bestaat niet in deze repository. Haal de hele geschiedenis op (fetch-depth: 0).`);
    target = found[0] as string;
  }
  return (await runGit(git, ['rev-parse', '--verify', '--end-of-options', `${target}^{commit}`], `het vinden van commit ${name}`)).trim();
}
