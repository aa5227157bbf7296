/**
 * What the history shows of the directie's signatures on a complaint: for its registration and
 * its closure, the pull request that brought it into the main line and who approved it. Pure.
 */
import type { CalendarDate } from './calendar-date.js';
import type { RegisterConfig } from './config.js';
import { formatDateDutch } from './dutch.js';
import { signingCommits, type HistoryFacts } from './history-checks.js';

/** What GitHub's reviews API said of a step's pull request, when it was asked (cli/evidence-confirmation.ts). */
export type GitHubConfirmation =
  | { readonly confirmed: true; readonly login: string; readonly naam: string; readonly at: string }
  | { readonly confirmed: false };

/** One signing step as found in the history (the shape git/evidence.ts gives), and GitHub's word on it when asked. */
export interface StepEvidence {
  /** From the commit's title ("(#N)", "Merge pull request #N"): git only, so anyone could have written it. */
  readonly pr: number | null;
  /** The commit on the main line that brought the step in. */
  readonly commit: string;
  readonly date: CalendarDate;
  /** From a "Goedgekeurd-door:" trailer: git only, never shown as verified. */
  readonly approver: { readonly login: string; readonly naam: string | null } | null;
  /** GitHub's confirmation; absent when GitHub was not asked (no token). */
  readonly github?: GitHubConfirmation;
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

/**
 * The step as the forms and `klacht ondertekening` say it. Only a confirmation by GitHub's reviews
 * API is called verified; what comes from git alone (a commit's title, a trailer) says "niet
 * geverifieerd", because anyone with write access can make such a commit.
 */
export function describeStep(step: StepEvidence | undefined, config: RegisterConfig): string {
  if (!step) return '';
  if (step.pr === null) return `vastgelegd op ${formatDateDutch(step.date)} zonder pull request`;
  const merged = formatDateDutch(step.date);
  const github = step.github;
  if (github?.confirmed === true) {
    return `goedgekeurd door ${github.naam} (@${github.login}) in pull request #${step.pr}, geverifieerd bij GitHub; samengevoegd op ${merged}`;
  }
  const approver = step.approver;
  const name = approver ? (config.management.find((p) => p.github?.toLowerCase() === approver.login.toLowerCase())?.naam ?? approver.naam) : null;
  const claim = approver
    ? `volgens git goedgekeurd door ${name ?? approver.login} (@${approver.login}) in pull request #${step.pr}, samengevoegd op ${merged}`
    : `volgens git samengevoegd via pull request #${step.pr} op ${merged}`;
  return github?.confirmed === false
    ? `${claim}; niet geverifieerd: GitHub bevestigt geen goedkeuring door de directie`
    : `${claim}; niet geverifieerd bij GitHub`;
}
