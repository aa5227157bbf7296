/**
 * The reconciled history of a year's complaints: one git log over complaints/, the contents of
 * just those complaints' revisions in one cat-file batch, and the checks of core/history-checks.
 */
import type { SimpleGit } from 'simple-git';
import { todayInAmsterdam } from '../core/time/calendar-date.js';
import { idYear } from '../core/complaint/complaint.js';
import { COMPLAINT_ID_BODY } from '../core/complaint/schema-vocabulary.js';
import { historyFacts, signingCommits, type ComplaintRevision, type HistoryFacts } from '../core/analysis/history-checks.js';
import { complaintHistory, readBlobs, type FileHistory } from '../git/history.js';
import { signatureEvidence, type SignatureEvidence } from '../core/signing/evidence.js';
import { mainLineEvidence } from '../git/evidence.js';
import { complaintFromBytes } from '../register/check-file.js';
import { contentEvidence } from './ondertekening/content-evidence.js';

const ID_IN_PATH = new RegExp(`(${COMPLAINT_ID_BODY})\\.md$`);

/** One complaint file's history: the file, its readable revisions (oldest first), and the facts. */
interface ComplaintHistory {
  readonly file: FileHistory;
  readonly revisions: readonly ComplaintRevision[];
  readonly facts: HistoryFacts;
}

/** The history of every complaint file of `years` (by the id in its current path), its revisions read. */
async function complaintHistories(root: string, history: Promise<Map<string, FileHistory>> | Map<string, FileHistory>, years: ReadonlySet<number>, backdatingDays: number): Promise<Map<string, ComplaintHistory>> {
  const files = [...(await history).values()].filter((f) => {
    const match = ID_IN_PATH.exec(f.path);
    return match !== null && !f.deleted && years.has(idYear(match[1] as string) ?? NaN);
  });
  const contents = await readBlobs(root, files.flatMap((f) => f.revisions.map((r) => r.blob)));
  const result = new Map<string, ComplaintHistory>();
  for (const file of files) {
    const id = ID_IN_PATH.exec(file.path)?.[1] as string;
    const revisions: ComplaintRevision[] = file.revisions.flatMap((r) => {
      const text = contents.get(r.blob);
      const complaint = text === undefined ? undefined : complaintFromBytes(r.path, Buffer.from(text, 'utf8'));
      return complaint ? [{ commit: r.commit, date: todayInAmsterdam(new Date(r.time * 1000)), complaint }] : [];
    });
    const facts = historyFacts(id, revisions, file.formerPaths, backdatingDays);
    if (facts && idYear(id) !== undefined) result.set(id, { file, revisions, facts });
  }
  return result;
}

/** History facts for every complaint file of `years` (by the id in its current path). */
export async function historyOfYears(root: string, history: Promise<Map<string, FileHistory>> | Map<string, FileHistory>, years: ReadonlySet<number>, backdatingDays: number): Promise<Map<string, HistoryFacts>> {
  return new Map([...(await complaintHistories(root, history, years, backdatingDays))].map(([id, h]) => [id, h.facts] as const));
}

/**
 * History facts and signature evidence (pull requests, approvers) for the complaints of `years`;
 * with `printed` (id to the bytes of the file as printed), also whether that content is what a
 * main-line commit brought in (cli/content-evidence.ts).
 */
export async function signaturesOfYears(
  root: string,
  git: SimpleGit,
  years: ReadonlySet<number>,
  backdatingDays: number,
  history: Promise<Map<string, FileHistory>> | Map<string, FileHistory> = complaintHistory(git),
  printed: ReadonlyMap<string, Uint8Array> = new Map(),
): Promise<{ facts: Map<string, HistoryFacts>; evidence: Map<string, SignatureEvidence> }> {
  const [histories, byCommit] = await Promise.all([complaintHistories(root, history, years, backdatingDays), mainLineEvidence(git)]);
  const contents = await contentEvidence(root, new Map([...histories].flatMap(([id, h]) => {
    const bytes = printed.get(id);
    return bytes === undefined ? [] : [[id, { file: h.file, bytes }] as const];
  })), byCommit);
  const evidence = new Map([...histories].map(([id, h]) => {
    const steps = signatureEvidence(h.facts, byCommit);
    // The registration's name rule: GitHub confirms it only for the director the commit names.
    const named = h.revisions.find((r) => r.commit === signingCommits(h.facts).registratie)?.complaint.signatures.management?.name;
    const registratie = steps.registratie && named !== undefined ? { ...steps.registratie, named } : steps.registratie;
    const content = contents.get(id);
    return [id, { ...steps, ...(registratie ? { registratie } : {}), ...(content ? { content } : {}) }] as const;
  }));
  return { facts: new Map([...histories].map(([id, h]) => [id, h.facts] as const)), evidence };
}
