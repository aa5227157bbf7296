/**
 * The forms in GitHub: one per step, their inputs exactly the step command's options; a complaint
 * from intake to closure through the forms' script alone (the event payload → the step command with
 * --formulier → klacht voorstel → a draft pull request on a bare remote and the API double), with
 * no personal value in any output, commit, branch, title or text; and klacht formulieren /
 * klacht valideer keeping the choices in step with klachtenregister.yml.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formArguments } from '../../src/cli/steps/form-input.js';
import { loadCommand } from '../../src/cli/main.js';
import { DEFAULT_CONFIG } from '../../src/core/complaint/config.js';
import { FORMS, formWorkflow } from '../../src/core/github-policy/forms.js';
import { lintWorkflow } from '../../tools/actionlint.mjs';
import { CANARY, CANARY_FIELDS, canaryLeaks } from '../helpers/canary.js';
import { runCli, type CliResult } from '../helpers/cli.js';
import { git } from '../helpers/git.js';
import { useGitHubDouble } from '../helpers/use-github-double.js';
import { tempDir } from '../helpers/temp.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const ACTION = ['--actie', `uitgever/klacht@${SHA}`];
const ID = 'KL-2026-001';
const CONFIG = { ...DEFAULT_CONFIG, management: [{ naam: 'Fenna Fictief', github: 'fenna-fictief' }], staff: [{ naam: 'Bram Bedacht' }], categories: ['communicatie', 'planning'] };

describe('every form', () => {
  it.each(FORMS.map((f) => [f.file, f] as const))('%s lints clean, keeps the values out of the workflow, and asks only what its command knows', async (_file, form) => {
    const text = formWorkflow(form, CONFIG, { repository: 'uitgever/klacht', commit: SHA, version: 'v1.0.0' });
    expect(await lintWorkflow(text, `.github/workflows/${form.file}`)).toEqual([]);
    // No input is ever written into the workflow (it would be in the log): only the event carries them.
    expect(text).not.toMatch(/\$\{\{\s*(inputs|github\.event\.inputs)\./);
    const workflow = parse(text) as { on: { workflow_dispatch: { inputs: Record<string, { required: boolean; type: string; options?: string[] }> } } };
    const inputs = workflow.on.workflow_dispatch.inputs;
    expect(Object.keys(inputs).length).toBeLessThanOrEqual(25);
    const command = await loadCommand(form.command);
    if (!command) throw new Error(form.command);
    // A value for every input (the first choice, or a text) is an option the command takes.
    const sample = Object.fromEntries(Object.entries(inputs).map(([name, spec]) => [name, name === 'klachtnummer' ? ID : spec.options?.[spec.options.length - 1] ?? '2026-03-03']));
    expect(() => formArguments(command.spec, sample)).not.toThrow();
  });

  it('offers the people, roles and categories of klachtenregister.yml as choices', () => {
    const form = FORMS.find((f) => f.command === 'registreer');
    if (!form) throw new Error('registreer');
    const { inputs } = (parse(formWorkflow(form, CONFIG, { repository: 'u/k', commit: SHA })) as { on: { workflow_dispatch: { inputs: Record<string, { options?: string[] }> } } }).on.workflow_dispatch;
    // A choice the step may need starts at "(kies)", an optional one at "(leeg)": never at a value nobody chose.
    expect(inputs.directie?.options).toEqual(['(kies)', 'Fenna Fictief']);
    expect(inputs.klachtverantwoordelijke?.options).toEqual(['(kies)', 'Fenna Fictief', 'Bram Bedacht']);
    expect(inputs.categorie?.options).toEqual(['(leeg)', 'communicatie', 'planning']);
    expect(inputs.complex?.options).toEqual(['(kies)', 'ja', 'nee']);
  });
});

describe('a complaint from intake to closure through the forms', () => {
  const github = useGitHubDouble({ per: 'file' });
  let clone: string;
  let remote: string;
  const outputs: string[] = [];
  const runs: { form: string; step: CliResult; proposal: CliResult }[] = [];

  /** The inputs per form, each on its own day; the complainant is the canary. */
  const FILLED: readonly [string, string, Record<string, string>][] = [
    ['formulier-vastleggen.yml', '2026-03-02', { door: 'Bram Bedacht', wijze: 'telefonisch', naam: CANARY.name, omschrijving: CANARY.description, categorie: '(leeg)', rol: '(leeg)', complex: '(leeg)', klachtverantwoordelijke: '(leeg)' }],
    ['formulier-registreren.yml', '2026-03-03', { klachtnummer: ID, adres: CANARY.address, postcode: CANARY.postcode, woonplaats: CANARY.city, email: CANARY.email, telefoon: CANARY.phone, rol: 'coachee', complex: 'ja', klachtverantwoordelijke: 'Bram Bedacht', categorie: 'planning', directie: 'Fenna Fictief' }],
    ['formulier-tekenen.yml', '2026-03-03', { klachtnummer: ID, wijze: 'handtekening op klachtenformulier', bijlage: CANARY_FIELDS['ondertekening.indiener.bijlage'] }],
    ['formulier-brief.yml', '2026-03-04', { klachtnummer: ID, richting: 'uit', soort: 'ontvangstbevestiging', onderwerp: CANARY_FIELDS['correspondentie[].onderwerp'], kanaal: 'e-mail' }],
    ['formulier-verlengen.yml', '2026-03-20', { klachtnummer: ID, reden: 'Wacht op het verslag van de coach', 'nieuwe-termijn': '2026-04-17' }],
    ['formulier-brief.yml', '2026-03-20', { klachtnummer: ID, richting: 'uit', soort: 'verlenging' }],
    ['formulier-actie.yml', '2026-03-25', { klachtnummer: ID, actie: 'Gesprek met de coach' }],
    ['formulier-reactie.yml', '2026-04-09', { klachtnummer: ID, oorzaak: 'Dubbel geboekt', oplossing: 'Nieuwe afspraken', 'standpunt-directie': 'Terecht', 'maatregel-1': 'Planning laten nakijken', 'maatregel-2': '', 'eenmalige-maatregel-1': 'Excuses aangeboden' }],
    ['formulier-brief.yml', '2026-04-10', { klachtnummer: ID, richting: 'uit', soort: 'reactie' }],
    ['formulier-afhandelen.yml', '2026-04-14', { klachtnummer: ID, behandelaar: 'Fenna Fictief', 'standpunt-indiener': CANARY_FIELDS['afhandeling.standpunt_indiener'], overeenstemming: 'ja', oordeel: 'gegrond' }],
    ['formulier-maatregel.yml', '2026-04-20', { klachtnummer: ID, nummer: '1', status: 'uitgevoerd' }],
  ];

  beforeAll(async () => {
    const base = tempDir('klacht-formulieren-');
    const work = join(base, 'begin');
    // The register as klacht init makes it, with the forms, on a bare "GitHub" remote.
    expect((await runCli(['init', work, '--organisatie', 'Zorg', '--directie', 'Fenna Fictief=fenna-fictief', '--medewerker', 'Bram Bedacht', '--categorieen', 'communicatie,planning', ...ACTION])).code).toBe(0);
    // The scan the signature form names is in the register (an attachment must be), and the
    // register's .gitignore keeps it: a plain `git add -A` takes it.
    writeFileSync(join(work, CANARY_FIELDS['ondertekening.indiener.bijlage']), 'scan');
    git(work, ['add', '-A']);
    git(work, ['commit', '--quiet', '-m', 'Nieuw register'], '2026-03-01T10:00:00+01:00');
    remote = join(base, 'remote.git');
    git(base, ['clone', '--quiet', '--bare', work, remote]);
    clone = join(base, 'werk');
    git(base, ['clone', '--quiet', remote, clone]);
    for (const [file, today, inputs] of FILLED) {
      const form = FORMS.find((f) => f.file === file);
      if (!form?.step) throw new Error(file);
      // The inputs must be those of the form's own workflow.
      const declared = Object.keys((parse(readFileSync(join(clone, '.github/workflows', file), 'utf8')) as { on: { workflow_dispatch: { inputs: Record<string, unknown> } } }).on.workflow_dispatch.inputs);
      for (const name of Object.keys(inputs)) expect(declared, `${file}: ${name}`).toContain(name);
      const event = join(tempDir('klacht-event-'), 'event.json');
      writeFileSync(event, JSON.stringify({ inputs, ref: 'refs/heads/main', repository: { default_branch: 'main' } }));
      const env = github.env({
        GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_EVENT_PATH: event, GITHUB_REF_NAME: 'main', GITHUB_RUN_ID: String(1000 + runs.length),
        GITHUB_SERVER_URL: 'https://github.com', GITHUB_ACTOR: 'bram-bedacht',
      });
      // The two steps of the workflow: the form's command, then the proposal.
      const step = await runCli([form.command, '--formulier', '--register', clone, '--vandaag', today], { env });
      const proposal = step.code === 0 ? await runCli(['voorstel', '--stap', form.step, '--register', clone, '--json'], { env }) : { code: -1, stdout: '', stderr: '' };
      runs.push({ form: file, step, proposal });
      outputs.push(step.stdout, step.stderr, proposal.stdout, proposal.stderr);
      if (proposal.code !== 0) break;
      // The directie approves and merges: main moves to the proposed branch.
      const { branch } = JSON.parse(proposal.stdout) as { branch: string };
      outputs.push(branch, git(remote, ['log', '-1', '--format=%B', `refs/heads/${branch}`]));
      // voorstel left the working copy as it found it (on main, the change uncommitted); a next run is a fresh checkout.
      expect(git(clone, ['rev-parse', '--abbrev-ref', 'HEAD']).trim()).toBe('main');
      git(clone, ['checkout', '--quiet', '--', '.']);
      git(clone, ['clean', '-fdq']);
      git(clone, ['merge', '--quiet', '--ff-only', branch]);
      git(clone, ['push', '--quiet', 'origin', 'main']);
    }
  }, 120_000);

  it('every form wrote its step and opened a draft pull request', () => {
    expect(runs.map((r) => [r.form, r.step.code, r.step.stderr, r.proposal.code, r.proposal.stderr])).toEqual(FILLED.map(([file]) => [file, 0, '', 0, '']));
    expect(github.createdPulls.map((p) => [p.title, p.draft, p.base])).toEqual(FILLED.map(([file]) => [`${FORMS.find((f) => f.file === file)?.step ?? ''} ${ID}`, true, 'main']));
    expect(github.violations).toEqual([]);
  });

  it('ends with a closed complaint in a register without findings, forms included', async () => {
    const result = await runCli(['valideer', '--register', clone, '--vandaag', '2026-04-20', '--json']);
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: true, findings: [] });
    expect(readFileSync(join(clone, `complaints/2026/${ID}.md`), 'utf8')).toContain('status: afgehandeld');
  });

  it('"Documenten maken" prints the chosen document, or all that fit, into the folder the artifact takes', async () => {
    const out = join(clone, 'documenten');
    const documents = async (soort: string): Promise<CliResult> => {
      const event = join(tempDir('klacht-event-'), 'event.json');
      writeFileSync(event, JSON.stringify({ inputs: { klachtnummer: ID, soort }, ref: 'refs/heads/main', repository: { default_branch: 'main' } }));
      return runCli(['pdf', '--formulier', '--uit', 'documenten', '--register', clone, '--vandaag', '2026-04-20'], { cwd: clone, env: { GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_EVENT_PATH: event, GITHUB_REF_NAME: 'main' } });
    };
    const one = await documents('dossier');
    expect(one.code, one.stderr).toBe(0);
    const { readdirSync } = await import('node:fs');
    expect(readdirSync(out)).toEqual([`${ID}-dossier.pdf`]);
    const all = await documents('(alle)');
    expect(all.code, all.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['dossier', 'formulier', 'ontvangstbevestiging', 'reactie', 'verlenging'].map((k) => `${ID}-${k}.pdf`));
    for (const result of [one, all]) expect(canaryLeaks(result.stdout + result.stderr)).toEqual([]);
  }, 120_000);

  it('never showed the complainant: not in any output, branch, commit message, pull request or request', () => {
    for (const text of [...outputs, JSON.stringify(github.createdPulls), JSON.stringify(github.requests)]) expect(canaryLeaks(text)).toEqual([]);
  });
});

