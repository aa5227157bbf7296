/**
 * The routes to a signature without the directie (issue 14), each closed in `klacht ondertekening
 * --basis`: real git repositories with a pull request's branch, the reviews and the commit status
 * through the GitHub API double (real octokit, OpenAPI-checked requests and responses).
 */
import { mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SIGNATURE_STATUS } from '../../src/core/github-policy/register-checks.js';
import { canaryLeaks } from '../helpers/canary.js';
import { PROJECT_ROOT, runCli } from '../helpers/cli.js';
import { Origin } from '../helpers/checkout.js';
import { git } from '../helpers/git.js';
import { useGitHubDouble } from '../helpers/use-github-double.js';
import { makeRegister, tempDir } from '../helpers/temp.js';

const valid = readFileSync(join(PROJECT_ROOT, 'test/fixtures/valid/in-behandeling.md'), 'utf8');
const FILE = 'complaints/2026/KL-2026-001.md';
const TWO = 'directie:\n  - { naam: Fenna Fictief, github: fenna-fictief }\n  - { naam: Bram Bedacht, github: bram-bedacht }\nmedewerkers:\n  - { naam: Anna Verzonnen, github: anna-verzonnen }\n';
const ONE = 'directie:\n  - { naam: Fenna Fictief, github: fenna-fictief }\nmedewerkers:\n  - { naam: Anna Verzonnen, github: anna-verzonnen }\n';
const intake = valid.replace('status: in behandeling', 'status: ontvangen').replace(/ondertekening:\n( {2}.*\n)+/, '');

const github = useGitHubDouble();

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
    env: github.env(env),
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
    expect(result.stdout).toContain('klachtenregister.yml  NIET ondertekend: Op de basis (refs/heads/main) staat geen klachtenregister.yml');
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
    expect(result.stdout).toContain('Het directielid dat goedkeurde, maakte of verstuurde zelf de laatste commit (of vulde het formulier in dat hem maakte).');
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

  it('lets the only director approve a pull request of a form a medewerker filled in', async () => {
    const { root, head } = registration(ONE);
    const parent = git(root, ['rev-parse', 'main']).trim();
    github.runs.set(900, { triggeringActor: 'anna-verzonnen', headSha: parent });
    // The branch the form's run made (it names the run), created by that run's push.
    github.pulls.set(1, {
      author: 'github-actions[bot]', headSha: head, headRef: 'formulier/KL-2026-001-registratie-900', pushType: 'branch_creation', headParents: [parent], reviews: approvedBy('fenna-fictief', head),
      headMessage: 'Registratie KL-2026-001\n\nIngevuld met een formulier in GitHub door @anna-verzonnen (https://github.com/liberi/klachten/actions/runs/900).\n',
    });
    const result = await check(root);
    expect(result.code, result.stdout).toBe(0);
    expect(result.stdout).toContain('Ondertekend door Fenna Fictief (@fenna-fictief).');
  });
});

/**
 * Issue 19: what a merge would really do. Each route on a bare "origin" and a checkout made as
 * actions/checkout with fetch-depth: 0 makes it (refs/remotes/origin/*, tags fetched, detached).
 */
