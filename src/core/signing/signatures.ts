/**
 * The directie's signature (README "Ondertekening"): a change that needs it (core/signature-needs.ts)
 * is signed when a directie member has approved the pull request's latest commit. Pure: the
 * reviews, the pull request's author and who made its latest commit are given.
 *
 * Four eyes: an approval counts only from someone who did not make the latest commit: its author,
 * its committer (both as GitHub links them by e-mail address, which anyone can write down), when
 * known the account that pushed it (GitHub's activity, which nobody can write down), and when a
 * workflow pushed it (a form), the person who started that workflow. Otherwise a colleague could
 * push a last change, or fill in a form, and approve it, and the signature would land on content
 * nobody else saw.
 *
 * One-person directie: there is no exception. GitHub lets nobody approve their own pull request, and
 * with CODEOWNERS giving everything to the director, only the director can approve: so the director
 * never opens or pushes to a pull request (a medewerker or a form's workflow does), and approves it.
 * Where that is not workable, a deputy goes into `directie:` as a second code owner (README).
 */
import type { Complaint } from '../complaint/complaint.js';
import type { Person, RegisterConfig } from '../complaint/config.js';
import type { SignatureReason } from './needs.js';

export { REASON_TEXT, signatureNeeds, type SignatureReason } from './needs.js';

export interface Review {
  readonly login: string;
  readonly state: string;
  readonly commitId: string;
  /** ISO time the review was submitted. */
  readonly submittedAt: string;
}

/** Who made the pull request's latest commit, as GitHub links it to accounts (null: no account). */
export interface HeadCommit {
  readonly author: string | null;
  readonly committer: string | null;
  /** Who pushed it (GitHub's activity): undefined when not asked, null when GitHub lists no push. */
  readonly pusher?: string | null;
  /**
   * When a workflow pushed it (a form, the annual analysis): who started that workflow, the one
   * who filled in the form. Undefined when no workflow pushed it; null when GitHub can't say who.
   */
  readonly starter?: string | null;
}

/** What GitHub says of a pull request, as far as the signature goes. */
export interface PullRequestReviewFacts {
  readonly author: string;
  readonly headSha: string;
  readonly headCommit: HeadCommit;
  readonly reviews: readonly Review[];
}

export interface SignatureCheck {
  readonly id: string;
  readonly reasons: readonly SignatureReason[];
  readonly ok: boolean;
  /** The directie member whose signature it is (login and name), when signed. */
  readonly signedBy: { login: string; naam: string } | null;
  readonly approvedAt: string | null;
  /** Dutch, without personal data: what is missing or how it was signed. */
  readonly message: string;
}

/** GitHub's committer for edits made in its web interface: not a person, so never a "maker". */
const WEB_FLOW = 'web-flow';

function memberByLogin(people: readonly Person[], login: string): Person | undefined {
  return people.find((p) => p.github?.toLowerCase() === login.toLowerCase());
}

/**
 * The latest review of each reviewer on the head commit: an approval counts only when it is that
 * reviewer's last word (a later "changes requested" or dismissal takes it back) and it is on the
 * commit being merged.
 */
export function approvalsOfHead(reviews: readonly Review[], headSha: string): Review[] {
  const latest = new Map<string, Review>();
  for (const review of [...reviews].sort((a, b) => (a.submittedAt < b.submittedAt ? -1 : 1))) {
    if (review.state === 'COMMENTED') continue;
    latest.set(review.login.toLowerCase(), review);
  }
  return [...latest.values()].filter((r) => r.state === 'APPROVED' && r.commitId === headSha);
}

/** The logins (lower case) that made the head commit; empty when GitHub links it to no account. */
export function makersOf(head: HeadCommit): Set<string> {
  return new Set([head.author, head.committer, head.pusher ?? null, head.starter ?? null].flatMap((l) => (l && l.toLowerCase() !== WEB_FLOW ? [l.toLowerCase()] : [])));
}

export type SignerVerdict =
  | { readonly ok: true; readonly signer: Person & { github: string }; readonly approvedAt: string }
  | { readonly ok: false; readonly message: string };

