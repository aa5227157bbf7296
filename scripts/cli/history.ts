/**
 * The reconciled history of a year's complaints: one git log over complaints/, the contents of
 * just those complaints' revisions in one cat-file batch, and the checks of core/history-checks.
 */
import type { SimpleGit } from 'simple-git';
import { todayInAmsterdam } from '../core/calendar-date.js';
import { idYear } from '../core/complaint.js';
import { COMPLAINT_ID_BODY } from '../core/schema-vocabulary.js';
import { historyFacts, type ComplaintRevision, type HistoryFacts } from '../core/history-checks.js';
import { complaintHistory, readBlobs, type FileHistory } from '../git/history.js';
import { signatureEvidence, type SignatureEvidence } from '../core/signature-evidence.js';
import { mainLineEvidence } from '../git/evidence.js';
import { complaintFromBytes } from '../register/check-file.js';

const ID_IN_PATH = new RegExp(`(${COMPLAINT_ID_BODY})\\.md$`);

/** History facts for every complaint file of `years` (by the id in its current path). */
export async function historyOfYears(root: string, history: Promise<Map<string, FileHistory>> | Map<string, FileHistory>, years: ReadonlySet<number>, backdatingDays: number): Promise<Map<string, HistoryFacts>> {
  const files = [...(await history).values()].filter((f) => {
    const match = ID_IN_PATH.exec(f.path);
    return match !== null && !f.deleted && years.has(idYear(match[1] as string) ?? NaN);
  });
  const contents = await readBlobs(root, files.flatMap((f) => f.revisions.map((r) => r.blob)));
  const result = new Map<string, HistoryFacts>();
  for (const file of files) {
    const id = ID_IN_PATH.exec(file.path)?.[1] as string;
    const revisions: ComplaintRevision[] = file.revisions.flatMap((r) => {
      const text = contents.get(r.blob);
      const complaint = text === undefined ? undefined : complaintFromBytes(r.path, Buffer.from(text, 'utf8'));
      return complaint ? [{ commit: r.commit, date: todayInAmsterdam(new Date(r.time * 1000)), complaint }] : [];
    });
    const facts = historyFacts(id, revisions, file.formerPaths, backdatingDays);
    if (facts && idYear(id) !== undefined) result.set(id, facts);
  }
  return result;
}

/** History facts and signature evidence (pull requests, approvers) for the complaints of `years`. */
export async function signaturesOfYears(
  root: string,
  git: SimpleGit,
  years: ReadonlySet<number>,
  backdatingDays: number,
  history: Promise<Map<string, FileHistory>> | Map<string, FileHistory> = complaintHistory(git),
): Promise<{ facts: Map<string, HistoryFacts>; evidence: Map<string, SignatureEvidence> }> {
  const [facts, byCommit] = await Promise.all([historyOfYears(root, history, years, backdatingDays), mainLineEvidence(git)]);
  const evidence = new Map([...facts].map(([id, f]) => [id, signatureEvidence(f, byCommit)] as const));
  return { facts, evidence };
}
