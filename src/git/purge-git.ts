/**
 * Running git for the history purge (apart from repository.ts's runGit on purpose). Failures become a PurgeError with a Dutch sentence chosen
 * by the caller; git's own stderr is never shown, because fast-import quotes the stream it could
 * not read, and that stream holds complaint files.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { RunError } from '../core/text/errors.js';

/**
 * The environment of every git the purge runs: replacements (refs/replace) off, so that git reads
 * each commit as it is, never the one standing in for it; the purge rewrites the replacements too.
 */
export function purgeEnv(): NodeJS.ProcessEnv {
  return { ...process.env, GIT_NO_REPLACE_OBJECTS: '1' };
}

/** The history purge could not do its work; the message is Dutch and free of personal data. */
export class PurgeError extends RunError {}

/** The exit code of a running child (-1 when killed by a signal); a missing git is a PurgeError. */
export function exitCode(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    child.on('error', () => reject(new PurgeError('git is niet gevonden. Installeer git en probeer opnieuw.')));
    child.on('close', (code) => resolve(code ?? -1));
  });
}

/** Runs git in `root` with `input` on stdin; its stdout, or a PurgeError saying `failure`. */
export async function gitOutput(root: string, args: readonly string[], failure: string, input = ''): Promise<string> {
  const child = spawn('git', [...args], { cwd: root, env: purgeEnv(), stdio: ['pipe', 'pipe', 'ignore'] });
  const chunks: Buffer[] = [];
  child.stdout?.on('data', (chunk: Buffer) => chunks.push(chunk));
  // git may exit before reading all of its input; that shows in its exit code, not as EPIPE here.
  child.stdin?.on('error', () => undefined);
  child.stdin?.end(input);
  const code = await exitCode(child);
  if (code !== 0) throw new PurgeError(failure);
  return Buffer.concat(chunks).toString('utf8');
}

/** Like gitOutput, but a failure is an answer (undefined), not an error: for questions like "is there a stash?". */
export async function gitAsk(root: string, args: readonly string[]): Promise<string | undefined> {
  try {
    return await gitOutput(root, args, '');
  } catch (error) {
    if (error instanceof PurgeError && error.message === '') return undefined;
    throw error;
  }
}

/** Where git keeps `name` (ORIG_HEAD, objects, ...) for the repository at `root`, as an absolute path. */
export async function gitPath(root: string, name: string): Promise<string> {
  return resolve(root, (await gitOutput(root, ['rev-parse', '--git-path', name], 'git kon de repository niet lezen.')).trim());
}
