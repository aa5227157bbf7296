/**
 * Holes an independent review of issue 19 found in the signature check, each on a bare "origin"
 * and a checkout made as actions/checkout with fetch-depth: 0 makes it, with the reviews, runs and
 * pushes from the GitHub double (real octokit, OpenAPI-checked requests and responses).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canaryLeaks } from '../helpers/canary.js';
import { PROJECT_ROOT, runCli } from '../helpers/cli.js';
import { Origin } from '../helpers/checkout.js';
import { git } from '../helpers/git.js';
import { useGitHubDouble } from '../helpers/use-github-double.js';
import { markdownNodes } from '../helpers/markdown-tree.js';
import { makeRegister, tempDir } from '../helpers/temp.js';

const valid = readFileSync(join(PROJECT_ROOT, 'test/fixtures/valid/in-behandeling.md'), 'utf8');
const FILE = 'complaints/2026/KL-2026-001.md';
const TWO = 'directie:\n  - { naam: Fenna Fictief, github: fenna-fictief }\n  - { naam: Bram Bedacht, github: bram-bedacht }\nmedewerkers:\n  - { naam: Anna Verzonnen, github: anna-verzonnen }\n';
const BASE = 'refs/remotes/origin/main';

const github = useGitHubDouble();

async function judge(root: string, head: string, extra: string[] = [], env: Record<string, string> = {}) {
  return runCli(['ondertekening', '--register', root, '--basis', BASE, '--kop', head, '--pr', '2', ...extra], {
    env: github.env(env),
  });
}

const approvedBy = (login: string, head: string) => [{ login, state: 'APPROVED', commitId: head, submittedAt: '2026-03-03T10:00:00Z' }];

describe('review item 1: a complaint that can\'t be read in the merge result fails closed', () => {
  it('a registered complaint replaced by text that is no complaint', async () => {
    const origin = new Origin({ 'klachtenregister.yml': TWO, [FILE]: valid });
    const head = origin.commit('kapot', (r) => writeFileSync(join(r, FILE), 'kapot\n'), 'Kapot');
    github.pulls.set(2, { author: 'anna-verzonnen', headSha: head, reviews: [] });
    const result = await judge(origin.checkout(head), head, ['--status']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).not.toContain('niets dat de handtekening van de directie nodig heeft');
    expect(result.stdout).toContain(`${FILE}  NIET ondertekend: ${FILE} is in wat samenvoegen zou opleveren geen leesbaar klachtbestand`);
    expect(github.statuses).toMatchObject([{ sha: head, state: 'failure', description: 'Onleesbaar klachtbestand na samenvoegen: niet te beoordelen.' }]);
  });

  it('a registered complaint replaced by a submodule entry', async () => {
    const origin = new Origin({ 'klachtenregister.yml': TWO, [FILE]: valid });
    const main = origin.sha('main');
    // A gitlink (mode 160000) in the place of the file: git has no content for it to read.
    origin.git(['switch', '--quiet', '-c', 'submodule']);
    origin.git(['rm', '--quiet', '--cached', FILE]);
    origin.git(['update-index', '--add', '--cacheinfo', `160000,${main},${FILE}`]);
    origin.git(['commit', '--quiet', '-m', 'Submodule']);
    origin.git(['push', '--quiet', 'origin', 'submodule']);
    const head = origin.git(['rev-parse', 'HEAD']).trim();
    expect(git(origin.work, ['ls-tree', head, FILE])).toMatch(/^160000 commit /);
    github.pulls.set(2, { author: 'anna-verzonnen', headSha: head, reviews: approvedBy('fenna-fictief', head) });
    const result = await judge(origin.checkout(head), head, ['--json']);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: false, problems: [{ rule: 'unreadable-complaint', file: FILE }] });
  });

  it('two valid sides whose clean merge has a field twice', async () => {
    const origin = new Origin({ 'klachtenregister.yml': TWO, [FILE]: valid });
    // The pull request moves categorie down next to ondertekening and changes the description.
    const moved = valid.replace('categorie: communicatie\n', '').replace('ondertekening:\n', 'categorie: communicatie\nondertekening:\n').replace('niet kwam opdagen', 'te laat kwam');
    const head = origin.commit('categorie', (r) => writeFileSync(join(r, FILE), moved), 'Categorie verplaatst');
    // Main meanwhile moves categorie up to line 3.
    origin.commit('main', (r) => writeFileSync(join(r, FILE), valid.replace('categorie: communicatie\n', '').replace('status: in behandeling\n', 'status: in behandeling\ncategorie: communicatie\n')), 'Categorie bovenaan');
    const root = origin.checkout(head);
    // Each side is valid, and git merges them without a conflict into a file with categorie twice.
    for (const side of [head, BASE]) {
      const checked = await runCli(['valideer', '--register', origin.checkout(git(root, ['rev-parse', side]).trim()), '--json', '--vandaag', '2026-11-24']);
      expect((JSON.parse(checked.stdout) as { findings: { file: string }[] }).findings.filter((f) => f.file === FILE)).toEqual([]);
    }
    const tree = git(root, ['merge-tree', '--write-tree', BASE, head]).split('\n')[0] ?? '';
    expect(git(root, ['show', `${tree}:${FILE}`]).match(/^categorie:/gm)).toHaveLength(2);

    github.pulls.set(2, { author: 'anna-verzonnen', headSha: head, reviews: [] });
    const result = await judge(root, head);
    expect(result.code).toBe(1);
    expect(result.stdout).not.toContain('niets dat de handtekening van de directie nodig heeft');
    expect(result.stdout).toContain('geen leesbaar klachtbestand');
    expect(canaryLeaks(result.stdout + result.stderr)).toEqual([]);
  });
});

describe('review item 3: the runner\'s older command form (`##[…]`) never reaches the log', () => {
  it('a message that repeats an argument is made harmless at the one place errors are printed', async () => {
    const result = await runCli(['instellingen', '--repo', 'a ##[stop-commands]b\n::notice::Alles is ondertekend'], { env: { GITHUB_TOKEN: github.token, GITHUB_ACTIONS: 'true' } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--repo moet de vorm eigenaar/naam hebben');
    for (const line of result.stderr.split('\n')) expect(line).not.toMatch(/^\s*::|##\[/);
  });
});

describe('review item 6: the printed file is compared the way git sees it', () => {
  /** main: the intake, then the registration merged as pull request #99 (as GitHub will confirm). */
  function registered(): { root: string; commit: string } {
    const root = makeRegister({ 'klachtenregister.yml': TWO, [FILE]: valid.replace('status: in behandeling', 'status: ontvangen').replace(/ondertekening:\n( {2}.*\n)+/, '') });
    git(root, ['init', '--quiet', '--initial-branch=main']);
    git(root, ['add', '-A']);
    git(root, ['commit', '--quiet', '-m', 'Klacht ontvangen'], '2026-03-02T10:00:00+01:00');
    writeFileSync(join(root, FILE), valid);
    git(root, ['commit', '--quiet', '-am', 'Registratie KL-2026-001 (#99)'], '2026-03-03T10:00:00+01:00');
    const commit = git(root, ['rev-parse', 'HEAD']).trim();
    github.pulls.set(99, { author: 'anna-verzonnen', headSha: 'c'.repeat(40), mergeCommitSha: commit, mergedAt: '2026-03-03T09:30:00Z', reviews: approvedBy('fenna-fictief', 'c'.repeat(40)) });
    return { root, commit };
  }

  async function evidence(root: string): Promise<{ content: { identical: boolean; verified: boolean }; registratie: { text: string } }> {
    const result = await runCli(['ondertekening', 'KL-2026-001', '--register', root, '--json'], {
      env: github.env(),
    });
    expect(result.code, result.stderr).toBe(0);
    return (JSON.parse(result.stdout) as { complaints: { content: { identical: boolean; verified: boolean }; registratie: { text: string } }[] }).complaints[0] as never;
  }

  /** Checks the complaint file out again, so that git writes it with the line endings it is now told to. */
  function checkOutAgain(root: string): void {
    rmSync(join(root, FILE));
    git(root, ['checkout', '--', FILE]);
    expect(readFileSync(join(root, FILE), 'utf8')).toContain('\r\n');
    expect(git(root, ['status', '--porcelain']).trim()).toBe('');
  }

  it.each<[string, (root: string) => void]>([
    ['core.autocrlf=true (git for Windows\' default)', (root) => git(root, ['config', 'core.autocrlf', 'true'])],
    ['.gitattributes asking for CRLF', (root) => {
      writeFileSync(join(root, '.gitattributes'), '*.md text eol=crlf\n');
      git(root, ['add', '.gitattributes']);
      git(root, ['commit', '--quiet', '-m', 'Regeleinden'], '2026-03-04T10:00:00+01:00');
    }],
  ])('a clean checkout with %s is the content the directie approved', async (_name, lineEndings) => {
    const { root, commit } = registered();
    lineEndings(root);
    checkOutAgain(root);
    const row = await evidence(root);
    expect(row.content).toMatchObject({ identical: true, verified: true });
    expect(row.registratie.text).toContain(`geverifieerd bij GitHub (${github.owner}/${github.repo}, inhoud gelijk aan commit ${commit.slice(0, 12)})`);
  });

  it('a real change in such a checkout is still a change', async () => {
    const { root } = registered();
    git(root, ['config', 'core.autocrlf', 'true']);
    checkOutAgain(root);
    writeFileSync(join(root, FILE), readFileSync(join(root, FILE), 'utf8').replace('niet kwam opdagen', 'te laat kwam'));
    const row = await evidence(root);
    expect(row.content).toMatchObject({ identical: false, verified: false });
    expect(row.registratie.text).toContain('deze inhoud is niet geverifieerd');
  });
});

