/** klacht jaaranalyse on real git histories: the example register's, and ones built to be caught. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analysisHtml } from '../../src/cli/commands/jaaranalyse.js';
import type { AnalysisDocument } from '../../src/core/analysis/document.js';
import { DIRECTIE_END, DIRECTIE_START } from '../../src/core/analysis/directie.js';
import { buildExampleRepository } from '../../examples/build-history.js';
import { markdownToSafeHtml } from '../../src/pdf/markdown.js';
import { canaryLeaks } from '../helpers/canary.js';
import { PROJECT_ROOT, runCli } from '../helpers/cli.js';
import { git, initRepository } from '../helpers/git.js';
import { GONE_PID } from '../helpers/processes.js';
import { pdfText } from '../helpers/pdf.js';
import { makeRegister, tempDir } from '../helpers/temp.js';

const valid = readFileSync(join(PROJECT_ROOT, 'test/fixtures/valid/in-behandeling.md'), 'utf8');

/** The Markdown table rows as arrays of cells, for exact comparison. */
function rows(markdown: string, header: string): string[][] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`| ${header} |`));
  const result: string[][] = [];
  for (let i = start + 2; i < lines.length && lines[i]?.startsWith('|'); i++) {
    result.push((lines[i] as string).slice(2, -2).split(' | '));
  }
  return result;
}

describe('klacht jaaranalyse on the example register', () => {
  const root = join(tempDir('klacht-analyse-'), 'register');
  let markdown = '';

  beforeAll(async () => {
    buildExampleRepository(join(PROJECT_ROOT, 'examples/register'), root);
    const result = await runCli(['jaaranalyse', '2025', '--zonder-pdf', '--register', root, '--vandaag', '2026-11-24']);
    expect(result.code).toBe(0);
    markdown = readFileSync(join(root, 'analyses/2025.md'), 'utf8');
  });

  it('starts with frontmatter naming the year, the day and the commit', () => {
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    expect(markdown.startsWith(`---\njaar: 2025\ngegenereerd: 2026-11-24\ncommit: ${head}\n---\n# Jaaranalyse klachten 2025\n`)).toBe(true);
  });

  it('1. summarises received, closed and open at 31 December, with the trend', () => {
    expect(markdown).toContain('In 2025 zijn 4 klachten ontvangen. Dat is meer dan in 2024 (2). Op 31 december 2025 waren er 3 afgehandeld en stonden er 1 open (KL-2025-004).');
    expect(rows(markdown, 'jaar')).toEqual([['2024', '2'], ['2025', '4']]);
  });

  it('2. counts by role, category, channel and complexity, with SVG charts', () => {
    expect(rows(markdown, 'rol van de indiener')).toEqual([['opdrachtgever', '1'], ['medewerker', '0'], ['coachee', '2'], ['klant', '1']]);
    expect(rows(markdown, 'categorie')).toEqual([['communicatie', '1'], ['facturatie', '1'], ['kwaliteit coaching', '1'], ['planning', '1']]);
    expect(markdown).toContain('Complex: 2, niet complex: 2.');
    const svg = readFileSync(join(root, 'analyses/2025-per-maand.svg'), 'utf8');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).not.toMatch(/<script|on\w+=/i);
  });

  it('3. measures timeliness, extensions and lead times', () => {
    expect(rows(markdown, 'termijn')).toEqual([
      ['registratie', '4', '3 (75%)', '1', '0'],
      ['ontvangstbevestiging', '4', '3 (75%)', '1', '0'],
      ['reactie, niet complex', '2', '1 (50%)', '1', '0'],
      ['reactie, complex', '2', '1 (50%)', '1', '0'],
    ]);
    expect(markdown).toContain('Er zijn 2 termijnen verlengd, bij 2 klachten. 1 keer was de melding op tijd, 1 keer te laat (de verlenging telde dan niet).');
    expect(markdown).toContain('Doorlooptijd van indiening tot afhandeling (4 afgehandelde klachten): mediaan 25 dagen, 90e percentiel 60 dagen, langste 60 dagen (KL-2025-004).');
  });

  it('4. counts agreement and judgements', () => {
    expect(markdown).toContain('Van de 4 afgehandelde klachten werd bij 2 overeenstemming bereikt met de indiener, bij 2 niet.');
    expect(rows(markdown, 'oordeel')).toEqual([['gegrond', '1'], ['deels gegrond', '2'], ['ongegrond', '1'], ['ingetrokken', '0'], ['geen oordeel vastgelegd', '0']]);
  });

  it('5. groups causes by category and follows up last year\'s structural measures', () => {
    expect(markdown).toMatch(/\*\*planning\*\* \(1\):\n\n- KL-2025-003: /);
    expect(rows(markdown, 'klacht | maatregel | structureel')).toEqual([
      ['KL-2025-001', 'Elke gewijzigde afspraak per e-mail bevestigen', 'ja', 'uitgevoerd'],
      ['KL-2025-002', 'Vertrouwelijkheid opnemen in de opdrachtbevestiging', 'ja', 'uitgevoerd'],
      ['KL-2025-003', 'Zaalplanning in één gedeelde agenda', 'ja', 'gepland'],
      ['KL-2025-004', 'Tariefwijzigingen drie maanden vooraf aankondigen', 'ja', 'gepland'],
    ]);
    expect(markdown).toContain('De structurele maatregelen uit 2024, en hoe ze er nu voor staan:');
    expect(rows(markdown, 'klacht | maatregel | status nu')).toEqual([
      ['KL-2024-001', 'Verzette sessies markeren in de planning', 'uitgevoerd'],
      ['KL-2024-002', 'Doelen van elk traject schriftelijk vastleggen in de eerste sessie', 'uitgevoerd'],
    ]);
  });

  it('6. reads the history: revisions counted, nothing flagged in the example', () => {
    expect(markdown).toMatch(/De geschiedenis telt \d+ wijzigingen aan de 4 klachtbestanden van dit jaar\./);
    // Every registration and closure in the example went through a pull request approved by the
    // directie according to git: that is all git can say, so those are counted as not verified.
    expect(rows(markdown, 'controle').map((r) => r[1])).toEqual(['0', '0', '0', '0', '4', '0', '4']);
  });

  it('keeps no personal data of any complainant', () => {
    for (const name of ['Lotte', 'Schijnweg', '@voorbeeld.invalid', '06-0000']) expect(markdown).not.toContain(name);
  });
});

