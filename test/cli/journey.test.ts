/**
 * A coach and a director run the register through GitHub's forms alone (issue 22): a register made
 * by klacht init, a complaint from intake to closure, each form's own script (the event payload →
 * the step with --formulier → klacht voorstel → a draft pull request the directie merges), and the
 * yearly analysis through its workflow's command. Only choices a person would pick. Before every
 * form, each form that comes later in the procedure is tried too early, as a person finding their
 * way might; every refusal must say, on the run's page, which form comes first, by its name, and
 * never a YAML path, a command or an option: the people who read it know the forms, not the files.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FORMS, type FormDefinition } from '../../src/core/github-policy/forms.js';
import { CANARY, CANARY_FIELDS, canaryLeaks } from '../helpers/canary.js';
import { runCli, type CliResult } from '../helpers/cli.js';
import { git } from '../helpers/git.js';
import { useGitHubDouble } from '../helpers/use-github-double.js';
import { tempDir } from '../helpers/temp.js';

const ID = 'KL-2026-001';
const ACTION = ['--actie', 'uitgever/klacht@0123456789abcdef0123456789abcdef01234567'];

/** The forms in the procedure's order, each on its own day, filled in as a person would. */
const JOURNEY: readonly { form: string; today: string; who: string; inputs: Record<string, string> }[] = [
  { form: 'Klacht vastleggen', today: '2026-03-02', who: 'bram-bedacht', inputs: { ontvangen: '2-3-2026', door: 'Bram Bedacht', wijze: 'telefonisch', naam: CANARY.name, omschrijving: CANARY.description, rol: '(leeg)', categorie: '(leeg)', complex: '(leeg)', klachtverantwoordelijke: '(leeg)' } },
  { form: 'Klacht registreren', today: '2026-03-03', who: 'bram-bedacht', inputs: { klachtnummer: 'KL-2026-1', adres: CANARY.address, postcode: CANARY.postcode, woonplaats: CANARY.city, email: CANARY.email, telefoon: CANARY.phone, rol: 'coachee', complex: 'ja', klachtverantwoordelijke: 'Bram Bedacht', categorie: 'planning', directie: 'Fenna Fictief' } },
  { form: 'Handtekening indiener vastleggen', today: '2026-03-03', who: 'bram-bedacht', inputs: { klachtnummer: ID, wijze: 'handtekening op klachtenformulier', bijlage: CANARY_FIELDS['ondertekening.indiener.bijlage'] } },
  { form: 'Brief vastleggen', today: '2026-03-04', who: 'bram-bedacht', inputs: { klachtnummer: ID, richting: 'uit', soort: 'ontvangstbevestiging', kanaal: 'e-mail' } },
  { form: 'Termijn verlengen', today: '2026-03-20', who: 'fenna-fictief', inputs: { klachtnummer: ID, reden: 'Wacht op het verslag van de coach', 'nieuwe-termijn': '17 april 2026' } },
  { form: 'Brief vastleggen', today: '2026-03-20', who: 'bram-bedacht', inputs: { klachtnummer: ID, richting: 'uit', soort: 'verlenging', kanaal: 'brief' } },
  { form: 'Actie vastleggen', today: '2026-03-25', who: 'bram-bedacht', inputs: { klachtnummer: ID, actie: 'Gesprek met de coach over de planning' } },
  { form: 'Reactie vastleggen', today: '2026-04-09', who: 'fenna-fictief', inputs: { klachtnummer: ID, oorzaak: 'Twee afspraken op hetzelfde uur', 'standpunt-directie': 'De klacht is terecht', oplossing: 'Nieuwe afspraken en excuses', 'maatregel-1': 'Planning wekelijks laten nakijken' } },
  { form: 'Brief vastleggen', today: '2026-04-10', who: 'fenna-fictief', inputs: { klachtnummer: ID, richting: 'uit', soort: 'reactie', kanaal: 'e-mail' } },
  { form: 'Klacht afhandelen', today: '2026-04-14', who: 'fenna-fictief', inputs: { klachtnummer: ID, behandelaar: 'Fenna Fictief', 'standpunt-indiener': CANARY_FIELDS['afhandeling.standpunt_indiener'], overeenstemming: 'ja', oordeel: 'gegrond' } },
  { form: 'Maatregel bijwerken', today: '2026-04-20', who: 'fenna-fictief', inputs: { klachtnummer: ID, nummer: '1', status: 'uitgevoerd' } },
];