describe('review item 4: "who filled in the form" only from a form run that made this commit', () => {
  /** A pull request whose head commit github-actions[bot] pushed, its message naming run 501 on its parent. */
  function botCommit(branch: string): { root: string; head: string; parent: string } {
    const origin = new Origin({ 'klachtenregister.yml': TWO, [FILE]: valid.replace('status: in behandeling', 'status: ontvangen').replace(/ondertekening:\n( {2}.*\n)+/, '') });
    const parent = origin.sha('main');
    const head = origin.commit(branch, (r) => writeFileSync(join(r, FILE), valid), 'Registratie KL-2026-001\n\nIngevuld met een formulier in GitHub door @anna-verzonnen (https://github.com/liberi/klachten/actions/runs/501).');
    return { root: origin.checkout(head), head, parent };
  }
  const FORM_BRANCH = 'formulier/KL-2026-001-registratie-501';
  const formRun = (parent: string) => ({ triggeringActor: 'anna-verzonnen', headSha: parent, event: 'workflow_dispatch', path: '.github/workflows/formulier-registreren.yml', headBranch: 'main' });

  it.each<[string, string, (parent: string) => Record<string, unknown>, Record<string, unknown>]>([
    // The review's route: Fenna's own `on: push` workflow commits as the bot, naming Anna's run of another workflow.
    ['a run of another workflow (Klachten valideren)', 'eigen-werk', (p) => ({ ...formRun(p), event: 'pull_request_target', path: '.github/workflows/valideer.yml' }), {}],
    ['a run of a workflow that is no form, started by hand', 'eigen-werk', (p) => ({ ...formRun(p), path: '.github/workflows/eigen.yml' }), {}],
    ['a form run started by a push', FORM_BRANCH, (p) => ({ ...formRun(p), event: 'push' }), {}],
    ['a form run started from another branch', FORM_BRANCH, (p) => ({ ...formRun(p), headBranch: 'eigen-werk' }), {}],
    ['a form\'s workflow file as another repository names it', FORM_BRANCH, (p) => ({ ...formRun(p), path: 'iemand/anders/.github/workflows/formulier-registreren.yml@main' }), {}],
    ['a form run, but the pull request\'s branch is not the one that run makes', 'eigen-werk', formRun, {}],
    ['the form run\'s branch, force-pushed afterwards', FORM_BRANCH, formRun, { pushType: 'force_push' }],
    ['the form run\'s branch, made again after the run ended', FORM_BRANCH, formRun, { pushedAt: '2026-03-03T12:00:00Z' }],
  ])('not %s: the director who approves made it', async (_name, branch, run, push) => {
    const { root, head, parent } = botCommit(branch);
    github.runs.set(501, run(parent) as never);
    github.pulls.set(2, {
      author: 'github-actions[bot]', headSha: head, headRef: branch, headAuthor: 'github-actions[bot]', headCommitter: 'github-actions[bot]', pusher: 'github-actions[bot]',
      pushType: 'branch_creation', headParents: [parent], headMessage: git(root, ['log', '-1', '--format=%B']), reviews: approvedBy('fenna-fictief', head), ...push,
    });
    const result = await judge(root, head);
    expect(result.code, result.stdout).toBe(1);
    expect(result.stdout).toContain('niet na te gaan dat een formulier of de jaaranalyse van dit register hem maakte');
    expect(result.stdout).not.toContain('Ondertekend door');
  });

  it('a form a colleague filled in, whose run made the branch: a director\'s approval signs it', async () => {
    const { root, head, parent } = botCommit(FORM_BRANCH);
    github.runs.set(501, formRun(parent));
    github.pulls.set(2, {
      author: 'github-actions[bot]', headSha: head, headRef: FORM_BRANCH, headAuthor: 'github-actions[bot]', headCommitter: 'github-actions[bot]', pusher: 'github-actions[bot]',
      pushType: 'branch_creation', headParents: [parent], headMessage: git(root, ['log', '-1', '--format=%B']), reviews: approvedBy('fenna-fictief', head),
    });
    const result = await judge(root, head);
    expect(result.code, result.stdout).toBe(0);
    expect(result.stdout).toContain('Ondertekend door Fenna Fictief (@fenna-fictief).');
    // And Anna, who filled it in, can't sign it herself (were she a director).
    expect(github.requests.some((r) => r.path === `/repos/${github.owner}/${github.repo}/actions/runs/501`)).toBe(true);
  });
});

