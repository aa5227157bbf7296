/**
 * The routes to a signature without the directie (issue 14), each closed in `klacht ondertekening
 * --basis`: real git repositories with a pull request's branch, the reviews and the commit status
 * through the GitHub API double (real octokit, OpenAPI-checked requests and responses).
 */
import { mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SIGNATURE_STATUS } from '../../scripts/core/register-checks.js';
import { canaryLeaks } from '../helpers/canary.js';
import { PROJECT_ROOT, runCli } from '../helpers/cli.js';
import { git } from '../helpers/git.js';
import { GitHubDouble } from '../helpers/github-double.js';
import { makeRegister } from '../helpers/temp.js';

const valid = readFileSync(join(PROJECT_ROOT, 'test/fixtures/valid/in-behandeling.md'), 'utf8');
const FILE = 'complaints/2026/KL-2026-001.md';
const TWO = 'directie:\n  - { naam: Fenna Fictief, github: fenna-fictief }\n  - { naam: Bram Bedacht, github: bram-bedacht }\nmedewerkers:\n  - { naam: Anna Verzonnen, github: anna-verzonnen }\n';
const ONE = 'directie:\n  - { naam: Fenna Fictief, github: fenna-fictief }\nmedewerkers:\n  - { naam: Anna Verzonnen, github: anna-verzonnen }\n';
const intake = valid.replace('status: in behandeling', 'status: ontvangen').replace(/ondertekening:\n( {2}.*\n)+/, '');

let github: GitHubDouble;
beforeEach(async () => {
  github = await new GitHubDouble().start();
});
afterEach(async () => {
  await github.stop();
  expect(github.violations).toEqual([]);
});

/** A repository with `files` committed on main, then a branch `pr` on which `change` is committed; returns its head. */
function pullRequest(files: Record<string, string>, change: (root: string) => void): { root: string; head: string } {
  const root = makeRegister(files, { withoutConfig: true });
  git(root, ['init', '--quiet', '--initial-branch=main']);
  git(root, ['add', '-A']);
  git(root, ['commit', '--quiet', '-m', 'Begin']);
  git(root, ['switch', '--quiet', '-c', 'pr']);
  change(root);
  git(root, ['add', '-A']);
  git(root, ['commit', '--quiet', '-m', 'Wijziging']);
  return { root, head: git(root, ['rev-parse', 'HEAD']).trim() };
}

async function check(root: string, extra: string[] = [], env: Record<string, string> = {}) {
  return runCli(['ondertekening', '--register', root, '--basis', 'main', '--kop', 'pr', '--pr', '1', ...extra], {
    env: { GITHUB_TOKEN: github.token, GITHUB_REPOSITORY: `${github.owner}/${github.repo}`, GITHUB_API_URL: github.url, KLACHT_GITHUB_RETRY_MS: '5', ...env },
  });
}

const approvedBy = (login: string, head: string) => [{ login, state: 'APPROVED', commitId: head, submittedAt: '2026-03-03T10:00:00Z' }];

describe('route 2: no klachtenregister.yml at the base', () => {
  it('fails closed instead of taking the directie from the pull request itself', async () => {
    const { root, head } = pullRequest({ [FILE]: intake }, (r) => {
      writeFileSync(join(r, 'klachtenregister.yml'), 'directie:\n  - { naam: Coen Onwaar, github: coen-onwaar }\n');
      writeFileSync(join(r, FILE), valid.replace(/naam: Fenna Fictief/g, 'naam: Coen Onwaar'));
    });
    github.pulls.set(1, { author: 'anna-verzonnen', headSha: head, reviews: approvedBy('coen-onwaar', head) });
    const result = await check(root);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('klachtenregister.yml  NIET ondertekend: Op de basis (main) staat geen klachtenregister.yml');
    expect(result.stdout).toContain('Het eerste klachtenregister.yml van een register komt binnen via de eigenaar van de organisatie of de directie zelf');
    expect(result.stdout).not.toContain('Ondertekend door');
  });

  it('fails closed even when nothing in the pull request needs a signature', async () => {
    const { root } = pullRequest({ [FILE]: intake }, (r) => writeFileSync(join(r, 'klachtenregister.yml'), TWO));
    const result = await check(root, ['--json']);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: false, problems: [{ rule: 'no-base-config', file: 'klachtenregister.yml' }] });
  });
});

