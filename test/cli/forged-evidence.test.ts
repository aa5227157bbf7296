/**
 * Route 4 of issue 14: a commit on main titled "… (#99)" with a "Goedgekeurd-door:" trailer is
 * evidence from git alone. `klacht ondertekening` and the klachtenformulier call it "niet
 * geverifieerd" unless GitHub's reviews API confirms it (the GitHub double, OpenAPI-checked).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, runCli } from '../helpers/cli.js';
import { Origin } from '../helpers/checkout.js';
import { git } from '../helpers/git.js';
import { useGitHubDouble } from '../helpers/use-github-double.js';
import { pdfText } from '../helpers/pdf.js';
import { makeRegister, tempDir } from '../helpers/temp.js';

const valid = readFileSync(join(PROJECT_ROOT, 'test/fixtures/valid/in-behandeling.md'), 'utf8');
const FILE = 'complaints/2026/KL-2026-001.md';
const TWO = 'directie:\n  - { naam: Fenna Fictief, github: fenna-fictief }\n  - { naam: Bram Bedacht, github: bram-bedacht }\nmedewerkers:\n  - { naam: Anna Verzonnen, github: anna-verzonnen }\n';
const intake = valid.replace('status: in behandeling', 'status: ontvangen').replace(/ondertekening:\n( {2}.*\n)+/, '');

const github = useGitHubDouble();

/** main: the intake, then the registration committed straight on main with a forged title and trailer. */
function forged(): { root: string; commit: string } {
  const root = makeRegister({ 'klachtenregister.yml': TWO, [FILE]: intake });
  git(root, ['init', '--quiet', '--initial-branch=main']);
  git(root, ['add', '-A']);
  git(root, ['commit', '--quiet', '-m', 'Klacht ontvangen'], '2026-03-02T10:00:00+01:00');
  writeFileSync(join(root, FILE), valid);
  git(root, ['commit', '--quiet', '-am', 'Registratie KL-2026-001 (#99)\n\nGoedgekeurd-door: @fenna-fictief (Fenna Fictief)'], '2026-03-03T10:00:00+01:00');
  return { root, commit: git(root, ['rev-parse', 'HEAD']).trim() };
}

const approval = (login: string) => [{ login, state: 'APPROVED', commitId: 'c'.repeat(40), submittedAt: '2026-03-03T09:00:00Z' }];

