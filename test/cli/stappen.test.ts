/**
 * The step commands on real registers: each keeps comments, key order and layout byte for byte
 * (CRLF and BOM files too), leaves a valid file, refuses a result with errors (exit 1, nothing
 * written, findings shown), shows only field names for personal fields with --dry-run, and never
 * repeats a personal value: the canary complainant is in every personal field and every option.
 */
import { existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { onTerminal } from '../helpers/terminal.js';
import { describe, expect, it } from 'vitest';
import { CANARY, CANARY_FIELDS, canaryLeaks } from '../helpers/canary.js';
import { PROJECT_ROOT, runCli, type CliResult } from '../helpers/cli.js';
import { initRepository } from '../helpers/git.js';
import { makeRegister } from '../helpers/temp.js';
import { GONE_PID } from '../helpers/processes.js';

const TODAY = ['--vandaag', '2026-03-25'];
const FILE = 'complaints/2026/KL-2026-001.md';
const CONFIG = 'directie:\n  - { naam: Fenna Fictief }\ncategorieen: [communicatie, planning]\n';
const fixture = (name: string): string => readFileSync(join(PROJECT_ROOT, 'test/fixtures/valid', name), 'utf8');
const ONTVANGEN = fixture('ontvangen.md');
const IN_BEHANDELING = fixture('in-behandeling.md');
const AFGEHANDELD = fixture('afgehandeld.md');
const UNSIGNED = IN_BEHANDELING.replace('  indiener: { datum: 2026-03-03, wijze: handtekening op klachtenformulier }\n', '');
const WITH_REPLY = IN_BEHANDELING.replace('onderwerp: Bevestiging }\n', 'onderwerp: Bevestiging }\n  - { datum: 2026-03-10, richting: uit, soort: reactie, onderwerp: Reactie }\n');
/** The reply's content recorded (klacht reactie) and the reply sent (klacht brief): ready to close. */
const REPLIED = WITH_REPLY.replace('ondertekening:\n', 'afhandeling:\n  oorzaak: Dubbele planning\n  oplossing: Nieuwe afspraak\n  standpunt_directie: Terecht\nondertekening:\n');
const WITH_MEASURES = AFGEHANDELD.replace('  overeenstemming: true\n',
  '  overeenstemming: true # na gesprek\n  maatregelen:\n    - { omschrijving: Planning controleren, structureel: true, status: gepland }\n    - omschrijving: Excuses\n      structureel: false\n      status: gepland\n');

/** Comments in places no step touches: they must survive every step. */
function withComments(text: string): string {
  return text.replace('---\n', '---\n# Klachtbestand, met de hand aangevuld\n').replace('id: KL-2026-001\n', 'id: KL-2026-001 # het nummer\n');
}

function crlfWithBom(text: string): string {
  return `\uFEFF${text.replace(/\n/g, '\r\n')}`;
}

/** The scans the cases name as bijlage: an attachment must be a file in the register. */
const ATTACHMENTS = { [CANARY_FIELDS['ondertekening.indiener.bijlage']]: 'scan', [CANARY_FIELDS['correspondentie[].bijlage']]: 'brief' };

function register(text: string): string {
  const root = makeRegister({ 'klachtenregister.yml': CONFIG, [FILE]: text, ...ATTACHMENTS });
  initRepository(root);
  return root;
}

async function step(root: string, argv: readonly string[]): Promise<CliResult> {
  return runCli([...argv, '--register', root, ...TODAY]);
}

/** True when every line of `original` is in `edited`, in order, but for at most `replaced` lines. */
function keepsLines(original: string, edited: string, replaced: number): boolean {
  const newLines = edited.split('\n');
  let at = 0;
  let missing = 0;
  for (const line of original.split('\n')) {
    const found = newLines.indexOf(line, at);
    if (found === -1) missing++;
    else at = found + 1;
  }
  return missing <= replaced;
}

interface Case {
  readonly command: string;
  readonly start: string;
  readonly args: readonly string[];
  /** Lines of the original that the step replaces (a status line). */
  readonly replaced: number;
  readonly changed: readonly string[];
  /** Personal fields this step fills in or changes. */
  readonly personal: readonly string[];
}

const CASES: readonly Case[] = [
  {
    command: 'registreer', start: ONTVANGEN, replaced: 1,
    args: ['--adres', CANARY.address, '--postcode', CANARY.postcode, '--woonplaats', CANARY.city, '--email', CANARY.email, '--telefoon', CANARY.phone,
      '--rol', 'coachee', '--complex', '--klachtverantwoordelijke', 'Fenna Fictief', '--categorie', 'planning', '--geregistreerd', '2026-03-03'],
    changed: ['status', 'complex', 'geregistreerd', 'indiener.adres', 'indiener.rol', 'klachtverantwoordelijke', 'categorie', 'ondertekening.directie.datum', 'ondertekening.directie.naam'],
    personal: ['indiener.adres', 'indiener.postcode', 'indiener.woonplaats', 'indiener.email', 'indiener.telefoon'],
  },
  {
    command: 'teken', start: UNSIGNED, replaced: 0,
    args: ['--datum', '2026-03-04', '--wijze', 'handtekening op klachtenformulier', '--bijlage', CANARY_FIELDS['ondertekening.indiener.bijlage']],
    changed: ['ondertekening.indiener.datum', 'ondertekening.indiener.wijze', 'ondertekening.indiener.bijlage'],
    personal: ['ondertekening.indiener.bijlage'],
  },
  {
    command: 'brief', start: IN_BEHANDELING, replaced: 0,
    args: ['--datum', '2026-03-09', '--richting', 'uit', '--soort', 'ontvangstbevestiging', '--onderwerp', CANARY_FIELDS['correspondentie[].onderwerp'], '--kanaal', 'e-mail',
      '--bijlage', CANARY_FIELDS['correspondentie[].bijlage']],
    changed: ['correspondentie.1.datum', 'correspondentie.1.richting', 'correspondentie.1.soort', 'correspondentie.1.onderwerp', 'correspondentie.1.kanaal', 'correspondentie.1.bijlage'],
    personal: ['correspondentie.1.onderwerp', 'correspondentie.1.bijlage'],
  },
  {
    command: 'actie', start: IN_BEHANDELING, replaced: 0,
    args: ['--datum', '2026-03-04', '--actie', 'Gesprek gevoerd: verslag gemaakt, #2'],
    changed: ['acties.1.datum', 'acties.1.actie'], personal: [],
  },
  {
    command: 'verleng', start: IN_BEHANDELING, replaced: 0,
    args: ['--gemeld', '2026-03-04', '--reden', 'Wacht op het verslag van de coach', '--nieuwe-termijn', '2026-03-27'],
    changed: ['verlengingen.0.gemeld', 'verlengingen.0.reden', 'verlengingen.0.nieuwe_termijn'], personal: [],
  },
  {
    command: 'reactie', start: IN_BEHANDELING, replaced: 0,
    args: ['--oorzaak', 'Dubbele planning', '--oplossing', 'Nieuwe afspraak\nen excuses', '--standpunt-directie', 'Terecht',
      '--maatregel', 'Planning door twee mensen', '--eenmalige-maatregel', 'Excuses aangeboden'],
    changed: ['afhandeling.oorzaak', 'afhandeling.oplossing', 'afhandeling.standpunt_directie', 'afhandeling.maatregelen.0.omschrijving', 'afhandeling.maatregelen.1.structureel'],
    personal: [],
  },
  {
    command: 'handel-af', start: REPLIED, replaced: 1,
    args: ['--behandelaar', 'Fenna Fictief', '--datum', '20-3-2026', '--standpunt-indiener', CANARY_FIELDS['afhandeling.standpunt_indiener'], '--niet-overeenstemming', '--oordeel', 'Gegrond'],
    changed: ['status', 'behandelaar', 'afhandeling.datum', 'afhandeling.standpunt_indiener', 'afhandeling.overeenstemming', 'afhandeling.oordeel'],
    personal: ['afhandeling.standpunt_indiener'],
  },
  {
    command: 'maatregel', start: WITH_MEASURES, replaced: 1,
    args: ['--nummer', '2', '--status', 'uitgevoerd'],
    changed: ['afhandeling.maatregelen.1.status'], personal: [],
  },
];

describe.each(CASES)('klacht $command', (c) => {
  const argv = [c.command, 'KL-2026-001', ...c.args];

  it('changes only its fields, keeps comments, order and layout, and leaves a valid file', async () => {
    const original = withComments(c.start);
    const root = register(original);
    const result = await step(root, argv);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    const edited = readFileSync(join(root, FILE), 'utf8');
    expect(edited).not.toBe(original);
    expect(keepsLines(original, edited, c.replaced), edited).toBe(true);
    expect(edited).toContain('# Klachtbestand, met de hand aangevuld\nid: KL-2026-001 # het nummer\n');
    for (const field of c.changed) expect(result.stdout).toContain(`  ${field}: `);
    expect(result.stdout).toContain('Volgende stap');
    const valideer = await runCli(['valideer', '--register', root, ...TODAY]);
    expect(valideer.code, valideer.stdout).toBe(0);
    expect(canaryLeaks(result.stdout + result.stderr)).toEqual([]);
  });

  it('does the same, byte for byte, to a file with CRLF line endings and a byte-order mark', async () => {
    const lf = register(withComments(c.start));
    const crlf = register(crlfWithBom(withComments(c.start)));
    expect((await step(lf, argv)).code).toBe(0);
    const result = await step(crlf, argv);
    expect(result.code, result.stdout).toBe(0);
    expect(readFileSync(join(crlf, FILE), 'utf8')).toBe(crlfWithBom(readFileSync(join(lf, FILE), 'utf8')));
    expect((await runCli(['valideer', '--register', crlf, ...TODAY])).code).toBe(0);
  });

  it('with --dry-run writes nothing and names personal fields without their values', async () => {
    const original = withComments(c.start);
    const root = register(original);
    const result = await step(root, [...argv, '--dry-run']);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(readFileSync(join(root, FILE), 'utf8')).toBe(original);
    expect(result.stdout).toContain('zou zo veranderen (--dry-run: er is niets geschreven)');
    for (const field of c.personal) expect(result.stdout).toMatch(new RegExp(`  ${field.replace(/\./g, '\\.')}: \\((ingevuld|gewijzigd)\\)\n`));
    expect(canaryLeaks(result.stdout + result.stderr)).toEqual([]);

    const json = await step(root, [...argv, '--dry-run', '--json']);
    const report = JSON.parse(json.stdout) as { id: string; file: string; changed: string[]; written: boolean };
    expect(report).toMatchObject({ id: 'KL-2026-001', file: FILE, written: false, dry_run: true });
    expect(report.changed).toEqual(expect.arrayContaining([...c.changed]));
    expect(canaryLeaks(json.stdout)).toEqual([]);
    expect(readFileSync(join(root, FILE), 'utf8')).toBe(original);
  });
});

describe('what comes next', () => {
  it('goes on after "Volgende stap:" in lower case, but a director\'s name keeps its capital', async () => {
    const root = register(withComments(ONTVANGEN));
    const registered = await step(root, ['registreer', 'KL-2026-001', ...(CASES[0] as Case).args]);
    expect(registered.code, registered.stderr).toBe(0);
    expect(registered.stdout).toContain('\nVolgende stap: Fenna Fictief (directie) keurt de pull request met deze registratie goed');
    expect(registered.stdout).toContain('\nDaarna: stuur de indiener de ontvangstbevestiging: klacht pdf KL-2026-001 --soort ontvangstbevestiging\n');
    const acted = await step(root, ['actie', 'KL-2026-001', '--datum', '2026-03-04', '--actie', 'Gebeld']);
    expect(acted.stdout).toMatch(/\nVolgende stap: [a-z]/);
  });
});

describe('a step whose result would have errors', () => {
  it.each<[string, string, readonly string[], string]>([
    ['registreer with an e-mail address that is none', ONTVANGEN, ['registreer', 'KL-2026-001', '--adres', CANARY.address, '--postcode', CANARY.postcode, '--woonplaats', CANARY.city,
      '--rol', 'klant', '--niet-complex', '--klachtverantwoordelijke', 'Fenna Fictief', '--email', 'carla-canarie-zonder-apenstaart'], 'indiener.email'],
    ['teken dated before the complaint came in', UNSIGNED, ['teken', 'KL-2026-001', '--datum', '2026-02-01', '--wijze', 'handtekening'], 'ondertekening.indiener.datum'],
    ['brief dated before the complaint came in', IN_BEHANDELING, ['brief', 'KL-2026-001', '--datum', '2026-02-01', '--richting', 'in', '--soort', 'overig', '--onderwerp', CANARY_FIELDS['correspondentie[].onderwerp']], 'correspondentie.1.datum'],
    ['actie dated before the complaint came in', IN_BEHANDELING, ['actie', 'KL-2026-001', '--datum', '2026-01-15', '--actie', 'Gebeld'], 'acties.1.datum'],
    ['verleng to a term that is not later', IN_BEHANDELING, ['verleng', 'KL-2026-001', '--gemeld', '2026-03-04', '--reden', 'Drukte', '--nieuwe-termijn', '2026-03-05'], 'verlengingen.0.nieuwe_termijn'],
    ['handel-af dated before the complaint came in', REPLIED, ['handel-af', 'KL-2026-001', '--behandelaar', 'Fenna Fictief', '--datum', '2026-02-01',
      '--standpunt-indiener', CANARY_FIELDS['afhandeling.standpunt_indiener'], '--overeenstemming'], 'afhandeling.datum'],
    ['maatregel on a file that already had an error', WITH_MEASURES.replace('categorie: communicatie', 'categorie: communicatie\nstaus: fout'),
      ['maatregel', 'KL-2026-001', '--nummer', '1', '--status', 'uitgevoerd'], 'staus'],
  ])('%s: exit 1, nothing written, the findings shown', async (_name, start, argv, shown) => {
    const root = register(start);
    const result = await step(root, argv);
    expect(result.code, result.stderr).toBe(1);
    expect(readFileSync(join(root, FILE), 'utf8')).toBe(start);
    expect(result.stdout).toContain('is niet gewijzigd: het resultaat zou');
    expect(result.stdout).toMatch(new RegExp(`${FILE}:\\d+:\\d+  fout  `));
    expect(result.stdout).toContain(shown);
    expect(canaryLeaks(result.stdout + result.stderr)).toEqual([]);

    const json = await step(root, [...argv, '--json']);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout) as { written: boolean; findings: { severity: string; line: number }[] };
    expect(report.written).toBe(false);
    expect(report.findings.some((f) => f.severity === 'error' && f.line >= 1)).toBe(true);
    expect(canaryLeaks(json.stdout)).toEqual([]);
  });

  it.each<[string, string, number]>([
    ['one unknown key', 'staus: fout\n', 1],
    ['many unknown keys', Array.from({ length: 150 }, (_, i) => `k${i}: 1\n`).join(''), 150],
  ])('a step on a file with %s is refused before it edits, as the result would be (exit 1, nothing written)', async (_name, extra, keys) => {
    const start = IN_BEHANDELING.replace('categorie: communicatie\n', `categorie: communicatie\n${extra}`);
    const root = register(start);
    const argv = ['actie', 'KL-2026-001', '--datum', '2026-03-04', '--actie', 'Gebeld'];
    const result = await step(root, argv);
    expect(result.code, result.stderr).toBe(1);
    expect(result.stdout).toContain(`Klacht KL-2026-001 is niet gewijzigd: het resultaat zou fouten hebben, want het bestand heeft ${keys === 1 ? 'een onbekend veld, en dat haalt' : 'onbekende velden, en die haalt'} geen stap weg. Er is niets geschreven.`);
    expect(result.stdout).toMatch(new RegExp(`${FILE}:21:1  fout  Onbekend veld '(staus|k0)'`));
    expect(result.stdout).toContain('Het bestand had al fouten vóór deze stap.');
    expect(readFileSync(join(root, FILE), 'utf8')).toBe(start);
    // The findings of the file as valideer gives them (the first 100 in full, the rest counted), and no change named.
    const json = await step(root, [...argv, '--dry-run', '--json']);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout) as { changed: string[]; written: boolean; findings: { rule: string }[] };
    const valideer = JSON.parse((await runCli(['valideer', '--json', '--register', root, ...TODAY])).stdout) as { findings: unknown[] };
    expect(report).toMatchObject({ id: 'KL-2026-001', file: FILE, changed: [], written: false, findings: valideer.findings });
    expect(readFileSync(join(root, FILE), 'utf8')).toBe(start);
  });

  it('a step that takes an error away is not refused for it: registreer fills in a missing complex', async () => {
    const start = IN_BEHANDELING.replace('complex: false\n', '');
    const root = register(start);
    expect((await runCli(['valideer', '--register', root, ...TODAY])).stdout).toContain('[status-requirement]');
    const result = await step(root, ['registreer', 'KL-2026-001', '--niet-complex']);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(readFileSync(join(root, FILE), 'utf8')).toContain('complex: false\n');
    expect((await runCli(['valideer', '--register', root, ...TODAY])).code).toBe(0);
  });

  it('says when the file had errors before the step', async () => {
    const root = register(WITH_MEASURES.replace('categorie: communicatie', 'categorie: communicatie\nstaus: fout'));
    const result = await step(root, ['maatregel', 'KL-2026-001', '--nummer', '1', '--status', 'uitgevoerd']);
    expect(result.stdout).toContain('Het bestand had al fouten vóór deze stap.');
  });
});

