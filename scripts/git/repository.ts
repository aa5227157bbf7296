/** Opening the git repository a register lives in, if any. */
import type { SimpleGit } from 'simple-git';

/** A simple-git handle rooted at the register, or undefined when the folder is not in a git repository. */
export async function openRepository(root: string): Promise<SimpleGit | undefined> {
  // Loaded on first use: most commands never touch git.
  const { simpleGit } = await import('simple-git');
  const git = simpleGit({ baseDir: root });
  try {
    return (await git.checkIsRepo()) ? git : undefined;
  } catch {
    return undefined;
  }
}
