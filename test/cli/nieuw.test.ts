/** klacht nieuw: the next free number across branches, flags, prompts, atomic creation. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { onTerminal } from '../helpers/terminal.js';
import { describe, expect, it } from 'vitest';
import { CANARY, canaryLeaks } from '../helpers/canary.js';
import { Origin } from '../helpers/checkout.js';
import { PROJECT_ROOT, runCli } from '../helpers/cli.js';
import { git, initRepository } from '../helpers/git.js';
import { makeRegister, tempDir } from '../helpers/temp.js';

const valid = readFileSync(new URL('../fixtures/valid/in-behandeling.md', import.meta.url), 'utf8');
const FLAGS = ['--door', 'Anna Verzonnen', '--wijze', 'mondeling', '--naam', 'Carla Canarie', '--omschrijving', 'De coach kwam niet. Kanariegeheim.'];

/** The complainant's address and contact, each left empty with Enter on a terminal. */
const CONTACT_SKIPPED: readonly [string, string][] = ['Adres (straat en huisnummer)', 'Postcode van de indiener', 'Woonplaats van de indiener', 'E-mailadres van de indiener', 'Telefoonnummer van de indiener'].map((question) => [question, '\r']);

function withId(id: string): string {
  return valid.replace('KL-2026-001', id);
}