describe('a step that does not fit', () => {
  it.each<[string, string, readonly string[], string]>([
    ['an unknown id', IN_BEHANDELING, ['actie', 'KL-2026-009', '--actie', 'Gebeld'], 'Klacht KL-2026-009 staat niet in het register.'],
    ['a name where the id belongs', IN_BEHANDELING, ['actie', CANARY.name, '--actie', 'Gebeld'], 'Dat is geen klachtnummer'],
    ['no id at all', IN_BEHANDELING, ['actie', '--actie', 'Gebeld'], 'Noem de klacht: klacht actie KL-<jaar>-<nummer> [opties].'],
    ['closing a complaint that is only received', ONTVANGEN, ['handel-af', 'KL-2026-001'], 'Klacht KL-2026-001: De klacht is nog niet geregistreerd (status ontvangen): registreer haar eerst.\n  Registreer de klacht: klacht registreer KL-2026-001'],
    ['closing before the reply\'s content is recorded', WITH_REPLY, ['handel-af', 'KL-2026-001'], 'De inhoud van de reactie aan de indiener ligt nog niet vast (oorzaak, standpunt van de directie, oplossing).\n  Leg de reactie vast: klacht reactie KL-2026-001'],
    ['closing before the reply is sent', IN_BEHANDELING.replace('ondertekening:\n', 'afhandeling:\n  oorzaak: x\n  oplossing: y\n  standpunt_directie: z\nondertekening:\n'), ['handel-af', 'KL-2026-001'],
      'Er is nog geen reactie aan de indiener verstuurd en vastgelegd.\n  Maak de brief met de reactie en verstuur hem: klacht pdf KL-2026-001 --soort reactie\n  Leg vast dat de reactie verstuurd is: klacht brief KL-2026-001 --richting uit --soort reactie'],
    ['registering a closed complaint', AFGEHANDELD, ['registreer', 'KL-2026-001', '--rol', 'klant'], 'is al afgehandeld'],
    ['extending the term of a closed complaint', AFGEHANDELD, ['verleng', 'KL-2026-001', '--reden', 'x', '--nieuwe-termijn', '2026-04-01'], 'is al afgehandeld'],
    ['a measure number out of range', WITH_MEASURES, ['maatregel', 'KL-2026-001', '--nummer', '3', '--status', 'uitgevoerd'], 'Het nummer van de maatregel is 1 tot en met 2.'],
    ['a measure of a complaint without measures', AFGEHANDELD, ['maatregel', 'KL-2026-001', '--nummer', '1', '--status', 'uitgevoerd'], 'heeft geen maatregelen'],
    ['a date that does not exist, not repeated', IN_BEHANDELING, ['actie', 'KL-2026-001', '--datum', '30-2-2026', '--actie', 'x'], '--datum is geen bestaande datum. Schrijf bijvoorbeeld JJJJ-MM-DD, D-M-JJJJ of "3 december 2026".'],
    ['a value not in the list', IN_BEHANDELING, ['brief', 'KL-2026-001', '--richting', CANARY.name, '--soort', 'overig'], '--richting is een van deze: in, uit.'],
    ['a directie member not in the configuration', ONTVANGEN, ['registreer', 'KL-2026-001', '--directie', CANARY.name], '--directie is een van deze: Fenna Fictief.'],
    ['missing options without a terminal', ONTVANGEN, ['registreer', 'KL-2026-001', '--adres', CANARY.address],
      'Er ontbreken gegevens: --postcode, --woonplaats, --rol, --complex of --niet-complex, --klachtverantwoordelijke.'],
    ['both --overeenstemming and --niet-overeenstemming', REPLIED, ['handel-af', 'KL-2026-001', '--overeenstemming', '--niet-overeenstemming'], 'Kies --overeenstemming of --niet-overeenstemming, niet allebei.'],
    // Issue 19, route 7: an attachment is a file in the register, named from its root with /.
    ['an attachment outside the register (..)', UNSIGNED, ['teken', 'KL-2026-001', '--wijze', 'handtekening', '--bijlage', '../../etc/passwd'], '--bijlage is het pad van een bestand in het register'],
    ['an attachment with a drive letter', UNSIGNED, ['teken', 'KL-2026-001', '--wijze', 'handtekening', '--bijlage', 'C:\\Users\\scan.pdf'], '--bijlage is het pad van een bestand in het register'],
    ['an absolute attachment', IN_BEHANDELING, ['brief', 'KL-2026-001', '--richting', 'in', '--soort', 'overig', '--bijlage', '/etc/passwd'], '--bijlage is het pad van een bestand in het register'],
    ['an attachment that is not there', UNSIGNED, ['teken', 'KL-2026-001', '--wijze', 'handtekening', '--bijlage', 'bijlagen/ontbreekt.pdf'], 'Het bestand bij --bijlage staat niet in het register.'],
    ['an attachment through a link to elsewhere', UNSIGNED, ['teken', 'KL-2026-001', '--wijze', 'handtekening', '--bijlage', 'elders/passwd'], 'Het bestand bij --bijlage staat niet in het register.'],
  ])('%s: exit 2, a Dutch message, nothing written', async (_name, start, argv, message) => {
    const root = register(start);
    symlinkSync('/etc', join(root, 'elders'));
    const result = await step(root, argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(readFileSync(join(root, FILE), 'utf8')).toBe(start);
    expect(canaryLeaks(result.stdout + result.stderr)).toEqual([]);
  });

  it('teken on a closed complaint without --datum keeps the recorded date (issue 19, route 7)', async () => {
    const root = register(AFGEHANDELD);
    const result = await step(root, ['teken', 'KL-2026-001', '--wijze', 'bevestiging per e-mail']);
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(join(root, FILE), 'utf8')).toContain('indiener: { datum: 2026-03-03, wijze: bevestiging per e-mail }');
  });

  it('says so when nothing would change, and leaves the file alone', async () => {
    const root = register(IN_BEHANDELING);
    const result = await step(root, ['registreer', 'KL-2026-001', '--rol', 'coachee', '--json']);
    expect(JSON.parse(result.stdout)).toMatchObject({ changed: [], written: false });
    expect(readFileSync(join(root, FILE), 'utf8')).toBe(IN_BEHANDELING);
  });

  it('with nothing to change still removes the lock a killed run left, and leaves one of a process that runs', async () => {
    const root = register(IN_BEHANDELING);
    const lock = join(root, '.klacht-lock');
    writeFileSync(lock, JSON.stringify({ pid: GONE_PID, host: hostname(), token: 'weg' }));
    const result = await step(root, ['registreer', 'KL-2026-001', '--rol', 'coachee']);
    expect(result.code, result.stderr).toBe(0);
    expect(existsSync(lock)).toBe(false);
    writeFileSync(lock, JSON.stringify({ pid: process.ppid, host: hostname(), token: 'loopt' }));
    expect((await step(root, ['registreer', 'KL-2026-001', '--rol', 'coachee', '--dry-run'])).code).toBe(0);
    expect((await step(root, ['registreer', 'KL-2026-001', '--rol', 'coachee'])).code).toBe(0);
    expect(readFileSync(lock, 'utf8')).toContain('loopt');
  });
});

