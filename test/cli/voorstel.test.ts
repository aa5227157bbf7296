/**
 * The forms' script: klacht nieuw --formulier takes the form's inputs from the event payload, and
 * klacht voorstel commits the change on a new branch, pushes it to a real bare remote and opens a
 * draft pull request through the GitHub API double. No personal value in any output, commit
 * message, branch name, title or text.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formArguments } from '../../src/cli/steps/form-input.js';
import { nieuw } from '../../src/cli/commands/nieuw.js';
import { CANARY, canaryLeaks } from '../helpers/canary.js';
import { runCli } from '../helpers/cli.js';
import { git } from '../helpers/git.js';
import { useGitHubDouble } from '../helpers/use-github-double.js';
import { GitHttpServer } from '../helpers/git-http.js';
import { makeRegister, tempDir } from '../helpers/temp.js';

const github = useGitHubDouble();

const CONFIG = 'directie:\n  - { naam: Fenna Fictief, github: fenna-fictief }\nmedewerkers:\n  - { naam: Anna Verzonnen, github: anna-verzonnen }\n';

/** A register cloned from a bare "GitHub" remote, as actions/checkout leaves it (no credentials). */
function clonedRegister(): { clone: string; remote: string } {
  const base = tempDir('klacht-voorstel-');
  const work = makeRegister({ 'klachtenregister.yml': CONFIG, 'complaints/.gitkeep': '' });
  git(work, ['init', '--quiet', '--initial-branch=main']);
  git(work, ['add', '-A']);
  git(work, ['commit', '--quiet', '-m', 'Begin']);
  const remote = join(base, 'remote.git');
  git(base, ['clone', '--quiet', '--bare', work, remote]);
  const clone = join(base, 'werk');
  git(base, ['clone', '--quiet', remote, clone]);
  return { clone, remote };
}

/** The workflow_dispatch event of a form, as GitHub writes it to GITHUB_EVENT_PATH. */
function formEvent(inputs: Record<string, string | boolean>): string {
  const file = join(tempDir('klacht-event-'), 'event.json');
  writeFileSync(file, JSON.stringify({ inputs, ref: 'refs/heads/main', workflow: '.github/workflows/formulier-vastleggen.yml', repository: { default_branch: 'main' } }));
  return file;
}

function actionsEnv(event: string): Record<string, string> {
  return github.env({
    GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_EVENT_PATH: event, GITHUB_REF_NAME: 'main',
    GITHUB_SERVER_URL: 'https://github.com', GITHUB_RUN_ID: '4711', GITHUB_ACTOR: 'anna-verzonnen',
  });
}

const INTAKE = {
  door: 'Anna Verzonnen', wijze: 'telefonisch', naam: CANARY.name, email: CANARY.email, telefoon: CANARY.phone,
  omschrijving: CANARY.description, categorie: '(leeg)', complex: '',
};