describe('issue 19: the check judges what the merge would do, on checkouts as actions/checkout makes them', () => {
  const FILE2 = 'complaints/2026/KL-2026-002.md';
  const FILE3 = 'complaints/2026/KL-2026-003.md';
  const as = (file: string, text: string): string => text.replace(/KL-2026-001/g, file.slice(-14, -3));
  const ACTIONS = { GITHUB_ACTIONS: 'true', GITHUB_SERVER_URL: 'https://github.com', GITHUB_RUN_ID: '77' };

  async function judge(root: string, base: string, head: string, extra: string[] = [], env: Record<string, string> = {}) {
    return runCli(['ondertekening', '--register', root, '--basis', base, '--kop', head, '--pr', '2', ...extra], {
      env: github.env(env),
    });
  }

  it('route 1: two merge bases ("criss-cross") fail closed, where git\'s diff shows nothing to sign', async () => {
    const origin = new Origin({ 'klachtenregister.yml': TWO, [FILE]: intake, [FILE2]: as(FILE2, intake) });
    // Pull request #1 registers KL-2026-001; meanwhile main moves on (m0), and #1 is merged onto m0.
    const b1 = origin.commit('registratie', (r) => writeFileSync(join(r, FILE), valid), 'Registratie KL-2026-001');
    const m0 = origin.commit('main', (r) => writeFileSync(join(r, FILE2), `${as(FILE2, intake)}\nAanvulling.\n`), 'Aanvulling KL-2026-002');
    origin.merge('main', 'registratie', 'Merge pull request #1 from liberi/registratie');
    origin.commit('main', (r) => writeFileSync(join(r, FILE3), as(FILE3, valid)), 'Registratie KL-2026-003');
    // The attack: #1's old branch "merged" with m0, keeping its own tree.
    origin.git(['switch', '--quiet', '-c', 'aanval', b1]);
    origin.git(['merge', '--quiet', '-s', 'ours', '--no-edit', m0]);
    origin.git(['push', '--quiet', 'origin', 'aanval']);
    const head = origin.git(['rev-parse', 'HEAD']).trim();
    const root = origin.checkout(head);
    // The route as it was: git's diff against the base shows nothing, yet merging would change main.
    expect(git(root, ['diff', '--name-only', 'refs/remotes/origin/main...HEAD']).trim()).toBe('');
    expect(git(root, ['merge-base', '--all', 'refs/remotes/origin/main', 'HEAD']).trim().split('\n')).toHaveLength(2);
    const merged = git(root, ['merge-tree', '--write-tree', 'refs/remotes/origin/main', 'HEAD']).split('\n')[0];
    expect(merged).not.toBe(git(root, ['rev-parse', 'refs/remotes/origin/main^{tree}']).trim());

    github.pulls.set(2, { author: 'anna-verzonnen', headSha: head, reviews: [] });
    const result = await judge(root, 'refs/remotes/origin/main', head, ['--status']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('NIET ondertekend: De pull request en refs/remotes/origin/main hebben 2 gemeenschappelijke beginpunten (merge bases');
    expect(result.stdout).not.toContain('niets dat de handtekening van de directie nodig heeft');
    expect(github.statuses).toMatchObject([{ sha: head, state: 'failure', description: 'Meer dan één merge base: samenvoegen is niet te beoordelen.' }]);
  });

  it('route 1: a merge with conflicts fails closed; one merge base is judged by the merge\'s tree', async () => {
    const origin = new Origin({ 'klachtenregister.yml': TWO, [FILE]: valid });
    const conflicting = origin.commit('botsing', (r) => writeFileSync(join(r, FILE), `${valid}\nVersie van de pull request.\n`), 'Wijziging');
    origin.commit('main', (r) => writeFileSync(join(r, FILE), `${valid}\nVersie van main.\n`), 'Andere wijziging');
    const result = await judge(origin.checkout(conflicting), 'refs/remotes/origin/main', conflicting, ['--json']);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: false, problems: [{ rule: 'merge-conflict' }] });

    // Main took KL-2026-001 back to ontvangen after this branch began: the merge keeps main's file, so
    // this branch (which only adds a letter template) is judged for the template alone.
    const fine = origin.commit('sjabloon', (r) => { mkdirSync(join(r, 'templates')); writeFileSync(join(r, 'templates/reactie.liquid'), '<p>x</p>\n'); }, 'Sjabloon', { from: 'main' });
    github.pulls.set(2, { author: 'anna-verzonnen', headSha: fine, reviews: approvedBy('fenna-fictief', fine) });
    const judged = await judge(origin.checkout(fine), 'refs/remotes/origin/main', fine);
    expect(judged.code, judged.stdout).toBe(0);
    expect(judged.stdout).toContain('templates/reactie.liquid  wijziging');
    expect(judged.stdout).not.toContain('KL-2026-001');
  });

  it('route 2: a tag named like the base (fetched by actions/checkout) is refused; the full ref judges the branch', async () => {
    const origin = new Origin({ 'klachtenregister.yml': TWO, [FILE]: intake });
    const head = origin.commit('registratie', (r) => writeFileSync(join(r, FILE), valid), 'Registratie');
    origin.tag('origin/main', head);
    const root = origin.checkout(head);
    expect(git(root, ['tag', '--list']).trim()).toBe('origin/main');
    // The route as it was: git reads the tag for "origin/main", so the pull request is its own base.
    expect(git(root, ['rev-parse', 'origin/main^{commit}']).trim()).toBe(head);

    github.pulls.set(2, { author: 'anna-verzonnen', headSha: head, reviews: approvedBy('anna-verzonnen', head) });
    const short = await judge(root, 'origin/main', head, ['--status']);
    expect(short.code, short.stderr).toBe(0);
    expect(short.stdout).toContain("NIET ondertekend: De basis is niet één branch: 'origin/main' is niet eenduidig: zo heten refs/tags/origin/main en refs/remotes/origin/main.");
    expect(github.statuses).toMatchObject([{ sha: head, state: 'failure', description: 'De basis is niet één branch: niet te beoordelen.' }]);
    // Nothing was asked of GitHub's reviews: the check failed before.
    expect(github.requests.filter((r) => r.path.includes('/pulls/'))).toEqual([]);

    const full = await judge(root, 'refs/remotes/origin/main', head);
    expect(full.code).toBe(1);
    expect(full.stdout).toContain('KL-2026-001  registratie (status in behandeling), wijziging van ondertekening  NIET ondertekend');
  });

  it('route 2: a commit, a tag or a missing branch is no base', async () => {
    const origin = new Origin({ 'klachtenregister.yml': TWO, [FILE]: intake });
    const head = origin.commit('registratie', (r) => writeFileSync(join(r, FILE), valid), 'Registratie');
    origin.tag('release', origin.sha('main'));
    const root = origin.checkout(head);
    for (const [base, message] of [
      [origin.sha('main'), 'is een commit, geen branch'],
      ['release', "'refs/tags/release' is geen branch"],
      ['refs/tags/release', "'refs/tags/release' is geen branch"],
      ['refs/remotes/origin/bestaat-niet', "Branch 'refs/remotes/origin/bestaat-niet' bestaat niet"],
    ] as const) {
      const result = await judge(root, base, head, ['--json']);
      expect(result.code, base).toBe(1);
      const verdict = JSON.parse(result.stdout) as { problems: { rule: string; message: string }[] };
      expect(verdict.problems[0]?.rule).toBe('base-ref');
      expect(verdict.problems[0]?.message).toContain(message);
    }
  });

  it('route 2: valideer --doel refuses the name a tag shadows, and finds a taken number through the full ref', async () => {
    const origin = new Origin({ 'klachtenregister.yml': TWO, [FILE]: intake });
    const head = origin.commit('nieuw', (r) => writeFileSync(join(r, FILE2), as(FILE2, intake)), 'Nieuwe klacht');
    origin.commit('main', (r) => writeFileSync(join(r, FILE2), as(FILE2, intake).replace('status: ontvangen', 'status: ontvangen')), 'Andere nieuwe klacht', { date: '2026-03-03T10:00:00+01:00' });
    // The tag makes "origin/main" the branch itself, where the number is of course its own.
    origin.tag('origin/main', head);
    const root = origin.checkout(head);
    const short = await runCli(['valideer', '--register', root, '--doel', 'origin/main', '--vandaag', '2026-11-24']);
    expect(short.code).toBe(2);
    expect(short.stderr).toContain("--doel: 'origin/main' is niet eenduidig: zo heten refs/tags/origin/main en refs/remotes/origin/main.");
    const full = await runCli(['valideer', '--register', root, '--doel', 'refs/remotes/origin/main', '--vandaag', '2026-11-24', '--json']);
    expect(full.code).toBe(1);
    const taken = (JSON.parse(full.stdout) as { findings: { file: string; rule: string }[] }).findings.filter((f) => f.rule === 'id-taken');
    expect(taken).toMatchObject([{ file: FILE2, rule: 'id-taken' }]);
  });

  it('route 4: a name under complaints/ that could write the log or the summary fails closed, and is never printed raw', async () => {
    const origin = new Origin({ 'klachtenregister.yml': TWO, [FILE]: valid });
    const table = 'complaints/2026/KL-2026-009 | registratie | ja | Dir Een (@dir-een) | Ondertekend |';
    const commands = 'complaints/2026/KL-2026-010\n::notice title=Ondertekend::Alles is ondertekend\n::stop-commands::klacht.md';
    // The runner's older form obeys `##[…]` anywhere in a line, not only at its start.
    const older = 'complaints/2026/##[stop-commands]tok.md';
    const head = origin.commit('namen', (r) => {
      writeFileSync(join(r, table), 'x\n');
      writeFileSync(join(r, commands), as('complaints/2026/KL-2026-010.md', valid));
      symlinkSync('KL-2026-001.md', join(r, older));
    }, 'Namen');
    const root = origin.checkout(head);
    const summary = join(tempDir(), 'samenvatting.md');
    github.pulls.set(2, { author: 'anna-verzonnen', headSha: head, reviews: approvedBy('fenna-fictief', head) });
    const result = await judge(root, 'refs/remotes/origin/main', head, ['--status', '--samenvatting', summary], ACTIONS);
    expect(result.code, result.stderr).toBe(0);
    // No line of the log is a workflow command, in either form, and the summary holds no row of its own making.
    for (const line of result.stdout.split('\n')) expect(line).not.toMatch(/^\s*::|##\[/);
    expect(result.stdout).toContain('complaints/2026/#\\u{23}[stop-commands]tok.md  NIET ondertekend: De naam');
    expect(result.stdout).toContain('complaints/2026/KL-2026-010\\u{a}::notice title=Ondertekend::Alles is ondertekend\\u{a}::stop-commands::klacht.md  NIET ondertekend: De naam');
    for (const line of readFileSync(summary, 'utf8').split('\n')) expect(line).not.toMatch(/^\s*(::|\|)/);
    expect(github.statuses).toMatchObject([{ sha: head, state: 'failure', description: 'Bestandsnaam met stuurteken, | of opdracht: niet toegestaan.' }]);
    expect(JSON.parse((await judge(root, 'refs/remotes/origin/main', head, ['--json'])).stdout)).toMatchObject({
      problems: [{ rule: 'unsafe-name', file: older.replace('##[', '#\\u{23}[') }, { rule: 'unsafe-name', file: table }, { rule: 'unsafe-name', file: commands.replace(/\n/g, '\\u{a}') }],
    });

    // valideer on the same checkout: both are errors, and its log holds no command but its own annotations.
    const valideer = await runCli(['valideer', '--register', root, '--vandaag', '2026-11-24'], { env: { GITHUB_ACTIONS: 'true' }, cwd: root });
    expect(valideer.code).toBe(1);
    for (const line of valideer.stdout.split('\n').filter((l) => /^\s*::/.test(l))) expect(line).toMatch(/^::(error|warning) file=/);
    for (const line of valideer.stdout.split('\n')) expect(line).not.toContain('##[');
    const json = JSON.parse((await runCli(['valideer', '--register', root, '--vandaag', '2026-11-24', '--json'])).stdout) as { findings: { file: string; rule: string }[] };
    expect(json.findings.filter((f) => f.rule === 'unsafe-name' || f.rule === 'not-a-complaint-file').map((f) => [f.file, f.rule])).toEqual([
      [older, 'unsafe-name'], [table, 'not-a-complaint-file'], [table, 'unsafe-name'], [commands, 'unsafe-name'],
    ]);
  });

  it('route 4: a name elsewhere is escaped for the table cell and the log line it lands in', async () => {
    const origin = new Origin({ 'klachtenregister.yml': TWO, [FILE]: valid });
    const cell = 'bijlagen/x | ja | Dir Een (@dir-een) | Ondertekend |.pdf';
    const line = 'bijlagen/y\n::warning::Alles is ondertekend.pdf';
    // The older form anywhere in a line, and a name that is a command at the start of one.
    const older = 'bijlagen/z ##[warning]Alles is ondertekend.pdf';
    const start = '::notice::Alles is ondertekend';
    const head = origin.commit('bijlagen', (r) => {
      mkdirSync(join(r, 'bijlagen'));
      for (const name of [cell, line, older, start]) writeFileSync(join(r, name), 'x');
    }, 'Bijlagen');
    const summary = join(tempDir(), 'samenvatting.md');
    github.pulls.set(2, { author: 'anna-verzonnen', headSha: head, reviews: approvedBy('anna-verzonnen', head) });
    const result = await judge(origin.checkout(head), 'refs/remotes/origin/main', head, ['--samenvatting', summary], ACTIONS);
    expect(result.code).toBe(1);
    for (const text of result.stdout.split('\n')) expect(text).not.toMatch(/^\s*::|##\[/);
    expect(result.stdout).toContain('\\u{3a}:notice::Alles is ondertekend  wijziging');
    const rows = readFileSync(summary, 'utf8').split('\n').filter((l) => l.startsWith('| bijlagen'));
    expect(rows).toHaveLength(3);
    // Five cells a row, the name in one of them, escaped.
    for (const row of rows) expect(row.split(/(?<!\\)\|/).length - 2).toBe(5);
    expect(rows.join('\n')).toContain('| bijlagen/x \\| ja \\| Dir Een (@dir-een) \\| Ondertekend \\|.pdf | wijziging');
  });

  it('route 7: --help describes the check as it is: four eyes without exception, the base by its full ref, the merge judged', async () => {
    const help = await runCli(['ondertekening', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('vier ogen, zonder uitzondering, ook niet voor een');
    expect(help.stdout).toContain('De basis is de branch waar de pull request naartoe gaat, met zijn volledige naam');
    expect(help.stdout).toContain('wat samenvoegen in de basis zou');
    // Gone: the one-person exception, and "de directie komt uit de basis" for any ref.
    expect(help.stdout).not.toContain('Is de directie één persoon');
    expect(help.stdout).not.toContain('keurt de directie gewoon zelf goed');
    expect(help.stdout).not.toContain('of een commit)');
  });

  it('route 7: a form started by a director is that director\'s change; another director signs it', async () => {
    const origin = new Origin({ 'klachtenregister.yml': TWO, [FILE]: intake });
    const parent = origin.sha('main');
    // Fenna fills in the registration form and names Bram as the director who signs.
    const registration = valid.replace('directie: { datum: 2026-03-03, naam: Fenna Fictief }', 'directie: { datum: 2026-03-03, naam: Bram Bedacht }');
    const head = origin.commit('formulier/KL-2026-001-registratie-501', (r) => writeFileSync(join(r, FILE), registration), 'Registratie KL-2026-001\n\nIngevuld met een formulier in GitHub door @fenna-fictief (https://github.com/liberi/klachten/actions/runs/501).');
    const root = origin.checkout(head);
    const form = {
      author: 'github-actions[bot]', headSha: head, headRef: 'formulier/KL-2026-001-registratie-501', headAuthor: 'github-actions[bot]', headCommitter: 'github-actions[bot]',
      pusher: 'github-actions[bot]', pushType: 'branch_creation', headParents: [parent], headMessage: git(root, ['log', '-1', '--format=%B']),
    };
    github.runs.set(501, { triggeringActor: 'fenna-fictief', headSha: parent });
    // Fenna approves what she filled in herself: no signature.
    github.pulls.set(2, { ...form, reviews: approvedBy('fenna-fictief', head) });
    const own = await judge(root, 'refs/remotes/origin/main', head);
    expect(own.code).toBe(1);
    expect(own.stdout).toContain('Het directielid dat goedkeurde, maakte of verstuurde zelf de laatste commit (of vulde het formulier in dat hem maakte).');
    expect(github.requests.some((r) => r.path === `/repos/${github.owner}/${github.repo}/actions/runs/501`)).toBe(true);
    // Bram, the second director, signs it.
    github.pulls.set(2, { ...form, reviews: approvedBy('bram-bedacht', head) });
    const other = await judge(root, 'refs/remotes/origin/main', head);
    expect(other.code, other.stdout).toBe(0);
    expect(other.stdout).toContain('Ondertekend door Bram Bedacht (@bram-bedacht).');
    // A message that names a run on another commit tells nobody who started it: closed.
    github.runs.set(501, { triggeringActor: 'anna-verzonnen', headSha: 'e'.repeat(40) });
    const unknown = await judge(root, 'refs/remotes/origin/main', head);
    expect(unknown.code).toBe(1);
    expect(unknown.stdout).toContain('GitHub noemt niet wie die workflow startte');
  });
});
