/**
 * What the history shows of the directie's signatures on a complaint: for its registration and
 * its closure, the pull request that brought it into the main line and who approved it; and for
 * the file as it is printed, the main-line commit that brought that content in, and whether the
 * printed text is byte for byte the text there. Evidence is "geverifieerd" only when GitHub
 * confirms an approval of exactly the content shown (CONTRACT section 5). Pure.
 */
import type { CalendarDate } from '../time/calendar-date.js';
import type { RegisterConfig } from '../complaint/config.js';
import { formatDateDutch } from '../text/dutch.js';
import { signingCommits, type HistoryFacts } from '../analysis/history-checks.js';

/** What GitHub's reviews API said of a step's pull request, when it was asked (cli/evidence-confirmation.ts). */
export type GitHubConfirmation =
  | { readonly confirmed: true; readonly login: string; readonly naam: string; readonly at: string; readonly repository: string }
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
  /**
   * The directie member named in ondertekening.directie by the commit that made this step, when
   * that name must be the approver's (the registration): GitHub confirms the step only then.
   */
  readonly named?: string;
  /** GitHub's confirmation; absent when GitHub was not asked (no token). */
  readonly github?: GitHubConfirmation;
}

/** The printed file against the history: where its content came from, and whether it is still exactly that. */
export interface ContentEvidence {
  /** The main-line commit (a merge, a squash, or a commit straight on the branch) that brought the file's current content in. */
  readonly step: StepEvidence;
  /** The printed file is byte for byte the file at `step.commit`. */
  readonly identical: boolean;
}

export interface SignatureEvidence {
  readonly registratie?: StepEvidence;
  readonly afhandeling?: StepEvidence;
  /** Absent without git history of the file. */
  readonly content?: ContentEvidence;
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

/** True when GitHub confirms that the directie approved exactly the content that is printed. */
export function contentVerified(evidence: SignatureEvidence): boolean {
  const content = evidence.content;
  return content !== undefined && content.identical && content.step.github?.confirmed === true;
}

/**
 * Whether the directie's signature recorded in the file (`ondertekening.directie.naam`) may be
 * printed as signed: the content is verified, and GitHub confirms an approval by that director of
 * the registration or of the content as it is. Anything less prints as not yet approved.
 */
export function managementSignatureConfirmed(evidence: SignatureEvidence, name: string | undefined): boolean {
  if (name === undefined || !contentVerified(evidence)) return false;
  return [evidence.registratie?.github, evidence.content?.step.github].some((g) => g?.confirmed === true && g.naam === name);
}

/** Why the printed content is not what GitHub confirms the directie approved (Dutch), or undefined when it is. */
function contentProblem(content: ContentEvidence | undefined): string | undefined {
  if (!content) return 'de inhoud is niet in de geschiedenis terug te vinden';
  if (!content.identical) return `de afgedrukte tekst is niet de tekst van commit ${content.step.commit.slice(0, 12)}, de laatste die het klachtbestand veranderde (nog niet vastgelegde wijzigingen?)`;
  if (content.step.github?.confirmed === true) return undefined;
  const when = formatDateDutch(content.step.date);
  return content.step.pr === null
    ? `het klachtbestand is daarna gewijzigd zonder pull request (commit ${content.step.commit.slice(0, 12)}, ${when})`
    : `het klachtbestand is daarna gewijzigd in pull request #${content.step.pr} (${when}), waarvan GitHub geen goedkeuring door de directie bevestigt`;
}

/**
 * The step as the forms and `klacht ondertekening` say it. Only a confirmation by GitHub's reviews
 * API of exactly the content shown is called verified, naming the repository and the commit it was
 * checked against; what comes from git alone (a commit's title, a trailer) says "niet
 * geverifieerd", because anyone with write access can make such a commit. `content` is the
 * printed file's own evidence (undefined: not found in the history, so nothing is verified).
 */
export function describeStep(step: StepEvidence | undefined, config: RegisterConfig, content: ContentEvidence | undefined): string {
  if (!step) return '';
  if (step.pr === null) return `vastgelegd op ${formatDateDutch(step.date)} zonder pull request; niet geverifieerd`;
  const merged = formatDateDutch(step.date);
  const github = step.github;
  if (github?.confirmed === true) {
    const approved = `goedgekeurd door ${github.naam} (@${github.login}) in pull request #${step.pr}`;
    const problem = contentProblem(content);
    if (problem !== undefined || !content) return `${approved} (samengevoegd op ${merged}), maar ${problem ?? ''}: deze inhoud is niet geverifieerd`;
    return `${approved}, geverifieerd bij GitHub (${github.repository}, inhoud gelijk aan commit ${content.step.commit.slice(0, 12)}); samengevoegd op ${merged}`;
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
