/**
 * Which old versions in the history are attachments of the complaints being purged: every blob
 * that was ever at one of their attachment paths (a complaint's folder bijlagen/<id>/ and each file
 * it named) on any ref or stash entry, except one that is still in HEAD's tree (a file of the
 * register that stays, such as another complaint's attachment with the same content). Unlike a
 * complaint file an attachment is not read: a scan holds no id and no fields, so each of its
 * versions is replaced as a whole, by a fixed sentence (purge.ts).
 *
 * A path is followed by name, not through renames: an attachment moved out of the complaint's
 * folder to a path the complaint does not name is not found (the folder is where klacht puts them).
 */
import { gitOutput } from './purge-git.js';

const UNREADABLE = 'git kon de geschiedenis van de bijlagen niet lezen. Er is niets veranderd: de geschiedenis is nog zoals ze was.';
const NONE = /^0+$/;
const GITLINK = '160000';

/**
 * The blob ids of every version of `paths` (files or folders, relative to the register) in the
 * history of every ref (but `excluded`) and of `extra` (stash entries), minus those in HEAD's tree
 * and the blob of `replacement` (the sentence that replaced them in an earlier purge).
 */
export async function attachmentBlobs(root: string, paths: readonly string[], extra: readonly string[], excluded: string, replacement: string): Promise<Set<string>> {
  const found = new Set<string>();
  if (paths.length === 0) return found;
  const prefix = (await gitOutput(root, ['rev-parse', '--show-prefix'], UNREADABLE)).trim();
  const specs = paths.map((path) => `:(top,literal)${prefix}${path}`);
  // Every change at these paths, merges against each parent (-m), root commits against nothing;
  // without rename detection a file that came from elsewhere is simply added here.
  const log = await gitOutput(root, ['log', `--exclude=${excluded}`, '--all', ...extra, '-m', '--root', '--no-renames', '--raw', '--no-abbrev', '-z', '--format=', '--', ...specs], UNREADABLE);
  for (const token of log.split('\0')) {
    if (!token.startsWith(':')) continue;
    const [srcMode = '', dstMode = '', srcBlob = '', dstBlob = ''] = token.slice(1).split(' ');
    if (srcMode !== GITLINK && !NONE.test(srcBlob)) found.add(srcBlob);
    if (dstMode !== GITLINK && !NONE.test(dstBlob)) found.add(dstBlob);
  }
  if (found.size === 0) return found;
  found.delete(await blobId(root, replacement));
  if (found.size === 0) return found;
  const head = (await gitOutput(root, ['rev-parse', '--verify', '-q', 'HEAD^{tree}'], UNREADABLE).catch(() => '')).trim();
  if (head !== '') {
    const tree = await gitOutput(root, ['ls-tree', '-r', '-z', '--full-tree', head], UNREADABLE);
    for (const entry of tree.split('\0')) found.delete(entry.split('\t')[0]?.split(' ')[2] ?? '');
  }
  return found;
}

/** The blob id `text` would have, without writing it. */
async function blobId(root: string, text: string): Promise<string> {
  return (await gitOutput(root, ['hash-object', '--stdin'], UNREADABLE, text)).trim();
}