describe('the history checks', () => {
  it('flags a backdated registration, a status that went back, a closure without signatures, and follows a rename', async () => {
    const root = makeRegister({ 'klachtenregister.yml': '' });
    git(root, ['init', '--quiet', '--initial-branch=main']);
    const file = 'complaints/2026/KL-2026-001.md';
    // Intake on 2 March, filed in the wrong folder first.
    mkdirSync(join(root, 'complaints/2025'), { recursive: true });
    const intake = valid.replace('status: in behandeling', 'status: ontvangen').replace(/geregistreerd: .*\n/, '');
    writeFileSync(join(root, 'complaints/2025/KL-2026-001.md'), intake);
    git(root, ['add', '-A']);
    git(root, ['commit', '--quiet', '-m', 'Klacht ontvangen'], '2026-03-02T10:00:00+01:00');
    mkdirSync(join(root, 'complaints/2026'), { recursive: true });
    renameSync(join(root, 'complaints/2025/KL-2026-001.md'), join(root, file));
    git(root, ['add', '-A']);
    git(root, ['commit', '--quiet', '-m', 'Naar de juiste map'], '2026-03-02T11:00:00+01:00');
    // Registered "on 3 March", but recorded on 20 March.
    writeFileSync(join(root, file), valid);
    git(root, ['commit', '--quiet', '-am', 'Registratie'], '2026-03-20T10:00:00+01:00');
    // Closed without the complainant's signature, then reopened.
    const closed = valid.replace('status: in behandeling', 'status: afgehandeld')
      .replace(/ {2}indiener: \{ datum: 2026-03-03, wijze: handtekening op klachtenformulier \}\n/, '')
      .replace('klachtverantwoordelijke: Fenna Fictief', 'klachtverantwoordelijke: Fenna Fictief\nbehandelaar: Fenna Fictief')
      .replace('ondertekening:', 'afhandeling:\n  datum: 2026-03-25\n  oorzaak: Planning\n  oplossing: Nieuwe afspraak\n  standpunt_indiener: Boos\n  standpunt_directie: Terecht\n  overeenstemming: true\nondertekening:')
      .replace('  - { datum: 2026-03-03, richting: uit, soort: ontvangstbevestiging, onderwerp: Bevestiging }', '  - { datum: 2026-03-03, richting: uit, soort: ontvangstbevestiging, onderwerp: Bevestiging }\n  - { datum: 2026-03-24, richting: uit, soort: reactie, onderwerp: Reactie }');
    writeFileSync(join(root, file), closed);
    git(root, ['commit', '--quiet', '-am', 'Afgehandeld'], '2026-03-25T10:00:00+01:00');
    writeFileSync(join(root, file), valid);
    git(root, ['commit', '--quiet', '-am', 'Toch weer in behandeling'], '2026-03-26T10:00:00+01:00');

    const result = await runCli(['jaaranalyse', '2026', '--zonder-pdf', '--register', root, '--vandaag', '2026-11-24']);
    expect(result.code).toBe(0);
    const markdown = readFileSync(join(root, 'analyses/2026.md'), 'utf8');
    expect(markdown).toContain('De geschiedenis telt 5 wijzigingen aan de 1 klachtbestanden van dit jaar; 1 bestand is hernoemd (KL-2026-001).');
    expect(rows(markdown, 'controle')).toEqual([
      ['datum meer dan 7 dagen vóór de commit die hem vastlegde (mogelijk teruggedateerd)', '1', 'KL-2026-001'],
      ['status teruggezet (bijvoorbeeld van afgehandeld naar in behandeling)', '1', 'KL-2026-001'],
      ['afgehandeld zonder ondertekening door indiener en directie', '1', 'KL-2026-001'],
      // Committed straight to main, no pull request: no directie signature. (It is no longer closed.)
      ['geregistreerd zonder pull request die de directie goedkeurde (volgens git)', '1', 'KL-2026-001'],
      ['geregistreerd met een pull request volgens git; goedkeuring door de directie niet geverifieerd', '0', '-'],
      ['afgehandeld zonder pull request die de directie goedkeurde (volgens git)', '0', '-'],
      ['afgehandeld met een pull request volgens git; goedkeuring door de directie niet geverifieerd', '0', '-'],
    ]);
    expect(markdown).toContain('- KL-2026-001: geregistreerd 3 maart 2026, vastgelegd op 20 maart 2026.');
    expect(canaryLeaks(markdown)).toEqual([]);
  });
});

