/**
 * Which versions in the history are versions of the complaints being purged. Not every blob that
 * ever sat at one of their paths: two branches can pick the same number, and the one merged second
 * is renumbered (complaints/2024/KL-2024-010.md becomes KL-2024-011.md), so a former path of one
 * complaint is the path of another, whose data must stay.
 *
 * A file is followed through the commit graph of every ref (and every stash entry), commit by
 * commit, from its version at HEAD: back to each parent and on to each child, along its renames,
 * until it is added or deleted. That is its own history, on every branch that grew from it. A
 * version at one of those paths that this walk does not reach came from elsewhere: it is left alone
 * when its own history reaches HEAD (another complaint that is still in the register), and it is
 * counted when that history died out and the id inside the version is the complaint's own (a branch
 * merged by squashing or rebasing, whose commits no longer connect to the merged ones).
 *
 * Everything is read with replacements off (purge-git.ts): a replacement (refs/replace) must not
 * stand in for the commit it replaces, or the rewrite would follow it and lose that commit.
 */
import { gitOutput, purgeEnv } from './purge-git.js';
import { readBlobs } from './history.js';
import { COMPLAINTS_DIR } from '../core/complaint/layout.js';

/** One version: its content, and one commit and path where it occurs (for a message). */
export interface Version {
  readonly text: string;
  readonly commit: string;
  readonly path: string;
}

interface Change {
  readonly status: string;
  readonly src: number;
  readonly dst: number;
  readonly srcBlob: string;
  readonly dstBlob: string;
}

interface Edge { readonly bySrc: Map<number, Change>; readonly byDst: Map<number, Change> }

const NONE = /^0+$/;
const GITLINK = '160000';
const UNREADABLE = 'git kon de geschiedenis niet lezen. Er is niets veranderd: de geschiedenis is nog zoals ze was.';

/** The commit graph of every ref and of `extra` (stash entries only in the stash's reflog), and each edge's changes under complaints/. */
class History {
  readonly commits: string[] = [];
  readonly index = new Map<string, number>();
  readonly parents: number[][] = [];
  readonly children: number[][] = [];
  readonly paths: string[] = [];
  readonly pathIndex = new Map<string, number>();
  /** Changes per edge, keyed child * commits + parent (root commits: child * commits + child). */
  readonly edges = new Map<number, Edge>();

  path(name: string): number {
    let at = this.pathIndex.get(name);
    if (at === undefined) {
      at = this.paths.push(name) - 1;
      this.pathIndex.set(name, at);
    }
    return at;
  }

  edge(child: number, parent: number): Edge | undefined {
    return this.edges.get(child * this.commits.length + parent);
  }
}

async function readHistory(root: string, extra: readonly string[], excluded: string): Promise<History> {
  const history = new History();
  const graph = await gitOutput(root, ['rev-list', '--parents', `--exclude=${excluded}`, '--all', ...extra], UNREADABLE);
  const lines = graph.split('\n').filter(Boolean).map((line) => line.split(' '));
  for (const [commit = ''] of lines) {
    history.index.set(commit, history.commits.push(commit) - 1);
    history.parents.push([]);
    history.children.push([]);
  }
  const pairs: [number, number][] = [];
  for (const [commit = '', ...parents] of lines) {
    const child = history.index.get(commit) as number;
    for (const parent of parents) {
      const p = history.index.get(parent);
      if (p === undefined) continue;
      history.parents[child]?.push(p);
      history.children[p]?.push(child);
      pairs.push([child, p]);
    }
    if (parents.length === 0) pairs.push([child, child]);
  }
  if (pairs.length === 0) return history;
  const prefix = (await gitOutput(root, ['rev-parse', '--show-prefix'], UNREADABLE)).trim();
  // One diff per edge (a root commit against nothing), in one process; --always gives every edge its header.
  const input = pairs.map(([c, p]) => (c === p ? history.commits[c] : `${history.commits[c]} ${history.commits[p]}`)).join('\n');
  const output = await gitOutput(root, ['diff-tree', '--stdin', '-z', '-r', '-M', '--raw', '--no-abbrev', '--always', '--root', '--', `:(top,literal)${prefix}${COMPLAINTS_DIR}/`], UNREADABLE, `${input}\n`);
  const tokens = output.split('\0');
  let pair = -1;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    if (!token.startsWith(':')) {
      if (token !== '') pair++;
      continue;
    }
    const [srcMode = '', dstMode = '', srcBlob = '', dstBlob = '', status = ''] = token.slice(1).split(' ');
    const renamed = status.startsWith('R') || status.startsWith('C');
    const src = tokens[++i] as string;
    const dst = renamed ? tokens[++i] as string : src;
    const [child, parent] = pairs[pair] as [number, number];
    // A submodule entry holds no file: where one comes or goes, the file is added or deleted.
    const kind = srcMode === GITLINK && dstMode === GITLINK ? undefined : srcMode === GITLINK ? 'A' : dstMode === GITLINK ? 'D' : status[0];
    if (kind === undefined || kind === 'C') continue;
    const key = child * history.commits.length + parent;
    let edge = history.edges.get(key);
    if (!edge) history.edges.set(key, (edge = { bySrc: new Map(), byDst: new Map() }));
    const change: Change = { status: kind, src: history.path(src), dst: history.path(dst), srcBlob, dstBlob };
    if (kind !== 'A') edge.bySrc.set(change.src, change);
    if (kind !== 'D') edge.byDst.set(change.dst, change);
  }
  return history;
}

