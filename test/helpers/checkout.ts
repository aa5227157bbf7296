/**
 * A register on "GitHub" as the workflows see it: a bare repository as origin, a working clone in
 * which the test makes commits, branches and tags and pushes them, and checkouts made the way
 * `actions/checkout` with `fetch-depth: 0` makes them (every branch as refs/remotes/origin/*,
 * every tag fetched, the commit checked out detached).
 */
import { join } from 'node:path';
import { git } from './git.js';
import { makeRegister, tempDir } from './temp.js';

export class Origin {
  /** The bare repository: what GitHub holds. */
  readonly bare: string;
  /** A clone to make commits in. */
  readonly work: string;

  /** A new repository with `files` committed on main and pushed. */
  constructor(files: Record<string, string | Uint8Array>, date = '2026-03-02T10:00:00+01:00') {
    this.bare = join(tempDir('klacht-origin-'), 'origin.git');
    git(tempDir(), ['init', '--quiet', '--bare', '--initial-branch=main', this.bare]);
    this.work = makeRegister(files);
    git(this.work, ['init', '--quiet', '--initial-branch=main']);
    git(this.work, ['remote', 'add', 'origin', this.bare]);
    git(this.work, ['add', '-A']);
    git(this.work, ['commit', '--quiet', '-m', 'Begin'], date);
    git(this.work, ['push', '--quiet', 'origin', 'main']);
  }

  /** git in the working clone. */
  git(args: readonly string[], date?: string): string {
    return git(this.work, args, date);
  }

  /** The commit a branch of origin points at. */
  sha(branch: string): string {
    return git(this.bare, ['rev-parse', `refs/heads/${branch}`]).trim();
  }

  /**
   * On `branch` (made from `from` when it does not exist yet), `change` applied to the files and
   * committed with `message`, then pushed; returns the new commit.
   */
  commit(branch: string, change: (root: string) => void, message: string, options: { from?: string; date?: string } = {}): string {
    const exists = this.git(['branch', '--list', branch]).trim() !== '';
    this.git(exists ? ['switch', '--quiet', branch] : ['switch', '--quiet', '-c', branch, options.from ?? 'main']);
    change(this.work);
    this.git(['add', '-A']);
    this.git(['commit', '--quiet', '--allow-empty', '-m', message], options.date);
    this.git(['push', '--quiet', 'origin', `refs/heads/${branch}:refs/heads/${branch}`]);
    return this.git(['rev-parse', 'HEAD']).trim();
  }

  /** Merges `other` into `branch` with a merge commit titled like GitHub's ("Merge pull request #N …"), pushed; returns it. */
  merge(branch: string, other: string, message: string, date?: string): string {
    this.git(['switch', '--quiet', branch]);
    this.git(['merge', '--quiet', '--no-ff', '--no-edit', '-m', message, other], date);
    this.git(['push', '--quiet', 'origin', `refs/heads/${branch}:refs/heads/${branch}`]);
    return this.git(['rev-parse', 'HEAD']).trim();
  }

  /** Pushes a tag `name` at `commit` to origin. */
  tag(name: string, commit: string): void {
    this.git(['tag', name, commit]);
    this.git(['push', '--quiet', 'origin', `refs/tags/${name}`]);
  }

  /** A checkout of `commit` as actions/checkout with fetch-depth: 0 leaves it; returns its folder. */
  checkout(commit: string): string {
    const dir = tempDir('klacht-checkout-');
    git(dir, ['init', '--quiet']);
    git(dir, ['remote', 'add', 'origin', this.bare]);
    git(dir, ['fetch', '--quiet', '--prune', '--no-recurse-submodules', 'origin', '+refs/heads/*:refs/remotes/origin/*', '+refs/tags/*:refs/tags/*']);
    git(dir, ['checkout', '--quiet', '--force', commit]);
    return dir;
  }
}