describe('a form from intake to draft pull request', () => {
  it('writes the complaint from the form, commits it on a new branch, pushes it and opens a draft', async () => {
    const { clone, remote } = clonedRegister();
    const env = actionsEnv(formEvent(INTAKE));
    const made = await runCli(['nieuw', '--formulier', '--register', clone, '--vandaag', '2026-11-24'], { env });
    expect(made.code, made.stderr).toBe(0);
    const file = join(clone, 'complaints/2026/KL-2026-001.md');
    expect(readFileSync(file, 'utf8')).toContain(`naam: ${CANARY.name}`);

    const summary = join(tempDir('klacht-sam-'), 'samenvatting.md');
    writeFileSync(summary, '');
    const proposed = await runCli(['voorstel', '--stap', 'Ontvangst', '--register', clone, '--samenvatting', summary, '--json'], { env });
    expect(proposed.code, proposed.stderr).toBe(0);
    const result = JSON.parse(proposed.stdout) as { branch: string; commit: string; pull_request: number };
    expect(result.branch).toBe('formulier/KL-2026-001-ontvangst-4711');

    // The branch is on the remote, with exactly the complaint, by the workflow, not by a person.
    expect(git(remote, ['rev-parse', `refs/heads/${result.branch}`]).trim()).toBe(result.commit);
    expect(git(remote, ['show', '--name-only', '--format=%an <%ae>|%cn|%s', result.commit]).trim().split('\n'))
      .toEqual(['github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>|github-actions[bot]|Ontvangst KL-2026-001', '', 'complaints/2026/KL-2026-001.md']);
    // Never forced, never onto main, and no token left in the clone's configuration.
    expect(git(remote, ['rev-parse', 'refs/heads/main']).trim()).toBe(git(clone, ['rev-parse', 'origin/main']).trim());
    expect(readFileSync(join(clone, '.git/config'), 'utf8')).not.toMatch(/extraheader|AUTHORIZATION|ghs_/i);

    expect(github.createdPulls).toEqual([{
      number: result.pull_request, title: 'Ontvangst KL-2026-001', head: result.branch, base: 'main', draft: true,
      body: expect.stringContaining('Zet de pull request op **Ready for review**') as unknown as string,
    }]);
    expect(readFileSync(summary, 'utf8')).toContain(`[#${result.pull_request} Ontvangst KL-2026-001](https://github.com/${github.owner}/${github.repo}/pull/${result.pull_request})`);
    const message = git(remote, ['log', '-1', '--format=%B', result.commit]);
    for (const text of [made.stdout, made.stderr, proposed.stdout, proposed.stderr, readFileSync(summary, 'utf8'), JSON.stringify(github.requests), message, result.branch]) {
      expect(canaryLeaks(text)).toEqual([]);
    }
  });

  it('refuses a change outside the complaint files, and sends nothing', async () => {
    const { clone, remote } = clonedRegister();
    const env = actionsEnv(formEvent(INTAKE));
    expect((await runCli(['nieuw', '--formulier', '--register', clone, '--vandaag', '2026-11-24'], { env })).code).toBe(0);
    mkdirSync(join(clone, '.github'), { recursive: true });
    writeFileSync(join(clone, '.github/CODEOWNERS'), '* @anna-verzonnen\n');
    const result = await runCli(['voorstel', '--stap', 'Ontvangst', '--register', clone], { env });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Er is ook iets buiten de klachtbestanden veranderd (.github/CODEOWNERS). Er is niets verstuurd.');
    expect(git(remote, ['for-each-ref', '--format=%(refname)', 'refs/heads']).trim()).toBe('refs/heads/main');
    expect(github.createdPulls).toEqual([]);
  });

  it('refuses a form started from another branch or a tag, before anything is committed, and names a re-run\'s branch anew', async () => {
    const { clone, remote } = clonedRegister();
    const env = actionsEnv(formEvent(INTAKE));
    expect((await runCli(['nieuw', '--formulier', '--register', clone, '--vandaag', '2026-11-24'], { env })).code).toBe(0);
    for (const other of [{ GITHUB_REF_NAME: 'eigen-branch' }, { GITHUB_REF_NAME: 'v1.0.0', GITHUB_REF_TYPE: 'tag' }]) {
      const result = await runCli(['voorstel', '--stap', 'Ontvangst', '--register', clone], { env: { ...env, ...other } });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`Dit formulier is gestart vanaf '${other.GITHUB_REF_NAME}', niet vanaf 'main'.`);
    }
    expect(git(clone, ['rev-parse', '--abbrev-ref', 'HEAD']).trim()).toBe('main');
    expect(github.createdPulls).toEqual([]);
    const rerun = await runCli(['voorstel', '--stap', 'Ontvangst', '--register', clone, '--json'], { env: { ...env, GITHUB_RUN_ATTEMPT: '2' } });
    expect(JSON.parse(rerun.stdout)).toMatchObject({ branch: 'formulier/KL-2026-001-ontvangst-4711-2' });
    expect(git(remote, ['for-each-ref', '--format=%(refname)', 'refs/heads/formulier']).trim()).toBe('refs/heads/formulier/KL-2026-001-ontvangst-4711-2');
  });

  it('says what to do when nothing changed, or GitHub refuses the pull request', async () => {
    const { clone } = clonedRegister();
    const env = actionsEnv(formEvent(INTAKE));
    const nothing = await runCli(['voorstel', '--stap', 'Ontvangst', '--register', clone], { env });
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toContain('Er is geen klachtbestand veranderd');
    expect((await runCli(['nieuw', '--formulier', '--register', clone, '--vandaag', '2026-11-24'], { env })).code).toBe(0);
    github.failNext(403, 'POST');
    const refused = await runCli(['voorstel', '--stap', 'Ontvangst', '--register', clone], { env });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('De branch formulier/KL-2026-001-ontvangst-4711 staat al op GitHub; open de pull request daar met de hand, of voer dezelfde opdracht opnieuw uit.');
    // The same run again continues with the branch it made: the same commit, and now the pull request.
    const commit = git(clone, ['rev-parse', 'refs/heads/formulier/KL-2026-001-ontvangst-4711']).trim();
    const again = await runCli(['voorstel', '--stap', 'Ontvangst', '--register', clone, '--json'], { env });
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ branch: 'formulier/KL-2026-001-ontvangst-4711', commit });
    expect(github.createdPulls).toHaveLength(1);
  });
});

