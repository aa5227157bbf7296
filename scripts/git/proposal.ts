/**
 * A change made by a form, put on a branch of its own for a pull request: which files changed,
 * one commit by the workflow on a new branch, and a push that leaves no token behind.
 */
import type { SimpleGit } from 'simple-git';
import { RunError } from '../core/errors.js';
import { gitFailure, runGit } from './repository.js';

/** The workflow's own identity on GitHub: a pull request it makes is not anyone's own. */
export const WORKFLOW_AUTHOR = { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' };

/** Every changed, added or deleted path in the working tree (untracked files included), sorted. */
export async function changedPaths(git: SimpleGit): Promise<string[]> {
  const output = await runGit(git, ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--no-renames'], 'het lezen van de wijzigingen');
  return output.split('\0').filter((entry) => entry.length > 3).map((entry) => entry.slice(3)).sort();
}

/** The current branch, or undefined on a detached HEAD. */
export async function currentBranch(git: SimpleGit): Promise<string | undefined> {
  const name = (await runGit(git, ['rev-parse', '--abbrev-ref', 'HEAD'], 'het lezen van de branch')).trim();
  return name === '' || name === 'HEAD' ? undefined : name;
}

/** Commits `paths` on a new branch `branch` from HEAD, as the workflow; returns the commit. */
export async function commitOnNewBranch(git: SimpleGit, branch: string, paths: readonly string[], message: string): Promise<string> {
  await runGit(git, ['switch', '--quiet', '--create', branch], `het maken van branch ${branch}`);
  await runGit(git, ['add', '--all', '--', ...paths], 'het klaarzetten van de wijziging');
  // Author and committer both: a runner has no identity of its own, and the commit is the workflow's.
  const identity = ['-c', `user.name=${WORKFLOW_AUTHOR.name}`, '-c', `user.email=${WORKFLOW_AUTHOR.email}`];
  await runGit(git, [...identity, 'commit', '--quiet', '--no-verify', '--author', `${WORKFLOW_AUTHOR.name} <${WORKFLOW_AUTHOR.email}>`, '--message', message], 'het vastleggen van de wijziging');
  return (await runGit(git, ['rev-parse', 'HEAD'], 'het lezen van de nieuwe commit')).trim();
}

/**
 * Pushes `branch` to `remote` (never forced) from the repository at `root`. With a token, it goes
 * as an HTTP header for this one command, in git's environment: not in .git/config, not in the
 * process's arguments.
 */
export async function pushBranch(root: string, remote: string, branch: string, token: string | undefined): Promise<void> {
  // Only what git needs from the environment (simple-git refuses some variables, such as EDITOR).
  const passed = ['PATH', 'HOME', 'HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'NO_PROXY', 'no_proxy', 'SSL_CERT_FILE', 'SSL_CERT_DIR', 'GIT_SSL_CAINFO'];
  const env: Record<string, string | undefined> = { ...Object.fromEntries(passed.map((name) => [name, process.env[name]])), GIT_TERMINAL_PROMPT: '0' };
  if (token) {
    Object.assign(env, {
      GIT_CONFIG_COUNT: '1',
      GIT_CONFIG_KEY_0: 'http.extraheader',
      GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`,
    });
  }
  const { simpleGit } = await import('simple-git');
  // simple-git refuses configuration through the environment unless told: here it is the point.
  const git = simpleGit({ baseDir: root, unsafe: { allowUnsafeConfigEnvCount: true } }).env(env);
  try {
    await git.raw(['push', '--quiet', remote, `refs/heads/${branch}:refs/heads/${branch}`]);
  } catch (error) {
    const failure = gitFailure(`het versturen van branch ${branch}`, error);
    // Never git's text with the token in it (git doesn't print it, but be sure).
    throw new RunError(token ? failure.message.split(token).join('***') : failure.message);
  }
}
