/**
 * What merging a pull request would really produce: the tree of `git merge-tree --write-tree` of
 * the base and the head, judged against the base itself. `git diff base...head` compares the head
 * with one merge base that git picks; with two merge bases (a "criss-cross", easily made with
 * `git merge -s ours`) that diff can be empty while the merge undoes what the base has since. So:
 * exactly one merge base, no conflicts, and the diff from the base to the merge's tree.
 */
import { execFile } from 'node:child_process';
import type { SimpleGit } from 'simple-git';
import { RunError } from '../core/text/errors.js';
import { runGit } from './repository.js';

export type MergeResult =
  | { readonly ok: true; readonly tree: string }
  | { readonly ok: false; readonly reason: 'no-merge-base' | 'merge-bases' | 'conflict'; readonly mergeBases: readonly string[] };

/** Every merge base of two commits (`git merge-base --all`); none when they share no history. */
export async function allMergeBases(git: SimpleGit, a: string, b: string): Promise<string[]> {
  // merge-base exits 1 without a word when there is none; simple-git then gives empty output.
  const output = await runGit(git, ['merge-base', '--all', a, b], 'het zoeken naar het gemeenschappelijke begin van de basis en de pull request');
  return output.split('\n').map((l) => l.trim()).filter(Boolean);
}

/** `git merge-tree --write-tree`: the merged tree, or undefined when the merge has conflicts. */
function mergeTree(root: string, base: string, head: string): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    execFile('git', ['merge-tree', '--write-tree', '--no-messages', base, head], { cwd: root, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (error as { code?: unknown }).code : 0;
      if (code === 1) {
        resolve(undefined);
        return;
      }
      const tree = stdout.split('\n')[0]?.trim() ?? '';
      if (code !== 0 || !/^[0-9a-f]{40,64}$/.test(tree)) {
        const line = `${stderr}`.split('\n').map((l) => l.trim()).find(Boolean) ?? (error instanceof Error ? error.message : 'geen uitleg van git');
        reject(new RunError(`git faalde bij het samenvoegen van de basis en de pull request (git merge-tree, git 2.38 of nieuwer nodig): ${line}`));
        return;
      }
      resolve(tree);
    });
  });
}

/** What merging `head` into `base` (both commits) would produce, or why it can't be judged. */
export async function mergeResult(root: string, git: SimpleGit, base: string, head: string): Promise<MergeResult> {
  const mergeBases = await allMergeBases(git, base, head);
  if (mergeBases.length === 0) return { ok: false, reason: 'no-merge-base', mergeBases };
  if (mergeBases.length > 1) return { ok: false, reason: 'merge-bases', mergeBases };
  const tree = await mergeTree(root, base, head);
  return tree === undefined ? { ok: false, reason: 'conflict', mergeBases } : { ok: true, tree };
}
