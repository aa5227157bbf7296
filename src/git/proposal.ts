/**
 * A change made by a form, put on a branch of its own for a pull request: which files changed,
 * one commit by the workflow on a new branch (made without leaving the current branch), and a push
 * that leaves no token behind.
 */
import { rmSync } from 'node:fs';
import type { SimpleGit } from 'simple-git';
import { RunError } from '../core/text/errors.js';
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

/** Only what git needs from the environment (simple-git refuses some variables, such as EDITOR). */
function gitEnvironment(extra: Readonly<Record<string, string>>): Record<string, string | undefined> {
  const passed = ['PATH', 'HOME', 'HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'NO_PROXY', 'no_proxy', 'SSL_CERT_FILE', 'SSL_CERT_DIR', 'GIT_SSL_CAINFO'];
  return { ...Object.fromEntries(passed.map((name) => [name, process.env[name]])), GIT_TERMINAL_PROMPT: '0', ...extra };
}

/** Where the commit on a new branch is put together: an index of its own, never the working copy's. */
const PROPOSAL_INDEX = 'klacht-voorstel.index';

/**
 * Commits `paths` as they are in the working tree, as the workflow, on branch `branch` made from
 * HEAD, without touching HEAD, the index or the working tree: they stay as they were, whatever
 * fails later. A branch of that name from an earlier run (the push failed) is used again when it
 * holds exactly this change on HEAD; with another change it is refused.
 */
export async function commitOnNewBranch(root: string, branch: string, paths: readonly string[], message: string): Promise<{ commit: string; reused: boolean }> {
  const { simpleGit } = await import('simple-git');
  const index = (await runGit(simpleGit({ baseDir: root }), ['rev-parse', '--path-format=absolute', '--git-path', PROPOSAL_INDEX], 'het lezen van de repository')).trim();
  // What a killed earlier run left: the index and git's lock on it.
  for (const leftover of [index, `${index}.lock`]) rmSync(leftover, { force: true });
  const author = { GIT_AUTHOR_NAME: WORKFLOW_AUTHOR.name, GIT_AUTHOR_EMAIL: WORKFLOW_AUTHOR.email, GIT_COMMITTER_NAME: WORKFLOW_AUTHOR.name, GIT_COMMITTER_EMAIL: WORKFLOW_AUTHOR.email };
  const git = simpleGit({ baseDir: root }).env(gitEnvironment({ GIT_INDEX_FILE: index, ...author }));
  try {
    const head = (await runGit(git, ['rev-parse', '--verify', 'HEAD^{commit}'], 'het lezen van HEAD')).trim();
    await runGit(git, ['read-tree', head], 'het klaarzetten van de wijziging');
    await runGit(git, ['add', '--all', '--', ...paths], 'het klaarzetten van de wijziging');
    const tree = (await runGit(git, ['write-tree'], 'het klaarzetten van de wijziging')).trim();
    const existing = (await git.raw(['rev-parse', '--verify', '--quiet', `refs/heads/${branch}^{commit}`]).catch(() => '')).trim();
    if (existing !== '') {
      const [parent, existingTree] = (await runGit(git, ['show', '-s', '--format=%P%n%T', existing], `het lezen van branch ${branch}`)).trim().split('\n');
      if (parent === head && existingTree === tree) return { commit: existing, reused: true };
      throw new RunError(`Branch ${branch} bestaat al, met een andere wijziging. Er is niets vastgelegd; de werkmap is niet veranderd.`);
    }
    const commit = (await runGit(git, ['commit-tree', tree, '-p', head, '-m', message], 'het vastleggen van de wijziging')).trim();
    await runGit(git, ['update-ref', `refs/heads/${branch}`, commit, ''], `het maken van branch ${branch}`);
    return { commit, reused: false };
  } finally {
    rmSync(index, { force: true });
  }
}

/**
 * Pushes `branch` to `remote` (never forced) from the repository at `root`. With a token, it goes
 * as an HTTP header for this one command, in git's environment: not in .git/config, not in the
 * process's arguments.
 */
export async function pushBranch(root: string, remote: string, branch: string, token: string | undefined): Promise<void> {
  const env = gitEnvironment(token ? {
    GIT_CONFIG_COUNT: '1',
    GIT_CONFIG_KEY_0: 'http.extraheader',
    GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`,
  } : {});
  const { simpleGit } = await import('simple-git');
  // simple-git refuses configuration through the environment unless told: here it is the point.
  const git = simpleGit({ baseDir: root, unsafe: { allowUnsafeConfigEnvCount: true } }).env(env);
  try {
    await git.raw(['push', '--quiet', remote, `refs/heads/${branch}:refs/heads/${branch}`]);
  } catch (error) {
    const failure = gitFailure(`het versturen van branch ${branch}`, error);
    // Never git's text with the token in it (git doesn't print it, but be sure).
    const hide = (text: string): string => (token ? text.split(token).join('***') : text);
    throw new RunError(hide(failure.message), failure.detail === undefined ? {} : { detail: hide(failure.detail) });
  }
}