/**
 * One wrong value for each form whose result the checker can find wrong, with the form's field that
 * holds it: a date before the complaint came in, before the date it must follow, or a new term
 * before the term it extends. The complaint came in (and was submitted) on 2 March 2026.
 */
const WRONG: Readonly<Record<string, { field: string; inputs: Record<string, string> }>> = {
  'Klacht vastleggen': { field: 'ingediend', inputs: { ingediend: '1-3-2026' } },
  'Klacht registreren': { field: 'geregistreerd', inputs: { geregistreerd: '1-3-2026' } },
  'Handtekening indiener vastleggen': { field: 'datum', inputs: { datum: '1-1-2026' } },
  'Brief vastleggen': { field: 'datum', inputs: { datum: '1-1-2026' } },
  'Termijn verlengen': { field: 'nieuwe-termijn', inputs: { 'nieuwe-termijn': '1-3-2026' } },
  'Actie vastleggen': { field: 'datum', inputs: { datum: '1-1-2026' } },
  'Klacht afhandelen': { field: 'datum', inputs: { datum: '1-3-2026' } },
};

/** A field as the complaint file names it: `'acties.0.datum'`, `'ingediend' (1 maart 2026)`, `verlengingen.0.gemeld`, `nieuwe_termijn`. */
const YAML_PATH: readonly RegExp[] = [
  /'[a-z_]+(\.[a-z_0-9]+)+'/,
  /'[a-z_]+' \(\d/,
  /\b[a-z_]+\.\d+(\.[a-z_]+)?\b/,
  /\b[a-z]+_[a-z_]+\b/,
];

/** What a refusal on a form's page must not ask of its reader: a YAML path or value, a command, an option. */
const NOT_FOR_A_FORM: readonly RegExp[] = [
  /(^|[\s(])--[a-z]/m,
  /\bklacht (nieuw|registreer|teken|brief|actie|verleng|reactie|handel-af|maatregel|pdf|valideer)\b/,
  /\b(correspondentie|afhandeling|ondertekening|verlengingen|registratie|indiener|ontvangen|maatregelen)(\[\d*\])?\.[a-z_]/,
  /\b(richting|soort|status|oplossing|oorzaak): /,
  /\bJJJJ-MM-DD\b/,
];

function formNamed(name: string): FormDefinition {
  const form = FORMS.find((f) => f.name === name);
  if (!form) throw new Error(name);
  return form;
}

describe('a coach and a director, through the forms alone (issue 22)', () => {
  const github = useGitHubDouble({ per: 'file' });
  let clone = '';
  let remote = '';
  const outputs: string[] = [];
  const done: { form: string; step: CliResult; proposal: CliResult }[] = [];
  const refusals: { at: string; tried: string; code: number; text: string }[] = [];
  const wrongValues: { form: string; field: string; step: CliResult; summary: string }[] = [];
  let runId = 2000;

  /** One run of a form's workflow: its command with the event, and the proposal when it wrote. */
  async function runForm(form: FormDefinition, inputs: Record<string, string>, today: string, who: string): Promise<{ step: CliResult; summary: string }> {
    const folder = tempDir('klacht-run-');
    writeFileSync(join(folder, 'event.json'), JSON.stringify({ inputs, ref: 'refs/heads/main', repository: { default_branch: 'main' } }));
    writeFileSync(join(folder, 'summary.md'), '');
    runId += 1;
    const env = github.env({
      GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_EVENT_PATH: join(folder, 'event.json'), GITHUB_STEP_SUMMARY: join(folder, 'summary.md'),
      GITHUB_REF_NAME: 'main', GITHUB_RUN_ID: String(runId), GITHUB_SERVER_URL: 'https://github.com', GITHUB_ACTOR: who,
    });
    const extra = form.command === 'pdf' ? ['--uit', join(folder, 'documenten')] : [];
    const step = await runCli([form.command, '--formulier', '--register', clone, '--vandaag', today, ...extra], { env });
    outputs.push(step.stdout, step.stderr);
    return { step, summary: readFileSync(join(folder, 'summary.md'), 'utf8') };
  }

  /** Puts the checkout back as a fresh run would find it: main, nothing changed. */
  function fresh(): void {
    git(clone, ['checkout', '--quiet', 'main']);
    git(clone, ['checkout', '--quiet', '--', '.']);
    git(clone, ['clean', '-fdq']);
  }

  beforeAll(async () => {
    const base = tempDir('klacht-reis-');
    const work = join(base, 'begin');
    // The director makes the register with klacht init: the coach is a medewerker, so the forms offer her.
    const init = await runCli(['init', work, '--organisatie', 'Liberi Coaching B.V.', '--directie', 'Fenna Fictief=fenna-fictief', '--medewerker', 'Bram Bedacht=bram-bedacht', '--categorieen', 'communicatie,planning', ...ACTION]);
    expect(init.code, init.stderr).toBe(0);
    // The scan, uploaded from the web page into bijlagen/ (a pull request the directie merged).
    writeFileSync(join(work, CANARY_FIELDS['ondertekening.indiener.bijlage']), 'scan');
    git(work, ['add', '-A']);
    git(work, ['commit', '--quiet', '-m', 'Nieuw register'], '2026-03-01T10:00:00+01:00');
    remote = join(base, 'remote.git');
    git(base, ['clone', '--quiet', '--bare', work, remote]);
    clone = join(base, 'werk');
    git(base, ['clone', '--quiet', remote, clone]);

    const later = [...new Set(JOURNEY.map((j) => j.form))];
    let replyLetterMade = false;
    for (const [index, { form: name, today, who, inputs }] of JOURNEY.entries()) {
      // First, every form that comes later, too early (with what it will be filled in with later).
      const position = later.indexOf(name);
      for (const early of JOURNEY.slice(index + 1).filter((j) => later.indexOf(j.form) > position)) {
        const { step, summary } = await runForm(formNamed(early.form), early.inputs, today, early.who);
        if (step.code !== 0) refusals.push({ at: name, tried: early.form, code: step.code, text: `${step.stderr}\n${summary}` });
        fresh();
      }
      if (!replyLetterMade) {
        // The reply letter ("Documenten maken") is made from the recorded reply, before it is recorded as sent.
        const letter = await runForm(formNamed('Documenten maken'), { klachtnummer: ID, soort: 'reactie' }, today, who);
        if (letter.step.code !== 0) refusals.push({ at: name, tried: 'Documenten maken (reactie)', code: letter.step.code, text: `${letter.step.stderr}\n${letter.summary}` });
        replyLetterMade = letter.step.code === 0;
        if (name === 'Brief vastleggen' && inputs.soort === 'reactie') expect(replyLetterMade, letter.step.stderr).toBe(true);
        fresh();
      }
      // Then the form itself, once with a wrong value (the first time), and as it should be; the
      // directie approves, and the pull request is merged.
      const form = formNamed(name);
      const wrong = WRONG[name];
      if (wrong && !wrongValues.some((w) => w.form === name)) {
        const { step, summary } = await runForm(form, { ...inputs, ...wrong.inputs }, today, who);
        wrongValues.push({ form: name, field: wrong.field, step, summary });
        fresh();
      }
      const { step } = await runForm(form, inputs, today, who);
      const proposal = step.code === 0
        ? await runCli(['voorstel', '--stap', form.step ?? '', '--register', clone, '--json'], { env: github.env({ GITHUB_RUN_ID: String(runId), GITHUB_SERVER_URL: 'https://github.com' }) })
        : { code: -1, stdout: '', stderr: '' };
      done.push({ form: name, step, proposal });
      outputs.push(proposal.stdout, proposal.stderr);
      if (proposal.code !== 0) break;
      const { branch } = JSON.parse(proposal.stdout) as { branch: string };
      fresh();
      git(clone, ['merge', '--quiet', '--no-ff', '-m', `Merge ${branch}`, branch], `${today}T16:00:00+01:00`);
      git(clone, ['push', '--quiet', 'origin', 'main']);
    }
  }, 600_000);

  it('takes the complaint from intake to closure, every form a draft pull request', () => {
    expect(done.map((d) => [d.form, d.step.code, d.step.stderr, d.proposal.code])).toEqual(JOURNEY.map((j) => [j.form, 0, '', 0]));
    expect(github.createdPulls.every((p) => p.draft)).toBe(true);
    expect(readFileSync(join(clone, `complaints/2026/${ID}.md`), 'utf8')).toMatch(/^status: afgehandeld/m);
  });

  it('refused every form tried too early, in words of the forms: which form first, by its name', () => {
    // Enough tries to mean something: each later step before each earlier one.
    expect(refusals.length).toBeGreaterThan(30);
    const names = new Set(FORMS.map((f) => f.name));
    const wrong = refusals.flatMap(({ at, tried, text }) => {
      const problems: string[] = [];
      const named = [...text.matchAll(/het formulier "([^"]+)"/g)].map((m) => m[1] ?? '');
      if (named.length === 0 || !named.every((n) => names.has(n))) problems.push('noemt geen formulier');
      for (const pattern of NOT_FOR_A_FORM) if (pattern.test(text)) problems.push(`bevat ${String(pattern)}`);
      if (!text.includes('## Het formulier is niet verwerkt')) problems.push('geen samenvatting op de pagina van de run');
      return problems.length === 0 ? [] : [`vóór "${at}", "${tried}": ${problems.join('; ')}\n${text}`];
    });
    expect(wrong).toEqual([]);
  });

  it('refused a wrong value in the words of the form: its field, on the run\'s page, never a path or a command', () => {
    expect(wrongValues.map((w) => w.form)).toEqual(Object.keys(WRONG));
    const wrong = wrongValues.flatMap(({ form, field, step, summary }) => {
      const text = `${step.stdout}\n${step.stderr}\n${summary}`;
      const problems: string[] = [];
      // The intake makes no file yet: its refusal is one of wrong usage, as every refused intake.
      if (step.code !== (form === 'Klacht vastleggen' ? 2 : 1)) problems.push(`code ${step.code}`);
      if (!summary.includes('## Het formulier is niet verwerkt')) problems.push('geen samenvatting op de pagina van de run');
      if (!new RegExp(`[Hh]et veld '${field}' \\([^)]+\\) van het formulier`).test(summary)) problems.push(`noemt het veld '${field}' van het formulier niet`);
      for (const pattern of [...NOT_FOR_A_FORM, ...YAML_PATH]) if (pattern.test(text)) problems.push(`bevat ${String(pattern)}`);
      if (canaryLeaks(text).length > 0) problems.push('toont persoonsgegevens');
      return problems.length === 0 ? [] : [`"${form}": ${problems.join('; ')}\n${text}`];
    });
    expect(wrong).toEqual([]);
  });

  it('said what each form wrote by the form\'s labels, never by paths in the file', () => {
    const lines = done.flatMap((d) => d.step.stdout.split('\n').filter((line) => line.startsWith('  ')).map((line) => `${d.form}: ${line}`));
    expect(lines.filter((line) => YAML_PATH.some((p) => p.test(line)) || /^[^:]+: {2}[a-z_]+(\.[a-z_0-9]+)*: /.test(line))).toEqual([]);
    expect(lines).toContain('Klacht registreren:   Adres (straat en huisnummer) van de indiener: (ingevuld)');
    expect(lines).toContain('Klacht registreren:   Het directielid dat tekent door de pull request goed te keuren: (leeg) → Fenna Fictief');
    expect(lines).toContain('Klacht registreren:   Is de klacht complex? (leeg) → ja');
    expect(lines).toContain('Klacht registreren:   Datum bij Ondertekening directie: (leeg) → 2026-03-03');
    expect(lines).toContain('Termijn verlengen:   Nieuwe termijn: (leeg) → 2026-04-17');
  });

  it('ends in a register that valideer finds nothing in', async () => {
    const result = await runCli(['valideer', '--register', clone, '--vandaag', '2026-04-20', '--json']);
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: true, findings: [] });
  });

  it('the director writes the yearly analysis as its workflow does, with the closed complaint in it', async () => {
    // The workflow's step: the action runs `klacht jaaranalyse --register . <jaar>` in the checkout.
    const result = await runCli(['jaaranalyse', '--register', clone, '2026', '--vandaag', '2027-01-02'], { env: { GITHUB_ACTIONS: 'true' } });
    expect(result.code, result.stderr).toBe(0);
    outputs.push(result.stdout, result.stderr);
    const analysis = readFileSync(join(clone, 'analyses/2026.md'), 'utf8');
    expect(analysis).toMatch(/gegrond/);
    expect(canaryLeaks(analysis)).toEqual([]);
  }, 120_000);

  it('never showed the complainant in any output, refusal, pull request or request', () => {
    for (const text of [...outputs, ...refusals.map((r) => r.text), JSON.stringify(github.createdPulls), JSON.stringify(github.requests)]) expect(canaryLeaks(text)).toEqual([]);
  });
});
