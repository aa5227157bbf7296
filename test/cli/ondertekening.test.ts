/**
 * klacht ondertekening: a real git repository with a pull request's branch, and the reviews from
 * the GitHub API double (real octokit, OpenAPI-checked requests and responses).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildExampleRepository } from '../../examples/build-history.js';
import { canaryLeaks } from '../helpers/canary.js';
import { PROJECT_ROOT, runCli } from '../helpers/cli.js';
import { git } from '../helpers/git.js';
import { useGitHubDouble } from '../helpers/use-github-double.js';
import { pdfText } from '../helpers/pdf.js';
import { makeRegister, tempDir } from '../helpers/temp.js';

const valid = readFileSync(join(PROJECT_ROOT, 'test/fixtures/valid/in-behandeling.md'), 'utf8');
const FILE = 'complaints/2026/KL-2026-001.md';
const TWO = 'directie:\n  - { naam: Fenna Fictief, github: fenna-fictief }\n  - { naam: Bram Bedacht, github: bram-bedacht }\nmedewerkers:\n  - { naam: Anna Verzonnen, github: anna-verzonnen }\n';
// At intake nothing is signed yet: the form is signed at registration.
const intake = valid.replace('status: in behandeling', 'status: ontvangen').replace(/ondertekening:\n( {2}.*\n)+/, '');

const github = useGitHubDouble();

/** A repository whose main has the intake, and a branch `pr` that registers the complaint. */
function repository(config: string, registered = valid): { root: string; head: string; first: string } {
  const root = makeRegister({ 'klachtenregister.yml': config, [FILE]: intake });
  git(root, ['init', '--quiet', '--initial-branch=main']);
  git(root, ['add', '-A']);
  git(root, ['commit', '--quiet', '-m', 'Klacht ontvangen']);
  git(root, ['switch', '--quiet', '-c', 'pr']);
  writeFileSync(join(root, FILE), registered.replace('geregistreerd: 2026-03-03', 'geregistreerd: 2026-03-02'));
  git(root, ['commit', '--quiet', '-am', 'Registratie (eerste versie)']);
  const first = git(root, ['rev-parse', 'HEAD']).trim();
  writeFileSync(join(root, FILE), registered);
  git(root, ['commit', '--quiet', '-am', 'Registratie']);
  return { root, head: git(root, ['rev-parse', 'HEAD']).trim(), first };
}

async function check(root: string, extra: string[] = [], env: Record<string, string> = {}) {
  return runCli(['ondertekening', '--register', root, '--basis', 'main', '--kop', 'pr', '--pr', '1', ...extra], {
    env: github.env(env),
  });
}