describe('route 3 (stale base): the directie of the branch the pull request goes into, now', () => {
  it('fails when the pull request goes into another branch than the one judged', async () => {
    const { root, head } = pullRequest({ 'klachtenregister.yml': TWO, [FILE]: intake }, (r) => writeFileSync(join(r, FILE), valid));
    github.pulls.set(1, { author: 'anna-verzonnen', headSha: head, baseRef: 'eigen-branch', reviews: approvedBy('fenna-fictief', head) });
    const result = await check(root, ['--json']);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: false, problems: [{ rule: 'other-base' }] });
  });
});

describe('everything in a register is signed (CODEOWNERS *)', () => {
  it.each([
    ['an ordinary edit of a complaint', FILE, (r: string) => writeFileSync(join(r, FILE), `${valid}\nMeer.\n`)],
    ['an annual analysis', 'analyses/2026.md', (r: string) => { mkdirSync(join(r, 'analyses')); writeFileSync(join(r, 'analyses/2026.md'), '# Jaaranalyse\n'); }],
    ['a letter template', 'templates/reactie.liquid', (r: string) => { mkdirSync(join(r, 'templates')); writeFileSync(join(r, 'templates/reactie.liquid'), '<p>x</p>\n'); }],
    ['.gitignore', '.gitignore', (r: string) => writeFileSync(join(r, '.gitignore'), '!*.pdf\n')],
  ])('%s needs the directie', async (_name, path, change) => {
    const { root, head } = pullRequest({ 'klachtenregister.yml': TWO, [FILE]: valid }, change);
    github.pulls.set(1, { author: 'anna-verzonnen', headSha: head, reviews: approvedBy('coen-onwaar', head) });
    const result = await check(root);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`${path === FILE ? 'KL-2026-001' : path}  `);
    expect(result.stdout).toContain('NIET ondertekend');
  });
});

describe('route 1: the register\'s rules are signed like a complaint', () => {
  it.each([
    ['klachtenregister.yml', (r: string) => writeFileSync(join(r, 'klachtenregister.yml'), `${TWO}  - { naam: Coen Onwaar, github: coen-onwaar }\n`)],
    ['.github/CODEOWNERS', (r: string) => writeFileSync(join(r, '.github/CODEOWNERS'), '* @fenna-fictief @bram-bedacht @coen-onwaar\n')],
    ['.github/workflows/valideer.yml', (r: string) => rmSync(join(r, '.github/workflows/valideer.yml'))],
  ])('%s: a colleague\'s approval is not enough; a directie member\'s is', async (path, change) => {
    const files = { 'klachtenregister.yml': TWO, [FILE]: intake, '.github/CODEOWNERS': '* @fenna-fictief @bram-bedacht\n', '.github/workflows/valideer.yml': 'name: x\n' };
    const { root, head } = pullRequest(files, change);
    github.pulls.set(1, { author: 'coen-onwaar', headSha: head, reviews: approvedBy('anna-verzonnen', head) });
    const colleague = await check(root);
    expect(colleague.code).toBe(1);
    expect(colleague.stdout).toContain(`${path}  wijziging van de regels van het register  NIET ondertekend`);
    github.pulls.set(1, { author: 'coen-onwaar', headSha: head, reviews: approvedBy('bram-bedacht', head) });
    const directie = await check(root);
    expect(directie.code, directie.stdout).toBe(0);
    expect(directie.stdout).toContain(`${path}  wijziging van de regels van het register  ondertekend: Ondertekend door Bram Bedacht (@bram-bedacht).`);
  });
});

describe('route 3: symbolic links', () => {
  it('fails on a complaint file that is a link to a file elsewhere, naming the path', async () => {
    const { root } = pullRequest({ 'klachtenregister.yml': TWO, [FILE]: intake }, (r) => {
      mkdirSync(join(r, 'notities'));
      writeFileSync(join(r, 'notities/concept.md'), valid.replace(/KL-2026-001/g, 'KL-2026-002'));
      symlinkSync('../../notities/concept.md', join(r, 'complaints/2026/KL-2026-002.md'));
    });
    const result = await check(root);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('complaints/2026/KL-2026-002.md  NIET ondertekend: complaints/2026/KL-2026-002.md is een snelkoppeling (symbolische link).');
    expect(github.requests).toEqual([]);
  });

  it('fails on a year folder that is a link to a folder elsewhere', async () => {
    const { root } = pullRequest({ 'klachtenregister.yml': TWO, [FILE]: intake }, (r) => {
      mkdirSync(join(r, 'concept/2027'), { recursive: true });
      writeFileSync(join(r, 'concept/2027/KL-2027-001.md'), valid.replace(/KL-2026-001/g, 'KL-2027-001'));
      symlinkSync('../concept/2027', join(r, 'complaints/2027'));
    });
    const result = await check(root, ['--json']);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: false, problems: [{ rule: 'symlink', file: 'complaints/2027' }] });
  });

  it('fails on a link under analyses/ too', async () => {
    const { root } = pullRequest({ 'klachtenregister.yml': TWO, [FILE]: intake }, (r) => {
      mkdirSync(join(r, 'analyses'));
      symlinkSync('../README.md', join(r, 'analyses/2026.md'));
    });
    const result = await check(root);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('analyses/2026.md  NIET ondertekend');
  });
});

