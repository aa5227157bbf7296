/**
 * Object ids without reading the objects: `git cat-file --batch-check` for names such as
 * `<commit>:<path>`, and the id git would give a file's bytes, so that "is this text exactly the
 * text of that commit" is a comparison of two ids.
 */
import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gitFailure } from './repository.js';

/**
 * The id of each object named (`<commit>:<path>`, a ref, …) in one `git cat-file --batch-check`, in
 * the order asked; undefined for one that does not exist. Names must not hold a line break.
 */
export function objectIds(root: string, names: readonly string[]): Promise<(string | undefined)[]> {
  return new Promise((resolve, reject) => {
    if (names.length === 0) {
      resolve([]);
      return;
    }
    if (names.some((n) => /[\r\n]/.test(n))) {
      reject(gitFailure('het opzoeken van bestanden in de geschiedenis', 'een naam met een regeleinde'));
      return;
    }
    const child = spawn('git', ['cat-file', '--batch-check=%(objectname)'], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString('utf8'); });
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    child.on('error', (error) => reject(gitFailure('het opzoeken van bestanden in de geschiedenis', error)));
    child.on('close', (code) => {
      if (code !== 0) {
        reject(gitFailure('het opzoeken van bestanden in de geschiedenis', stderr));
        return;
      }
      const lines = stdout.split('\n').slice(0, names.length);
      resolve(lines.map((line) => (/^[0-9a-f]{40,64}$/.test(line) ? line : undefined)));
    });
    child.stdin.end(`${names.join('\n')}\n`);
  });
}

/** The id git gives a blob with these bytes (`git hash-object`), for a repository whose ids have `length` hex digits (40: SHA-1, 64: SHA-256). */
export function blobId(bytes: Uint8Array, length: number): string {
  return createHash(length === 64 ? 'sha256' : 'sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/**
 * The ids git gives the files at `files[i].path` (relative to the top of the working tree, as git's
 * history names them) when they are added: through git's own filters, so with the line endings
 * core.autocrlf and .gitattributes ask for converted. A clean checkout on Windows has CRLF where
 * the commit has LF; git sees no change, and neither may we. One `git hash-object --stdin-paths` for
 * all; a file is hashed only while the working tree still holds exactly `bytes` (undefined when not).
 * Paths must not hold a line break.
 */
export async function filteredBlobIds(root: string, files: readonly { readonly path: string; readonly bytes: Uint8Array }[]): Promise<(string | undefined)[]> {
  if (files.length === 0) return [];
  const what = 'het vergelijken van klachtbestanden met de geschiedenis';
  if (files.some((f) => /[\r\n]/.test(f.path))) throw gitFailure(what, 'een naam met een regeleinde');
  const top = await new Promise<string>((resolve, reject) => {
    execFile('git', ['rev-parse', '--show-toplevel'], { cwd: root }, (error, stdout) => (error ? reject(gitFailure(what, error)) : resolve(stdout.trim())));
  });
  const unchanged = files.map((f) => {
    const now = readIfThere(join(top, f.path));
    return now !== undefined && Buffer.compare(now, Buffer.from(f.bytes.buffer, f.bytes.byteOffset, f.bytes.byteLength)) === 0;
  });
  const paths = files.filter((_, i) => unchanged[i]).map((f) => f.path);
  if (paths.length === 0) return files.map(() => undefined);
  const ids = await new Promise<string[]>((resolve, reject) => {
    // --stdin-paths reads each path relative to the current folder: run at the top of the working tree.
    const child = spawn('git', ['hash-object', '--stdin-paths'], { cwd: top, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString('utf8'); });
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    child.on('error', (failure) => reject(gitFailure(what, failure)));
    child.on('close', (code) => {
      const lines = stdout.split('\n').slice(0, paths.length);
      if (code !== 0 || lines.length < paths.length || !lines.every((l) => /^[0-9a-f]{40,64}$/.test(l))) reject(gitFailure(what, stderr));
      else resolve(lines);
    });
    child.stdin.end(`${paths.join('\n')}\n`);
  });
  let next = 0;
  return files.map((_, i) => (unchanged[i] ? ids[next++] : undefined));
}

function readIfThere(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}