describe('asking on a terminal', () => {
  it('asks klacht registreer for what is missing (pseudo-terminal through script), never echoing it afterwards', async () => {
    const root = register(ONTVANGEN);
    writeFileSync(join(root, 'klachtenregister.yml'), CONFIG);
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(join(PROJECT_ROOT, 'bin/klacht.js'))} registreer KL-2026-001 --register ${JSON.stringify(root)} --vandaag 2026-03-05`;
    // Every field in the procedure's order, the optional ones too (Enter skips them or takes today).
    // A choice that matters starts on "(kies)": Enter there asks again (issue 22), also for yes or no.
    const dialogue: [string, string][] = [
      ['Adres (straat en huisnummer)', `${CANARY.address}\r`],
      ['Postcode van de indiener', `${CANARY.postcode}\r`],
      ['Woonplaats van de indiener', `${CANARY.city}\r`],
      ['E-mailadres van de indiener', '\r'],
      ['Telefoonnummer van de indiener', '\r'],
      ['Rol van de indiener', '\u001b[B\u001b[B\u001b[B\r'],
      ['Is de klacht complex', '\r'],
      ['Kies eerst een antwoord. Is de klacht complex', '\u001b[B\u001b[B\r'],
      ['Wie is klachtverantwoordelijke?', '\r'],
      ['Kies eerst een antwoord. Wie is klachtverantwoordelijke?', '\u001b[B\r'],
      ['Categorie:', '\u001b[B\u001b[B\r'],
      ['Registratiedatum: (Enter: vandaag, 5 maart 2026)', '\r'],
      ['Welk directielid tekent', '\r'],
      ['Datum van de ondertekening door de directie', '4-3-2026\r'],
    ];
    const { code, screen } = await onTerminal(command, dialogue);
    expect(code, screen).toBe(0);
    expect(screen).toContain('Klacht KL-2026-001 bijgewerkt');
    const text = readFileSync(join(root, FILE), 'utf8');
    expect(text).toContain(`  adres: ${CANARY.address}\n`);
    expect(text).toContain('  rol: coachee\n');
    expect(text).toContain('complex: false\n');
    expect(text).toContain('klachtverantwoordelijke: Fenna Fictief\n');
    expect(text).toContain('    naam: Fenna Fictief\n');
    expect(screen).not.toMatch(/navigate|select/);
    expect(text).toContain('categorie: planning\n');
    expect(text).toContain('geregistreerd: 2026-03-05\n');
    // A Dutch date, shown back as understood and stored as JJJJ-MM-DD.
    expect(screen).toContain('(4 maart 2026)');
    expect(text).toContain('    datum: 2026-03-04\n');
    // What was typed is on the screen as it was typed; the report after it names fields only.
    const report = screen.slice(screen.indexOf('Klacht KL-2026-001 bijgewerkt'));
    expect(canaryLeaks(report)).toEqual([]);
  }, 30_000);
});

describe('free text typed in a step is never repeated (a form\'s run prints the output in its log)', () => {
  const words = `${CANARY.name} belde`;
  it.each<[string, string, string[]]>([
    ['actie', IN_BEHANDELING, ['actie', 'KL-2026-001', '--actie', words]],
    ['verleng', IN_BEHANDELING, ['verleng', 'KL-2026-001', '--reden', words, '--nieuwe-termijn', '2026-04-30']],
    ['teken', UNSIGNED, ['teken', 'KL-2026-001', '--wijze', words]],
    ['brief', IN_BEHANDELING, ['brief', 'KL-2026-001', '--richting', 'in', '--soort', 'overig', '--kanaal', words]],
    ['reactie', IN_BEHANDELING, ['reactie', 'KL-2026-001', '--oorzaak', words, '--oplossing', words, '--standpunt-directie', words, '--maatregel', words]],
    ['handel-af', REPLIED, ['handel-af', 'KL-2026-001', '--behandelaar', 'Fenna Fictief', '--standpunt-indiener', words, '--overeenstemming']],
  ])('%s, also with --dry-run', async (_name, text, argv) => {
    for (const extra of [['--dry-run'], []]) {
      const result = await step(register(text), [...argv, ...extra]);
      expect(result.code, result.stdout + result.stderr).toBe(0);
      expect(canaryLeaks(result.stdout + result.stderr)).toEqual([]);
    }
  });
});

describe('what a step refuses or still reads', () => {
  it('refuses any step on an anonymised complaint: no new personal data after the retention term', async () => {
    const anonymised = AFGEHANDELD.replace('status: afgehandeld\n', 'status: afgehandeld\ngeanonimiseerd: 2026-03-20\n');
    const root = register(anonymised);
    const result = await step(root, ['brief', 'KL-2026-001', '--richting', 'in', '--soort', 'overig', '--onderwerp', CANARY.name]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Klacht KL-2026-001 is geanonimiseerd (de bewaartermijn is voorbij): er kan niets meer aan worden toegevoegd.');
    expect(readFileSync(join(root, FILE), 'utf8')).toBe(anonymised);
    expect(canaryLeaks(result.stdout + result.stderr)).toEqual([]);
  });

  it('edits a file whose first line has spaces after ---, which valideer accepts', async () => {
    const root = register(IN_BEHANDELING.replace(/^---\n/, '---  \n'));
    expect((await runCli(['valideer', '--register', root, ...TODAY])).code).toBe(0);
    const result = await step(root, ['actie', 'KL-2026-001', '--actie', 'Gebeld']);
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(join(root, FILE), 'utf8').startsWith('---  \n')).toBe(true);
    expect((await runCli(['valideer', '--register', root, ...TODAY])).code).toBe(0);
  });
});