describe('a voorstel that fails half-way', () => {
  it('leaves the working copy as it found it, says where the change is, and continues on the next run', async () => {
    const { clone, remote } = clonedRegister();
    const env = actionsEnv(formEvent(INTAKE));
    expect((await runCli(['nieuw', '--formulier', '--register', clone, '--vandaag', '2026-11-24'], { env })).code).toBe(0);
    const status = git(clone, ['status', '--porcelain', '--untracked-files=all']);
    // The remote is gone for a moment: the push fails.
    git(clone, ['remote', 'set-url', 'origin', join(remote, '..', 'weg.git')]);
    const failed = await runCli(['voorstel', '--stap', 'Ontvangst', '--register', clone], { env });
    expect(failed.code).toBe(2);
    const branch = 'formulier/KL-2026-001-ontvangst-4711';
    expect(failed.stderr).toContain(`git faalde bij het versturen van branch ${branch}`);
    expect(failed.stderr).toMatch(new RegExp(`De wijziging staat vastgelegd op branch ${branch} \\(commit [0-9a-f]{7}\\); de werkmap is niet veranderd en staat nog op main\\. Voer dezelfde opdracht opnieuw uit`));
    expect(git(clone, ['rev-parse', '--abbrev-ref', 'HEAD']).trim()).toBe('main');
    expect(git(clone, ['status', '--porcelain', '--untracked-files=all'])).toBe(status);
    expect(git(clone, ['show', '--name-only', '--format=', branch]).trim()).toBe('complaints/2026/KL-2026-001.md');

    git(clone, ['remote', 'set-url', 'origin', remote]);
    const again = await runCli(['voorstel', '--stap', 'Ontvangst', '--register', clone, '--json'], { env });
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ branch, commit: git(clone, ['rev-parse', branch]).trim() });
    expect(git(remote, ['rev-parse', `refs/heads/${branch}`]).trim()).toBe(git(clone, ['rev-parse', branch]).trim());
    expect(github.createdPulls).toHaveLength(1);
    expect(git(clone, ['status', '--porcelain', '--untracked-files=all'])).toBe(status);
  });

  it('is not stopped by a stale index.lock of the working copy, which it never needs', async () => {
    const { clone, remote } = clonedRegister();
    const env = actionsEnv(formEvent(INTAKE));
    expect((await runCli(['nieuw', '--formulier', '--register', clone, '--vandaag', '2026-11-24'], { env })).code).toBe(0);
    writeFileSync(join(clone, '.git/index.lock'), '');
    const result = await runCli(['voorstel', '--stap', 'Ontvangst', '--register', clone, '--json'], { env });
    expect(result.code, result.stderr).toBe(0);
    const { branch } = JSON.parse(result.stdout) as { branch: string };
    expect(git(remote, ['show', '--name-only', '--format=', `refs/heads/${branch}`]).trim()).toBe('complaints/2026/KL-2026-001.md');
    expect(git(clone, ['rev-parse', '--abbrev-ref', 'HEAD']).trim()).toBe('main');
  });

  it('refuses to reuse a branch of the same name that holds another change', async () => {
    const { clone } = clonedRegister();
    const env = actionsEnv(formEvent(INTAKE));
    expect((await runCli(['nieuw', '--formulier', '--register', clone, '--vandaag', '2026-11-24'], { env })).code).toBe(0);
    git(clone, ['branch', 'formulier/KL-2026-001-ontvangst-4711', 'main']);
    const result = await runCli(['voorstel', '--stap', 'Ontvangst', '--register', clone], { env });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Branch formulier/KL-2026-001-ontvangst-4711 bestaat al, met een andere wijziging. Er is niets vastgelegd; de werkmap is niet veranderd.');
    expect(github.createdPulls).toEqual([]);
  });
});

