/** The directie's signature as a pure decision: what needs signing, and whether the reviews sign it. One row per case. */
import { describe, expect, it } from 'vitest';
import { toComplaint, type Complaint } from '../../src/core/complaint/complaint.js';
import { DEFAULT_CONFIG, type RegisterConfig } from '../../src/core/complaint/config.js';
import { approvalsOfHead, checkSignature, signatureNeeds, type HeadCommit, type PullRequestReviewFacts, type Review, type SignatureReason } from '../../src/core/signing/signatures.js';

const HEAD = 'a'.repeat(40);
const OLDER = 'b'.repeat(40);

function complaint(status: string, signedBy?: string): Complaint {
  return toComplaint('complaints/2026/KL-2026-001.md', {
    id: 'KL-2026-001', status,
    ...(signedBy ? { ondertekening: { directie: { datum: '2026-03-03', naam: signedBy } } } : {}),
  }, 'Omschrijving.');
}

function review(login: string, state: string, commitId = HEAD, submittedAt = '2026-03-03T10:00:00Z'): Review {
  return { login, state, commitId, submittedAt };
}

const TWO: RegisterConfig = {
  ...DEFAULT_CONFIG,
  management: [{ naam: 'Fenna Fictief', github: 'fenna-fictief' }, { naam: 'Bram Bedacht', github: 'bram-bedacht' }],
  staff: [{ naam: 'Anna Verzonnen', github: 'anna-verzonnen' }],
};
const ONE: RegisterConfig = { ...TWO, management: [{ naam: 'Fenna Fictief', github: 'fenna-fictief' }] };

describe('signatureNeeds', () => {
  it.each<[string, Complaint | undefined, Complaint | undefined, SignatureReason[], { deleted?: boolean; moved?: boolean }?]>([
    ['a new complaint, only received', undefined, complaint('ontvangen'), []],
    ['registered in this change', complaint('ontvangen'), complaint('in behandeling', 'Fenna Fictief'), ['registratie', 'ondertekening']],
    ['a new file, registered at once', undefined, complaint('in behandeling', 'Fenna Fictief'), ['registratie', 'ondertekening']],
    ['closed in this change', complaint('in behandeling', 'Fenna Fictief'), complaint('afgehandeld', 'Fenna Fictief'), ['afhandeling']],
    ['registered and closed at once', complaint('ontvangen'), complaint('afgehandeld', 'Fenna Fictief'), ['registratie', 'afhandeling', 'ondertekening']],
    ['only the signature changed', complaint('in behandeling', 'Fenna Fictief'), complaint('in behandeling', 'Bram Bedacht'), ['ondertekening']],
    ['nothing that needs signing', complaint('in behandeling', 'Fenna Fictief'), complaint('in behandeling', 'Fenna Fictief'), []],
    ['a received complaint deleted', complaint('ontvangen'), undefined, ['verwijdering'], { deleted: true }],
    ['a closed complaint deleted', complaint('afgehandeld', 'Fenna Fictief'), undefined, ['verwijdering'], { deleted: true }],
    ['an unreadable file deleted', undefined, undefined, ['verwijdering'], { deleted: true }],
    ['closed moved back to in behandeling', complaint('afgehandeld', 'Fenna Fictief'), complaint('in behandeling', 'Fenna Fictief'), ['terugzetting']],
    ['in behandeling moved back to ontvangen', complaint('in behandeling', 'Fenna Fictief'), complaint('ontvangen', 'Fenna Fictief'), ['terugzetting']],
    ['closed moved back to ontvangen, signature removed', complaint('afgehandeld', 'Fenna Fictief'), complaint('ontvangen'), ['terugzetting', 'ondertekening']],
    ['a received complaint moved to another path', complaint('ontvangen'), complaint('ontvangen'), ['verplaatsing'], { moved: true }],
    ['a registered complaint renamed', complaint('in behandeling', 'Fenna Fictief'), complaint('in behandeling', 'Fenna Fictief'), ['verplaatsing'], { moved: true }],
  ])('%s', (_name, before, after, reasons, change = {}) => {
    expect(signatureNeeds({ before, after, ...change })).toEqual(reasons);
  });
});