describe('a form that can\'t be used as filled in', () => {
  /** A register made by klacht init with one complaint just received; a form's run on it. */
  async function formRun(file: string, inputs: Record<string, string>, alter: (text: string) => string = (text) => text): Promise<{ result: CliResult; summary: string; complaint: string; before: string }> {
    const root = join(tempDir('klacht-formulier-fout-'), 'register');
    expect((await runCli(['init', root, '--organisatie', 'Zorg', '--directie', 'Fenna Fictief=fenna-fictief', '--medewerker', 'Bram Bedacht', ...ACTION])).code).toBe(0);
    const made = await runCli(['nieuw', '--register', root, '--door', 'Bram Bedacht', '--wijze', 'mondeling', '--naam', CANARY.name, '--omschrijving', CANARY.description, '--vandaag', '2026-03-02']);
    expect(made.code, made.stderr).toBe(0);
    const complaint = join(root, `complaints/2026/${ID}.md`);
    writeFileSync(complaint, alter(readFileSync(complaint, 'utf8')));
    const before = readFileSync(complaint, 'utf8');
    const folder = tempDir('klacht-event-');
    writeFileSync(join(folder, 'event.json'), JSON.stringify({ inputs, ref: 'refs/heads/main' }));
    writeFileSync(join(folder, 'summary.md'), '');
    const form = FORMS.find((f) => f.file === file);
    if (!form) throw new Error(file);
    const result = await runCli([form.command, '--formulier', '--register', root, '--vandaag', '2026-03-03'], {
      env: { GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_EVENT_PATH: join(folder, 'event.json'), GITHUB_STEP_SUMMARY: join(folder, 'summary.md'), GITHUB_REF_NAME: 'main' },
    });
    return { result, summary: readFileSync(join(folder, 'summary.md'), 'utf8'), complaint: readFileSync(complaint, 'utf8'), before };
  }

  it('on a complaint whose file has a field no step takes away, says on the run\'s page that the directie mends it first', async () => {
    const { result, summary, complaint, before } = await formRun('formulier-actie.yml', { klachtnummer: ID, datum: '3-3-2026', actie: 'Gebeld' }, (text) => text.replace(/^status:/m, 'staus: x\nstatus:'));
    expect(result.code, result.stderr).toBe(1);
    expect(summary).toContain('## Het formulier is niet verwerkt');
    expect(summary).toContain('want het bestand heeft een onbekend veld, en dat haalt geen stap weg');
    expect(summary).toContain('vraag de directie die eerst te laten herstellen');
    expect(result.stdout + summary).not.toContain('klacht valideer');
    expect(complaint).toBe(before);
  });

  it('refuses a choice left at "(kies)", names the form\'s fields on the run\'s page, and writes nothing', async () => {
    const { result, summary, complaint, before } = await formRun('formulier-registreren.yml', {
      klachtnummer: ID, adres: CANARY.address, postcode: CANARY.postcode, woonplaats: CANARY.city, rol: '(kies)', complex: '(kies)', klachtverantwoordelijke: 'Bram Bedacht', directie: '(kies)',
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Er ontbreken gegevens in het formulier: 'rol' (Rol van de indiener), 'complex'");
    expect(result.stderr).toContain('Start het formulier "Klacht registreren" opnieuw');
    expect(result.stderr).not.toMatch(/--[a-z]/);
    expect(summary).toContain('## Het formulier is niet verwerkt');
    expect(summary).toContain("'directie'");
    expect(summary).toContain('Er is niets gewijzigd en er is geen pull request gemaakt.');
    expect(complaint).toBe(before);
    expect(canaryLeaks(result.stdout + result.stderr + summary)).toEqual([]);
  });

  it('says which form comes first, by its name, when the step is out of the procedure\'s order', async () => {
    const { result, summary } = await formRun('formulier-afhandelen.yml', { klachtnummer: ID, behandelaar: 'Fenna Fictief', 'standpunt-indiener': 'Tevreden', overeenstemming: 'ja' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Registreer de klacht. Gebruik het formulier "Klacht registreren".');
    expect(result.stderr).not.toContain('klacht registreer');
    expect(summary).toContain('- Registreer de klacht. Gebruik het formulier "Klacht registreren".');
  });
});

describe('klacht formulieren and valideer keep the forms in step', () => {
  async function register(): Promise<string> {
    const root = join(tempDir('klacht-formulieren-'), 'register');
    expect((await runCli(['init', root, '--organisatie', 'Zorg', '--directie', 'Fenna Fictief=fenna-fictief', ...ACTION])).code).toBe(0);
    return root;
  }

  it('finds the forms out of step after a new medewerker, and klacht formulieren puts them right', async () => {
    const root = await register();
    const config = join(root, 'klachtenregister.yml');
    writeFileSync(config, readFileSync(config, 'utf8').replace('medewerkers: []', 'medewerkers:\n  - { naam: "Dirk Denkbeeld" }'));
    const drifted = await runCli(['valideer', '--register', root]);
    expect(drifted.code).toBe(1);
    expect(drifted.stdout).toContain('.github/workflows/formulier-registreren.yml:1:1  fout  Het formulier "Klacht registreren" loopt niet gelijk met klachtenregister.yml');
    const dry = await runCli(['formulieren', '--register', root, '--dry-run']);
    expect(dry.stdout).toContain('.github/workflows/formulier-registreren.yml: zou bijgewerkt worden');
    expect((await runCli(['valideer', '--register', root])).code).toBe(1);
    const made = await runCli(['formulieren', '--register', root]);
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout).toContain('.github/workflows/formulier-registreren.yml: bijgewerkt');
    expect(made.stdout).toContain('.github/workflows/formulier-tekenen.yml: ongewijzigd');
    expect(readFileSync(join(root, '.github/workflows/formulier-registreren.yml'), 'utf8')).toContain(`uses: uitgever/klacht@${SHA}`);
    const clean = await runCli(['valideer', '--register', root]);
    expect(clean.code, clean.stdout).toBe(0);
  });

  it('takes a Dependabot update of checkout as it is, and a checkout with CRLF line endings, and keeps both when made anew', async () => {
    const root = await register();
    const newer = 'actions/checkout@ffffffffffffffffffffffffffffffffffffffff # v7.1.0';
    const { readdirSync } = await import('node:fs');
    for (const name of readdirSync(join(root, '.github/workflows'))) {
      const path = join(root, '.github/workflows', name);
      writeFileSync(path, readFileSync(path, 'utf8').replace(/actions\/checkout@[0-9a-f]{40} # v[\d.]+/g, newer).replace(/\n/g, '\r\n'));
    }
    const checked = await runCli(['valideer', '--register', root]);
    expect(checked.code, checked.stdout).toBe(0);
    expect((await runCli(['formulieren', '--register', root])).code).toBe(0);
    expect(readFileSync(join(root, '.github/workflows/formulier-actie.yml'), 'utf8')).toContain(`uses: ${newer}`);
  });

  it('finds a form changed by hand, and one that is missing next to the others', async () => {
    const root = await register();
    const form = join(root, '.github/workflows/formulier-actie.yml');
    writeFileSync(form, readFileSync(form, 'utf8').replace('Wat er is of wordt gedaan', 'Iets anders'));
    writeFileSync(join(root, '.github/workflows/formulier-brief.yml'), '');
    const { rmSync } = await import('node:fs');
    rmSync(join(root, '.github/workflows/formulier-maatregel.yml'));
    const result = await runCli(['valideer', '--register', root, '--json']);
    const rules = (JSON.parse(result.stdout) as { findings: { file: string; rule: string }[] }).findings.map((f) => [f.file, f.rule]);
    expect(rules).toEqual(expect.arrayContaining([
      ['.github/workflows/formulier-actie.yml', 'form-drift'], ['.github/workflows/formulier-brief.yml', 'form-drift'], ['.github/workflows/formulier-maatregel.yml', 'form-missing'],
    ]));
  });

  it('needs to know which klacht: without a pinned action in the workflows it says how', async () => {
    const root = await register();
    const { rmSync } = await import('node:fs');
    rmSync(join(root, '.github/workflows'), { recursive: true });
    const result = await runCli(['formulieren', '--register', root]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Geen workflow van dit register noemt de actie van klacht op een commit. Geef de versie met --actie');
  });
});
