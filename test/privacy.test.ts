/**
 * Privacy (AVG). The guard: every command, on a register holding the canary complainant (also in a
 * broken file), in every output mode and error path, and the canary in every personal field of the
 * schema (name, address, postcode, e-mail, phone, letters, attachments, the complainant's position
 * and the description) appears nowhere but the complaint file and its PDFs.
 * Then: anonymisation in place, and subject access (the history purge: test/git/purge.test.ts).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CANARY, CANARY_FIELDS, canaryLeaks, withCanaryEverywhere } from './helpers/canary.js';
import { binPath, PROJECT_ROOT, runCli, type CliResult } from './helpers/cli.js';
import { git } from './helpers/git.js';
import { useGitHubDouble } from './helpers/use-github-double.js';
import { pdfText } from './helpers/pdf.js';
import { makeRegister, tempDir } from './helpers/temp.js';
import { onTerminal } from './helpers/terminal.js';
import { GONE_PID } from './helpers/processes.js';
import { tempName } from '../src/core/complaint/layout.js';

const valid = readFileSync(join(PROJECT_ROOT, 'test/fixtures/valid/in-behandeling.md'), 'utf8');
const broken = readFileSync(join(PROJECT_ROOT, 'test/fixtures/invalid/unknown-key-staus.md'), 'utf8');
const CONFIG = 'directie:\n  - { naam: Fenna Fictief, github: fenna-fictief }\nmedewerkers:\n  - { naam: Anna Verzonnen, github: anna-verzonnen }\n';
const TODAY = '2026-11-24';

describe('the privacy guard', () => {
  const outputs: { what: string; text: string }[] = [];
  const codes = new Map<string, number>();
  const github = useGitHubDouble({ per: 'file' });
  let root = '';
  // The fixture with the canary in every field the schema marks personal, not only the NAW.
  const guarded = withCanaryEverywhere(valid);
  const record = (what: string, result: CliResult): CliResult => {
    outputs.push({ what: `${what} (stdout)`, text: result.stdout }, { what: `${what} (stderr)`, text: result.stderr });
    codes.set(what, result.code);
    return result;
  };

  beforeAll(async () => {
    // A git register: the intake, then the registration; a second file is broken and holds the canary too.
    root = makeRegister({
      'klachtenregister.yml': CONFIG,
      '.github/CODEOWNERS': '/complaints/ @fenna-fictief\n/analyses/ @fenna-fictief\n',
      'complaints/2026/KL-2026-001.md': guarded.replace('status: in behandeling', 'status: ontvangen'),
    });
    git(root, ['init', '--quiet', '--initial-branch=main']);
    git(root, ['add', '-A']);
    git(root, ['commit', '--quiet', '-m', 'Klacht ontvangen'], '2026-03-02T10:00:00+01:00');
    writeFileSync(join(root, 'complaints/2026/KL-2026-001.md'), guarded);
    writeFileSync(join(root, 'complaints/2026/KL-2026-002.md'), broken.replace('KL-2026-001', 'KL-2026-002'));
    git(root, ['add', '-A']);
    git(root, ['commit', '--quiet', '-m', 'Registratie'], '2026-03-03T10:00:00+01:00');

    const summary = join(tempDir(), 'samenvatting.md');
    const env = github.env();
    const at = ['--register', root, '--vandaag', TODAY];
    const runs: [string, string[], Record<string, string>?][] = [
      ['valideer', ['valideer', ...at]],
      ['valideer --json', ['valideer', ...at, '--json']],
      ['valideer in Actions', ['valideer', ...at], { GITHUB_ACTIONS: 'true' }],
      ['valideer one file', ['valideer', ...at, join(root, 'complaints/2026/KL-2026-002.md')]],
      ['termijnen --uitleg', ['termijnen', ...at, '--uitleg', '--samenvatting', summary]],
      ['termijnen --json', ['termijnen', ...at, '--json']],
      ['register', ['register', ...at]],
      ['register --json', ['register', ...at, '--json']],
      ['meldingen --dry-run', ['meldingen', ...at, '--dry-run'], {}],
      ['meldingen --dry-run --json', ['meldingen', ...at, '--dry-run', '--json'], {}],
      ['meldingen against GitHub', ['meldingen', ...at], env],
      ['jaaranalyse', ['jaaranalyse', '2026', ...at]],
      ['ondertekening (evidence)', ['ondertekening', ...at, '--json']],
      ['anonimiseer --dry-run', ['anonimiseer', ...at, '--dry-run', 'KL-2026-001']],
      ['inzage by e-mail', ['inzage', ...at, '--email', CANARY.email]],
      ['inzage by name --json', ['inzage', ...at, '--naam', CANARY.name, '--json']],
      ['pdf', ['pdf', ...at, 'KL-2026-001', '--uit', tempDir()]],
      ['pdf with a name for an id', ['pdf', ...at, CANARY.name]],
      ['termijnen with a name for an id', ['termijnen', ...at, CANARY.name]],
      ['anonimiseer with a name for an id', ['anonimiseer', ...at, '--dry-run', CANARY.name]],
      ['nieuw (flags)', ['nieuw', ...at, '--naam', CANARY.name, '--door', 'Anna Verzonnen', '--wijze', 'mondeling', '--ontvangen', '2026-11-20', '--omschrijving', CANARY.description]],
    ];
    for (const [what, argv, extra] of runs) record(what, await runCli(argv, { env: extra ?? {} }));
    outputs.push({ what: 'job summary', text: readFileSync(summary, 'utf8') });
    for (const name of readdirSync(join(root, 'analyses'))) {
      const file = join(root, 'analyses', name);
      outputs.push({ what: `analyses/${name}`, text: name.endsWith('.pdf') ? pdfText(file) : readFileSync(file, 'utf8') });
    }
    for (const request of github.requests) outputs.push({ what: `GitHub ${request.method} ${request.path}`, text: request.rawBody });
  }, 180_000);

  it('ran every command and reached GitHub', () => {
    for (const [what, code] of codes) {
      const expected = what.includes('with a name for an id') ? 2 : what.startsWith('valideer') || what.startsWith('termijnen') ? 1 : 0;
      expect(code, what).toBe(expected);
    }
    expect(outputs.length).toBeGreaterThan(40);
    expect(github.requests.some((r) => r.method === 'POST')).toBe(true);
    expect(existsSync(join(root, 'analyses/2026.md'))).toBe(true);
  });

  it('finds the canary in none of the outputs, files and requests', () => {
    const leaks = outputs.flatMap(({ what, text }) => canaryLeaks(text).map((needle) => `${what}: ${needle}`));
    expect(leaks).toEqual([]);
  });

  it('still has the canary in the complaint file (the guard looks at the right register)', () => {
    expect(readFileSync(join(root, 'complaints/2026/KL-2026-001.md'), 'utf8')).toContain(CANARY.name);
  });

  it('has the canary in every personal field of the schema', () => {
    const file = readFileSync(join(root, 'complaints/2026/KL-2026-001.md'), 'utf8');
    const missing = Object.entries(CANARY_FIELDS).filter(([, value]) => !file.includes(value)).map(([field]) => field);
    expect(missing).toEqual([]);
  });
});

describe('klacht anonimiseer', () => {
  it('replaces the personal data in place, keeps comments, order and line endings, and meets the retention deadline', async () => {
    const closed = readFileSync(join(PROJECT_ROOT, 'examples/register/complaints/2024/KL-2024-001.md'), 'utf8');
    const withCanary = closed.replace('Wim Verzinsel', CANARY.name).replace('Fictieweg 3', CANARY.address).replace(/\n/g, '\r\n');
    const root = makeRegister({ 'complaints/2024/KL-2024-001.md': `\uFEFF${withCanary}` });
    const file = join(root, 'complaints/2024/KL-2024-001.md');

    const dry = await runCli(['anonimiseer', '--register', root, '--vandaag', TODAY, '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('KL-2024-001: zou veranderen: indiener.naam, indiener.adres, indiener.postcode, indiener.woonplaats, indiener.telefoon, correspondentie.0.onderwerp, correspondentie.1.onderwerp, afhandeling.standpunt_indiener, omschrijving');
    expect(readFileSync(file, 'utf8')).toBe(`\uFEFF${withCanary}`);

    const result = await runCli(['anonimiseer', '--register', root, '--vandaag', TODAY]);
    expect(result.code).toBe(0);
    const after = readFileSync(file, 'utf8');
    expect(canaryLeaks(after)).toEqual([]);
    expect(after.startsWith('\uFEFF---\r\n')).toBe(true);
    expect(after).not.toMatch(/[^\r]\n/);
    expect(after).toContain('  naam: "[geanonimiseerd]"\r\n');
    expect(after).toContain('geanonimiseerd: 2026-11-24\r\n---\r\nDe omschrijving is verwijderd na afloop van de bewaartermijn (klacht anonimiseer).\r\n');
    // Line by line, the frontmatter is as it was (comments and order included) except for the replaced values.
    const before = withCanary.split('\r\n');
    const now = after.slice(1).split('\r\n');
    const fence = before.indexOf('---', 1);
    for (let i = 0; i < fence; i++) {
      if (now[i] !== before[i]) expect(now[i], before[i]).toMatch(/"\[geanonimiseerd\]"/);
    }
    expect(now[fence]).toBe('geanonimiseerd: 2026-11-24');
    expect(now.filter((line) => line.includes('#')).length).toBe(before.filter((line) => line.includes('#')).length - (before.slice(fence).filter((l) => l.includes('#')).length));
    // Kept for the analysis.
    for (const field of ['rol: opdrachtgever', 'categorie:', 'oorzaak:', 'maatregelen:', 'oordeel:']) expect(after).toContain(field);

    expect((await runCli(['valideer', '--register', root, '--vandaag', TODAY])).code).toBe(0);
    const deadlines = JSON.parse((await runCli(['termijnen', '--register', root, '--vandaag', TODAY, '--json'])).stdout) as { deadlines: { kind: string; state: string; done: string }[] };
    expect(deadlines.deadlines.find((d) => d.kind === 'retention')).toMatchObject({ done: '2026-11-24', state: 'met_late' });
    const again = await runCli(['anonimiseer', '--register', root, '--vandaag', TODAY, 'KL-2024-001']);
    expect(again.stdout).toContain('KL-2024-001: al geanonimiseerd.');
  });
});

describe('klacht inzage', () => {
  it('finds a person\'s complaints by e-mail or name, without repeating what was searched, and exports their PDFs', async () => {
    const root = makeRegister({
      'complaints/2026/KL-2026-001.md': valid.replace('onderwerp: Bevestiging }', 'onderwerp: Bevestiging, bijlage: post/brief-kanarie.pdf }'),
      'complaints/2026/KL-2026-002.md': valid.replace(/KL-2026-001/g, 'KL-2026-002').replace(CANARY.name, 'Iemand Anders').replace(CANARY.email, 'anders@voorbeeld.invalid'),
      // The person's attachments: the folder of the complaint, and a file the complaint names elsewhere; not another's.
      'bijlagen/KL-2026-001/formulier.pdf': 'scan 1', 'bijlagen/KL-2026-001/e-mails/eerste.eml': 'mail 1', 'post/brief-kanarie.pdf': 'brief 1',
      'bijlagen/KL-2026-002/formulier.pdf': 'scan van een ander',
    });
    const byEmail = await runCli(['inzage', '--email', ` ${CANARY.email.toUpperCase()} `, '--register', root, '--vandaag', TODAY]);
    expect(byEmail.code).toBe(0);
    expect(byEmail.stdout).toBe('KL-2026-001  in behandeling  ingediend 2 maart 2026\n1 klacht gevonden.\n');
    const byName = JSON.parse((await runCli(['inzage', '--naam', CANARY.name.toLowerCase(), '--register', root, '--json'])).stdout) as { complaints: { id: string }[] };
    expect(byName.complaints.map((c) => c.id)).toEqual(['KL-2026-001']);
    const none = await runCli(['inzage', '--email', 'niemand@voorbeeld.invalid', '--register', root]);
    expect(none.stdout).toContain('Geen klachten van deze persoon');
    const out = tempDir();
    // What a copy killed half-way left, by a process that is gone: the next export removes it.
    mkdirSync(join(out, 'KL-2026-001-bijlagen'));
    writeFileSync(join(out, 'KL-2026-001-bijlagen', tempName('formulier.pdf', GONE_PID, 'abcdef01')), 'scan 1, half');
    const exported = await runCli(['inzage', '--email', CANARY.email, '--register', root, '--uit', out, '--vandaag', TODAY]);
    expect(exported.code).toBe(0);
    // A copy of an attachment is readable by its owner only, as the PDFs are.
    expect(statSync(join(out, 'KL-2026-001-bijlagen/post/brief-kanarie.pdf')).mode & 0o077).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['KL-2026-001-bijlagen', 'KL-2026-001-formulier.pdf', 'KL-2026-001-ontvangstbevestiging.pdf']);
    expect(readdirSync(join(out, 'KL-2026-001-bijlagen'), { recursive: true }).map(String).sort()).toEqual(['e-mails', 'e-mails/eerste.eml', 'formulier.pdf', 'post', 'post/brief-kanarie.pdf']);
    expect(readFileSync(join(out, 'KL-2026-001-bijlagen/formulier.pdf'), 'utf8')).toBe('scan 1');
    expect(exported.stdout).toContain("2 PDF's geschreven en 3 bijlagen gekopieerd; ze bevatten persoonsgegevens");
    expect(pdfText(join(out, 'KL-2026-001-formulier.pdf'))).toContain(CANARY.name);
    expect(canaryLeaks(exported.stdout + exported.stderr)).toEqual([]);
    expect((await runCli(['inzage', '--register', root])).code).toBe(2);
  }, 120_000);

  it('finds a person by part of the name, and asks which person is meant when the part fits two, without naming them in a log', async () => {
    const other = valid.replace(/KL-2026-001/g, 'KL-2026-002').replace(CANARY.name, 'Carla Canarie-de Wit').replace(CANARY.email, 'wit@voorbeeld.invalid');
    const root = makeRegister({ 'complaints/2026/KL-2026-001.md': valid, 'complaints/2026/KL-2026-002.md': other });
    const part = JSON.parse((await runCli(['inzage', '--naam', 'de wit', '--register', root, '--json'])).stdout) as { complaints: { id: string }[] };
    expect(part.complaints.map((c) => c.id)).toEqual(['KL-2026-002']);
    // "canarie" fits both: without a terminal no name is shown, and the question is to be precise.
    const ambiguous = await runCli(['inzage', '--naam', 'canarie', '--register', root]);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toContain('De naam past bij 2 verschillende personen');
    expect(canaryLeaks(ambiguous.stdout + ambiguous.stderr)).toEqual([]);
    // At a terminal the person chooses: the second name in the list (arrow down, enter).
    const { code, screen } = await onTerminal(`node ${binPath()} inzage --naam canarie --register ${root} --vandaag ${TODAY}`, [['Welke persoon bedoelt u?', '\u001b[B\r']]);
    expect(code).toBe(0);
    expect(screen).toContain('Carla Canarie-de Wit (1 klacht)');
    expect(screen).toMatch(/KL-2026-002 {2}in behandeling/);
    expect(screen).not.toMatch(/KL-2026-001 {2}in behandeling/);
    // The help under the list is Dutch (issue 22).
    expect(screen).toContain('naar een ander antwoord');
  }, 120_000);
});
