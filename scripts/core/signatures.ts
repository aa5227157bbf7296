/**
 * The directie's signature (README "Ondertekening"): a pull request that registers a complaint,
 * closes one or changes its `ondertekening` is signed when a directie member has approved the
 * pull request's latest commit. Pure: the changes, the reviews and the pull request's author
 * are given.
 *
 * One-person directie: GitHub does not let an author approve their own pull request. When the
 * directie is one person and that person opened the pull request, their pull request counts as
 * their signature on condition that someone else from klachtenregister.yml (a medewerker) approved
 * its latest commit: the four-eyes principle stays, the signature is the directie's own act.
 */
import type { Complaint } from './complaint.js';
import type { Person, RegisterConfig } from './config.js';

export type SignatureReason = 'registratie' | 'afhandeling' | 'ondertekening';

export const REASON_TEXT: Readonly<Record<SignatureReason, string>> = {
  registratie: 'registratie (status in behandeling)',
  afhandeling: 'afhandeling (status afgehandeld)',
  ondertekening: 'wijziging van ondertekening',
};

/** What in a complaint's change needs the directie's signature. `before` is undefined for a new file. */
export function signatureNeeds(before: Complaint | undefined, after: Complaint): SignatureReason[] {
  const reasons: SignatureReason[] = [];
  const registered = (status: Complaint['status']): boolean => status === 'in behandeling' || status === 'afgehandeld';
  if (registered(after.status) && !registered(before?.status)) reasons.push('registratie');
  if (after.status === 'afgehandeld' && before?.status !== 'afgehandeld') reasons.push('afhandeling');
  if (JSON.stringify(before?.signatures ?? {}) !== JSON.stringify(after.signatures)) reasons.push('ondertekening');
  return reasons;
}

export interface Review {
  readonly login: string;
  readonly state: string;
  readonly commitId: string;
  /** ISO time the review was submitted. */
  readonly submittedAt: string;
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

/** Checks the signature of one complaint's change in a pull request. */
export function checkSignature(
  id: string,
  reasons: readonly SignatureReason[],
  after: Complaint,
  reviews: readonly Review[],
  headSha: string,
  author: string,
  config: RegisterConfig,
): SignatureCheck {
  const base = { id, reasons };
  if (reasons.length === 0) return { ...base, ok: true, signedBy: null, approvedAt: null, message: 'Geen handtekening nodig.' };
  const directie = config.management.filter((p) => p.github);
  if (directie.length === 0) {
    return { ...base, ok: false, signedBy: null, approvedAt: null, message: 'In klachtenregister.yml staat geen directielid met een GitHub-naam (directie: - { naam: ..., github: ... }).' };
  }
  const approvals = approvalsOfHead(reviews, headSha);
  let signer: Person | undefined;
  let approvedAt: string | null = null;
  const byDirectie = approvals.find((r) => memberByLogin(directie, r.login));
  if (byDirectie) {
    signer = memberByLogin(directie, byDirectie.login);
    approvedAt = byDirectie.submittedAt;
  } else if (directie.length === 1 && memberByLogin(directie, author)) {
    // The one-person directie opened the pull request itself: a colleague's approval is the second pair of eyes.
    const witness = approvals.find((r) => r.login.toLowerCase() !== author.toLowerCase() && memberByLogin(config.staff, r.login));
    if (witness) {
      signer = memberByLogin(directie, author);
      approvedAt = witness.submittedAt;
    } else {
      return {
        ...base, ok: false, signedBy: null, approvedAt: null,
        message: `De directie (één persoon) opende deze pull request zelf; dan moet een medewerker uit klachtenregister.yml de laatste commit goedkeuren.`,
      };
    }
  }
  if (!signer?.github) {
    const older = reviews.some((r) => r.state === 'APPROVED' && memberByLogin(directie, r.login) && r.commitId !== headSha);
    return {
      ...base, ok: false, signedBy: null, approvedAt: null,
      message: older
        ? 'Een directielid keurde een eerdere versie goed; na de laatste wijziging is opnieuw goedkeuring nodig.'
        : `Nog niet goedgekeurd door een directielid (${directie.map((p) => `@${p.github ?? ''}`).join(', ')}).`,
    };
  }
  const named = after.signatures.management?.name;
  if (named !== undefined && named !== signer.naam) {
    return {
      ...base, ok: false, signedBy: { login: signer.github, naam: signer.naam }, approvedAt,
      message: `ondertekening.directie.naam is '${named}', maar goedgekeurd door ${signer.naam} (@${signer.github}). Zet daar de naam van wie goedkeurt.`,
    };
  }
  return { ...base, ok: true, signedBy: { login: signer.github, naam: signer.naam }, approvedAt, message: `Ondertekend door ${signer.naam} (@${signer.github}).` };
}