describe('route 5: deleting, moving back and moving a complaint', () => {
  const registered = { 'klachtenregister.yml': TWO, [FILE]: valid };
  it.each<[string, Record<string, string>, (root: string) => void, string]>([
    ['deleting a received complaint', { 'klachtenregister.yml': TWO, [FILE]: intake }, (r) => rmSync(join(r, FILE)), 'verwijdering van het klachtbestand'],
    ['moving a complaint out of complaints/', registered, (r) => { mkdirSync(join(r, 'notities')); renameSync(join(r, FILE), join(r, 'notities/oud.md')); }, 'verwijdering van het klachtbestand'],
    ['moving the status back to ontvangen', registered, (r) => writeFileSync(join(r, FILE), valid.replace('status: in behandeling', 'status: ontvangen')), 'status teruggezet'],
    ['moving a closed complaint back to in behandeling', { 'klachtenregister.yml': TWO, [FILE]: valid.replace('status: in behandeling', 'status: afgehandeld') }, (r) => writeFileSync(join(r, FILE), valid), 'status teruggezet'],
    ['renaming a complaint file', registered, (r) => renameSync(join(r, FILE), join(r, 'complaints/2026/KL-2026-009.md')), 'klachtbestand verplaatst of hernoemd'],
  ])('%s needs the directie', async (_name, files, change, reason) => {
    const { root, head } = pullRequest(files, change);
    github.pulls.set(1, { author: 'anna-verzonnen', headSha: head, reviews: approvedBy('anna-verzonnen', head) });
    const unsigned = await check(root);
    expect(unsigned.code, unsigned.stderr).toBe(1);
    expect(unsigned.stdout).toContain(`KL-2026-001  ${reason}`);
    expect(unsigned.stdout).toContain('NIET ondertekend: Nog niet goedgekeurd door een directielid');
    github.pulls.set(1, { author: 'anna-verzonnen', headSha: head, reviews: approvedBy('fenna-fictief', head) });
    const signed = await check(root);
    expect(signed.code, signed.stdout).toBe(0);
    expect(canaryLeaks(unsigned.stdout + unsigned.stderr + signed.stdout + signed.stderr)).toEqual([]);
  });
});