describe('forged signature evidence', () => {
  it('without a token, ondertekening says the trailer is not verified', async () => {
    const { root } = forged();
    const result = await runCli(['ondertekening', 'KL-2026-001', '--register', root], { env: {} });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('registratie:  volgens git goedgekeurd door Fenna Fictief (@fenna-fictief) in pull request #99, samengevoegd op 3 maart 2026; niet geverifieerd bij GitHub');
    expect(result.stdout).not.toContain(', geverifieerd bij GitHub');
  });

  it.each<[string, (commit: string) => { mergeCommitSha?: string; mergedAt?: string; reviews: ReturnType<typeof approval>; pusher?: string }]>([
    ['pull request #99 exists and was approved, but was merged into another commit', () => ({ mergeCommitSha: 'e'.repeat(40), mergedAt: '2026-03-03T09:30:00Z', reviews: approval('fenna-fictief') })],
    ['pull request #99 was never merged', () => ({ reviews: approval('fenna-fictief') })],
    ['pull request #99 made this commit, but no directie member approved it', (commit) => ({ mergeCommitSha: commit, mergedAt: '2026-03-03T09:30:00Z', reviews: approval('anna-verzonnen') })],
    // Issue 19, route 7: confirmed as the check judges, so asking who pushed the last commit.
    ['the approving director pushed the last commit of #99 herself', (commit) => ({ mergeCommitSha: commit, mergedAt: '2026-03-03T09:30:00Z', reviews: approval('fenna-fictief'), pusher: 'fenna-fictief' })],
    // Issue 19, route 7: and the name rule: the registration names Fenna, so Bram's approval does not confirm it.
    ['#99 was approved by another director than the registration names', (commit) => ({ mergeCommitSha: commit, mergedAt: '2026-03-03T09:30:00Z', reviews: approval('bram-bedacht') })],
  ])('with a token, GitHub does not confirm it when %s', async (_name, pull) => {
    const { root, commit } = forged();
    github.pulls.set(99, { author: 'anna-verzonnen', headSha: 'c'.repeat(40), ...pull(commit) });
    const result = await runCli(['ondertekening', 'KL-2026-001', '--register', root, '--json'], { env: github.env() });
    expect(result.code, result.stderr).toBe(0);
    const [row] = (JSON.parse(result.stdout) as { complaints: { registratie: { verified: boolean; text: string } }[] }).complaints;
    expect(row?.registratie.verified).toBe(false);
    expect(row?.registratie.text).toContain('niet geverifieerd: GitHub bevestigt geen goedkeuring door de directie');
  });

  it('confirms with the directie as it was at the merge: a director who left later still signed it', async () => {
    const { root, commit } = forged();
    // Later, Fenna leaves the directie.
    writeFileSync(join(root, 'klachtenregister.yml'), TWO.replace('  - { naam: Fenna Fictief, github: fenna-fictief }\n', ''));
    git(root, ['commit', '--quiet', '-am', 'Fenna vertrekt'], '2026-06-01T10:00:00+02:00');
    github.pulls.set(99, { author: 'anna-verzonnen', headSha: 'c'.repeat(40), mergeCommitSha: commit, mergedAt: '2026-03-03T09:30:00Z', reviews: approval('fenna-fictief') });
    const result = await runCli(['ondertekening', 'KL-2026-001', '--register', root, '--json'], { env: github.env() });
    expect(result.code, result.stderr).toBe(0);
    const [row] = (JSON.parse(result.stdout) as { complaints: { registratie: { verified: boolean } }[] }).complaints;
    expect(row?.registratie.verified).toBe(true);
  });

  it('the klachtenformulier says "niet geverifieerd" without a token, and "geverifieerd bij GitHub" once GitHub confirms', async () => {
    const { root, commit } = forged();
    const out = tempDir();
    const args = ['pdf', 'KL-2026-001', '--soort', 'formulier', '--register', root, '--uit', out, '--vandaag', '2026-11-24'];
    expect((await runCli(args, { env: {} })).code).toBe(0);
    const unverified = pdfText(join(out, 'KL-2026-001-formulier.pdf')).replace(/\s+/g, ' ');
    expect(unverified).toContain('volgens git goedgekeurd door Fenna Fictief (@fenna-fictief) in pull request #99, samengevoegd op 3 maart 2026; niet geverifieerd bij GitHub');
    // A signature no approval confirms is not yet approved, never "Getekend" (CONTRACT section 5).
    expect(unverified).toContain('Nog niet goedgekeurd door de directie');
    expect(unverified).not.toMatch(/Getekend op/);

    github.pulls.set(99, { author: 'anna-verzonnen', headSha: 'c'.repeat(40), mergeCommitSha: commit, mergedAt: '2026-03-03T09:30:00Z', reviews: approval('fenna-fictief') });
    const confirmed = await runCli(args, { env: github.env() });
    expect(confirmed.code, confirmed.stderr).toBe(0);
    const verified = pdfText(join(out, 'KL-2026-001-formulier.pdf')).replace(/\s+/g, ' ');
    expect(verified).toContain(`goedgekeurd door Fenna Fictief (@fenna-fictief) in pull request #99, geverifieerd bij GitHub (${github.owner}/${github.repo}, inhoud gelijk aan commit ${commit.slice(0, 12)}); samengevoegd op 3 maart 2026`);
    expect(verified).toContain('Getekend op 3 maart 2026 door Fenna Fictief');
    expect(verified).not.toContain('niet geverifieerd');
  }, 120_000);
});

/**
 * Issue 19, route 3: evidence tied to the content. A registration approved in pull request #7,
 * then a commit straight on main that rewrites the complaint (another director's name, another
 * description): GitHub's confirmation of #7 says nothing of that text. Checkouts as
 * actions/checkout makes them.
 */
