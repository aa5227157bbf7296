/**
 * The commit a version tag of the released tool points at, asked of its repository with
 * `git ls-remote`: what `klacht init` pins the register's workflows to. Git's own URL rewriting
 * (`url.<base>.insteadOf`) applies, so a mirror or an offline copy can stand in for GitHub.
 */
import { RunError } from '../core/text/errors.js';
import { gitFailure, runGit } from './repository.js';

/** The commit `tag` points at in the repository at `url` (an annotated tag is peeled), or undefined. */
export async function tagCommit(url: string, tag: string): Promise<string | undefined> {
  const { simpleGit } = await import('simple-git');
  // ls-remote needs no repository. Never a password prompt (a missing repository on GitHub asks for
  // one), and no waiting for ever on a network that does not answer.
  const git = simpleGit({ baseDir: process.cwd(), timeout: { block: 30_000 } }).env({ ...process.env, GIT_TERMINAL_PROMPT: '0' });
  let output: string;
  try {
    output = await runGit(git, ['ls-remote', '--tags', url, `refs/tags/${tag}`, `refs/tags/${tag}^{}`], `het opvragen van versie ${tag} bij ${url}`);
  } catch (error) {
    throw error instanceof RunError ? error : gitFailure(`het opvragen van versie ${tag} bij ${url}`, error);
  }
  const refs = new Map(output.split('\n').flatMap((line) => {
    const [sha, ref] = line.trim().split(/\s+/);
    return sha && ref ? [[ref, sha] as const] : [];
  }));
  return refs.get(`refs/tags/${tag}^{}`) ?? refs.get(`refs/tags/${tag}`);
}
