/** The directie's signature as a pure decision: what needs signing, and whether the reviews sign it. One row per case. */
import { describe, expect, it } from 'vitest';
import { toComplaint, type Complaint } from '../../scripts/core/complaint.js';
import { DEFAULT_CONFIG, type RegisterConfig } from '../../scripts/core/config.js';
import { approvalsOfHead, checkSignature, signatureNeeds, type Review, type SignatureReason } from '../../scripts/core/signatures.js';

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
  it.each<[string, Complaint | undefined, Complaint, SignatureReason[]]>([
    ['a new complaint, only received', undefined, complaint('ontvangen'), []],
    ['registered in this change', complaint('ontvangen'), complaint('in behandeling', 'Fenna Fictief'), ['registratie', 'ondertekening']],
    ['a new file, registered at once', undefined, complaint('in behandeling', 'Fenna Fictief'), ['registratie', 'ondertekening']],
    ['closed in this change', complaint('in behandeling', 'Fenna Fictief'), complaint('afgehandeld', 'Fenna Fictief'), ['afhandeling']],
    ['registered and closed at once', complaint('ontvangen'), complaint('afgehandeld', 'Fenna Fictief'), ['registratie', 'afhandeling', 'ondertekening']],
    ['only the signature changed', complaint('in behandeling', 'Fenna Fictief'), complaint('in behandeling', 'Bram Bedacht'), ['ondertekening']],
    ['nothing that needs signing', complaint('in behandeling', 'Fenna Fictief'), complaint('in behandeling', 'Fenna Fictief'), []],
  ])('%s', (_name, before, after, reasons) => {
    expect(signatureNeeds(before, after)).toEqual(reasons);
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

describe('checkSignature', () => {
  const registered = complaint('in behandeling', 'Fenna Fictief');
  it.each<[string, RegisterConfig, Review[], string, boolean, RegExp]>([
    ['approved by the directie member named', TWO, [review('fenna-fictief', 'APPROVED')], 'anna-verzonnen', true, /^Ondertekend door Fenna Fictief \(@fenna-fictief\)\.$/],
    ['approved by a colleague only', TWO, [review('anna-verzonnen', 'APPROVED')], 'anna-verzonnen', false, /^Nog niet goedgekeurd door een directielid \(@fenna-fictief, @bram-bedacht\)\.$/],
    ['the directie approved an older commit', TWO, [review('fenna-fictief', 'APPROVED', OLDER)], 'anna-verzonnen', false, /eerdere versie goed/],
    ['approved by another directie member than the one named', TWO, [review('bram-bedacht', 'APPROVED')], 'anna-verzonnen', false, /ondertekening\.directie\.naam is 'Fenna Fictief', maar goedgekeurd door Bram Bedacht/],
    ['one-person directie, own pull request, a colleague approved', ONE, [review('anna-verzonnen', 'APPROVED')], 'fenna-fictief', true, /^Ondertekend door Fenna Fictief/],
    ['one-person directie, own pull request, nobody approved', ONE, [], 'fenna-fictief', false, /moet een medewerker uit klachtenregister\.yml de laatste commit goedkeuren/],
    ['one-person directie, own pull request, approved by an outsider', ONE, [review('buitenstaander', 'APPROVED')], 'fenna-fictief', false, /moet een medewerker/],
    ['no directie with a GitHub name in the config', DEFAULT_CONFIG, [review('fenna-fictief', 'APPROVED')], 'anna-verzonnen', false, /geen directielid met een GitHub-naam/],
  ])('%s', (_name, config, reviews, author, ok, message) => {
    const check = checkSignature('KL-2026-001', ['registratie'], registered, reviews, HEAD, author, config);
    expect(check.ok).toBe(ok);
    expect(check.message).toMatch(message);
  });

  it('needs nothing when nothing needs signing', () => {
    expect(checkSignature('KL-2026-001', [], registered, [], HEAD, 'anna-verzonnen', TWO)).toMatchObject({ ok: true, message: 'Geen handtekening nodig.' });
  });
});
