/**
 * Object ids without reading the objects: `git cat-file --batch-check` for names such as
 * `<commit>:<path>`, and the id git would give a file's bytes, so that "is this text exactly the
 * text of that commit" is a comparison of two ids.
 */
import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
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
 * The id git gives `bytes` as the file at `path` (relative to the top of the working tree, as git's
 * history names it) when it is added: through git's own filters, so with the line endings
 * core.autocrlf and .gitattributes ask for converted (`git hash-object --stdin --path`). A clean
 * checkout on Windows has CRLF where the commit has LF; git sees no change, and neither may we.
 */
export function filteredBlobId(root: string, path: string, bytes: Uint8Array): Promise<string> {
  const what = 'het vergelijken van een klachtbestand met de geschiedenis';
  return new Promise((resolve, reject) => {
    // --path is read relative to the current folder: run at the top of the working tree.
    execFile('git', ['rev-parse', '--show-toplevel'], { cwd: root }, (error, top) => {
      if (error) {
        reject(gitFailure(what, error));
        return;
      }
      const child = spawn('git', ['hash-object', '--stdin', `--path=${path}`], { cwd: top.trim(), stdio: ['pipe', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString('utf8'); });
      child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
      child.on('error', (failure) => reject(gitFailure(what, failure)));
      child.on('close', (code) => {
        const id = stdout.trim();
        if (code !== 0 || !/^[0-9a-f]{40,64}$/.test(id)) reject(gitFailure(what, stderr));
        else resolve(id);
      });
      child.stdin.end(bytes);
    });
  });
}