describe('issue 19, route 3: "geverifieerd" only for exactly the content the directie approved', () => {
  const rewritten = valid.replace('naam: Fenna Fictief }', 'naam: Bram Bedacht }').replace(/\n$/, '\nEen herschreven omschrijving.\n');

  function approvedRegistration(): { origin: Origin; branchHead: string; merge: string; rewrite: () => string } {
    const origin = new Origin({ 'klachtenregister.yml': TWO, [FILE]: intake });
    const branchHead = origin.commit('registratie', (r) => writeFileSync(join(r, FILE), valid), 'Registratie KL-2026-001', { date: '2026-03-03T09:00:00+01:00' });
    const merge = origin.merge('main', 'registratie', 'Merge pull request #7 from liberi/registratie', '2026-03-03T10:00:00+01:00');
    github.pulls.set(7, {
      author: 'anna-verzonnen', headSha: branchHead, headRef: 'registratie', mergeCommitSha: merge, mergedAt: '2026-03-03T09:00:00Z',
      reviews: [{ login: 'fenna-fictief', state: 'APPROVED', commitId: branchHead, submittedAt: '2026-03-03T08:50:00Z' }],
    });
    // The route: main plus one unapproved commit that rewrites the complaint.
    const rewrite = (): string => origin.commit('main', (r) => writeFileSync(join(r, FILE), rewritten), 'Kleine correctie', { date: '2026-03-05T10:00:00+01:00' });
    return { origin, branchHead, merge, rewrite };
  }

  async function evidence(root: string): Promise<{ registratie: { verified: boolean; text: string }; content: { identical: boolean; verified: boolean } }> {
    const result = await runCli(['ondertekening', 'KL-2026-001', '--register', root, '--json'], { env: github.env() });
    expect(result.code, result.stderr).toBe(0);
    const [row] = (JSON.parse(result.stdout) as { complaints: { registratie: { verified: boolean; text: string }; content: { identical: boolean; verified: boolean } }[] }).complaints;
    if (!row) throw new Error('geen rij');
    return row;
  }

  it('klacht ondertekening: verified for the approved content, not for a rewrite on main, nor for an edit not yet committed', async () => {
    const { origin, merge, rewrite } = approvedRegistration();
    const approved = await evidence(origin.checkout(merge));
    expect(approved.registratie.verified).toBe(true);
    expect(approved.registratie.text).toContain(`geverifieerd bij GitHub (${github.owner}/${github.repo}, inhoud gelijk aan commit ${merge.slice(0, 12)})`);

    const changed = rewrite();
    const after = await evidence(origin.checkout(changed));
    expect(after.registratie.verified).toBe(false);
    expect(after.content).toMatchObject({ identical: true, verified: false });
    expect(after.registratie.text).toContain(`goedgekeurd door Fenna Fictief (@fenna-fictief) in pull request #7 (samengevoegd op 3 maart 2026), maar het klachtbestand is daarna gewijzigd zonder pull request (commit ${changed.slice(0, 12)}, 5 maart 2026): deze inhoud is niet geverifieerd`);
    expect(after.registratie.text).not.toContain(', geverifieerd bij GitHub');

    const local = origin.checkout(merge);
    writeFileSync(join(local, FILE), rewritten);
    const edited = await evidence(local);
    expect(edited.content).toMatchObject({ identical: false, verified: false });
    expect(edited.registratie.text).toContain('de afgedrukte tekst is niet de tekst van commit');
  });

  it('the klachtenformulier: "Getekend" only for the approved content; a rewrite or an unapproved branch prints "nog niet goedgekeurd"', async () => {
    const { origin, branchHead, merge, rewrite } = approvedRegistration();
    const print = async (root: string): Promise<string> => {
      const out = tempDir();
      const result = await runCli(['pdf', 'KL-2026-001', '--soort', 'formulier', '--register', root, '--uit', out, '--vandaag', '2026-11-24'], { env: github.env() });
      expect(result.code, result.stderr).toBe(0);
      return pdfText(join(out, 'KL-2026-001-formulier.pdf')).replace(/\s+/g, ' ');
    };
    const approved = await print(origin.checkout(merge));
    expect(approved).toContain('Getekend op 3 maart 2026 door Fenna Fictief');
    expect(approved).toContain(`geverifieerd bij GitHub (${github.owner}/${github.repo}, inhoud gelijk aan commit ${merge.slice(0, 12)})`);

    const afterRewrite = await print(origin.checkout(rewrite()));
    expect(afterRewrite).toContain('Nog niet goedgekeurd door de directie');
    expect(afterRewrite).toContain('In het klachtbestand: Bram Bedacht, 3 maart 2026; GitHub bevestigt geen goedkeuring van precies deze inhoud.');
    expect(afterRewrite).not.toMatch(/Getekend op/);
    expect(afterRewrite).not.toContain(', geverifieerd bij GitHub');

    // Printed from the pull request's branch before anyone approved it.
    const unapproved = await print(origin.checkout(branchHead));
    expect(unapproved).toContain('Nog niet goedgekeurd door de directie');
    expect(unapproved).not.toMatch(/Getekend op/);
  }, 120_000);

  it('"Documenten maken" started from another branch makes nothing, as the proposal forms refuse', async () => {
    const { origin, branchHead } = approvedRegistration();
    const root = origin.checkout(branchHead);
    const event = join(tempDir('klacht-event-'), 'event.json');
    writeFileSync(event, JSON.stringify({ inputs: { klachtnummer: 'KL-2026-001', soort: 'formulier' }, ref: 'refs/heads/registratie', repository: { default_branch: 'main' } }));
    const result = await runCli(['pdf', '--formulier', '--uit', 'documenten', '--register', root], {
      cwd: root, env: github.env({ GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_EVENT_PATH: event, GITHUB_REF_NAME: 'registratie', GITHUB_REF_TYPE: 'branch' }),
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Dit formulier is gestart vanaf 'registratie', niet vanaf 'main'. Start het opnieuw en kies bij \"Use workflow from\" de branch 'main'. Er zijn geen documenten gemaakt.");
    expect(existsSync(join(root, 'documenten'))).toBe(false);
  });
});