describe('review of issue 19, item 5: what git alone says of the directie\'s signature is not presented as fact', () => {
  it('a register committed straight to main with "(#12)" in the title is "via a pull request according to git, not verified"', async () => {
    const file = 'complaints/2025/KL-2025-001.md';
    const registered = valid.replace(/KL-2026-001/g, 'KL-2025-001').replace(/2026-03-0/g, '2025-03-0');
    const root = makeRegister({ 'klachtenregister.yml': 'directie:\n  - { naam: Fenna Fictief, github: fenna-fictief }\n', [file]: registered });
    git(root, ['init', '--quiet', '--initial-branch=main']);
    git(root, ['add', '-A']);
    // No pull request ever existed: only the title says #12.
    git(root, ['commit', '--quiet', '-m', 'Klachten 2025 (#12)'], '2025-03-03T10:00:00+01:00');
    const result = await runCli(['jaaranalyse', '2025', '--zonder-pdf', '--register', root, '--vandaag', '2026-11-24']);
    expect(result.code, result.stderr).toBe(0);
    const markdown = readFileSync(join(root, 'analyses/2025.md'), 'utf8');
    const table = rows(markdown, 'controle');
    // The route as it was: "registered without an approved pull request of the directie: 0", as a fact.
    expect(table).not.toContainEqual(['geregistreerd zonder goedgekeurde pull request van de directie', '0', '-']);
    expect(table).toContainEqual(['geregistreerd zonder pull request die de directie goedkeurde (volgens git)', '0', '-']);
    expect(table).toContainEqual(['geregistreerd met een pull request volgens git; goedkeuring door de directie niet geverifieerd', '1', 'KL-2025-001']);
    expect(markdown).toContain('kan iedereen met schrijfrechten zelf zo schrijven');
  });
});

