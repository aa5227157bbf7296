/**
 * klacht init: a new register repository that passes klacht valideer, whose workflows lint clean,
 * install nothing, run no code from the register and pin the released tool by commit; asked on a
 * terminal, from options otherwise; nothing overwritten, nothing half-written.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { onTerminal } from '../helpers/terminal.js';
import { describe, expect, it } from 'vitest';
import { lintWorkflow } from '../../tools/actionlint.mjs';
import { parse } from 'yaml';
import { registerFiles, SIGNATURE_JOB_CONDITION } from '../../src/core/github-policy/register-files.js';
import { FORMS } from '../../src/core/github-policy/forms.js';
import { PINNED_ACTIONS } from '../../src/core/github-policy/tool-action.js';
import { TOOL_REPOSITORY, VERSION } from '../../src/cli/release.js';
import { binPath, PROJECT_ROOT, runBin, runCli } from '../helpers/cli.js';
import { git, initRepository } from '../helpers/git.js';
import { tempDir } from '../helpers/temp.js';


const COMMIT = '0123456789abcdef0123456789abcdef01234567';
const OPTIONS = ['--organisatie', 'Zorg & Co B.V.', '--directie', 'Fenna Fictief=fenna-fictief', '--directie', 'Bram Bedacht=@bram-bedacht',
  '--medewerker', 'Dirk Denkbeeld', '--medewerker', 'Anna Verzonnen=anna-verzonnen', '--procedure', 'wkkgz', '--actie', `${TOOL_REPOSITORY}@${COMMIT}`];

function files(root: string, folder = ''): string[] {
  return readdirSync(join(root, folder), { withFileTypes: true }).flatMap((entry) => {
    const path = folder === '' ? entry.name : `${folder}/${entry.name}`;
    if (entry.name === '.git') return [];
    return entry.isDirectory() ? files(root, path) : [path];
  }).sort();
}

function workflows(root: string): [string, string][] {
  return readdirSync(join(root, '.github/workflows')).sort().map((name) => [name, readFileSync(join(root, '.github/workflows', name), 'utf8')]);
}

async function newRegister(extra: readonly string[] = []): Promise<string> {
  const root = join(tempDir('klacht-init-'), 'register');
  const result = await runCli(['init', root, ...OPTIONS, ...extra]);
  expect(result.code, result.stderr).toBe(0);
  return root;
}

describe('klacht init from options', () => {
  it('makes a register that klacht valideer passes without a single finding', async () => {
    const root = await newRegister();
    const check = await runCli(['valideer', '--register', root, '--json']);
    expect(check.code, check.stdout).toBe(0);
    expect(JSON.parse(check.stdout)).toMatchObject({ ok: true, findings: [] });
  });

  it('writes every file of a register, and starts a git repository on main', async () => {
    const root = await newRegister();
    expect(files(root)).toEqual([
      '.github/CODEOWNERS', '.github/ISSUE_TEMPLATE/config.yml', '.github/ISSUE_TEMPLATE/vraag.yml', '.github/dependabot.yml',
      '.github/pull_request_template.md', ...FORMS.map((f) => `.github/workflows/${f.file}`), '.github/workflows/goedkeuring.yml', '.github/workflows/jaaranalyse.yml',
      '.github/workflows/ondertekening.yml', '.github/workflows/pdf.yml', '.github/workflows/termijnen.yml', '.github/workflows/valideer.yml',
      '.gitignore', 'README.md', 'bijlagen/.gitkeep', 'complaints/.gitkeep', 'klachtenregister.yml',
    ].sort());
    expect(git(root, ['symbolic-ref', 'HEAD']).trim()).toBe('refs/heads/main');
  });

  it('keeps attachments in git, and the PDFs klacht makes out of it', async () => {
    const root = await newRegister();
    const paths = ['bijlagen/KL-2026-007/formulier.pdf', 'bijlagen/KL-2026-007/post/brief.PDF', 'bijlagen/KL-2026-007/mail.eml', 'pdf/KL-2026-007-dossier.pdf', 'KL-2026-007-formulier.pdf', 'complaints/2026/x.pdf', 'analyses/2026.pdf'];
    for (const path of paths) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), 'x');
    }
    const untracked = git(root, ['status', '--porcelain', '--untracked-files=all']).split('\n').filter((l) => l.startsWith('?? ')).map((l) => l.slice(3)).sort();
    expect(untracked.filter((p) => paths.includes(p))).toEqual(['analyses/2026.pdf', 'bijlagen/KL-2026-007/formulier.pdf', 'bijlagen/KL-2026-007/mail.eml', 'bijlagen/KL-2026-007/post/brief.PDF']);
  });

  it('puts the answers in klachtenregister.yml, read back exactly (quotes where YAML needs them)', async () => {
    const root = await newRegister(['--email', 'info@zorg.example', '--telefoon', '030-1234567', '--adres', 'Laan 1, 3511 AA Utrecht', '--categorieen', 'planning, yes, kwaliteit zorg']);
    expect(parse(readFileSync(join(root, 'klachtenregister.yml'), 'utf8'))).toEqual({
      organisatie: { naam: 'Zorg & Co B.V.', email: 'info@zorg.example', telefoon: '030-1234567', adres: 'Laan 1, 3511 AA Utrecht' },
      procedure: 'wkkgz', waarschuwing_dagen: 7, bewaartermijn_maanden: 24, terugdatering_dagen: 7, vrije_dagen: [],
      directie: [{ naam: 'Fenna Fictief', github: 'fenna-fictief' }, { naam: 'Bram Bedacht', github: 'bram-bedacht' }],
      medewerkers: [{ naam: 'Dirk Denkbeeld' }, { naam: 'Anna Verzonnen', github: 'anna-verzonnen' }],
      categorieen: ['planning', 'yes', 'kwaliteit zorg'],
    });
  });

  it('gives everything to the directie in CODEOWNERS', async () => {
    const root = await newRegister();
    const rules = readFileSync(join(root, '.github/CODEOWNERS'), 'utf8').split('\n').filter((l) => l !== '' && !l.startsWith('#'));
    expect(rules).toEqual(['* @fenna-fictief @bram-bedacht']);
  });

  it('writes workflows that lint clean, with least privilege, that install nothing and run no code of the register', async () => {
    const root = await newRegister();
    const all = workflows(root);
    expect(all.map(([name]) => name)).toEqual([...FORMS.map((f) => f.file), 'goedkeuring.yml', 'jaaranalyse.yml', 'ondertekening.yml', 'pdf.yml', 'termijnen.yml', 'valideer.yml'].sort());
    for (const [name, text] of all) {
      expect(await lintWorkflow(text, `.github/workflows/${name}`), name).toEqual([]);
      const workflow = parse(text) as { permissions: unknown; jobs: Record<string, { steps: { uses?: string; run?: string; with?: Record<string, unknown> }[] }> };
      expect(workflow.permissions, name).toBeDefined();
      expect(text, name).not.toMatch(/write-all|npm |npx |node |setup-node|uses: \.\//);
      for (const step of Object.values(workflow.jobs).flatMap((job) => job.steps)) {
        if (step.uses?.startsWith('actions/checkout@')) expect(step.with?.['persist-credentials'], name).toBe(false);
        if (step.uses) expect(step.uses, name).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
      }
    }
  });

  it('pins the released klacht by the commit given, and the other actions as this repository does', async () => {
    const root = await newRegister();
    const uses = workflows(root).flatMap(([, text]) => text.split('\n').filter((l) => /^\s*(- )?uses:/.test(l)).map((l) => l.replace(/^\s*(- )?uses: /, '')));
    expect(new Set(uses)).toEqual(new Set([`${TOOL_REPOSITORY}@${COMMIT}`, PINNED_ACTIONS.checkout, PINNED_ACTIONS.uploadArtifact]));
    // Dependabot in this repository moves these pins; a new register must get the same ones.
    const own = readdirSync(join(PROJECT_ROOT, '.github/workflows')).map((n) => readFileSync(join(PROJECT_ROOT, '.github/workflows', n), 'utf8')).join('\n');
    expect(own).toContain(`uses: ${PINNED_ACTIONS.checkout}`);
    expect(own).toContain(`uses: ${PINNED_ACTIONS.uploadArtifact}`);
  });

  it('judges pull requests with workflows from main (pull_request_target, workflow_run), one status per check', async () => {
    const root = await newRegister();
    const byName = Object.fromEntries(workflows(root).map(([name, text]) => [name, parse(text) as { on: Record<string, { types?: string[]; workflows?: string[] }>; permissions: Record<string, string> }]));
    for (const name of ['valideer.yml', 'ondertekening.yml']) {
      const workflow = byName[name];
      expect(Object.keys(workflow?.on ?? {}), name).not.toContain('pull_request');
      expect(workflow?.on.pull_request_target?.types, name).toEqual(['opened', 'synchronize', 'reopened', 'edited', 'ready_for_review']);
      expect(workflow?.permissions.statuses, name).toBe('write');
    }
    expect(byName['ondertekening.yml']?.on.workflow_run?.workflows).toEqual(['Goedkeuring doorgeven']);
    expect(byName['goedkeuring.yml']?.permissions).toEqual({});
    const texts = Object.fromEntries(workflows(root));
    // Both set their verdict as a commit status on the pull request's head commit (--status).
    for (const name of ['valideer.yml', 'ondertekening.yml']) expect(texts[name], name).toMatch(/^ {12}--status$/m);
    expect(texts['valideer.yml']).toContain(`ref: \${{ github.event.pull_request.head.sha || github.sha }}`);
    expect(texts['ondertekening.yml']).toContain('--kop\n            ${{ github.event.pull_request.head.sha || github.event.workflow_run.head_sha }}');
    // The settings audit runs after the deadlines: both write into the dashboard issue.
    // Its admin token is a secret of an environment only main may use, not of the whole repository.
    expect(parse(texts['termijnen.yml'] ?? '')).toMatchObject({ jobs: { instellingen: { needs: 'termijnen', environment: 'instellingen', steps: [{ with: { opdracht: 'instellingen', argumenten: '--overzicht' } }] } } });
    // The directie is read from the default branch as it is now, not from the event's base.
    // By its full ref: a tag named like the branch (fetch-depth: 0 fetches tags) is not the branch.
    expect(texts['ondertekening.yml']).toContain('--basis\n            refs/remotes/origin/${{ github.event.repository.default_branch }}');
    expect(texts['valideer.yml']).toContain('--doel\n            refs/remotes/origin/${{ github.base_ref }}');
    // Only a run of the relay's own file, started by a review, starts the check (workflow_run matches by name).
    expect(parse(texts['ondertekening.yml'] ?? '')).toMatchObject({ jobs: { ondertekening: { if: SIGNATURE_JOB_CONDITION } } });
    expect(SIGNATURE_JOB_CONDITION).toContain("github.event.workflow_run.path == '.github/workflows/goedkeuring.yml' || startsWith(github.event.workflow_run.path, '.github/workflows/goedkeuring.yml@'))");
    expect(SIGNATURE_JOB_CONDITION).toContain("&& github.event.workflow_run.event == 'pull_request_review' &&");
    expect(texts['ondertekening.yml']).not.toContain('base.sha');
    // Every line of argumenten is an argument: no comment may hide in it.
    for (const [name, text] of Object.entries(texts)) {
      const workflow = parse(text) as { jobs: Record<string, { steps: { with?: { argumenten?: string } }[] }> };
      for (const step of Object.values(workflow.jobs).flatMap((job) => job.steps)) {
        for (const line of (step.with?.argumenten ?? '').split('\n')) expect(line.trim().startsWith('#'), `${name}: ${line}`).toBe(false);
      }
    }
    // Never a force push over what the directie wrote in the annual analysis.
    const pushes = (texts['jaaranalyse.yml'] ?? '').split('\n').filter((l) => /\bgit\b.*\bpush\b/.test(l));
    expect(pushes).toEqual(['          git -c "http.extraheader=AUTHORIZATION: basic $auth" push origin "refs/heads/jaaranalyse-$JAAR:refs/heads/jaaranalyse-$JAAR"']);
    expect(texts['jaaranalyse.yml']).toContain('gh pr create --draft');
    // A branch of an earlier run without a pull request still gets one.
    expect(texts['jaaranalyse.yml']).toContain('gh pr list --repo "$REPO" --head "jaaranalyse-$JAAR" --state open');
  });

  it('lets Dependabot propose new releases, and keeps personal data out of issues', async () => {
    const root = await newRegister();
    expect(parse(readFileSync(join(root, '.github/dependabot.yml'), 'utf8'))).toMatchObject({ updates: [{ 'package-ecosystem': 'github-actions', directory: '/' }] });
    expect(parse(readFileSync(join(root, '.github/ISSUE_TEMPLATE/config.yml'), 'utf8'))).toEqual({ blank_issues_enabled: false });
    expect(readFileSync(join(root, '.github/ISSUE_TEMPLATE/vraag.yml'), 'utf8')).toContain('Ik heb geen persoonsgegevens ingevuld.');
  });

  it('says what it made, in Dutch, and as JSON', async () => {
    const parent = tempDir('klacht-init-');
    const human = await runCli(['init', 'a', ...OPTIONS], { cwd: parent });
    expect(human.stdout).toContain(`Klachtenregister gemaakt in a: ${16 + FORMS.length} bestanden, en een nieuwe git-repository.`);
    expect(human.stdout).toContain(`De workflows gebruiken klacht van commit ${COMMIT} uit ${TOOL_REPOSITORY}.`);
    const json = await runCli(['init', 'b', ...OPTIONS, '--json'], { cwd: parent });
    expect(JSON.parse(json.stdout)).toMatchObject({ folder: join(parent, 'b'), git: 'nieuw', action: { repository: TOOL_REPOSITORY, commit: COMMIT } });
  });

  it('refuses a folder inside another git repository (GitHub would ignore its .github/), and takes the top of an empty clone', async () => {
    const outer = tempDir('klacht-init-');
    initRepository(outer);
    const inside = await runCli(['init', join(outer, 'register'), ...OPTIONS]);
    expect(inside.code).toBe(2);
    expect(inside.stderr).toContain(`ligt in de git-repository ${outer}. GitHub leest .github/`);
    expect(existsSync(join(outer, 'register'))).toBe(false);
    const clone = tempDir('klacht-init-');
    git(clone, ['init', '--quiet', '--initial-branch=main']);
    const top = await runCli(['init', clone, ...OPTIONS, '--json']);
    expect(top.code, top.stderr).toBe(0);
    expect(JSON.parse(top.stdout)).toMatchObject({ git: 'bestaand' });
  });
});

describe('klacht init refuses, writing nothing', () => {
  it('lists the missing options when not on a terminal', async () => {
    const root = join(tempDir('klacht-init-'), 'register');
    const result = await runCli(['init', root, '--actie', `${TOOL_REPOSITORY}@${COMMIT}`]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Er ontbreken gegevens: --organisatie, --directie.');
    expect(existsSync(root)).toBe(false);
  });

  it.each([
    [['--directie', 'Fenna Fictief'], 'heeft bij Fenna Fictief ook de GitHub-gebruikersnaam nodig'],
    [['--directie', 'Fenna=fenna_fictief'], "'fenna_fictief' is geen GitHub-gebruikersnaam"],
    [['--directie', 'A=x', '--directie', 'B=X'], 'Een GitHub-gebruikersnaam staat twee keer bij --directie.'],
    [['--directie', 'A=x', '--procedure', 'zorg'], '--procedure moet een van deze zijn: liberi, awb, wkkgz.'],
    [['--directie', 'A=x', '--email', 'geen-adres'], "'geen-adres' is geen e-mailadres."],
    [['--directie', 'A=x', '--categorieen', ' , '], '--categorieen bevat geen enkele categorie.'],
  ])('wrong option %j', async (options, message) => {
    const root = join(tempDir('klacht-init-'), 'register');
    const result = await runCli(['init', root, '--organisatie', 'Zorg', '--actie', `${TOOL_REPOSITORY}@${COMMIT}`, ...options]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(existsSync(root)).toBe(false);
  });

  it('never overwrites: a file that is there stops it before anything is written', async () => {
    const root = tempDir('klacht-init-');
    writeFileSync(join(root, 'README.md'), 'van GitHub\n');
    const result = await runCli(['init', root, ...OPTIONS]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`In ${root} staat al: README.md. klacht init overschrijft niets`);
    expect(files(root)).toEqual(['README.md']);
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toBe('van GitHub\n');
  });

  it('removes what it wrote when a write fails halfway', async () => {
    const root = tempDir('klacht-init-');
    mkdirSync(join(root, '.github'));
    // A link to nowhere where the workflows folder must come: the first workflow can't be written.
    symlinkSync(join(root, 'nergens'), join(root, '.github', 'workflows'));
    const result = await runCli(['init', root, ...OPTIONS]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Kon .*\.github\/workflows\/valideer\.yml niet schrijven.*; er is niets achtergelaten\./);
    expect(readdirSync(root)).toEqual(['.github']);
    expect(readdirSync(join(root, '.github'))).toEqual(['workflows']);
  });

  it('needs the folder as its argument', async () => {
    expect((await runCli(['init'])).stderr).toContain('Geef de map voor het nieuwe register op: klacht init <map>');
    const other = await runCli(['init', 'x', '--register', 'y']);
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('klacht init krijgt de map als argument, niet met --register');
  });
});

describe('klacht init pins a released version by its commit (git ls-remote)', () => {
  /** A bare "GitHub" repository with an annotated tag v1.2.3, reached through git's url.<base>.insteadOf. */
  function releasedTool(): { env: Record<string, string>; tagged: string } {
    const base = tempDir('klacht-release-');
    const work = join(base, 'werk');
    mkdirSync(work);
    initRepository(work);
    writeFileSync(join(work, 'action.yml'), 'name: klacht\n');
    git(work, ['add', '.']);
    git(work, ['commit', '--quiet', '-m', 'release']);
    git(work, ['tag', '-a', 'v1.2.3', '-m', 'v1.2.3']);
    const tagged = git(work, ['rev-parse', 'HEAD']).trim();
    mkdirSync(join(base, 'github', 'uitgever'), { recursive: true });
    git(base, ['clone', '--quiet', '--bare', work, join(base, 'github', 'uitgever', 'klacht.git')]);
    // The user's own git configuration sends github.com to the folder, as a mirror would.
    const home = join(base, 'home');
    mkdirSync(home);
    writeFileSync(join(home, '.gitconfig'), `[url "${join(base, 'github')}/"]\n\tinsteadOf = https://github.com/\n`);
    return { tagged, env: { HOME: home } };
  }

  it('writes the commit the tag points at, with the version in a comment for Dependabot', () => {
    const { env, tagged } = releasedTool();
    const root = join(tempDir('klacht-init-'), 'register');
    const options = OPTIONS.slice(0, -2);
    const result = runBin(['init', root, ...options, '--actie', 'uitgever/klacht@v1.2.3'], { env });
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(join(root, '.github/workflows/valideer.yml'), 'utf8')).toContain(`uses: uitgever/klacht@${tagged} # v1.2.3`);
    expect(result.stdout).toContain(`De workflows gebruiken klacht v1.2.3 (commit ${tagged}) uit uitgever/klacht.`);
  });

  it('says in Dutch when the version does not exist, or GitHub can not be reached', () => {
    const { env } = releasedTool();
    const root = join(tempDir('klacht-init-'), 'register');
    const options = OPTIONS.slice(0, -2);
    const missing = runBin(['init', root, ...options, '--actie', 'uitgever/klacht@v9.9.9'], { env });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Versie v9.9.9 bestaat niet in uitgever/klacht.');
    const offline = runBin(['init', root, ...options, '--actie', 'niemand/klacht@v1.2.3'], { env });
    expect(offline.code).toBe(2);
    expect(offline.stderr).toContain('Kon de commit van niemand/klacht@v1.2.3 niet opvragen. Zonder internet: geef de commit zelf op met --actie niemand/klacht@<commit van 40 tekens>.');
    expect(existsSync(root)).toBe(false);
  });

  it('uses this release by default', () => {
    expect(registerFiles({
      organisation: 'x', procedure: 'liberi', management: [], staff: [], categories: [],
      action: { repository: TOOL_REPOSITORY, commit: COMMIT, version: `v${VERSION}` },
    }).find((f) => f.path === '.github/workflows/pdf.yml')?.text).toContain(`uses: ${TOOL_REPOSITORY}@${COMMIT} # v${VERSION}`);
  });
});

