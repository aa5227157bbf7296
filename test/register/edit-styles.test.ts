/**
 * What `klacht valideer` accepts, every step can edit, keeping every other byte (issue 20): the
 * editor on anchors and aliases, on an empty value with a comment, above a comment line deeper
 * than the value, on block text with a comment on its header, with characters that other YAML
 * readers refuse unquoted; then a property test of every step's edits on complaint files written
 * in every style (test/helpers/styled-complaint.ts). Every file the editor writes is read with
 * `yaml` (the authoritative reader) and with js-yaml, and both must read the same data.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { complaintKeyOrder } from '../../src/core/complaint/field-changes.js';
import { MAX_FILE_BYTES } from '../../src/register/decode.js';
import { EditError, editFrontmatter, type EditPath, type EditValue } from '../../src/register/frontmatter-edit.js';
import { expectedAfter, readBoth, run, split, type Operation } from '../helpers/frontmatter-edits.js';
import { slowParse } from '../../src/register/yaml-frontmatter.js';
import { TRICKY } from '../helpers/mutation.js';
import { commentsOf, FILLABLE, styledComplaint, type ComplaintParts } from '../helpers/styled-complaint.js';

const ONTVANGEN = [
  '---',
  'id: KL-2026-001',
  'status: ontvangen',
  'ontvangen: { datum: &d 2026-11-10, door: Anna, wijze: mondeling }',
  'ingediend: *d',
  'indiener:',
  '  naam: Carla',
  '---',
  'Tekst.',
  '',
].join('\n');

describe('anchors and aliases', () => {
  it('edits a file with an alias, reading it resolved as valideer does', () => {
    const edited = run(ONTVANGEN, [{ set: ['status'], value: 'in behandeling' }, { set: ['klachtverantwoordelijke'], value: 'Fenna' }]);
    expect(edited).toBe(ONTVANGEN.replace('status: ontvangen', 'status: in behandeling').replace('  naam: Carla\n', '  naam: Carla\nklachtverantwoordelijke: Fenna\n'));
    expect(readBoth(edited).ingediend).toBe('2026-11-10');
  });

  it('writes the value in place of an alias that is itself the value asked for', () => {
    const edited = run(ONTVANGEN, [{ set: ['ingediend'], value: '2026-11-11' }]);
    expect(edited).toBe(ONTVANGEN.replace('ingediend: *d', 'ingediend: 2026-11-11'));
    expect(readBoth(edited)).toMatchObject({ ontvangen: { datum: '2026-11-10' }, ingediend: '2026-11-11' });
  });

  const SIGNED = ONTVANGEN.replace('  naam: Carla\n', '  naam: Carla\nondertekening:\n  indiener: &s { datum: 2026-11-10, wijze: handtekening }\n  directie: *s\n');

  it.each<[string, string, Operation, readonly string[]]>([
    ['a value whose anchor an alias repeats', ONTVANGEN, { set: ['ontvangen', 'datum'], value: '2026-11-09' }, ['Het veld ontvangen.datum (regel 4)', 'op regel 5']],
    ['a field inside a mapping whose anchor an alias repeats', SIGNED, { set: ['ondertekening', 'indiener', 'bijlage'], value: 'scan.pdf' }, ['Het veld ondertekening.indiener (regel 9)', 'op regel 10']],
    ['a field inside an alias', SIGNED, { set: ['ondertekening', 'directie', 'naam'], value: 'Fenna' }, ['Het veld ondertekening.directie (regel 10)']],
    ['a mapping merged into an alias', SIGNED, { set: ['ondertekening', 'directie'], value: { naam: 'Fenna' } }, ['Het veld ondertekening.directie (regel 10)']],
  ])('refuses %s, saying where the anchor and the alias stand, and leaves the editor as it was', (_name, text, operation, named) => {
    const editor = editFrontmatter(text, complaintKeyOrder);
    let refusal: unknown;
    try {
      if ('set' in operation) editor.set(operation.set, operation.value);
      else editor.append(operation.append, operation.item);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(EditError);
    for (const part of named) expect((refusal as Error).message).toContain(part);
    expect((refusal as Error).message).toContain('Het bestand zelf is in orde; er is niets geschreven.');
    expect((refusal as Error).message).not.toMatch(/[&*][ds]\b/);
    expect(editor.text).toBe(text);
  });

  it.each(['Jansen.Dorpsstraat', 'Jansen'])('never names an anchor, not even one that reads as a name (%s)', (name) => {
    const text = ONTVANGEN.replace(/&d/, `&${name}`).replace('*d', `*${name}`);
    expect(() => run(text, [{ set: ['ontvangen', 'datum'], value: '2026-11-09' }])).toThrow(/anker \(&\) dat op regel 5 wordt herhaald met een verwijzing \(\*\);/);
    expect(() => run(text, [{ set: ['ontvangen', 'datum'], value: '2026-11-09' }])).not.toThrow(/Jansen/);
  });
});

describe('comments in every position', () => {
  const EMPTY = ONTVANGEN.replace('ingediend: *d\n', 'ingediend: *d\nklachtverantwoordelijke: # wie pakt dit op?\nondertekening: # later\n');

  it.each<[string, Operation, string, string]>([
    ['a text after an empty value with a comment', { set: ['klachtverantwoordelijke'], value: 'Fenna Fictief' },
      'klachtverantwoordelijke: # wie', 'klachtverantwoordelijke: Fenna Fictief # wie'],
    ['a quoted text after an empty value with a comment', { set: ['klachtverantwoordelijke'], value: 'yes' },
      'klachtverantwoordelijke: # wie', 'klachtverantwoordelijke: "yes" # wie'],
    ['block text after an empty value with a comment', { set: ['klachtverantwoordelijke'], value: 'Fenna\nen Anna' },
      'klachtverantwoordelijke: # wie pakt dit op?\n', 'klachtverantwoordelijke: |- # wie pakt dit op?\n  Fenna\n  en Anna\n'],
    ['a mapping under an empty value with a comment', { set: ['ondertekening', 'directie'], value: { datum: '2026-11-12', naam: 'Fenna' } },
      'ondertekening: # later\n', 'ondertekening: # later\n  directie:\n    datum: 2026-11-12\n    naam: Fenna\n'],
  ])('keeps the comment: %s', (_name, operation, before, after) => {
    expect(EMPTY).toContain(before);
    const edited = run(EMPTY, [operation]);
    expect(edited).toBe(EMPTY.replace(before, after));
    readBoth(edited);
  });

  const DEEP = [
    '---', 'id: KL-2026-001', 'afhandeling:', '  oorzaak: Planning', '      # toelichting bij de oorzaak', '  standpunt_directie: Terecht', '---', 'Tekst.', '',
  ].join('\n');

  it.each<[string, string, Operation, string, string]>([
    ['a text over more lines replacing a value', DEEP, { set: ['afhandeling', 'oorzaak'], value: 'Regel een\nRegel twee' },
      '  oorzaak: Planning\n', '  oorzaak: "Regel een\\nRegel twee"\n'],
    ['a new key with text over more lines', DEEP, { set: ['afhandeling', 'oplossing'], value: 'Regel een\nRegel twee' },
      '  oorzaak: Planning\n', '  oorzaak: Planning\n  oplossing: "Regel een\\nRegel twee"\n'],
    ['a text over more lines above a line of spaces', DEEP.replace('      # toelichting bij de oorzaak\n', '        \n'), { set: ['afhandeling', 'oorzaak'], value: 'Regel een\nRegel twee' },
      '  oorzaak: Planning\n', '  oorzaak: "Regel een\\nRegel twee"\n'],
    ['a block where the comment is less deep than its text', DEEP.replace('      # toelichting', '  # toelichting'), { set: ['afhandeling', 'oorzaak'], value: 'Regel een\nRegel twee' },
      '  oorzaak: Planning\n', '  oorzaak: |-\n    Regel een\n    Regel twee\n'],
  ])('does not take a comment line below into the text: %s', (_name, text, operation, before, after) => {
    expect(text).toContain(before);
    const edited = run(text, [operation]);
    expect(edited).toBe(text.replace(before, after));
    readBoth(edited);
  });

  const HEADER = DEEP.replace('  oorzaak: Planning\n      # toelichting bij de oorzaak\n', '  oorzaak: > # toelichting\n    Planning liep\n    mis\n');

  it.each<[string, string, EditValue, string]>([
    ['one line', '  oorzaak: > # toelichting\n    Planning liep\n    mis\n', 'Dubbele boeking', '  oorzaak: Dubbele boeking # toelichting\n'],
    ['a quoted line', '  oorzaak: > # toelichting\n    Planning liep\n    mis\n', 'Dubbel: twee keer', '  oorzaak: "Dubbel: twee keer" # toelichting\n'],
    ['more lines', '  oorzaak: > # toelichting\n    Planning liep\n    mis\n', 'Dubbele\nboeking', '  oorzaak: |- # toelichting\n    Dubbele\n    boeking\n'],
  ])('keeps the comment on a block header replaced by %s', (_name, before, value, after) => {
    expect(HEADER).toContain(before);
    const edited = run(HEADER, [{ set: ['afhandeling', 'oorzaak'], value }]);
    expect(edited).toBe(HEADER.replace(before, after));
    readBoth(edited);
  });
});

// Characters js-yaml or PyYAML refuse, or read as a line break, when they stand unquoted.
const UNPRINTABLE = ['\u0001', '\u0008', '\u000b', '\u001f', '\u007f', '\u0080', '\u0085', '\u009f', '\u2028', '\u2029', '\ufeff', '\ufffe', '\uffff'];

describe('characters other readers refuse unquoted', () => {
  it.each(UNPRINTABLE.map((c) => [`U+${c.charCodeAt(0).toString(16).padStart(4, '0')}`, c]))('%s is written escaped between double quotes, in text and in text over more lines', (_name, c) => {
    for (const value of [`Anna${c}Fictief`, `Regel${c}een\nRegel twee`]) {
      const edited = run(ONTVANGEN, [{ set: ['categorie'], value }, { set: ['indiener', 'adres'], value }, { append: ['acties'], item: { datum: '2026-11-12', actie: value } }]);
      const { matter } = split(edited);
      // Nothing outside printable ASCII was written: every such character is an escape.
      expect(matter).not.toMatch(/[^\x20-\x7e\n]/);
      const data = readBoth(edited);
      expect([data.categorie, (data.indiener as Record<string, unknown>).adres, (data.acties as Record<string, unknown>[])[0]?.actie]).toEqual([value, value, value]);
    }
  });
});

describe('dates', () => {
  it.each([['2026-03-03', '2026-03-03'], ['2026-02-30', '"2026-02-30"'], ['0000-01-01', '"0000-01-01"']])('%s is written as %s (YAML 1.1 readers read a date unquoted, and refuse the file over one that does not exist)', (value, written) => {
    const edited = run(ONTVANGEN, [{ set: ['categorie'], value }]);
    expect(edited).toContain(`\ncategorie: ${written}\n`);
    expect(readBoth(edited).categorie).toBe(value);
  });
});

describe('a file over the size limit', () => {
  it('is refused before it is parsed', () => {
    const huge = `---\nid: KL-2026-001\nx: "${'a'.repeat(MAX_FILE_BYTES)}"\n---\nTekst\n`;
    expect(() => editFrontmatter(huge)).toThrow(/groter dan 1 MB/);
  });
});

// ---------- property test: every step's edits on files in every style ----------

/** Text a person may type or paste in a step, control characters and line breaks included. */
const typed = fc.oneof(
  fc.string({ minLength: 1, maxLength: 16 }),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }),
  fc.array(fc.constantFrom(...TRICKY, ...UNPRINTABLE, 'Regel', ' twee', '\n', '\r\n'), { minLength: 1, maxLength: 6 }).map((parts) => parts.join('')),
  fc.constantFrom('Fenna Fictief', 'Regel een\nRegel twee', 'Regel een\n\nRegel drie', 'yes', '06-12345678', '# geen commentaar', 'a: b'),
);