describe('approvalsOfHead', () => {
  it.each<[string, Review[], string[]]>([
    ['an approval of the head commit', [review('fenna-fictief', 'APPROVED')], ['fenna-fictief']],
    ['an approval of an older commit does not count', [review('fenna-fictief', 'APPROVED', OLDER)], []],
    ['a later request for changes takes it back', [review('fenna-fictief', 'APPROVED'), review('fenna-fictief', 'CHANGES_REQUESTED', HEAD, '2026-03-03T11:00:00Z')], []],
    ['a later comment does not take it back', [review('fenna-fictief', 'APPROVED'), review('fenna-fictief', 'COMMENTED', HEAD, '2026-03-03T11:00:00Z')], ['fenna-fictief']],
    ['a dismissal takes it back', [review('fenna-fictief', 'APPROVED'), review('fenna-fictief', 'DISMISSED', HEAD, '2026-03-03T11:00:00Z')], []],
    ['logins compare without case', [review('Fenna-Fictief', 'APPROVED'), review('fenna-fictief', 'CHANGES_REQUESTED', HEAD, '2026-03-03T11:00:00Z')], []],
  ])('%s', (_name, reviews, logins) => {
    expect(approvalsOfHead(reviews, HEAD).map((r) => r.login.toLowerCase())).toEqual(logins);
  });
});

function pull(author: string, reviews: Review[], head: Partial<HeadCommit> = {}): PullRequestReviewFacts {
  return {
    author, headSha: HEAD, reviews,
    headCommit: { author: head.author === undefined ? author : head.author, committer: head.committer === undefined ? author : head.committer, ...(head.pusher === undefined ? {} : { pusher: head.pusher }) },
  };
}