describe('klacht ondertekening', () => {
  it('passes a registration approved on its latest commit by a directie member, and says who signed', async () => {
    const { root, head } = repository(TWO);
    github.pulls.set(1, { author: 'anna-verzonnen', headSha: head, reviews: [{ login: 'fenna-fictief', state: 'APPROVED', commitId: head, submittedAt: '2026-03-03T10:00:00Z' }] });
    const summary = join(tempDir(), 'summary.md');
    const result = await check(root, ['--samenvatting', summary]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('KL-2026-001  registratie (status in behandeling), wijziging van ondertekening  ondertekend: Ondertekend door Fenna Fictief (@fenna-fictief).');
    const markdown = readFileSync(summary, 'utf8');
    expect(markdown).toContain('| KL-2026-001 | registratie (status in behandeling), wijziging van ondertekening | ja | Fenna Fictief (@fenna-fictief) |');
    expect(canaryLeaks(markdown + result.stdout + result.stderr)).toEqual([]);
  });

  it('fails when only someone outside the directie approved', async () => {
    const { root, head } = repository(TWO);
    github.pulls.set(1, { author: 'bram-bedacht', headSha: head, reviews: [{ login: 'anna-verzonnen', state: 'APPROVED', commitId: head, submittedAt: '2026-03-03T10:00:00Z' }] });
    const result = await check(root);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('NIET ondertekend: Nog niet goedgekeurd door een directielid (@fenna-fictief, @bram-bedacht).');
  });

  it('does not count an approval of an older commit, nor one taken back later', async () => {
    const { root, head, first } = repository(TWO);
    github.pulls.set(1, { author: 'anna-verzonnen', headSha: head, reviews: [{ login: 'fenna-fictief', state: 'APPROVED', commitId: first, submittedAt: '2026-03-03T10:00:00Z' }] });
    const older = await check(root);
    expect(older.code).toBe(1);
    expect(older.stdout).toContain('Een directielid keurde een eerdere versie goed; na de laatste wijziging is opnieuw goedkeuring nodig.');
    github.pulls.set(1, {
      author: 'anna-verzonnen', headSha: head, reviews: [
        { login: 'fenna-fictief', state: 'APPROVED', commitId: head, submittedAt: '2026-03-03T10:00:00Z' },
        { login: 'fenna-fictief', state: 'CHANGES_REQUESTED', commitId: head, submittedAt: '2026-03-03T11:00:00Z' },
      ],
    });
    expect((await check(root)).code).toBe(1);
  });

  it('fails when ondertekening.directie.naam is not the approving member', async () => {
    const { root, head } = repository(TWO);
    github.pulls.set(1, { author: 'anna-verzonnen', headSha: head, reviews: [{ login: 'bram-bedacht', state: 'APPROVED', commitId: head, submittedAt: '2026-03-03T10:00:00Z' }] });
    const result = await check(root);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("ondertekening.directie.naam is 'Fenna Fictief', maar goedgekeurd door Bram Bedacht (@bram-bedacht).");
  });

  it('needs nothing (and asks GitHub nothing) when the pull request changes no file', async () => {
    const root = makeRegister({ 'klachtenregister.yml': TWO, [FILE]: valid });
    git(root, ['init', '--quiet', '--initial-branch=main']);
    git(root, ['add', '-A']);
    git(root, ['commit', '--quiet', '-m', 'Registratie']);
    git(root, ['switch', '--quiet', '-c', 'pr']);
    git(root, ['commit', '--quiet', '--allow-empty', '-m', 'Leeg']);
    const result = await runCli(['ondertekening', '--register', root, '--basis', 'main', '--kop', 'pr'], { env: {} });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('0 klachtbestanden gewijzigd; niets dat de handtekening van de directie nodig heeft.');
    expect(github.requests).toEqual([]);
  });

  it('takes the directie from the base branch: a pull request cannot make its author a signer', async () => {
    const { root, head } = repository(TWO);
    // The pull request also adds its author to the directie.
    writeFileSync(join(root, 'klachtenregister.yml'), `${TWO}  - { naam: Coen Onwaar, github: coen-onwaar }\n`.replace('medewerkers:\n  - { naam: Anna Verzonnen, github: anna-verzonnen }\n', '') + 'medewerkers:\n  - { naam: Anna Verzonnen, github: anna-verzonnen }\n');
    git(root, ['commit', '--quiet', '-am', 'Coen in de directie']);
    const latest = git(root, ['rev-parse', 'HEAD']).trim();
    expect(latest).not.toBe(head);
    github.pulls.set(1, { author: 'anna-verzonnen', headSha: latest, reviews: [{ login: 'coen-onwaar', state: 'APPROVED', commitId: latest, submittedAt: '2026-03-03T10:00:00Z' }] });
    const result = await check(root);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('Nog niet goedgekeurd door een directielid (@fenna-fictief, @bram-bedacht).');
  });

  it('asks for a token when a signature has to be checked', async () => {
    const { root } = repository(TWO);
    const result = await check(root, [], { GITHUB_TOKEN: '' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('GITHUB_TOKEN ontbreekt: de goedkeuringen staan in GitHub.');
  });
});

describe('signature evidence afterwards', () => {
  const example = join(tempDir('klacht-bewijs-'), 'register');
  buildExampleRepository(join(PROJECT_ROOT, 'examples/register'), example);

  it('recovers from git alone which pull request registered and closed a complaint, and who approved it', async () => {
    const result = await runCli(['ondertekening', 'KL-2026-002', '--register', example, '--json'], { env: {} });
    expect(result.code).toBe(0);
    const [row] = (JSON.parse(result.stdout) as { complaints: { id: string; registratie: { pr: number; approver: string; merged: string }; afhandeling: { pr: number; approver: string; merged: string } }[] }).complaints;
    expect(row?.registratie).toMatchObject({ pr: 15, approver: 'bram-bedacht', merged: '2026-03-03' });
    expect(row?.afhandeling).toMatchObject({ pr: 18, approver: 'bram-bedacht', merged: '2026-05-06' });
    expect(github.requests).toEqual([]);
  });

  it('shows what git alone says as not verified', async () => {
    const result = await runCli(['ondertekening', 'KL-2026-002', '--register', example], { env: {} });
    expect(result.stdout).toContain('registratie:  volgens git goedgekeurd door Bram Bedacht (@bram-bedacht) in pull request #15, samengevoegd op 3 maart 2026; niet geverifieerd bij GitHub');
  });

  it('asks GitHub for the approvals when there is a token, and calls them verified only for the content as it is', async () => {
    const merge = (pr: number): string => git(example, ['log', '--format=%H', '-1', '--fixed-strings', `--grep=Merge pull request #${pr} `]).trim();
    const env = github.env();
    // The registration names Bram Bedacht: only his approval confirms it (the check's name rule).
    github.pulls.set(15, { author: 'anna-verzonnen', headSha: 'abc', mergedAt: '2026-03-03T10:00:00Z', mergeCommitSha: merge(15), reviews: [{ login: 'bram-bedacht', state: 'APPROVED', commitId: 'abc', submittedAt: '2026-03-03T09:40:00Z' }] });
    // The closure (the file's content now) was not approved.
    github.pulls.set(18, { author: 'bram-bedacht', headSha: 'def', mergedAt: '2026-05-06T10:00:00Z', mergeCommitSha: merge(18), reviews: [] });
    const unapproved = await runCli(['ondertekening', 'KL-2026-002', '--register', example, '--json'], { env });
    expect(unapproved.code, unapproved.stderr).toBe(0);
    type Row = { registratie: { approver: string; approved_at: string; verified: boolean; text: string }; afhandeling: unknown; content: unknown };
    const [before] = (JSON.parse(unapproved.stdout) as { complaints: Row[] }).complaints;
    expect(before?.registratie).toMatchObject({ approver: 'bram-bedacht', approved_at: '2026-03-03T09:40:00Z', verified: false });
    expect(before?.registratie.text).toContain('maar het klachtbestand is daarna gewijzigd in pull request #18');
    expect(before?.content).toMatchObject({ commit: merge(18), pr: 18, identical: true, verified: false });

    github.pulls.set(18, { author: 'bram-bedacht', headSha: 'def', mergedAt: '2026-05-06T10:00:00Z', mergeCommitSha: merge(18), reviews: [{ login: 'fenna-fictief', state: 'APPROVED', commitId: 'def', submittedAt: '2026-05-06T09:40:00Z' }] });
    const approved = await runCli(['ondertekening', 'KL-2026-002', '--register', example, '--json'], { env });
    const [after] = (JSON.parse(approved.stdout) as { complaints: Row[] }).complaints;
    expect(after?.registratie).toMatchObject({ approver: 'bram-bedacht', verified: true });
    expect(after?.registratie.text).toContain(`geverifieerd bij GitHub (${github.owner}/${github.repo}, inhoud gelijk aan commit ${merge(18).slice(0, 12)})`);
    expect(after?.afhandeling).toMatchObject({ approver: 'fenna-fictief', verified: true });

    // Who signed the registration must be who the file names: Fenna's approval of #15 confirms nothing.
    github.pulls.set(15, { author: 'anna-verzonnen', headSha: 'abc', mergedAt: '2026-03-03T10:00:00Z', mergeCommitSha: merge(15), reviews: [{ login: 'fenna-fictief', state: 'APPROVED', commitId: 'abc', submittedAt: '2026-03-03T09:40:00Z' }] });
    const otherName = await runCli(['ondertekening', 'KL-2026-002', '--register', example, '--json'], { env });
    const [named] = (JSON.parse(otherName.stdout) as { complaints: Row[] }).complaints;
    expect(named?.registratie).toMatchObject({ verified: false });
    expect(named?.registratie.text).toContain('niet geverifieerd: GitHub bevestigt geen goedkeuring door de directie');
  });

  it('shows the evidence on the klachtenformulier', async () => {
    const out = tempDir();
    expect((await runCli(['pdf', 'KL-2026-002', '--soort', 'formulier', '--register', example, '--uit', out, '--vandaag', '2026-11-24'])).code).toBe(0);
    const text = pdfText(join(out, 'KL-2026-002-formulier.pdf'));
    expect(text).toContain('Ondertekening: volgens git goedgekeurd door Bram Bedacht (@bram-bedacht) in pull request #15, samengevoegd op 3 maart 2026; niet geverifieerd bij GitHub');
  }, 120_000);
});

describe('CODEOWNERS', () => {
  it.each([
    ['missing', undefined, 1, '.github/CODEOWNERS:1:1  fout  .github/CODEOWNERS ontbreekt. Maak het bestand met de regel:\n* @fenna-fictief @bram-bedacht'],
    ['giving only complaints/ and analyses/ to the directie (the rules have no owner)', '/complaints/ @fenna-fictief @bram-bedacht\n/analyses/ @fenna-fictief @bram-bedacht\n', 1,
      '.github/CODEOWNERS:1:1  fout  .github/CODEOWNERS geeft niet alles aan de directie. Zet bovenaan de regel:\n* @fenna-fictief @bram-bedacht'],
    ['giving everything to someone else too', '* @fenna-fictief @coen-onwaar\n', 1,
      '.github/CODEOWNERS:1:1  fout  * hoort bij precies de directie uit klachtenregister.yml (@fenna-fictief @bram-bedacht), niet bij @fenna-fictief @coen-onwaar'],
    ['overruled for the workflows by a later rule', '* @fenna-fictief @bram-bedacht\n/.github/workflows/ @anna-verzonnen\n', 1,
      '.github/CODEOWNERS:2:1  fout  /.github/workflows/ hoort bij precies de directie uit klachtenregister.yml (@fenna-fictief @bram-bedacht), niet bij @anna-verzonnen'],
    ['a later rule that gives a path to nobody', '* @fenna-fictief @bram-bedacht\nklachtenregister.yml\n', 1,
      '.github/CODEOWNERS:2:1  fout  klachtenregister.yml hoort bij precies de directie uit klachtenregister.yml (@fenna-fictief @bram-bedacht), niet bij niemand'],
    ['a pattern that only looks like everything', '*.* @fenna-fictief @bram-bedacht\n', 1, '.github/CODEOWNERS geeft niet alles aan de directie.'],
    ['/* (only the files at the top, in GitHub\'s CODEOWNERS)', '/* @fenna-fictief @bram-bedacht\n', 1, '.github/CODEOWNERS geeft niet alles aan de directie.'],
    ['right', '# De directie tekent\n* @Fenna-Fictief @bram-bedacht\n/complaints/ @bram-bedacht @fenna-fictief\n', 0, '1 bestand gecontroleerd: alles in orde.'],
  ] as const)('%s', async (_name, codeowners, code, message) => {
    const root = makeRegister({ 'klachtenregister.yml': TWO, [FILE]: valid, ...(codeowners === undefined ? {} : { '.github/CODEOWNERS': codeowners }) });
    const result = await runCli(['valideer', '--register', root, '--vandaag', '2026-11-24']);
    expect(result.code).toBe(code);
    expect(result.stdout).toContain(message);
  });
});
