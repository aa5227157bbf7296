/**
 * The git history of complaints/, read in one pass: one `git log --raw` over the folder (renames
 * followed with -M), parsed into the revisions of every complaint file under its current path.
 * Contents are read only for the complaints asked for, all at once through `git cat-file --batch`,
 * never with a log or a show per file.
 */
import { spawn } from 'node:child_process';
import { lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SimpleGit } from 'simple-git';
import { COMPLAINTS_DIR } from '../core/complaint/layout.js';
import { isLeftover, type ThisProcess } from '../core/process/process-state.js';
import { gitFailure, hasCommits, runGit } from './repository.js';

export interface Revision {
  readonly commit: string;
  /** Commit time, seconds since the epoch (committer date: when it entered the history). */
  readonly time: number;
  readonly author: string;
  /** The file's blob after this commit. */
  readonly blob: string;
  /** The path in this commit. */
  readonly path: string;
}

export interface FileHistory {
  /** The path now (or when last seen, if deleted). */
  readonly path: string;
  /** Oldest first. */
  readonly revisions: Revision[];
  /** Earlier paths, oldest first (renames). */
  readonly formerPaths: string[];
  readonly deleted: boolean;
}

const RECORD = '\u001e';
const FIELD = '\u001f';

/** Parses `git log --raw -M --no-abbrev --format=<RS>%H<US>%ct<US>%an` output (newest first). */
export function parseRawLog(output: string): Map<string, FileHistory> {
  type Mutable = { path: string; revisions: Revision[]; formerPaths: string[]; deleted: boolean };
  const commits = output.split(RECORD).slice(1).map((record) => {
    const [header = '', ...lines] = record.split('\n');
    const [commit = '', time = '0', author = ''] = header.split(FIELD);
    return { commit, time: Number(time), author, lines };
  });
  // Walk oldest first, so that a rename carries a file's revisions to its new path.
  const byPath = new Map<string, Mutable>();
  const files: Mutable[] = [];
  for (let i = commits.length - 1; i >= 0; i--) {
    const { commit, time, author, lines } = commits[i] as (typeof commits)[number];
    for (const line of lines) {
      if (!line.startsWith(':')) continue;
      const tab = line.indexOf('\t');
      const meta = line.slice(1, tab).split(' ');
      const paths = line.slice(tab + 1).split('\t');
      const status = meta[4] ?? '';
      const blob = meta[3] ?? '';
      const kind = status[0];
      if (kind === 'R') {
        const [from = '', to = ''] = paths;
        const file = byPath.get(from) ?? { path: from, revisions: [], formerPaths: [], deleted: false };
        if (!byPath.has(from)) files.push(file);
        byPath.delete(from);
        file.formerPaths.push(from);
        file.path = to;
        file.revisions.push({ commit, time, author, blob, path: to });
        byPath.set(to, file);
      } else if (kind === 'D') {
        const file = byPath.get(paths[0] ?? '');
        if (file) {
          file.deleted = true;
          byPath.delete(file.path);
        }
      } else {
        const path = paths[0] ?? '';
        let file = byPath.get(path);
        if (!file || file.deleted) {
          file = { path, revisions: [], formerPaths: [], deleted: false };
          files.push(file);
          byPath.set(path, file);
        }
        file.revisions.push({ commit, time, author, blob, path });
      }
    }
  }
  return new Map(files.map((f) => [f.path, f]));
}

const thisProcess = (): ThisProcess => ({ pid: process.pid, host: hostname(), probe: (pid) => process.kill(pid, 0) });

/** The temporary folders of the log: `klacht-log-<pid>-<random>`. */
const LOG_PREFIX = 'klacht-log-';
const LOG_FOLDER = /^klacht-log-(\d+)-[A-Za-z0-9]{6}$/;
/** Older than this, a log folder is left over whatever its process id says (the id may be used again). */
const LOG_STALE_MS = 24 * 60 * 60_000;

