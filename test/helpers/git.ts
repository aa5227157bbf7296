/** Real git repositories for tests. */
import { execFileSync } from 'node:child_process';

/** Runs git in `cwd` with a fixed identity and date; returns stdout. */
export function git(cwd: string, args: readonly string[], date = '2026-11-24T10:00:00+01:00'): string {
  return execFileSync('git', [...args], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.invalid', GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.invalid', GIT_COMMITTER_DATE: date,
    },
  });
}

/** Makes `dir` a repository with everything in it committed on main. */
export function initRepository(dir: string): void {
  git(dir, ['init', '--quiet', '--initial-branch=main']);
  git(dir, ['add', '-A']);
  git(dir, ['commit', '--quiet', '--allow-empty', '-m', 'begin']);
}
