/**
 * Route 4 of issue 14: a commit on main titled "… (#99)" with a "Goedgekeurd-door:" trailer is
 * evidence from git alone. `klacht ondertekening` and the klachtenformulier call it "niet
 * geverifieerd" unless GitHub's reviews API confirms it (the GitHub double, OpenAPI-checked).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, runCli } from '../helpers/cli.js';
import { git } from '../helpers/git.js';
import { GitHubDouble } from '../helpers/github-double.js';
import { pdfText } from '../helpers/pdf.js';
import { makeRegister, tempDir } from '../helpers/temp.js';

const valid = readFileSync(join(PROJECT_ROOT, 'test/fixtures/valid/in-behandeling.md'), 'utf8');
const FILE = 'complaints/2026/KL-2026-001.md';
const TWO = 'directie:\n  - { naam: Fenna Fictief, github: fenna-fictief }\n  - { naam: Bram Bedacht, github: bram-bedacht }\nmedewerkers:\n  - { naam: Anna Verzonnen, github: anna-verzonnen }\n';
const intake = valid.replace('status: in behandeling', 'status: ontvangen').replace(/ondertekening:\n( {2}.*\n)+/, '');

let github: GitHubDouble;
beforeEach(async () => {
  github = await new GitHubDouble().start();
});
afterEach(async () => {
  await github.stop();
  expect(github.violations).toEqual([]);
});

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

const withToken = { GITHUB_TOKEN: '', GITHUB_REPOSITORY: '', GITHUB_API_URL: '' };
function env(): Record<string, string> {
  return { ...withToken, GITHUB_TOKEN: github.token, GITHUB_REPOSITORY: `${github.owner}/${github.repo}`, GITHUB_API_URL: github.url, KLACHT_GITHUB_RETRY_MS: '5' };
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

  it.each<[string, (commit: string) => { mergeCommitSha?: string; mergedAt?: string; reviews: ReturnType<typeof approval> }]>([
    ['pull request #99 exists and was approved, but was merged into another commit', () => ({ mergeCommitSha: 'e'.repeat(40), mergedAt: '2026-03-03T09:30:00Z', reviews: approval('fenna-fictief') })],
    ['pull request #99 was never merged', () => ({ reviews: approval('fenna-fictief') })],
    ['pull request #99 made this commit, but no directie member approved it', (commit) => ({ mergeCommitSha: commit, mergedAt: '2026-03-03T09:30:00Z', reviews: approval('anna-verzonnen') })],
  ])('with a token, GitHub does not confirm it when %s', async (_name, pull) => {
    const { root, commit } = forged();
    github.pulls.set(99, { author: 'anna-verzonnen', headSha: 'c'.repeat(40), ...pull(commit) });
    const result = await runCli(['ondertekening', 'KL-2026-001', '--register', root, '--json'], { env: env() });
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
    const result = await runCli(['ondertekening', 'KL-2026-001', '--register', root, '--json'], { env: env() });
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

    github.pulls.set(99, { author: 'anna-verzonnen', headSha: 'c'.repeat(40), mergeCommitSha: commit, mergedAt: '2026-03-03T09:30:00Z', reviews: approval('fenna-fictief') });
    const confirmed = await runCli(args, { env: env() });
    expect(confirmed.code, confirmed.stderr).toBe(0);
    const verified = pdfText(join(out, 'KL-2026-001-formulier.pdf')).replace(/\s+/g, ' ');
    expect(verified).toContain('goedgekeurd door Fenna Fictief (@fenna-fictief) in pull request #99, geverifieerd bij GitHub; samengevoegd op 3 maart 2026');
    expect(verified).not.toContain('niet geverifieerd');
  }, 120_000);
});