describe('checkSignature', () => {
  const registered = complaint('in behandeling', 'Fenna Fictief');
  const bot = 'github-actions[bot]';
  it.each<[string, RegisterConfig, Review[], string, Partial<HeadCommit>, boolean, RegExp]>([
    ['approved by the directie member named', TWO, [review('fenna-fictief', 'APPROVED')], 'anna-verzonnen', {}, true, /^Ondertekend door Fenna Fictief \(@fenna-fictief\)\.$/],
    ['approved by a colleague only', TWO, [review('anna-verzonnen', 'APPROVED')], 'anna-verzonnen', {}, false, /^Nog niet goedgekeurd door een directielid \(@fenna-fictief, @bram-bedacht\)\.$/],
    ['the directie approved an older commit', TWO, [review('fenna-fictief', 'APPROVED', OLDER)], 'anna-verzonnen', {}, false, /eerdere versie goed/],
    ['approved by another directie member than the one named', TWO, [review('bram-bedacht', 'APPROVED')], 'anna-verzonnen', {}, false, /ondertekening\.directie\.naam is 'Fenna Fictief', maar goedgekeurd door Bram Bedacht/],
    ['the approving director made the last commit herself', TWO, [review('fenna-fictief', 'APPROVED')], 'anna-verzonnen', { author: 'fenna-fictief' }, false, /maakte of verstuurde zelf de laatste commit/],
    ['the approving director committed the last commit', TWO, [review('fenna-fictief', 'APPROVED')], 'anna-verzonnen', { author: 'anna-verzonnen', committer: 'fenna-fictief' }, false, /maakte of verstuurde zelf de laatste commit/],
    ['the approving director pushed a commit that names a colleague as its maker', TWO, [review('fenna-fictief', 'APPROVED')], 'anna-verzonnen', { pusher: 'fenna-fictief' }, false, /maakte of verstuurde zelf de laatste commit/],
    ['a colleague pushed a commit written in the director\'s name and approves it', TWO, [review('anna-verzonnen', 'APPROVED')], 'anna-verzonnen', { author: 'fenna-fictief', committer: 'fenna-fictief', pusher: 'anna-verzonnen' }, false, /^Nog niet goedgekeurd door een directielid/],
    ['GitHub lists no push of the last commit', TWO, [review('fenna-fictief', 'APPROVED')], 'anna-verzonnen', { pusher: null }, false, /GitHub noemt niemand die de laatste commit van deze pull request verstuurde/],
    ['a web edit (committer web-flow) by a colleague, approved by the directie', TWO, [review('fenna-fictief', 'APPROVED')], 'anna-verzonnen', { committer: 'web-flow' }, true, /^Ondertekend door Fenna Fictief/],
    ['the last commit belongs to no GitHub account', TWO, [review('fenna-fictief', 'APPROVED')], 'anna-verzonnen', { author: null, committer: null }, false, /hoort bij geen GitHub-account/],
    ['one-person directie, a colleague\'s pull request, approved by the director', ONE, [review('fenna-fictief', 'APPROVED')], 'anna-verzonnen', {}, true, /^Ondertekend door Fenna Fictief/],
    ['one-person directie, own pull request: no exception, a colleague\'s approval is not a signature', ONE, [review('anna-verzonnen', 'APPROVED')], 'fenna-fictief', {}, false, /^Nog niet goedgekeurd door een directielid \(@fenna-fictief\)\.$/],
    ['one-person directie, the director pushed the last commit', ONE, [review('fenna-fictief', 'APPROVED')], 'anna-verzonnen', { pusher: 'fenna-fictief' }, false, /Met één directielid: laat een medewerker de pull request maken of het formulier invullen/],
    ['one-person directie, a workflow\'s pull request, approved by the director', ONE, [review('fenna-fictief', 'APPROVED')], bot, {}, true, /^Ondertekend door Fenna Fictief/],
    ['one-person directie, a workflow\'s pull request, the director pushed the last commit', ONE, [review('fenna-fictief', 'APPROVED')], bot, { author: 'fenna-fictief', committer: 'fenna-fictief' }, false, /maakte of verstuurde zelf de laatste commit/],
    ['one-person directie, a workflow\'s pull request, only a colleague approved', ONE, [review('anna-verzonnen', 'APPROVED')], bot, {}, false, /Nog niet goedgekeurd door een directielid/],
    ['no directie with a GitHub name in the config', DEFAULT_CONFIG, [review('fenna-fictief', 'APPROVED')], 'anna-verzonnen', {}, false, /geen directielid met een GitHub-naam/],
  ])('%s', (_name, config, reviews, author, head, ok, message) => {
    const check = checkSignature('KL-2026-001', ['registratie'], registered, pull(author, reviews, head), config);
    expect(check.ok).toBe(ok);
    expect(check.message).toMatch(message);
  });

  it('lets another director sign a later step than the registration (the name there is the registration\'s signer)', () => {
    const later = checkSignature('KL-2026-001', ['wijziging'], registered, pull('anna-verzonnen', [review('bram-bedacht', 'APPROVED')]), TWO);
    expect(later).toMatchObject({ ok: true, signedBy: { login: 'bram-bedacht' } });
    const closure = checkSignature('KL-2026-001', ['afhandeling'], complaint('afgehandeld', 'Fenna Fictief'), pull('anna-verzonnen', [review('bram-bedacht', 'APPROVED')]), TWO);
    expect(closure.ok).toBe(true);
    const registration = checkSignature('KL-2026-001', ['registratie'], registered, pull('anna-verzonnen', [review('bram-bedacht', 'APPROVED')]), TWO);
    expect(registration.ok).toBe(false);
  });

  it('needs nothing when nothing needs signing', () => {
    expect(checkSignature('KL-2026-001', [], registered, pull('anna-verzonnen', []), TWO)).toMatchObject({ ok: true, message: 'Geen handtekening nodig.' });
  });

  it("a deletion has no name to compare: the director's approval signs it", () => {
    expect(checkSignature('KL-2026-001', ['verwijdering'], undefined, pull('anna-verzonnen', [review('bram-bedacht', 'APPROVED')]), TWO)).toMatchObject({ ok: true, signedBy: { login: 'bram-bedacht' } });
  });
});