describe('the push over HTTP, as on GitHub', () => {
  it('sends the token as a header for the one push, and without it the server refuses', async () => {
    const { clone: local, remote } = clonedRegister();
    const server = await new GitHttpServer(join(remote, '..'), github.token).start();
    try {
      // As actions/checkout with persist-credentials: false: cloned with the token, none left behind.
      const clone = join(tempDir('klacht-http-'), 'werk');
      const header = `http.extraheader=AUTHORIZATION: basic ${Buffer.from(`x-access-token:${github.token}`).toString('base64')}`;
      // Not the synchronous git helper: the server runs in this process and must be able to answer.
      await promisify(execFile)('git', ['-c', header, 'clone', '--quiet', `${server.url}/remote.git`, clone], { cwd: local });
      expect(readFileSync(join(clone, '.git/config'), 'utf8')).not.toMatch(/extraheader|AUTHORIZATION/i);
      const env = actionsEnv(formEvent(INTAKE));
      expect((await runCli(['nieuw', '--formulier', '--register', clone, '--vandaag', '2026-11-24'], { env })).code).toBe(0);
      const without = await runCli(['voorstel', '--stap', 'Ontvangst', '--register', clone], { env: { ...env, GITHUB_RUN_ID: '1' } });
      expect(without.code).toBe(0);
      expect(server.refused).toBe(0);
      const branch = 'formulier/KL-2026-001-ontvangst-1';
      expect(git(remote, ['rev-parse', '--verify', `refs/heads/${branch}`]).trim()).toMatch(/^[0-9a-f]{40}$/);
      expect(readFileSync(join(clone, '.git/config'), 'utf8')).not.toMatch(/extraheader|AUTHORIZATION/i);
      // A wrong token: the server refuses, klacht says so in Dutch without the token.
      // The working copy kept the first complaint (voorstel leaves it as it was); a new run starts clean.
      expect(git(clone, ['rev-parse', '--abbrev-ref', 'HEAD']).trim()).toBe('main');
      git(clone, ['clean', '-fdq', 'complaints']);
      expect((await runCli(['nieuw', '--formulier', '--register', clone, '--vandaag', '2026-11-24'], { env })).code).toBe(0);
      const wrong = await runCli(['voorstel', '--stap', 'Ontvangst', '--register', clone], { env: { ...env, GITHUB_RUN_ID: '2', GITHUB_TOKEN: 'ghs_verkeerd' } });
      expect(wrong.code).toBe(2);
      expect(wrong.stderr).toContain('git faalde bij het versturen van branch formulier/KL-2026-002-ontvangst-2');
      expect(wrong.stderr).not.toContain('ghs_verkeerd');
      expect(server.refused).toBeGreaterThan(0);
    } finally {
      await server.stop();
    }
  });
});

describe('the inputs of a form as options', () => {
  it('maps each filled-in input to its option; empty choices and empty text are left out', () => {
    expect(formArguments(nieuw.spec, { ...INTAKE, naam: 'Iemand', email: '', telefoon: '', omschrijving: 'Kort.', complex: 'ja' }))
      .toEqual(['--complex', '--door=Anna Verzonnen', '--naam=Iemand', '--omschrijving=Kort.', '--wijze=telefonisch']);
    expect(formArguments(nieuw.spec, { klachtnummer: ' KL-2026-007 ', rol: '(alle)' })).toEqual(['KL-2026-007']);
    expect(formArguments(nieuw.spec, { complex: 'nee' })).toEqual(['--niet-complex']);
    expect(formArguments(nieuw.spec, { complex: false })).toEqual([]);
  });

  it('keeps typed text in brackets: only the choices (leeg) and (alle) mean "not given"', () => {
    expect(formArguments(nieuw.spec, { naam: '(kopie per post)', rol: '(leeg)' })).toEqual(['--naam=(kopie per post)']);
  });

  it('puts a value that looks like an option inside its own argument', () => {
    expect(formArguments(nieuw.spec, { naam: '--help' })).toEqual(['--naam=--help']);
  });

  it('refuses an input the command does not know, and a klachtnummer that is none, without the value', () => {
    expect(() => formArguments(nieuw.spec, { geheim: CANARY.name })).toThrow("Het formulier heeft een veld 'geheim' dat klacht nieuw niet kent.");
    expect(() => formArguments(nieuw.spec, { klachtnummer: CANARY.name })).toThrow(/^Het klachtnummer in het formulier is geen klachtnummer\. Schrijf het als KL-2026-007\.$/);
  });

  it('names the missing fields of the form, not options or a terminal', async () => {
    const root = makeRegister({ 'klachtenregister.yml': CONFIG });
    const result = await runCli(['nieuw', '--formulier', '--register', root], { env: { GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_EVENT_PATH: formEvent({ door: 'Anna Verzonnen' }) } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`Er ontbreken gegevens in het formulier: 'wijze' (Hoe de klacht binnenkwam), 'naam' (Naam van de indiener), 'omschrijving' (De klacht in eigen woorden). Start het formulier "Klacht vastleggen" opnieuw en vul ze in.`);
  });

  it('needs a form: outside a workflow_dispatch run it says so', async () => {
    const root = makeRegister({ 'klachtenregister.yml': CONFIG });
    const result = await runCli(['nieuw', '--formulier', '--register', root], { env: { GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: formEvent(INTAKE) } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Gebruik --formulier alleen in een workflow die met een formulier (Run workflow, workflow_dispatch) is gestart.');
  });
});