/** Whose signature a pull request's reviews make, if anyone's: the rules above, without the complaint. */
export function signerOf(pull: PullRequestReviewFacts, config: RegisterConfig): SignerVerdict {
  const directie = config.management.filter((p): p is Person & { github: string } => typeof p.github === 'string' && p.github !== '');
  if (directie.length === 0) {
    return { ok: false, message: 'In klachtenregister.yml staat geen directielid met een GitHub-naam (directie: - { naam: ..., github: ... }).' };
  }
  if (pull.headCommit.pusher === null) {
    return { ok: false, message: 'GitHub noemt niemand die de laatste commit van deze pull request verstuurde, dus is niet na te gaan wie hem maakte. Laat iemand die de pull request niet goedkeurt een nieuwe commit sturen (bijvoorbeeld een kleine aanpassing), en vraag dan opnieuw om goedkeuring.' };
  }
  if (pull.headCommit.starter === null) {
    return { ok: false, message: 'De laatste commit is verstuurd door een workflow, maar niet na te gaan dat een formulier of de jaaranalyse van dit register hem maakte (een run vanaf de hoofdtak die precies deze branch aanmaakte), of GitHub noemt niet wie die workflow startte. Dus is niet na te gaan wie de wijziging maakte. Vul het formulier opnieuw in, of laat iemand die de pull request niet goedkeurt een nieuwe commit sturen, en vraag dan opnieuw om goedkeuring.' };
  }
  const makers = makersOf(pull.headCommit);
  if (makers.size === 0) {
    return { ok: false, message: 'De laatste commit hoort bij geen GitHub-account (het e-mailadres van de commit is aan geen account gekoppeld), dus is niet na te gaan wie hem maakte. Maak de laatste commit opnieuw met het e-mailadres van uw GitHub-account.' };
  }
  const all = approvalsOfHead(pull.reviews, pull.headSha);
  const approvals = all.filter((r) => !makers.has(r.login.toLowerCase()));
  const byDirectie = approvals.find((r) => memberByLogin(directie, r.login));
  if (byDirectie) {
    const signer = memberByLogin(directie, byDirectie.login) as Person & { github: string };
    return { ok: true, signer, approvedAt: byDirectie.submittedAt };
  }
  if (all.some((r) => memberByLogin(directie, r.login))) {
    return {
      ok: false,
      message: directie.length === 1
        ? 'De directeur maakte of verstuurde zelf de laatste commit (of vulde het formulier in dat hem maakte), en een goedkeuring telt alleen van wie de laatste wijziging niet zelf maakte. Met één directielid: laat een medewerker de pull request maken of het formulier invullen, en keur hem dan goed.'
        : 'Het directielid dat goedkeurde, maakte of verstuurde zelf de laatste commit (of vulde het formulier in dat hem maakte). Een goedkeuring telt alleen van wie de laatste wijziging niet zelf maakte: laat een ander directielid goedkeuren.',
    };
  }
  const older = pull.reviews.some((r) => r.state === 'APPROVED' && memberByLogin(directie, r.login) && r.commitId !== pull.headSha);
  return {
    ok: false,
    message: older
      ? 'Een directielid keurde een eerdere versie goed; na de laatste wijziging is opnieuw goedkeuring nodig.'
      : `Nog niet goedgekeurd door een directielid (${directie.map((p) => `@${p.github}`).join(', ')}).`,
  };
}

/** Checks the signature of one complaint's change in a pull request. `after` is undefined for a deleted file. */
export function checkSignature(
  id: string,
  reasons: readonly SignatureReason[],
  after: Complaint | undefined,
  pull: PullRequestReviewFacts,
  config: RegisterConfig,
): SignatureCheck {
  const base = { id, reasons };
  if (reasons.length === 0) return { ...base, ok: true, signedBy: null, approvedAt: null, message: 'Geen handtekening nodig.' };
  const verdict = signerOf(pull, config);
  if (!verdict.ok) return { ...base, ok: false, signedBy: null, approvedAt: null, message: verdict.message };
  const { signer, approvedAt } = verdict;
  const signedBy = { login: signer.github, naam: signer.naam };
  // The name in ondertekening.directie records who signed the registration: it must be the approver
  // only where this pull request registers or changes that signature. A later step (a letter, the
  // closure) is signed by whichever director approves it.
  const named = reasons.includes('registratie') || reasons.includes('ondertekening') ? after?.signatures.management?.name : undefined;
  if (named !== undefined && named !== signer.naam) {
    return {
      ...base, ok: false, signedBy, approvedAt,
      message: `ondertekening.directie.naam is '${named}', maar goedgekeurd door ${signer.naam} (@${signer.github}). Zet daar de naam van wie goedkeurt.`,
    };
  }
  return { ...base, ok: true, signedBy, approvedAt, message: `Ondertekend door ${signer.naam} (@${signer.github}).` };
}