interface Step {
  readonly name: string;
  readonly parts: fc.Arbitrary<ComplaintParts>;
  /** The step's edits, as its command makes them, with typed text `t`. */
  readonly edits: (t: readonly string[]) => readonly Operation[];
}

const set = (path: EditPath, value: EditValue): Operation => ({ set: path, value });
const append = (path: EditPath, item: EditValue): Operation => ({ append: path, item });

const parts = (status: ComplaintParts['status'], extra: Partial<Pick<ComplaintParts, 'reply' | 'measures'>> = {}): fc.Arbitrary<ComplaintParts> =>
  fc.record({
    status: fc.constant(status), reply: fc.constant(extra.reply ?? false), measures: fc.constant(extra.measures ?? false),
    // The measures stand under afhandeling, which then cannot be empty.
    empty: fc.subarray(FILLABLE.filter((field) => !(extra.measures === true && field === 'afhandeling'))),
    // One file in five has an alias as a key: valideer refuses it, and so does the editor.
    aliasKey: fc.oneof({ weight: 4, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  });

/** The edits of every step command (src/cli/commands), in the order each makes them. */
const STEPS: readonly Step[] = [
  { name: 'registreer', parts: parts('ontvangen'), edits: (t) => [
    set(['status'], 'in behandeling'), set(['complex'], true), set(['geregistreerd'], '2026-03-03'),
    set(['indiener'], { adres: t[0] ?? '', postcode: t[1] ?? '', woonplaats: t[2] ?? '', telefoon: '06-12345678', rol: 'coachee' }),
    set(['klachtverantwoordelijke'], t[3] ?? ''), set(['categorie'], 'planning'),
    set(['ondertekening', 'directie'], { datum: '2026-03-03', naam: t[4] ?? '' }),
  ] },
  { name: 'teken', parts: parts('in behandeling'), edits: (t) => [set(['ondertekening', 'indiener'], { datum: '2026-03-04', wijze: t[0] ?? '', bijlage: t[1] ?? '' })] },
  { name: 'brief', parts: parts('in behandeling'), edits: (t) => [
    append(['correspondentie'], { datum: '2026-03-09', richting: 'uit', soort: 'reactie', onderwerp: t[0] ?? '', kanaal: t[1] ?? '' }),
  ] },
  { name: 'actie', parts: parts('in behandeling'), edits: (t) => [append(['acties'], { datum: '2026-03-04', actie: t[0] ?? '' })] },
  { name: 'verleng', parts: parts('in behandeling'), edits: (t) => [append(['verlengingen'], { gemeld: '2026-03-04', reden: t[0] ?? '', nieuwe_termijn: '2026-03-27' })] },
  { name: 'handel-af', parts: parts('in behandeling', { reply: true }), edits: (t) => [
    set(['status'], 'afgehandeld'), set(['behandelaar'], t[0] ?? ''),
    set(['afhandeling'], { datum: '2026-03-20', oorzaak: t[1] ?? '', oplossing: t[2] ?? '', standpunt_indiener: t[3] ?? '', standpunt_directie: 'Terecht', overeenstemming: false, oordeel: 'gegrond' }),
    append(['afhandeling', 'maatregelen'], { omschrijving: t[4] ?? '', structureel: true, status: 'gepland' }),
  ] },
  { name: 'maatregel', parts: parts('in behandeling', { measures: true }), edits: () => [set(['afhandeling', 'maatregelen', 1, 'status'], 'uitgevoerd')] },
];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every mapping's keys in `before` stand in `after` in the same order (new keys may come between). */
function expectKeyOrderKept(before: unknown, after: unknown, where = ''): void {
  if (isRecord(before) && isRecord(after)) {
    const kept = Object.keys(after).filter((key) => Object.hasOwn(before, key));
    expect(kept, `volgorde in ${where || 'de frontmatter'}`).toEqual(Object.keys(before));
    for (const key of kept) expectKeyOrderKept(before[key], after[key], `${where}.${key}`);
  } else if (Array.isArray(before) && Array.isArray(after)) {
    before.forEach((item, i) => expectKeyOrderKept(item, after[i], `${where}.${i}`));
  }
}

describe('every step\'s edits on complaint files in every style (property)', () => {
  it('change exactly their fields, read the same in yaml and js-yaml, and keep every comment, the key order, the body, the line endings and the BOM', () => {
    const seen = {
      emptyFilled: 0, blockHeader: 0, alias: 0, deepComment: 0, crlf: 0, bom: 0, keyAnchor: 0, keyTag: 0, explicitKey: 0, emptyFlowComment: 0, aliasKey: 0,
    };
    const runs = 400;
    // By name, so that a counterexample prints as the step's name, the file and the texts.
    const byName = new Map(STEPS.map((s) => [s.name, s]));
    const step = fc.constantFrom(...byName.keys()).chain((name) => fc.tuple(fc.constant(name), styledComplaint((byName.get(name) as Step).parts), fc.array(typed, { minLength: 5, maxLength: 5 })));
    fc.assert(fc.property(step, ([name, original, t]) => {
      const s = byName.get(name) as Step;
      if (original.includes('\n*ak :') || original.includes('\r\n*ak :')) {
        // An alias as a key: refused by valideer (yaml-key) and by the editor, which opens nothing valideer refuses.
        const read = slowParse(split(original).matter);
        expect(read.ok ? [] : read.problems.map((p) => p.rule), original).toContain('yaml-key');
        expect(() => editFrontmatter(original, complaintKeyOrder), original).toThrow(EditError);
        seen.aliasKey++;
        return;
      }
      const before = readBoth(original);
      const editor = editFrontmatter(original, complaintKeyOrder);
      let expected = before;
      for (const op of s.edits(t)) {
        if ('set' in op) editor.set(op.set, op.value);
        else editor.append(op.append, op.item);
        expected = expectedAfter(expected, op);
        expect(readBoth(editor.text), `${s.name} ${JSON.stringify(op)} op\n${original}`).toEqual(expected);
      }
      const edited = editor.text;
      expect(commentsOf(edited), `${s.name} op\n${original}\nwerd\n${edited}`).toEqual(commentsOf(original));
      expectKeyOrderKept(before, readBoth(edited));
      expect(split(edited).body).toBe(split(original).body);
      expect(edited.startsWith('\uFEFF')).toBe(original.startsWith('\uFEFF'));
      if (original.includes('\r\n')) expect(edited.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      else expect(edited).not.toContain('\r');
      seen.emptyFilled += /: (?:~ |null )?# c\d+\r?\n/.test(original) && s.name !== 'maatregel' ? 1 : 0;
      seen.blockHeader += /: [|>][-+]? # c/.test(original) ? 1 : 0;
      seen.alias += original.includes('*d') ? 1 : 0;
      seen.deepComment += /\n {4,}# c/.test(original) ? 1 : 0;
      seen.crlf += original.includes('\r\n') ? 1 : 0;
      seen.bom += original.startsWith('\uFEFF') ? 1 : 0;
      seen.keyAnchor += /&a\d+ \w+:/.test(original) ? 1 : 0;
      seen.keyTag += /!!str \w+:/.test(original) ? 1 : 0;
      seen.explicitKey += /\n *\? /.test(original) ? 1 : 0;
      seen.emptyFlowComment += /[[{] {2}# c|[[{]\r?\n +# c/.test(original) ? 1 : 0;
      // A new sample every run; on a failure the file and the seed are printed, unshrunk (shrinking
      // the generator's draws can take more memory than a worker has).
    }), { numRuns: runs, endOnFailure: true });
    // The generator reached every style it promises, often.
    for (const [style, count] of Object.entries(seen)) expect(count, style).toBeGreaterThan(runs / 20);
  });
});