interface Found { readonly commit: number; readonly path: number; readonly blob: string }

/**
 * Every (commit, path, blob) connected to `starts`: back to each parent and on to each child along
 * the file's changes and renames, stopping where it is added or deleted. Marks them in `seen`.
 */
function walk(history: History, starts: readonly Found[], seen: Set<number>): Found[] {
  const paths = (): number => history.paths.length;
  const found: Found[] = [];
  const stack = [...starts];
  for (let node = stack.pop(); node; node = stack.pop()) {
    const key = node.commit * paths() + node.path;
    if (seen.has(key)) continue;
    seen.add(key);
    found.push(node);
    const { path, blob } = node;
    for (const parent of history.parents[node.commit] ?? []) {
      const change = history.edge(node.commit, parent)?.byDst.get(path);
      if (!change) stack.push({ commit: parent, path, blob });
      else if (change.status !== 'A') stack.push({ commit: parent, path: change.src, blob: change.srcBlob });
    }
    for (const child of history.children[node.commit] ?? []) {
      const change = history.edge(child, node.commit)?.bySrc.get(path);
      if (!change) stack.push({ commit: child, path, blob });
      else if (change.status !== 'D') stack.push({ commit: child, path: change.dst, blob: change.dstBlob });
    }
  }
  return found;
}

/**
 * The versions (blob id -> version) of the complaint files at `paths` (relative to the register),
 * as the module comment says: their own history on every ref, and versions of a history that died
 * out whose id (`idOf`) is theirs. `extra` names stash entries that live only in the stash's reflog.
 */
export async function complaintVersions(
  root: string,
  paths: readonly string[],
  extra: readonly string[],
  excluded: string,
  idOf: (text: string) => string | undefined,
): Promise<Map<string, Version>> {
  const result = new Map<string, Version>();
  const head = (await gitOutput(root, ['rev-parse', '--verify', '-q', 'HEAD^{commit}'], UNREADABLE).catch(() => '')).trim();
  if (head === '' || paths.length === 0) return result;
  const history = await readHistory(root, extra, excluded);
  const headIndex = history.index.get(head);
  if (headIndex === undefined) return result;
  const prefix = (await gitOutput(root, ['rev-parse', '--show-prefix'], UNREADABLE)).trim();
  const full = paths.map((path) => `${prefix}${path}`);
  const listed = await gitOutput(root, ['ls-tree', '-z', '--full-tree', head, '--', ...full], UNREADABLE);
  const starts = listed.split('\0').filter(Boolean).flatMap((entry): Found[] => {
    const [meta = '', name = ''] = entry.split('\t');
    const [mode = '', type = '', blob = ''] = meta.split(' ');
    return type === 'blob' && mode !== GITLINK ? [{ commit: headIndex, path: history.path(name), blob }] : [];
  });
  const seen = new Set<number>();
  const own = walk(history, starts, seen);
  const ownPaths = new Set(own.map((node) => node.path));
  const ownTexts = await readBlobs(root, starts.map((s) => s.blob), purgeEnv());
  const ids = new Set(starts.flatMap((s) => idOf(ownTexts.get(s.blob) ?? '') ?? []));
  const currentPaths = new Set(starts.map((s) => s.path));

  // Versions at the same paths that the file's own history does not reach, each with its own history.
  const strays: Found[] = [];
  for (const [key, edge] of history.edges) {
    for (const change of edge.byDst.values()) {
      if (!ownPaths.has(change.dst) || NONE.test(change.dstBlob)) continue;
      const child = Math.floor(key / history.commits.length);
      if (seen.has(child * history.paths.length + change.dst)) continue;
      const other = walk(history, [{ commit: child, path: change.dst, blob: change.dstBlob }], seen);
      // Still in the register at HEAD: another complaint. Otherwise a history that died out.
      if (!other.some((node) => node.commit === headIndex)) strays.push(...other);
    }
  }
  const strayTexts = await readBlobs(root, strays.map((node) => node.blob), purgeEnv());
  const theirs = strays.filter((node) => {
    const id = idOf(strayTexts.get(node.blob) ?? '');
    return id === undefined ? currentPaths.has(node.path) : ids.has(id);
  });

  const chosen = [...own, ...theirs].filter((node) => !NONE.test(node.blob));
  const texts = await readBlobs(root, chosen.map((node) => node.blob), purgeEnv());
  for (const node of chosen) {
    const text = texts.get(node.blob);
    if (text !== undefined && !result.has(node.blob)) result.set(node.blob, { text, commit: history.commits[node.commit] as string, path: history.paths[node.path] as string });
  }
  return result;
}
