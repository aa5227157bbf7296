/**
 * One complaint from intake to closure with the step commands alone, in the procedure's order:
 * klacht nieuw, registreer, teken, brief (ontvangstbevestiging), verleng, brief (verlenging), actie,
 * reactie (the reply's content, with a measure), the reply letter made (pdf) and recorded as sent
 * (brief), handel-af, maatregel. The register then validates with no finding at all, and the
 * dossier PDF holds every field that was set. The canary complainant never appears on stdout or
 * stderr (the PDF is the complaint's own document, where the personal data belongs).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatDateDutch } from '../../src/core/text/dutch.js';
import type { CalendarDate } from '../../src/core/time/calendar-date.js';
import { CANARY, CANARY_FIELDS, canaryLeaks } from '../helpers/canary.js';
import { runCli, type CliResult } from '../helpers/cli.js';
import { git, initRepository } from '../helpers/git.js';
import { pdfText } from '../helpers/pdf.js';
import { makeRegister, tempDir } from '../helpers/temp.js';

const ID = 'KL-2026-001';
const FILE = `complaints/2026/${ID}.md`;
const END = '2026-04-20';
const dutch = (date: string): string => formatDateDutch(date as CalendarDate);

/** Where the letters go: outside the register, as a person would save them before sending. */
const LETTERS = tempDir('klacht-brieven-');

/** Each step on its own day: `--vandaag` moves with the procedure, so no date lies in the future. */
const STEPS: readonly (readonly [string, readonly string[]])[] = [
  ['2026-03-02', ['nieuw', '--door', 'Bram Bedacht', '--wijze', 'telefonisch', '--naam', CANARY.name, '--omschrijving', `De coach kwam twee keer niet. ${CANARY.description}.`]],
  ['2026-03-03', ['registreer', ID, '--adres', CANARY.address, '--postcode', CANARY.postcode, '--woonplaats', CANARY.city, '--email', CANARY.email, '--telefoon', CANARY.phone,
    '--rol', 'coachee', '--complex', '--klachtverantwoordelijke', 'Bram Bedacht', '--categorie', 'planning']],
  ['2026-03-03', ['teken', ID, '--wijze', 'handtekening op klachtenformulier', '--bijlage', CANARY_FIELDS['ondertekening.indiener.bijlage']]],
  ['2026-03-04', ['brief', ID, '--richting', 'uit', '--soort', 'ontvangstbevestiging', '--onderwerp', CANARY_FIELDS['correspondentie[].onderwerp'], '--kanaal', 'e-mail',
    '--bijlage', CANARY_FIELDS['correspondentie[].bijlage']]],
  ['2026-03-20', ['verleng', ID, '--reden', 'Wacht op het verslag van de coach', '--nieuwe-termijn', '2026-04-17']],
  ['2026-03-20', ['brief', ID, '--richting', 'uit', '--soort', 'verlenging', '--kanaal', 'brief']],
  ['2026-03-25', ['actie', ID, '--actie', 'Gesprek met de coach over de planning']],
  ['2026-04-09', ['reactie', ID, '--oorzaak', 'Twee afspraken op hetzelfde uur geboekt', '--oplossing', 'Nieuwe afspraken en excuses',
    '--standpunt-directie', 'De klacht is terecht', '--maatregel', 'Planning wekelijks door een tweede persoon laten nakijken']],
  // The letter is made from what was recorded, before it is recorded as sent and before closing.
  ['2026-04-10', ['pdf', ID, '--soort', 'reactie', '--uit', LETTERS]],
  ['2026-04-10', ['brief', ID, '--richting', 'uit', '--soort', 'reactie', '--kanaal', 'e-mail']],
  ['2026-04-14', ['handel-af', ID, '--behandelaar', 'Fenna Fictief', '--standpunt-indiener', CANARY_FIELDS['afhandeling.standpunt_indiener'], '--overeenstemming', '--oordeel', 'deels gegrond']],
  [END, ['maatregel', ID, '--nummer', '1', '--status', 'uitgevoerd']],
];