describe('klacht jaaranalyse, more', () => {
  it('removes the log folder a killed run left in the temporary folder (it holds authors\' names), not one of a process that runs', async () => {
    const root = makeRegister({ 'complaints/2026/KL-2026-001.md': valid });
    initRepository(root);
    const left = join(tmpdir(), `klacht-log-${GONE_PID}-aB3xYz`);
    const running = join(tmpdir(), `klacht-log-${process.pid}-aB3xYz`);
    for (const folder of [left, running]) {
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, 'log.txt'), 'Auteur Naam');
    }
    try {
      const result = await runCli(['jaaranalyse', '2026', '--zonder-pdf', '--register', root, '--vandaag', '2026-11-24']);
      expect(result.code, result.stderr).toBe(0);
      expect(existsSync(left)).toBe(false);
      expect(existsSync(running)).toBe(true);
    } finally {
      rmSync(left, { recursive: true, force: true });
      rmSync(running, { recursive: true, force: true });
    }
  });

  it('writes a short report for a year without complaints', async () => {
    const root = makeRegister({ 'complaints/2026/KL-2026-001.md': valid });
    const result = await runCli(['jaaranalyse', '2020', '--zonder-pdf', '--register', root, '--vandaag', '2026-11-24']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('zonder geschiedenis: het register staat niet in git');
    expect(readFileSync(join(root, 'analyses/2020.md'), 'utf8')).toContain('In 2020 zijn geen klachten ontvangen.');
  });

  it('keeps what the directie wrote in section 7 when the analysis is made again', async () => {
    const root = makeRegister({ 'complaints/2026/KL-2026-001.md': valid });
    await runCli(['jaaranalyse', '2026', '--zonder-pdf', '--register', root, '--vandaag', '2026-11-24']);
    const path = join(root, 'analyses/2026.md');
    const written = readFileSync(path, 'utf8').replace(/(<!-- directie: begin[^\n]*-->\n)[\s\S]*?(\n<!-- directie: einde -->)/, '$1Wij gaan de planning verbeteren.\n\n- Eén agenda voor iedereen.$2');
    writeFileSync(path, written);
    await runCli(['jaaranalyse', '2026', '--zonder-pdf', '--register', root, '--vandaag', '2026-12-01']);
    const again = readFileSync(path, 'utf8');
    expect(again).toContain('gegenereerd: 2026-12-01');
    expect(again).toContain('Wij gaan de planning verbeteren.\n\n- Eén agenda voor iedereen.\n<!-- directie: einde -->');
  });

  it('without a browser it says how to get one, and that the Markdown was written', async () => {
    const root = makeRegister({ 'complaints/2026/KL-2026-001.md': valid });
    const result = await runCli(['jaaranalyse', '2026', '--register', root, '--vandaag', '2026-11-24'], { env: { PUPPETEER_EXECUTABLE_PATH: '/nergens/chromium' } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Geen Chromium of Chrome gevonden om PDF\'s mee te maken: PUPPETEER_EXECUTABLE_PATH wijst naar /nergens/chromium');
    expect(result.stderr).toContain('De Markdown van de analyse is wel geschreven; gebruik --zonder-pdf om alleen die te maken.');
    expect(readFileSync(join(root, 'analyses/2026.md'), 'utf8')).toContain('# Jaaranalyse');
  });

  it('makes a PDF without the canary complainant in it', async () => {
    const root = makeRegister({ 'complaints/2026/KL-2026-001.md': valid });
    const out = tempDir();
    const result = await runCli(['jaaranalyse', '2026', '--register', root, '--uit', out, '--vandaag', '2026-11-24']);
    expect(result.code).toBe(0);
    const text = pdfText(join(out, '2026.pdf'));
    expect(text).toContain('Jaaranalyse klachten 2026');
    expect(text).toContain('Klachten per maand van indiening, 2026');
    expect(text).toContain('Klachten per categorie, 2026');
    expect(canaryLeaks(text)).toEqual([]);
    expect(canaryLeaks(readFileSync(join(root, 'analyses/2026.md'), 'utf8'))).toEqual([]);
    expect(canaryLeaks(result.stdout + result.stderr)).toEqual([]);
  }, 120_000);

  it('prints the body of the PDF from the blocks: Markdown sanitised one block at a time, the charts as drawn', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" role="img"><title>Klachten &#60;b&#62;</title></svg>\n';
    const document: AnalysisDocument = {
      frontmatter: '---\njaar: 2026\n---',
      blocks: [
        { kind: 'markdown', markdown: '# Jaaranalyse klachten 2026\n\nTekst.' },
        { kind: 'chart', file: '2026-per-maand.svg', alt: 'Klachten per maand', svg },
        // What the directie writes is free text: no script, no image, no svg of its own reaches the printer.
        { kind: 'markdown', markdown: `## 7. Conclusies\n\n${DIRECTIE_START}\nWij <script>alert(1)</script>gaan <img src=x onerror=alert(1)>![x](https://x.invalid/x.png) verbeteren.\n\n<svg onload=alert(1)></svg>\n${DIRECTIE_END}\n` },
      ],
    };
    const html = analysisHtml(document, markdownToSafeHtml);
    expect(html).toBe(`<h1>Jaaranalyse klachten 2026</h1>\n<p>Tekst.</p>\n${svg}\n<h2>7. Conclusies</h2>\n<p>Wij alert(1)gaan  verbeteren.</p>\n<p></p>`);
  });

  it('asks for a year', async () => {
    const result = await runCli(['jaaranalyse', '--register', makeRegister({ 'complaints/.gitkeep': '' })]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Noem het jaar van de analyse');
  });
});