/**
 * Removes the log folders that a process killed while reading left in the temporary folder (they
 * hold the names of the authors of commits): those of a process that is gone, or a day old. One of
 * another user, which this process may not remove, stays.
 */
function removeLeftoverLogs(): void {
  let names: string[];
  try {
    names = readdirSync(tmpdir()).filter((name) => name.startsWith(LOG_PREFIX));
  } catch {
    return;
  }
  const here = thisProcess();
  for (const name of names) {
    const pid = LOG_FOLDER.exec(name)?.[1];
    const stat = pid === undefined ? undefined : lstatSync(join(tmpdir(), name), { throwIfNoEntry: false });
    if (stat === undefined || !stat.isDirectory()) continue;
    if (!isLeftover({ pid: Number(pid), ageMs: Date.now() - stat.mtimeMs }, here, { maxAgeMs: LOG_STALE_MS })) continue;
    try {
      rmSync(join(tmpdir(), name), { recursive: true, force: true });
    } catch {
      // Another user's: not ours to remove.
    }
  }
}

/**
 * The history of every file under complaints/, by current path. One `git log` for all of it,
 * writing to a temporary file (--output) rather than a pipe, so that git runs to the end while
 * this process does other work (loading the register) instead of waiting for it to read.
 */
export async function complaintHistory(git: SimpleGit): Promise<Map<string, FileHistory>> {
  removeLeftoverLogs();
  const folder = mkdtempSync(join(tmpdir(), `${LOG_PREFIX}${process.pid}-`));
  const file = join(folder, 'log.txt');
  try {
    if (!(await hasCommits(git))) return new Map();
    await runGit(git, [
      'log', '--raw', '-M', '--no-abbrev', '--no-color', '--no-merges', `--format=${RECORD}%H${FIELD}%ct${FIELD}%an`, `--output=${file}`, '--', `${COMPLAINTS_DIR}/`,
    ], `het lezen van de geschiedenis van ${COMPLAINTS_DIR}/`);
    return parseRawLog(readFileSync(file, 'utf8'));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The contents of blobs, read in one `git cat-file --batch`, by blob id. */
export async function readBlobs(root: string, blobs: readonly string[], env?: NodeJS.ProcessEnv): Promise<Map<string, string>> {
  const unique = [...new Set(blobs)];
  const contents = await readObjects(root, unique, env);
  return new Map(unique.flatMap((blob, i) => (contents[i] === undefined ? [] : [[blob, contents[i] as string] as const])));
}

/**
 * Objects named any way git understands (`<blob>`, `<commit>:<path>`), read in one
 * `git cat-file --batch`, in the order asked; undefined for one that does not exist.
 */
export function readObjects(root: string, names: readonly string[], env?: NodeJS.ProcessEnv): Promise<(string | undefined)[]> {
  return new Promise((resolve, reject) => {
    if (names.length === 0) {
      resolve([]);
      return;
    }
    const child = spawn('git', ['cat-file', '--batch'], { cwd: root, ...(env ? { env } : {}), stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    child.on('error', (error) => reject(gitFailure('het lezen van oude versies van bestanden', error)));
    child.on('close', (code) => {
      if (code !== 0) {
        reject(gitFailure('het lezen van oude versies van bestanden', stderr));
        return;
      }
      const data = Buffer.concat(chunks);
      const result: (string | undefined)[] = [];
      let at = 0;
      while (at < data.length) {
        const headerEnd = data.indexOf(0x0a, at);
        const header = data.subarray(at, headerEnd).toString('utf8');
        if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
          result.push(undefined);
          at = headerEnd + 1;
          continue;
        }
        const size = Number(header.slice(header.lastIndexOf(' ') + 1));
        const start = headerEnd + 1;
        result.push(data.subarray(start, start + size).toString('utf8'));
        at = start + size + 1;
      }
      resolve(result);
    });
    child.stdin.end(`${names.join('\n')}\n`);
  });
}