describe('route 6: --status, one verdict per head commit', () => {
  function registration(): { root: string; head: string } {
    return pullRequest({ 'klachtenregister.yml': TWO, [FILE]: intake }, (r) => writeFileSync(join(r, FILE), valid));
  }

  it('sets a failure status on the head commit and exits 0 when a signature is missing', async () => {
    const { root, head } = registration();
    github.pulls.set(1, { author: 'anna-verzonnen', headSha: head, reviews: [] });
    const result = await check(root, ['--status'], { GITHUB_SERVER_URL: 'https://github.com', GITHUB_RUN_ID: '4242' });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('NIET ondertekend');
    expect(github.statuses).toEqual([{
      sha: head, state: 'failure', context: SIGNATURE_STATUS, description: 'Handtekening van de directie ontbreekt: KL-2026-001.',
      target_url: `https://github.com/${github.owner}/${github.repo}/actions/runs/4242`,
    }]);
  });

  it('sets a success status once the directie approved, with a short description without names', async () => {
    const { root, head } = registration();
    github.pulls.set(1, { author: 'anna-verzonnen', headSha: head, reviews: approvedBy('fenna-fictief', head) });
    const result = await check(root, ['--status']);
    expect(result.code).toBe(0);
    expect(github.statuses).toMatchObject([{ sha: head, state: 'success', context: SIGNATURE_STATUS, description: 'Ondertekend door de directie (KL-2026-001).' }]);
    expect(github.statuses[0]?.description).not.toMatch(/Fenna|Canarie/);
  });

  it('sets the status when signed, and when the check fails closed', async () => {
    const signed = pullRequest({ 'klachtenregister.yml': TWO, [FILE]: valid }, (r) => writeFileSync(join(r, FILE), `${valid}\nMeer.\n`));
    github.pulls.set(1, { author: 'anna-verzonnen', headSha: signed.head, reviews: approvedBy('fenna-fictief', signed.head) });
    expect((await check(signed.root, ['--status'])).code).toBe(0);
    const noConfig = pullRequest({ [FILE]: intake }, (r) => writeFileSync(join(r, 'klachtenregister.yml'), TWO));
    expect((await check(noConfig.root, ['--status'])).code).toBe(0);
    expect(github.statuses.map((s) => [s.sha, s.state, s.description])).toEqual([
      [signed.head, 'success', 'Ondertekend door de directie (KL-2026-001).'],
      [noConfig.head, 'failure', 'Geen klachtenregister.yml op de basis: niet te ondertekenen.'],
    ]);
  });

  it('exits 2 with a Dutch message when the status cannot be set', async () => {
    const { root, head } = registration();
    github.pulls.set(1, { author: 'anna-verzonnen', headSha: head, reviews: approvedBy('fenna-fictief', head) });
    github.failNext(403, 'POST');
    const result = await check(root, ['--status']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Het token mag geen commitstatus zetten in liberi/klachten (403). Geef de workflow `permissions: statuses: write`');
  });

  it('judges GitHub\'s head commit only: an older --kop fails as outdated', async () => {
    const { root, head } = registration();
    github.pulls.set(1, { author: 'anna-verzonnen', headSha: 'f'.repeat(40), reviews: approvedBy('fenna-fictief', 'f'.repeat(40)) });
    const result = await check(root, ['--status']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('deze controle is verouderd');
    expect(github.statuses).toMatchObject([{ sha: head, state: 'failure' }]);
  });
});

describe('route 9: four eyes', () => {
  function registration(config: string): { root: string; head: string } {
    return pullRequest({ 'klachtenregister.yml': config, [FILE]: intake }, (r) => writeFileSync(join(r, FILE), valid));
  }

  it('has no exception for the only director\'s own pull request: a medewerker\'s approval is no signature', async () => {
    const { root, head } = registration(ONE);
    github.pulls.set(1, { author: 'fenna-fictief', headSha: head, reviews: approvedBy('anna-verzonnen', head) });
    const result = await check(root);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('Nog niet goedgekeurd door een directielid (@fenna-fictief).');
  });

  it('does not count a director\'s approval of a commit that director made', async () => {
    const { root, head } = registration(TWO);
    github.pulls.set(1, { author: 'anna-verzonnen', headSha: head, headAuthor: 'fenna-fictief', headCommitter: 'fenna-fictief', reviews: approvedBy('fenna-fictief', head) });
    const result = await check(root);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('Het directielid dat goedkeurde, maakte of verstuurde zelf de laatste commit.');
  });

  it('asks GitHub who pushed: a commit written in a colleague\'s name but pushed by the director is the director\'s', async () => {
    const { root, head } = registration(TWO);
    github.pulls.set(1, { author: 'anna-verzonnen', headSha: head, headAuthor: 'anna-verzonnen', headCommitter: 'anna-verzonnen', pusher: 'fenna-fictief', reviews: approvedBy('fenna-fictief', head) });
    const result = await check(root);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('maakte of verstuurde zelf de laatste commit');
    expect(github.requests.some((r) => r.path === `/repos/${github.owner}/${github.repo}/activity` && r.query.get('ref') === 'refs/heads/pr')).toBe(true);
  });

  it('fails closed when GitHub lists no push of the last commit', async () => {
    const { root, head } = registration(TWO);
    github.pulls.set(1, { author: 'anna-verzonnen', headSha: head, pusher: null, reviews: approvedBy('fenna-fictief', head) });
    const result = await check(root);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('GitHub noemt niemand die de laatste commit van deze pull request verstuurde');
  });

  it('lets the only director approve a pull request opened by a workflow (a form)', async () => {
    const { root, head } = registration(ONE);
    github.pulls.set(1, { author: 'github-actions[bot]', headSha: head, reviews: approvedBy('fenna-fictief', head) });
    const result = await check(root);
    expect(result.code, result.stdout).toBe(0);
    expect(result.stdout).toContain('Ondertekend door Fenna Fictief (@fenna-fictief).');
  });
});
