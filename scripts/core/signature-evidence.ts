/**
 * What the history shows of the directie's signatures on a complaint: for its registration and
 * its closure, the pull request that brought it into the main line and who approved it. Pure.
 */
import type { CalendarDate } from './calendar-date.js';
import type { RegisterConfig } from './config.js';
import { formatDateDutch } from './dutch.js';
import { signingCommits, type HistoryFacts } from './history-checks.js';

/** One signing step as found in the history (the shape git/evidence.ts gives). */
export interface StepEvidence {
  readonly pr: number | null;
  readonly date: CalendarDate;
  readonly approver: { readonly login: string; readonly naam: string | null } | null;
}

export interface SignatureEvidence {
  readonly registratie?: StepEvidence;
  readonly afhandeling?: StepEvidence;
}

/** The evidence of a complaint's signing steps. `byCommit` maps any commit to its main-line evidence. */
export function signatureEvidence(facts: HistoryFacts, byCommit: ReadonlyMap<string, StepEvidence>): SignatureEvidence {
  const commits = signingCommits(facts);
  const result: { registratie?: StepEvidence; afhandeling?: StepEvidence } = {};
  for (const step of ['registratie', 'afhandeling'] as const) {
    const commit = commits[step];
    const evidence = commit === undefined ? undefined : byCommit.get(commit);
    if (evidence) result[step] = evidence;
  }
  return result;
}

/** Whether a step is validly signed: through a pull request, approved by a directie member when the approver is known. */
export function validlySigned(step: StepEvidence | undefined, config: RegisterConfig): boolean {
  if (!step || step.pr === null) return false;
  if (!step.approver) return true;
  return config.management.some((p) => p.github?.toLowerCase() === step.approver?.login.toLowerCase());
}

/** "goedgekeurd door Bram Bedacht (@bram-bedacht) op 3 maart 2026, pull request #7", for the forms. */
export function describeStep(step: StepEvidence | undefined, config: RegisterConfig): string {
  if (!step) return '';
  if (step.pr === null) return `vastgelegd op ${formatDateDutch(step.date)} zonder pull request`;
  const approver = step.approver;
  const name = approver ? (config.management.find((p) => p.github?.toLowerCase() === approver.login.toLowerCase())?.naam ?? approver.naam) : null;
  return approver
    ? `goedgekeurd door ${name ?? approver.login} (@${approver.login}) in pull request #${step.pr}, samengevoegd op ${formatDateDutch(step.date)}`
    : `goedgekeurd in pull request #${step.pr}, samengevoegd op ${formatDateDutch(step.date)}`;
}
