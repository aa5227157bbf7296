/**
 * What a pull request changes that the signature check must judge, read from git alone: the
 * configuration at the base, whether the merge can be judged at all (one merge base, no conflict),
 * symbolic links and unsafe names under complaints/ and analyses/, and each complaint file's content
 * at the base and in the tree the merge would produce, with what in it needs the directie's signature.
 */
import { basename } from 'node:path';
import type { SimpleGit } from 'simple-git';
import type { Complaint } from '../../core/complaint/complaint.js';
import type { RegisterConfig } from '../../core/complaint/config.js';
import { ANALYSES_DIR, COMPLAINTS_DIR, CONFIG_FILE } from '../../core/complaint/layout.js';
import { isRuleFile, signatureNeeds, type SignatureReason } from '../../core/signing/needs.js';
import { hasUnsafeName } from '../../core/text/path-names.js';
import { mergeProblem, noBaseConfig, symlinkProblem, unreadableComplaintProblem, unsafeNameProblem, type PullRequestProblem } from '../../core/signing/verdict.js';
import { readObjects } from '../../git/history.js';
import { mergeResult } from '../../git/merge-result.js';
import { changedFiles, SYMLINK_MODE } from '../../git/pull-diff.js';
import { complaintFromBytes } from '../../register/check-file.js';
import { parseConfig } from '../../register/config.js';
import { RunError } from '../errors.js';

export interface SignatureNeed {
  readonly id: string;
  /** The complaint at the head; undefined when the file was deleted. */
  readonly after: Complaint | undefined;
  readonly reasons: SignatureReason[];
}

export interface PullRequestChanges {
  /** The directie as the base knows it; undefined when the base has no configuration (then a problem says so). */
  readonly config: RegisterConfig | undefined;
  readonly problems: PullRequestProblem[];
  readonly needs: SignatureNeed[];
  /** How many files under complaints/ changed. */
  readonly changedFiles: number;
}

function complaintAt(path: string, text: string | undefined): Complaint | undefined {
  return text === undefined ? undefined : complaintFromBytes(path, Buffer.from(text, 'utf8'));
}

/** The base as the check judges against it: one branch (git/branch-ref.ts) and its commit. */
export interface JudgedBase {
  /** The full ref, e.g. refs/remotes/origin/main. */
  readonly ref: string;
  readonly commit: string;
}

/**
 * Reads what merging `head` into `base` would change (git/merge-result.ts); throws a Dutch RunError
 * when git can't compare them. More than one merge base, none, or a conflict fails closed.
 */
export async function pullRequestChanges(root: string, git: SimpleGit, base: JudgedBase, head: string): Promise<PullRequestChanges> {
  const problems: PullRequestProblem[] = [];
  // The directie as the base branch knows it: a pull request cannot appoint its own signer, and
  // without a configuration at the base nobody is known to sign (fail closed, never fall back to the head's).
  const configText = (await readObjects(root, [`${base.commit}:${CONFIG_FILE}`]))[0];
  const config = configText === undefined ? undefined : parseConfig(Buffer.from(configText, 'utf8')).config;
  if (!config) problems.push(noBaseConfig(base.ref));

  const fetchHint = (error: unknown): never => {
    throw error instanceof RunError ? new RunError(`${error.message}. Haal de hele geschiedenis op (fetch-depth: 0).`) : error;
  };
  const merge = await mergeResult(root, git, base.commit, head).catch(fetchHint);
  if (!merge.ok) return { config, problems: [...problems, mergeProblem(merge.reason, base.ref, merge.mergeBases)], needs: [], changedFiles: 0 };
  const changed = await changedFiles(git, base.commit, merge.tree, [COMPLAINTS_DIR, ANALYSES_DIR]);
  // A name that could write the log or the summary is refused, and never read (a newline would
  // also split git's batch of names).
  const unsafe = new Set(changed.flatMap((f) => [f.path, f.oldPath ?? f.path]).filter(hasUnsafeName));
  for (const path of [...unsafe].sort()) problems.push(unsafeNameProblem(path));
  const readable = changed.filter((f) => !unsafe.has(f.path) && !unsafe.has(f.oldPath ?? f.path));
  const symlinks = new Set(readable.filter((f) => f.newMode === SYMLINK_MODE).map((f) => f.path));
  for (const path of symlinks) problems.push(symlinkProblem(path));

  const inComplaints = (path: string): boolean => path === COMPLAINTS_DIR || path.startsWith(`${COMPLAINTS_DIR}/`);
  const complaints = readable.filter((f) => f.newMode !== SYMLINK_MODE && (inComplaints(f.path) || inComplaints(f.oldPath ?? '')) && [f.path, f.oldPath ?? ''].some((p) => p.endsWith('.md')));
  const contents = await readObjects(root, complaints.flatMap((f) => [`${base.commit}:${f.oldPath ?? f.path}`, `${merge.tree}:${f.path}`]));
  const needs: SignatureNeed[] = [];
  complaints.forEach((file, i) => {
    const deleted = file.status === 'D' || !inComplaints(file.path);
    const before = complaintAt(file.oldPath ?? file.path, contents[2 * i]);
    const after = deleted ? undefined : complaintAt(file.path, contents[2 * i + 1]);
    // A file the merge leaves unreadable (or not a file at all: a submodule) can't be judged: what
    // it says, and so what a signature would be for, is unknown. Fail closed, never skip it.
    if (!deleted && !after?.id) {
      problems.push(unreadableComplaintProblem(file.path, base.ref));
      return;
    }
    const reasons = signatureNeeds({ before, after, deleted, moved: file.oldPath !== undefined && file.oldPath !== file.path });
    const id = after?.id ?? before?.id ?? basename(file.oldPath ?? file.path, '.md');
    // Any other change of a complaint is signed too: the directie owns everything (CODEOWNERS *).
    needs.push({ id, after, reasons: reasons.length > 0 ? reasons : ['wijziging'] });
  });
  // Everything else, named by its path: the register's rules (who signs, what checks), the
  // analyses, the letters' templates, attachments. Nothing in a register changes unsigned.
  const handled = new Set([...complaints.flatMap((f) => [f.path, f.oldPath ?? f.path]), ...unsafe, ...symlinks]);
  const everything = await changedFiles(git, base.commit, merge.tree, []);
  const others = [...new Set(everything.flatMap((f) => [f.path, f.oldPath ?? f.path]))].filter((p) => !handled.has(p)).sort();
  for (const path of others) needs.push({ id: path, after: undefined, reasons: [isRuleFile(path) ? 'regels' : 'wijziging'] });
  return { config, problems, needs, changedFiles: complaints.length };
}