describe('klacht init on a terminal', () => {
  it('asks for the organisation, the procedure and the directie (pseudo-terminal through script)', async () => {
    const root = join(tempDir('klacht-init-'), 'register');
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(binPath())} init ${JSON.stringify(root)} --actie ${TOOL_REPOSITORY}@${COMMIT}`;
    const dialogue: [string, string][] = [
      ['Naam van de organisatie', 'Zorg B.V.\r'],
      ['Algemeen e-mailadres', '\r'],
      ['Algemeen telefoonnummer', '085-1234567\r'],
      ['Postadres', '\r'],
      ['Welke termijnen gelden?', '\u001b[B\r'],
      ['Naam van een directielid', 'Fenna Fictief\r'],
      ['GitHub-gebruikersnaam van Fenna Fictief', '@fenna-fictief\r'],
      ['Nog een directielid?', 'n\r'],
      ['Zijn er medewerkers', '\r'],
      ['Naam van een medewerker', 'Bram Bedacht\r'],
      ['GitHub-gebruikersnaam van Bram Bedacht (leeg: geen)', '\r'],
      // A yes or no of the program in Dutch: 'j' and 'n' jump to "ja" and "nee", Enter keeps where it starts.
      ['Nog een medewerker?', 'j\r'],
      ['Naam van een medewerker', 'Anna Verzonnen\r'],
      ['GitHub-gebruikersnaam van Anna Verzonnen (leeg: geen)', 'anna-verzonnen\r'],
      ['Nog een medewerker?', '\r'],
    ];
    const { code, screen } = await onTerminal(command, dialogue);
    expect(code, screen).toBe(0);
    expect(parse(readFileSync(join(root, 'klachtenregister.yml'), 'utf8'))).toMatchObject({
      organisatie: { naam: 'Zorg B.V.', telefoon: '085-1234567' }, procedure: 'awb', directie: [{ naam: 'Fenna Fictief', github: 'fenna-fictief' }],
      medewerkers: [{ naam: 'Bram Bedacht' }, { naam: 'Anna Verzonnen', github: 'anna-verzonnen' }],
    });
    expect(readFileSync(join(root, '.github/CODEOWNERS'), 'utf8')).toContain('\n* @fenna-fictief\n');
    expect(screen).toContain('naar een ander antwoord');
    expect(screen).not.toMatch(/navigate|select|y\/N|Y\/n|\bYes\b|\bNo\b/);
  });

  it('looks the version up before it asks anything, so no answer is given in vain offline', async () => {
    const base = tempDir('klacht-offline-');
    const home = join(base, 'home');
    mkdirSync(home);
    // github.com leads to an empty folder: the version can't be found, as without internet.
    writeFileSync(join(home, '.gitconfig'), `[url "${join(base, 'leeg')}/"]\n\tinsteadOf = https://github.com/\n`);
    const root = join(base, 'register');
    const command = `HOME=${JSON.stringify(home)} ${JSON.stringify(process.execPath)} ${JSON.stringify(binPath())} init ${JSON.stringify(root)} --actie niemand/klacht@v1.2.3`;
    const { code, screen } = await onTerminal(command, []);
    expect(code).toBe(2);
    expect(screen).toContain('Kon de commit van niemand/klacht@v1.2.3 niet opvragen.');
    expect(screen).not.toContain('Naam van de organisatie');
    expect(existsSync(root)).toBe(false);
  });
});