describe('klacht nieuw', () => {
  it('writes a valid file with status ontvangen and the next number, without naming the complainant', async () => {
    const root = makeRegister({ 'complaints/2026/KL-2026-001.md': valid });
    const result = await runCli(['nieuw', '--register', root, '--vandaag', '2026-11-24', ...FLAGS]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Klacht KL-2026-002 aangemaakt: complaints/2026/KL-2026-002.md');
    expect(result.stdout).not.toContain('Carla');
    const text = readFileSync(join(root, 'complaints/2026/KL-2026-002.md'), 'utf8');
    expect(text).toContain('id: KL-2026-002\nstatus: ontvangen # ontvangen | in behandeling | afgehandeld\n');
    expect(text).toContain('  datum: 2026-11-24\n  door: Anna Verzonnen\n');
    expect(text.endsWith('---\nDe coach kwam niet. Kanariegeheim.\n')).toBe(true);
    expect((await runCli(['valideer', '--register', root, '--vandaag', '2026-11-24'])).code).toBe(0);
    // No temporary file is left behind.
    expect(readdirSync(join(root, 'complaints/2026')).sort()).toEqual(['KL-2026-001.md', 'KL-2026-002.md']);
  });

  it('takes every field as a flag and the year from the submission date', async () => {
    const root = makeRegister({});
    const result = await runCli(['nieuw', '--register', root, '--json', '--vandaag', '2026-01-02', ...FLAGS,
      '--ontvangen', '2025-12-30', '--ingediend', '2025-12-31', '--adres', 'Kanarieweg 1', '--postcode', '1111 AA', '--woonplaats', 'Vogelstad',
      '--email', 'carla@canarie.invalid', '--telefoon', '06-11111111', '--rol', 'coachee', '--klachtverantwoordelijke', 'Fenna Fictief',
      '--categorie', 'planning', '--complex']);
    expect(JSON.parse(result.stdout)).toEqual({ id: 'KL-2025-001', file: 'complaints/2025/KL-2025-001.md' });
    const text = readFileSync(join(root, 'complaints/2025/KL-2025-001.md'), 'utf8');
    expect(text).toContain('complex: true');
    expect(text).toContain('telefoon: 06-11111111');
    expect(text).toContain('ingediend: 2025-12-31');
  });

  it('skips numbers used on other local and remote-tracking branches', async () => {
    const upstream = makeRegister({ 'complaints/2026/KL-2026-001.md': valid });
    initRepository(upstream);
    git(upstream, ['checkout', '--quiet', '-b', 'klacht-op-server']);
    writeFileSync(join(upstream, 'complaints/2026/KL-2026-007.md'), withId('KL-2026-007'));
    git(upstream, ['add', '-A']);
    git(upstream, ['commit', '--quiet', '-m', 'op de server']);
    git(upstream, ['checkout', '--quiet', 'main']);

    const clone = join(tempDir(), 'kloon');
    execFileSync('git', ['clone', '--quiet', upstream, clone]);
    git(clone, ['checkout', '--quiet', '-b', 'lokaal']);
    writeFileSync(join(clone, 'complaints/2026/KL-2026-004.md'), withId('KL-2026-004'));
    git(clone, ['add', '-A']);
    git(clone, ['commit', '--quiet', '-m', 'lokaal']);
    git(clone, ['checkout', '--quiet', 'main']);

    const result = await runCli(['nieuw', '--register', clone, '--json', '--vandaag', '2026-11-24', ...FLAGS]);
    expect(JSON.parse(result.stdout).id).toBe('KL-2026-008');
    expect(existsSync(join(clone, 'complaints/2026/KL-2026-008.md'))).toBe(true);
  });

  it('lists the missing flags and writes nothing when not on a terminal', async () => {
    const root = makeRegister({});
    const result = await runCli(['nieuw', '--register', root, '--door', 'Anna Verzonnen']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Er ontbreken gegevens: --wijze, --naam, --omschrijving.');
    expect(existsSync(join(root, 'complaints'))).toBe(false);
  });

  it('refuses a value the schema does not allow, writing nothing', async () => {
    const root = makeRegister({});
    const result = await runCli(['nieuw', '--register', root, ...FLAGS, '--email', 'carla-at-canarie']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Veld 'indiener.email' is geen geldig e-mailadres.");
    expect(result.stderr).not.toContain('carla-at-canarie');
    expect(existsSync(join(root, 'complaints'))).toBe(false);
  });

  it('asks for what is missing on a real terminal (pseudo-terminal through script)', async () => {
    const root = makeRegister({});
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(join(PROJECT_ROOT, 'bin/klacht.js'))} nieuw --register ${JSON.stringify(root)} --vandaag 2026-11-24`;
    // Every field, in the procedure's order: the day it came in first (a Dutch date, shown back),
    // Enter skips what may wait ("(overslaan)" comes first), arrow down twice passes "(kies)" and
    // the first channel.
    const dialogue: [string, string][] = [
      ['Wanneer kwam de klacht binnen?', '23-11-2026\r'],
      ['Wie nam de klacht aan?', 'Anna Verzonnen\r'],
      ['Hoe kwam de klacht binnen?', '\u001b[B\u001b[B\r'],
      ['Indiendatum', '\r'],
      ['Naam van de indiener', 'Carla Canarie\r'],
      ...CONTACT_SKIPPED,
      ['Rol van de indiener', '\r'],
      ['Wie is klachtverantwoordelijke?', '\r'],
      ['Categorie:', '\r'],
      ['Is de klacht complex', '\r'],
      ['Wat is de klacht?', 'Kwam niet opdagen\r'],
    ];
    const { code, screen } = await onTerminal(command, dialogue);
    expect(code, screen).toBe(0);
    expect(screen).toContain('Klacht KL-2026-001 aangemaakt');
    const text = readFileSync(join(root, 'complaints/2026/KL-2026-001.md'), 'utf8');
    expect(text).toContain('wijze: telefonisch');
    expect(text).toContain('naam: Carla Canarie');
    expect(text).toContain('---\nKwam niet opdagen\n');
    expect(screen).toContain('(23 november 2026)');
    expect(text).toMatch(/datum: 2026-11-23/);
    expect(text).not.toContain('rol:');
  });
});

describe('klacht nieuw on a terminal records no value by pressing Enter (issue 22)', () => {
  const PEOPLE = 'directie:\n  - { naam: Dirk Directeur }\n  - { naam: Fenna Fictief }\nmedewerkers:\n  - { naam: Bram Begeleider }\n  - { naam: Anna Verzonnen }\ncategorieen: [communicatie, planning, facturatie]\n';
  /** A register with several people and categories; git's user.name is who types (a name the register may not know). */
  function registerTypedBy(typist: string): string {
    const root = makeRegister({ 'klachtenregister.yml': PEOPLE });
    initRepository(root);
    git(root, ['config', 'user.name', typist]);
    return root;
  }
  // Outside GitHub Actions, whatever runs the tests: there the person typing is GITHUB_ACTOR.
  const nieuwOn = (root: string): string => `env -u GITHUB_ACTIONS -u GITHUB_ACTOR ${JSON.stringify(process.execPath)} ${JSON.stringify(join(PROJECT_ROOT, 'bin/klacht.js'))} nieuw --register ${JSON.stringify(root)} --vandaag 2026-11-24`;
  const ENGLISH = /navigate|select|\(y\/n\)|\byes\b/i;

  it('asks a needed choice again after Enter, and skips an optional one: nothing from a list\'s first entry', async () => {
    const root = registerTypedBy('Iemand Onbekend');
    const dialogue: [string, string][] = [
      ['Wanneer kwam de klacht binnen?', '\r'],
      // The person typing is not in the register: the list starts on "(kies)", and Enter asks again.
      ['Wie nam de klacht aan?', '\r'],
      ['Kies eerst een antwoord. Wie nam de klacht aan?', '\u001b[B\u001b[B\u001b[B\r'],
      ['Hoe kwam de klacht binnen?', '\r'],
      ['Kies eerst een antwoord. Hoe kwam de klacht binnen?', '\u001b[B\r'],
      ['Indiendatum', '\r'],
      ['Naam van de indiener', 'Carla Canarie\r'],
      ...CONTACT_SKIPPED,
      ['Rol van de indiener', '\r'],
      ['Wie is klachtverantwoordelijke?', '\r'],
      ['Categorie:', '\r'],
      ['Is de klacht complex', '\r'],
      ['Wat is de klacht?', 'Kwam niet opdagen\r'],
    ];
    const { code, screen } = await onTerminal(nieuwOn(root), dialogue);
    expect(code, screen).toBe(0);
    const text = readFileSync(join(root, 'complaints/2026/KL-2026-001.md'), 'utf8');
    expect(text).toContain('  door: Bram Begeleider\n');
    expect(text).toContain('  wijze: mondeling');
    for (const key of ['rol:', 'klachtverantwoordelijke:', 'categorie:', 'complex:']) expect(text, key).not.toContain(key);
    expect(text).not.toContain('Dirk Directeur');
    // The help under a list is Dutch.
    expect(screen).toContain('naar een ander antwoord');
    expect(screen).not.toMatch(ENGLISH);
  });

  it('starts "Wie nam de klacht aan?" on the person typing, and writes what is chosen', async () => {
    const root = registerTypedBy('anna verzonnen');
    const dialogue: [string, string][] = [
      ['Wanneer kwam de klacht binnen?', '\r'],
      ['Wie nam de klacht aan?', '\r'],
      ['Hoe kwam de klacht binnen?', '\u001b[B\u001b[B\r'],
      ['Indiendatum', '\r'],
      ['Naam van de indiener', 'Carla Canarie\r'],
      ...CONTACT_SKIPPED,
      // "(overslaan)" first: down three times is the third role, twice the second person.
      ['Rol van de indiener', '\u001b[B\u001b[B\u001b[B\r'],
      ['Wie is klachtverantwoordelijke?', '\u001b[B\u001b[B\r'],
      // Up from "(overslaan)" wraps to the last category.
      ['Categorie:', '\u001b[A\r'],
      ['Is de klacht complex', '\u001b[B\u001b[B\r'],
      ['Wat is de klacht?', 'Kwam niet opdagen\r'],
    ];
    const { code, screen } = await onTerminal(nieuwOn(root), dialogue);
    expect(code, screen).toBe(0);
    const text = readFileSync(join(root, 'complaints/2026/KL-2026-001.md'), 'utf8');
    expect(text).toContain('  door: Anna Verzonnen\n');
    expect(text).toContain('  wijze: telefonisch');
    expect(text).toContain('  rol: coachee');
    expect(text).toContain('klachtverantwoordelijke: Fenna Fictief');
    expect(text).toContain('categorie: facturatie');
    expect(text).toContain('complex: false');
    expect(screen).not.toMatch(ENGLISH);
  });
});

describe('klacht nieuw --formulier (issue 19, route 5)', () => {
  it('never repeats what was typed into a field: a name in the date field stays out of the run\'s log', async () => {
    const origin = new Origin({ 'klachtenregister.yml': 'directie:\n  - { naam: Fenna Fictief, github: fenna-fictief }\n', 'complaints/.gitkeep': '' });
    const root = origin.checkout(origin.sha('main'));
    const event = join(tempDir('klacht-event-'), 'event.json');
    for (const field of ['ontvangen', 'ingediend']) {
      writeFileSync(event, JSON.stringify({
        inputs: { [field]: CANARY.name, door: 'Fenna Fictief', wijze: 'telefonisch', naam: CANARY.name, omschrijving: CANARY.description },
        ref: 'refs/heads/main', repository: { default_branch: 'main' },
      }));
      const result = await runCli(['nieuw', '--formulier', '--register', root, '--vandaag', '2026-11-24'], {
        cwd: root, env: { GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_EVENT_PATH: event, GITHUB_REF_NAME: 'main' },
      });
      expect(result.code, field).toBe(2);
      expect(result.stderr).toContain(`Het veld '${field}' van het formulier is geen bestaande datum.`);
      expect(canaryLeaks(result.stdout + result.stderr)).toEqual([]);
    }
    expect(readdirSync(join(root, 'complaints'))).toEqual(['.gitkeep']);
  });
});

describe('the register found upward from the current folder (issue 22)', () => {
  it('works in the register a folder lies in, as git finds its repository', async () => {
    const root = makeRegister({ 'complaints/2026/KL-2026-001.md': valid });
    const inside = join(root, 'complaints/2026');
    const result = await runCli(['nieuw', '--vandaag', '2026-11-24', ...FLAGS], { cwd: inside });
    expect(result.code, result.stderr).toBe(0);
    expect(readdirSync(inside).sort()).toEqual(['KL-2026-001.md', 'KL-2026-002.md']);
    expect(existsSync(join(inside, 'klachtenregister.yml'))).toBe(false);
    expect((await runCli(['register'], { cwd: inside })).stdout).toContain('KL-2026-002');
  });

  it('refuses to start a register inside another, and writes nothing', async () => {
    const root = makeRegister({ 'complaints/2026/KL-2026-001.md': valid });
    const result = await runCli(['nieuw', '--register', 'complaints/2026', '--vandaag', '2026-11-24', ...FLAGS], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`ligt in het klachtenregister ${root} (als complaints/2026/). Een nieuw register begint niet binnen een ander.`);
    expect(readdirSync(join(root, 'complaints/2026'))).toEqual(['KL-2026-001.md']);
  });

  it('stops at the top of a git working tree, so a repository inside a register folder is its own place', async () => {
    const outer = makeRegister({ 'complaints/2026/KL-2026-001.md': valid });
    const repository = join(outer, 'los');
    mkdirSync(repository);
    initRepository(repository);
    const result = await runCli(['valideer'], { cwd: repository });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`De map ${repository} is geen klachtenregister`);
  });

  it('with --dry-run says which number it would take, and writes nothing: no complaint, no configuration', async () => {
    const root = makeRegister({ 'complaints/2026/KL-2026-001.md': valid });
    const result = await runCli(['nieuw', '--register', root, '--vandaag', '2026-11-24', '--dry-run', ...FLAGS]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Klacht KL-2026-002 zou worden aangemaakt: complaints/2026/KL-2026-002.md (status ontvangen), ontvangen op 24 november 2026. Er is niets geschreven.');
    expect(canaryLeaks(result.stdout + result.stderr)).toEqual([]);
    expect(readdirSync(join(root, 'complaints/2026'))).toEqual(['KL-2026-001.md']);
    const folder = tempDir('klacht-leeg-');
    const empty = await runCli(['nieuw', '--vandaag', '2026-11-24', '--dry-run', '--json', ...FLAGS], { cwd: folder });
    expect(empty.code, empty.stderr).toBe(0);
    expect(JSON.parse(empty.stdout)).toEqual({ id: 'KL-2026-001', file: 'complaints/2026/KL-2026-001.md', dry_run: true });
    expect(empty.stderr).toContain('klachtenregister.yml zou worden aangemaakt');
    expect(readdirSync(folder)).toEqual([]);
  });

  it('starts a register in an empty folder outside any register, as before', async () => {
    const folder = tempDir('klacht-leeg-');
    const result = await runCli(['nieuw', '--vandaag', '2026-11-24', ...FLAGS], { cwd: folder });
    expect(result.code, result.stderr).toBe(0);
    expect(existsSync(join(folder, 'klachtenregister.yml'))).toBe(true);
  });
});

describe('klacht nieuw says what it wrote that may not be meant', () => {
  it('shows the warning of a receipt date after today, and writes the complaint', async () => {
    const root = makeRegister({});
    const result = await runCli(['nieuw', '--register', root, '--vandaag', '2026-11-01', ...FLAGS, '--ontvangen', '3-12-2026']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout + result.stderr).toContain("Datum 'ontvangen.datum' (3 december 2026) ligt na vandaag (1 november 2026). Klopt dat?");
    expect(existsSync(join(root, 'complaints/2026/KL-2026-001.md'))).toBe(true);
  });
});