describe('review items 18 and 19 (issue 19 parts)', () => {
  it('valideer --doel fails closed on two merge bases, as the signature check does', async () => {
    const FILE2 = 'complaints/2026/KL-2026-002.md';
    const intake = valid.replace('status: in behandeling', 'status: ontvangen').replace(/ondertekening:\n( {2}.*\n)+/, '');
    const origin = new Origin({ 'klachtenregister.yml': TWO, [FILE]: intake, [FILE2]: intake.replace(/KL-2026-001/g, 'KL-2026-002') });
    // The criss-cross of issue 19, route 1: an approved branch, merged with the main it was merged onto, "ours".
    const b1 = origin.commit('registratie', (r) => writeFileSync(join(r, FILE), valid), 'Registratie KL-2026-001');
    const m0 = origin.commit('main', (r) => writeFileSync(join(r, FILE2), `${intake.replace(/KL-2026-001/g, 'KL-2026-002')}\nAanvulling.\n`), 'Aanvulling KL-2026-002');
    origin.merge('main', 'registratie', 'Merge pull request #1 from liberi/registratie');
    origin.git(['switch', '--quiet', '-c', 'aanval', b1]);
    origin.git(['merge', '--quiet', '-s', 'ours', '--no-edit', m0]);
    origin.git(['push', '--quiet', 'origin', 'aanval']);
    const root = origin.checkout(origin.git(['rev-parse', 'HEAD']).trim());
    expect(git(root, ['merge-base', '--all', BASE, 'HEAD']).trim().split('\n')).toHaveLength(2);
    const result = await runCli(['valideer', '--register', root, '--doel', BASE, '--vandaag', '2026-11-24']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`--doel: deze branch en ${BASE} hebben 2 gemeenschappelijke beginpunten (merge bases`);
  });

  it('a form run whose event does not say which branch is the default makes nothing', async () => {
    const origin = new Origin({ 'klachtenregister.yml': TWO, [FILE]: valid });
    const root = origin.checkout(origin.sha('main'));
    const folder = tempDir('klacht-event-');
    const noRepository = join(folder, 'zonder-repository.json');
    writeFileSync(noRepository, JSON.stringify({ inputs: { klachtnummer: 'KL-2026-001', soort: 'formulier' }, ref: 'refs/heads/main' }));
    const env = (event: string) => github.env({
      GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_EVENT_PATH: event, GITHUB_REF_NAME: 'main', GITHUB_REF_TYPE: 'branch', GITHUB_RUN_ID: '77',
    });
    const documents = await runCli(['pdf', '--formulier', '--uit', 'documenten', '--register', root], { cwd: root, env: env(noRepository) });
    expect(documents.code).toBe(2);
    expect(documents.stderr).toContain('Niet na te gaan vanaf welke branch dit formulier is gestart');
    expect(existsSync(join(root, 'documenten'))).toBe(false);

    // The proposal of a step's form: neither with such an event, nor with none at all.
    writeFileSync(join(root, FILE), `${valid}\nAanvulling.\n`);
    for (const event of [noRepository, join(folder, 'bestaat-niet.json')]) {
      const proposal = await runCli(['voorstel', '--stap', 'Actie', '--register', root], { cwd: root, env: env(event) });
      expect(proposal.code, event).toBe(2);
      expect(proposal.stderr, event).toContain('Niet na te gaan vanaf welke branch dit formulier is gestart');
    }
    expect(github.createdPulls).toEqual([]);
    expect(git(origin.bare, ['branch', '--list', 'formulier/*']).trim()).toBe('');
  });

  it('the job summary: an entity, a web address or an override in a name is text, read by a GFM parser', async () => {
    const origin = new Origin({ 'klachtenregister.yml': TWO, [FILE]: valid });
    // (A path can't hold "//": https:// addresses are in the unit test of escapeMarkdown.)
    const name = 'bijlagen/x &#124; ja &#124; www.voorbeeld.invalid info@voorbeeld.invalid \u202Efdp.pdf';
    const head = origin.commit('bijlage', (r) => { mkdirSync(join(r, 'bijlagen')); writeFileSync(join(r, name), 'x'); }, 'Bijlage');
    const summary = join(tempDir(), 'samenvatting.md');
    github.pulls.set(2, { author: 'anna-verzonnen', headSha: head, reviews: [] });
    expect((await judge(origin.checkout(head), head, ['--samenvatting', summary])).code).toBe(1);
    const nodes = markdownNodes(readFileSync(summary, 'utf8'));
    // One row, five cells: the name is one cell, and nothing in it became a link.
    expect(nodes.filter((n) => n.type === 'tableRow').map((row) => row.children?.length)).toEqual([5, 5]);
    expect(nodes.some((n) => n.type === 'link')).toBe(false);
    expect(readFileSync(summary, 'utf8')).not.toMatch(/[\u202a-\u202e]/);
  });
});
