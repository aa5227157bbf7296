/** Opening the git repository a register lives in, if any. */
import { simpleGit, type SimpleGit } from 'simple-git';

/** A simple-git handle rooted at the register, or undefined when the folder is not in a git repository. */
export async function openRepository(root: string): Promise<SimpleGit | undefined> {
  const git = simpleGit({ baseDir: root });
  try {
    return (await git.checkIsRepo()) ? git : undefined;
  } catch {
    return undefined;
  }
}