describe('a complaint from intake to closure with the step commands only', () => {
  let root: string;
  const results: { what: string; result: CliResult }[] = [];

  beforeAll(async () => {
    // The scans and letters the steps name as bijlage are in the register (an attachment must be).
    root = makeRegister({
      'klachtenregister.yml': 'directie:\n  - { naam: Fenna Fictief }\nmedewerkers:\n  - { naam: Bram Bedacht }\ncategorieen: [communicatie, planning]\n',
      [CANARY_FIELDS['ondertekening.indiener.bijlage']]: 'scan', [CANARY_FIELDS['correspondentie[].bijlage']]: 'brief',
    });
    initRepository(root);
    for (const [today, argv] of STEPS) {
      const result = await runCli([...argv, '--register', root, '--vandaag', today]);
      results.push({ what: argv[0] ?? '', result });
      if (result.code !== 0) break;
      if (argv[0] === 'pdf') continue;
      // Each step as its own commit, as each would be its own pull request.
      git(root, ['add', '-A']);
      git(root, ['commit', '--quiet', '-m', `stap ${argv[0] ?? ''}`], `${today}T10:00:00+01:00`);
    }
  }, 60_000);

  it('every step succeeded', () => {
    expect(results.map((r) => [r.what, r.result.code, r.result.stderr])).toEqual(STEPS.map(([, argv]) => [argv[0], 0, '']));
  });

  it('made the reply letter from the recorded reply before closing', () => {
    const letter = pdfText(join(LETTERS, `${ID}-reactie.pdf`));
    for (const text of ['Twee afspraken op hetzelfde uur geboekt', 'De klacht is terecht', 'Nieuwe afspraken en excuses', 'Planning wekelijks door een tweede persoon laten nakijken']) {
      expect(letter).toContain(text);
    }
  });

  it('ends in a register that valideer finds nothing in, not even a warning', async () => {
    const result = await runCli(['valideer', '--register', root, '--vandaag', END, '--json']);
    expect(JSON.parse(result.stdout)).toEqual({ ok: true, files: 1, findings: [] });
    expect(result.code).toBe(0);
    const text = readFileSync(join(root, FILE), 'utf8');
    expect(text).toContain('status: afgehandeld');
  });

  it('gives a dossier PDF with every field that was set', async () => {
    const out = tempDir();
    const result = await runCli(['pdf', ID, '--soort', 'dossier', '--uit', out, '--register', root, '--vandaag', END]);
    results.push({ what: 'pdf', result });
    expect(result.code, result.stderr).toBe(0);
    const pdf = pdfText(join(out, `${ID}-dossier.pdf`));
    const expected = [
      ID, dutch('2026-03-02'), 'Bram Bedacht', 'telefonisch', 'coachee', 'Complex ja', 'planning', 'Bram Bedacht', dutch('2026-03-03'),
      CANARY.name, CANARY.address, CANARY.postcode, CANARY.city, CANARY.email, CANARY.phone, CANARY.description,
      'handtekening op klachtenformulier', CANARY_FIELDS['ondertekening.indiener.bijlage'], 'Fenna Fictief',
      'ontvangstbevestiging', CANARY_FIELDS['correspondentie[].onderwerp'], CANARY_FIELDS['correspondentie[].bijlage'], 'e-mail', dutch('2026-03-04'),
      'Wacht op het verslag van de coach', dutch('2026-03-20'), dutch('2026-04-17'), 'verlenging', 'brief',
      'Gesprek met de coach over de planning', dutch('2026-03-25'),
      'reactie', dutch('2026-04-10'),
      'Behandelaar Fenna Fictief', `Afgehandeld op ${dutch('2026-04-14')}`, 'Twee afspraken op hetzelfde uur geboekt', 'Nieuwe afspraken en excuses',
      CANARY_FIELDS['afhandeling.standpunt_indiener'], 'De klacht is terecht', 'Overeenstemming ja', 'Oordeel deels gegrond',
      'Planning wekelijks door een tweede persoon laten nakijken ja uitgevoerd',
    ];
    // A narrow table cell breaks a path after its hyphen: the text then has a space there.
    const joined = pdf.replace(/- /g, '-');
    expect(expected.filter((value) => !pdf.includes(value) && !joined.includes(value)), pdf).toEqual([]);
  }, 120_000);

  it('never showed a personal value on stdout or stderr', () => {
    expect(results.length).toBe(STEPS.length + 1);
    const leaks = results.flatMap(({ what, result }) => canaryLeaks(result.stdout + result.stderr).map((needle) => `${what}: ${needle}`));
    expect(leaks).toEqual([]);
  });
});
