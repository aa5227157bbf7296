/**
 * Every step command on files that `klacht valideer` accepts, in any style (issue 20): the
 * issue's file with an anchor and an alias through every step; an empty value with a comment
 * filled; text with control characters written so that js-yaml reads it too; a file over the
 * size limit refused before it is parsed, read no further than the limit; the files of the
 * independent review of issue 20; and each step on complaint files written in every style YAML
 * allows (test/helpers/styled-complaint.ts, a new sample every run).
 */
import { readFileSync, statSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../src/register/decode.js';
import { canaryLeaks } from '../helpers/canary.js';
import { readBoth } from '../helpers/frontmatter-edits.js';
import { runCli } from '../helpers/cli.js';
import { commentsOf, styledComplaint, type ComplaintParts } from '../helpers/styled-complaint.js';
import { makeRegister } from '../helpers/temp.js';

const TODAY = ['--vandaag', '2026-03-25'];
const FILE = 'complaints/2026/KL-2026-001.md';
const CONFIG = 'directie:\n  - { naam: Fenna Fictief }\ncategorieen: [communicatie, planning]\n';

async function step(text: string, argv: readonly string[]): Promise<{ code: number; output: string; after: string }> {
  const root = makeRegister({ 'klachtenregister.yml': CONFIG, [FILE]: text });
  const result = await runCli([...argv, '--register', root, ...TODAY]);
  return { code: result.code, output: result.stdout + result.stderr, after: readFileSync(join(root, FILE), 'utf8') };
}

interface StepCase {
  readonly argv: readonly string[];
  readonly parts: Omit<ComplaintParts, 'empty'>;
  /** Fields that may stand empty in the file: the ones the step fills. */
  readonly fills: ComplaintParts['empty'];
}

const UNREGISTERED = { status: 'ontvangen', reply: false, measures: false } as const;
const REGISTERED = { status: 'in behandeling', reply: false, measures: false } as const;

const STEPS: Readonly<Record<string, StepCase>> = {
  registreer: {
    argv: ['--adres', 'Dorpsstraat 1', '--postcode', '1234 AB', '--woonplaats', 'Utrecht', '--rol', 'coachee', '--complex', '--klachtverantwoordelijke', 'Fenna Fictief',
      '--categorie', 'planning', '--geregistreerd', '2026-03-03', '--directie', 'Fenna Fictief'],
    parts: UNREGISTERED, fills: ['klachtverantwoordelijke', 'categorie', 'ondertekening'],
  },
  teken: { argv: ['--datum', '2026-03-04', '--wijze', 'handtekening op klachtenformulier'], parts: REGISTERED, fills: [] },
  brief: { argv: ['--datum', '2026-03-09', '--richting', 'uit', '--soort', 'ontvangstbevestiging', '--onderwerp', 'Reactie\u0085op\u2028uw klacht', '--kanaal', 'e-mail'], parts: REGISTERED, fills: [] },
  actie: { argv: ['--datum', '2026-03-04', '--actie', 'Gebeld\u0001 en\u007f besproken'], parts: REGISTERED, fills: [] },
  verleng: { argv: ['--gemeld', '2026-03-04', '--reden', 'Wacht op het verslag\nvan de coach', '--nieuwe-termijn', '2026-04-20'], parts: REGISTERED, fills: [] },
  reactie: {
    argv: ['--oorzaak', 'Dubbele planning', '--oplossing', 'Nieuwe afspraak\nen excuses', '--standpunt-directie', 'Terecht', '--maatregel', 'Planning door twee mensen'],
    parts: REGISTERED, fills: ['afhandeling'],
  },
  'handel-af': {
    argv: ['--behandelaar', 'Fenna Fictief', '--datum', '2026-03-20', '--standpunt-indiener', 'Ontevreden', '--niet-overeenstemming', '--oordeel', 'gegrond'],
    parts: { ...REGISTERED, reply: true }, fills: ['behandelaar'],
  },
  maatregel: { argv: ['--nummer', '2', '--status', 'uitgevoerd'], parts: { ...REGISTERED, measures: true }, fills: [] },
};

describe('a complaint with an anchor and an alias', () => {
  const WITH_ALIAS = [
    '---', 'id: KL-2026-001', 'status: ontvangen',
    'ontvangen: { datum: &d 2026-03-02, door: Anna Verzonnen, wijze: mondeling }', 'ingediend: *d',
    'indiener:', '  naam: Carla Canarie', '---', 'Mondeling gemeld.', '',
  ].join('\n');

  it('passes klacht valideer', async () => {
    const root = makeRegister({ 'klachtenregister.yml': CONFIG, [FILE]: WITH_ALIAS });
    const result = await runCli(['valideer', '--register', root, ...TODAY]);
    expect(result.code, result.stdout).toBe(0);
    expect(result.stdout).toContain('alles in orde');
  });

  it.each(Object.keys(STEPS))('can be edited by klacht %s, which keeps the anchor and the alias', async (name) => {
    const { argv } = STEPS[name] as StepCase;
    // Registered first where the step needs it, then the step itself.
    const before: (readonly string[])[] = [
      ...(name === 'registreer' ? [] : [['registreer', ...(STEPS.registreer as StepCase).argv]]),
      ...(name === 'handel-af' || name === 'maatregel' ? [
        ['reactie', ...(STEPS.reactie as StepCase).argv, '--eenmalige-maatregel', 'Excuses'],
        ['brief', '--datum', '2026-03-09', '--richting', 'uit', '--soort', 'reactie'],
      ] : []),
      ...(name === 'maatregel' ? [['handel-af', ...(STEPS['handel-af'] as StepCase).argv]] : []),
    ];
    let text = WITH_ALIAS;
    for (const [command, ...args] of before) {
      const earlier = await step(text, [command ?? '', 'KL-2026-001', ...args]);
      expect(earlier.code, earlier.output).toBe(0);
      text = earlier.after;
    }
    const result = await step(text, [name, 'KL-2026-001', ...argv]);
    expect(result.code, result.output).toBe(0);
    expect(result.after).not.toBe(text);
    expect(result.after).toContain('ontvangen: { datum: &d 2026-03-02,');
    expect(result.after).toContain('\ningediend: *d\n');
    expect(readBoth(result.after).ingediend).toBe('2026-03-02');
  });
});

describe('the files of the review of issue 20', () => {
  const REGISTERED = [
    '---', 'id: KL-2026-001', 'status: in behandeling', 'complex: false', 'ontvangen: { datum: 2026-03-02, door: Anna Verzonnen, wijze: mondeling }',
    'ingediend: 2026-03-02', 'geregistreerd: 2026-03-03',
    'indiener: { naam: Carla Canarie, adres: Kanarieweg 1, postcode: 1111 AA, woonplaats: Vogelstad, rol: coachee }', 'klachtverantwoordelijke: Fenna Fictief',
    'correspondentie:', '  - { datum: 2026-03-03, richting: uit, soort: ontvangstbevestiging }',
    'ondertekening:', '  directie: { datum: 2026-03-03, naam: Fenna Fictief }', '---', 'Omschrijving.', '',
  ].join('\n');

  it.each(['!!str id: KL-2026-001', '&k id: KL-2026-001', '? id\n: KL-2026-001'])('klacht actie adds acties to a file whose first key is written %j', async (first) => {
    const text = REGISTERED.replace('id: KL-2026-001', first);
    const result = await step(text, ['actie', 'KL-2026-001', '--datum', '2026-03-05', '--actie', 'Gebeld']);
    expect(result.code, result.output).toBe(0);
    expect(result.after).toContain('klachtverantwoordelijke: Fenna Fictief\nacties:\n  - datum: 2026-03-05\n    actie: Gebeld\n');
  });

  it('klacht registreer fills indiener whose first key has an anchor', async () => {
    const text = readFileSync(new URL('../fixtures/valid/ontvangen.md', import.meta.url), 'utf8').replace('  naam: Carla Canarie\n', '  &n naam: Carla Canarie\n');
    const result = await step(text, ['registreer', 'KL-2026-001', ...(STEPS.registreer as StepCase).argv]);
    expect(result.code, result.output).toBe(0);
    expect(result.after).toContain('  &n naam: Carla Canarie\n  adres: Dorpsstraat 1\n  postcode: "1234 AB"\n  woonplaats: Utrecht\n  rol: coachee\n');
  });

  it('klacht actie keeps the comment in an empty list over two lines', async () => {
    const text = REGISTERED.replace('ondertekening:', 'acties: [  # nog geen acties\n]\nondertekening:');
    const result = await step(text, ['actie', 'KL-2026-001', '--datum', '2026-03-05', '--actie', 'Gebeld']);
    expect(result.code, result.output).toBe(0);
    expect(result.after).toContain('acties: [{ datum: 2026-03-05, actie: Gebeld }  # nog geen acties\n]\n');
  });

  it('klacht registreer keeps the comment in an empty mapping over two lines', async () => {
    const text = readFileSync(new URL('../fixtures/valid/ontvangen.md', import.meta.url), 'utf8').replace(/\n---\n/, '\nondertekening: {  # directie tekent bij registratie\n  }\n---\n');
    const result = await step(text, ['registreer', 'KL-2026-001', ...(STEPS.registreer as StepCase).argv]);
    expect(result.code, result.output).toBe(0);
    expect(result.after).toContain('ondertekening: { directie: { datum: 2026-03-25, naam: Fenna Fictief }  # directie tekent bij registratie\n  }\n');
  });

  it('klacht reactie writes a new afhandeling in the contract\'s order, whatever the order of the options', async () => {
    const result = await step(REGISTERED, ['reactie', 'KL-2026-001', '--maatregel', 'Planning door twee mensen', '--standpunt-directie', 'Terecht', '--oplossing', 'Nieuwe afspraak', '--oorzaak', 'Dubbele planning']);
    expect(result.code, result.output).toBe(0);
    const keys = [...result.after.matchAll(/^ {2}(\w+):/gm)].map((m) => m[1]).filter((key) => key !== 'directie');
    expect(keys).toEqual(['oorzaak', 'oplossing', 'standpunt_directie', 'maatregelen']);
  });
});

describe('a step on a file over the size limit', () => {
  /** What klacht valideer says of such a file (decode.ts): only the bounded read and the check before the editor give it. */
  const TOO_LARGE = 'Het bestand is groter dan 1 MB en is niet gelezen. Een klachtbestand is tekst; zet grote bijlagen in bijlagen/ en verwijs ernaar.';

  it('is refused with the checker\'s own message, before the editor parses anything', async () => {
    const huge = `---\nid: KL-2026-001\nstatus: ontvangen\nx: [${'1, '.repeat(MAX_FILE_BYTES / 3)}1]\n---\nTekst\n`;
    const root = makeRegister({ 'klachtenregister.yml': CONFIG, [FILE]: huge });
    const result = await runCli(['actie', 'KL-2026-001', '--actie', 'Gebeld', '--register', root, ...TODAY]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`klacht: ${FILE}: ${TOO_LARGE}\n`);
    expect(readFileSync(join(root, FILE), 'utf8')).toBe(huge);
  });

  it('is read no further than the limit: a file of 3 GB (sparse), which Node would refuse to read whole', async () => {
    const root = makeRegister({ 'klachtenregister.yml': CONFIG, [FILE]: '' });
    truncateSync(join(root, FILE), 3 * 1024 ** 3);
    const result = await runCli(['actie', 'KL-2026-001', '--actie', 'Gebeld', '--register', root, ...TODAY]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`klacht: ${FILE}: ${TOO_LARGE}\n`);
    expect(statSync(join(root, FILE)).size).toBe(3 * 1024 ** 3);
  });
});

describe('every step on complaint files in every style (a sample)', () => {
  const partsOf = (name: string, aliasKey: boolean): fc.Arbitrary<ComplaintParts> => {
    const { parts, fills } = STEPS[name] as StepCase;
    return fc.record({ status: fc.constant(parts.status), reply: fc.constant(parts.reply), measures: fc.constant(parts.measures), empty: fc.subarray([...fills]), aliasKey: fc.constant(aliasKey) });
  };

  it.each(Object.keys(STEPS))('klacht %s changes its fields, keeps every comment, and writes what yaml and js-yaml read alike', async (name) => {
    const { argv } = STEPS[name] as StepCase;
    // A new sample every run; a failure prints the file.
    for (const original of fc.sample(styledComplaint(partsOf(name, false)), 4)) {
      const before = readBoth(original);
      const result = await step(original, [name, 'KL-2026-001', ...argv]);
      expect(result.code, `${result.output}\n${original}`).toBe(0);
      expect(commentsOf(result.after)).toEqual(commentsOf(original));
      const after = readBoth(result.after);
      expect(after).not.toEqual(before);
      expect(after.id).toBe(before.id);
      expect(result.after.startsWith('\uFEFF')).toBe(original.startsWith('\uFEFF'));
      expect(canaryLeaks(result.output)).toEqual([]);
    }
  });

  it.each(Object.keys(STEPS))('klacht %s refuses a file with an alias as a key, which valideer refuses, and writes nothing', async (name) => {
    const { argv } = STEPS[name] as StepCase;
    const [original] = fc.sample(styledComplaint(partsOf(name, true)), 1) as [string];
    const result = await step(original, [name, 'KL-2026-001', ...argv]);
    expect(result.code, `${result.output}\n${original}`).toBe(2);
    expect(result.output).toContain('de frontmatter is niet te lezen; herstel eerst de fouten (klacht valideer)');
    expect(result.after).toBe(original);
    expect(canaryLeaks(result.output)).toEqual([]);
  });
});

describe('an empty value with a comment on its line', () => {
  it('is filled by klacht registreer, the comment kept after the value', async () => {
    const text = readFileSync(new URL('../fixtures/valid/ontvangen.md', import.meta.url), 'utf8')
      .replace('  naam: Carla Canarie\n', '  naam: Carla Canarie\nklachtverantwoordelijke: # wie pakt dit op?\n');
    const result = await step(text, ['registreer', 'KL-2026-001', ...(STEPS.registreer as StepCase).argv]);
    expect(result.code, result.output).toBe(0);
    expect(result.after).toContain('\nklachtverantwoordelijke: Fenna Fictief # wie pakt dit op?\n');
  });

  it('gives the same file when written with ~ before the comment, but for the ~', async () => {
    const base = readFileSync(new URL('../fixtures/valid/ontvangen.md', import.meta.url), 'utf8');
    const empty = await step(base.replace('  naam: Carla Canarie\n', '  naam: Carla Canarie\nklachtverantwoordelijke: # wie?\n'), ['registreer', 'KL-2026-001', ...(STEPS.registreer as StepCase).argv]);
    const tilde = await step(base.replace('  naam: Carla Canarie\n', '  naam: Carla Canarie\nklachtverantwoordelijke: ~ # wie?\n'), ['registreer', 'KL-2026-001', ...(STEPS.registreer as StepCase).argv]);
    expect(empty.after).toBe(tilde.after);
  });
});
