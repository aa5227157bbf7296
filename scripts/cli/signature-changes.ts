/**
 * What a pull request changes that the signature check must judge, read from git alone: the
 * configuration at the base, symbolic links under complaints/ and analyses/, and each complaint
 * file's content before (at the merge base) and after, with what in it needs the directie's signature.
 */
import { basename } from 'node:path';
import type { SimpleGit } from 'simple-git';
import type { Complaint } from '../core/complaint.js';
import type { RegisterConfig } from '../core/config.js';
import { ANALYSES_DIR, COMPLAINTS_DIR, CONFIG_FILE } from '../core/layout.js';
import { isRuleFile, signatureNeeds, type SignatureReason } from '../core/signature-needs.js';
import { noBaseConfig, symlinkProblem, type PullRequestProblem } from '../core/signature-verdict.js';
import { mergeBase } from '../git/complaint-ids.js';
import { readObjects } from '../git/history.js';
import { changedFiles, SYMLINK_MODE } from '../git/pull-diff.js';
import { complaintFromBytes } from '../register/check-file.js';
import { parseConfig } from '../register/config.js';
import { RunError } from './errors.js';

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

/** Reads what a pull request from `base` to `head` changes; throws a Dutch RunError when git can't compare them. */
export async function pullRequestChanges(root: string, git: SimpleGit, base: string, head: string): Promise<PullRequestChanges> {
  const problems: PullRequestProblem[] = [];
  // The directie as the base branch knows it: a pull request cannot appoint its own signer, and
  // without a configuration at the base nobody is known to sign (fail closed, never fall back to the head's).
  const configText = (await readObjects(root, [`${base}:${CONFIG_FILE}`]))[0];
  const config = configText === undefined ? undefined : parseConfig(Buffer.from(configText, 'utf8')).config;
  if (!config) problems.push(noBaseConfig(base));

  const fetchHint = (error: unknown): never => {
    throw error instanceof RunError ? new RunError(`${error.message}. Haal de hele geschiedenis op (fetch-depth: 0).`) : error;
  };
  const changed = await changedFiles(git, base, head, [COMPLAINTS_DIR, ANALYSES_DIR]).catch(fetchHint);
  const from = (await mergeBase(git, base, head)) ?? base;
  const symlinks = new Set(changed.filter((f) => f.newMode === SYMLINK_MODE).map((f) => f.path));
  for (const path of symlinks) problems.push(symlinkProblem(path));

  const inComplaints = (path: string): boolean => path === COMPLAINTS_DIR || path.startsWith(`${COMPLAINTS_DIR}/`);
  const complaints = changed.filter((f) => f.newMode !== SYMLINK_MODE && (inComplaints(f.path) || inComplaints(f.oldPath ?? '')) && [f.path, f.oldPath ?? ''].some((p) => p.endsWith('.md')));
  const contents = await readObjects(root, complaints.flatMap((f) => [`${from}:${f.oldPath ?? f.path}`, `${head}:${f.path}`]));
  const needs: SignatureNeed[] = [];
  complaints.forEach((file, i) => {
    const deleted = file.status === 'D' || !inComplaints(file.path);
    const before = complaintAt(file.oldPath ?? file.path, contents[2 * i]);
    const after = deleted ? undefined : complaintAt(file.path, contents[2 * i + 1]);
    // A file that can't be read at the head is valideer's to refuse (a required check too).
    if (!deleted && !after?.id) return;
    const reasons = signatureNeeds({ before, after, deleted, moved: file.oldPath !== undefined && file.oldPath !== file.path });
    const id = after?.id ?? before?.id ?? basename(file.oldPath ?? file.path, '.md');
    // Any other change of a complaint is signed too: the directie owns everything (CODEOWNERS *).
    needs.push({ id, after, reasons: reasons.length > 0 ? reasons : ['wijziging'] });
  });
  // Everything else, named by its path: the register's rules (who signs, what checks), the
  // analyses, the letters' templates, attachments. Nothing in a register changes unsigned.
  const handled = new Set(complaints.flatMap((f) => [f.path, f.oldPath ?? f.path]));
  const everything = await changedFiles(git, base, head, []).catch(fetchHint);
  const others = [...new Set(everything.flatMap((f) => [f.path, f.oldPath ?? f.path]))].filter((p) => !handled.has(p) && !symlinks.has(p)).sort();
  for (const path of others) needs.push({ id: path, after: undefined, reasons: [isRuleFile(path) ? 'regels' : 'wijziging'] });
  return { config, problems, needs, changedFiles: complaints.length };
}
