/**
 * The editor after the independent review of issue 20: a new key in a mapping whose keys carry
 * an anchor, a tag or the explicit `?` form stands at the column of the key's line (point 1); an
 * empty flow collection over more lines keeps its comment (point 2); a step's edits cost one
 * parse to open and one to check, whatever their number (point 6); new mappings are written in
 * the schema's order (point 9); a refusal says which field, that the file is in order, and what
 * to do (point 11).
 */
import { createRequire } from 'node:module';
import { describe, expect, it, vi } from 'vitest';
import { complaintKeyOrder } from '../../src/core/complaint/field-changes.js';
import { EditError, editFrontmatter } from '../../src/register/frontmatter-edit.js';
import { authoritative, expectedAfter, readBoth, run, type Operation } from '../helpers/frontmatter-edits.js';

const REGISTERED = [
  '---',
  'id: KL-2026-050',
  'status: in behandeling',
  'complex: false',
  'ontvangen: { datum: 2026-03-02, door: Anna Verzonnen, wijze: mondeling }',
  'ingediend: 2026-03-02',
  'geregistreerd: 2026-03-03',
  'indiener:',
  '  naam: Carla Canarie',
  '  rol: coachee',
  'klachtverantwoordelijke: Fenna Fictief',
  'correspondentie:',
  '  - { datum: 2026-03-03, richting: uit, soort: ontvangstbevestiging }',
  'ondertekening:',
  '  directie: { datum: 2026-03-03, naam: Fenna Fictief }',
  '---',
  'Omschrijving.',
  '',
].join('\n');

const ACTION: Operation = { append: ['acties'], item: { datum: '2026-03-05', actie: 'Gebeld' } };
const NEW_ACTIONS = 'klachtverantwoordelijke: Fenna Fictief\nacties:\n  - datum: 2026-03-05\n    actie: Gebeld\n';

describe('a new key in a mapping whose keys have an anchor, a tag or the ? form', () => {
  it.each([
    ['an anchor on the first key', '&k id: KL-2026-050'],
    ['a tag on the first key', '!!str id: KL-2026-050'],
    ['the first key in the ? form', '? id\n: KL-2026-050'],
    ['a tag and an anchor on the first key, the ? form on another', '!!str &k id: KL-2026-050\n? status\n: in behandeling'],
  ])('%s: stands at the column of the key\'s line', (_name, first) => {
    const text = REGISTERED.replace('id: KL-2026-050\nstatus: in behandeling', first.includes('status') ? first : `${first}\nstatus: in behandeling`);
    const edited = run(text, [ACTION]);
    expect(edited).toBe(text.replace('klachtverantwoordelijke: Fenna Fictief\n', NEW_ACTIONS));
    readBoth(edited);
  });

  it.each([
    ['an anchor', '  &n naam: Carla Canarie'],
    ['a tag', '  !!str naam: Carla Canarie'],
    ['the ? form', '  ? naam\n  : Carla Canarie'],
  ])('one level down, with %s on the first key: stands at the column of the key\'s line, in the schema\'s order', (_name, first) => {
    const text = REGISTERED.replace('  naam: Carla Canarie', first);
    const edited = run(text, [{ set: ['indiener'], value: { postcode: '1111 AA', adres: 'Kanarieweg 1' } }]);
    expect(edited).toBe(text.replace('  rol: coachee\n', '  adres: Kanarieweg 1\n  postcode: "1111 AA"\n  rol: coachee\n'));
    readBoth(edited);
  });

  it('in a list item whose first key has an anchor: stands under that key', () => {
    const text = REGISTERED.replace('  - { datum: 2026-03-03, richting: uit, soort: ontvangstbevestiging }', '  - &c datum: 2026-03-03\n    richting: uit');
    const edited = run(text, [{ set: ['correspondentie', 0, 'soort'], value: 'ontvangstbevestiging' }]);
    expect(edited).toBe(text.replace('    richting: uit\n', '    richting: uit\n    soort: ontvangstbevestiging\n'));
  });
});

describe('an empty flow collection over more lines, with a comment', () => {
  it.each<[string, string, Operation, string]>([
    // As the review wrote it: `yaml` reads the ] in the first column, js-yaml refuses it (before and after the edit).
    ['a list', 'acties: [  # nog geen acties\n]', ACTION, 'acties: [{ datum: 2026-03-05, actie: Gebeld }  # nog geen acties\n]'],
    ['a list, its ] indented', 'acties: [  # nog geen acties\n  ]', ACTION, 'acties: [{ datum: 2026-03-05, actie: Gebeld }  # nog geen acties\n  ]'],
    ['a list with the comment on a line of its own', 'acties: [\n  # nog geen acties\n  ]', ACTION, 'acties: [{ datum: 2026-03-05, actie: Gebeld }\n  # nog geen acties\n  ]'],
    ['a mapping', 'ondertekening: {  # directie tekent bij registratie\n  }', { set: ['ondertekening', 'directie'], value: { naam: 'Fenna Fictief', datum: '2026-03-03' } },
      'ondertekening: { directie: { datum: 2026-03-03, naam: Fenna Fictief }  # directie tekent bij registratie\n  }'],
    ['a list on one line', 'acties: [ ]', ACTION, 'acties: [{ datum: 2026-03-05, actie: Gebeld }]'],
    ['a mapping on one line', 'ondertekening: {}', { set: ['ondertekening', 'directie'], value: { datum: '2026-03-03', naam: 'Fenna Fictief' } },
      'ondertekening: { directie: { datum: 2026-03-03, naam: Fenna Fictief } }'],
  ])('%s keeps its comment when filled', (_name, empty, operation, filled) => {
    const text = REGISTERED.replace('ondertekening:\n  directie: { datum: 2026-03-03, naam: Fenna Fictief }', empty.startsWith('acties') ? `${empty}\nondertekening: {}` : empty);
    const edited = run(text, [operation]);
    expect(edited).toBe(text.replace(empty, filled));
    if (/\n\]/.test(empty)) expect(authoritative(edited)).toEqual(expectedAfter(authoritative(text), operation));
    else expect(readBoth(edited)).toEqual(expectedAfter(readBoth(text), operation));
  });
});

describe('new mappings in the schema\'s order', () => {
  it.each<[string, Operation, string]>([
    ['a new block under a new key', { set: ['afhandeling'], value: { oorzaak: 'a', standpunt_directie: 'b', maatregelen: [{ status: 'gepland', omschrijving: 'm', structureel: true }], oplossing: 'c' } },
      'afhandeling:\n  oorzaak: a\n  oplossing: c\n  standpunt_directie: b\n  maatregelen:\n    - omschrijving: m\n      structureel: true\n      status: gepland\n'],
    ['a new list item', { append: ['correspondentie'], item: { soort: 'reactie', richting: 'uit', kanaal: 'e-mail', datum: '2026-03-05' } },
      '  - { datum: 2026-03-05, richting: uit, soort: reactie, kanaal: e-mail }\n'],
  ])('%s', (_name, operation, written) => {
    const edited = run(REGISTERED, [operation]);
    expect(edited).toContain(written);
  });
});

describe('the cost of a step\'s edits', () => {
  const EDITS = (editor: ReturnType<typeof editFrontmatter>): void => {
    editor.set(['status'], 'afgehandeld');
    editor.set(['behandelaar'], 'Fenna Fictief');
    editor.set(['indiener'], { adres: 'Kanarieweg 1', postcode: '1111 AA', woonplaats: 'Vogelstad' });
    editor.set(['afhandeling'], { datum: '2026-03-20', oorzaak: 'a', oplossing: 'b' });
    editor.append(['afhandeling', 'maatregelen'], { omschrijving: 'm', structureel: true, status: 'gepland' });
    editor.append(['correspondentie'], { datum: '2026-03-10', richting: 'uit', soort: 'reactie' });
    editor.set(['ondertekening', 'indiener'], { datum: '2026-03-04', wijze: 'handtekening' });
  };

  it.each<[string, string, [number, number, number]]>([
    // Read with the plain reader, which has no tree to edit: yaml once, for the edits.
    ['a file in the plain subset: yaml reads it once, for the edits', REGISTERED, [0, 1, 1]],
    // Read by yaml at once; opened again, the same parse; the result read by yaml once more.
    ['a file with an anchor: yaml reads it once to open it and once to check the result', REGISTERED.replace('complex: false', 'complex: &c false'), [1, 1, 2]],
  ])('%s, however many edits', (_name, original, [opened, edited, checked]) => {
    const yaml = createRequire(import.meta.url)('yaml') as typeof import('yaml');
    const parses = vi.spyOn(yaml, 'parseDocument');
    try {
      // A frontmatter no earlier test opened (the last one read is kept).
      const text = original.replace('\nstatus:', `\n# ${Math.random()}\nstatus:`);
      const editor = editFrontmatter(text, complaintKeyOrder);
      expect(editor.data.id).toBe('KL-2026-050');
      editFrontmatter(text, complaintKeyOrder);
      expect(parses).toHaveBeenCalledTimes(opened);
      EDITS(editor);
      expect(parses).toHaveBeenCalledTimes(edited);
      expect(editor.data.behandelaar).toBe('Fenna Fictief');
      expect(readBoth(editor.text).afhandeling).toMatchObject({ maatregelen: [{ omschrijving: 'm' }] });
      expect(parses).toHaveBeenCalledTimes(checked + 1);
    } finally {
      parses.mockRestore();
    }
  });
});

describe('a refusal', () => {
  /** The message of the EditError that `edit` throws. */
  const refusal = (edit: () => void): string => {
    try {
      edit();
    } catch (error) {
      expect(error).toBeInstanceOf(EditError);
      return (error as Error).message;
    }
    throw new Error('geen weigering');
  };

  it('by a limit of the editor says which field, that the file is in order, where to write it by hand, and whom to tell', () => {
    const text = REGISTERED.replace('klachtverantwoordelijke: Fenna Fictief\n', 'klachtverantwoordelijke: Fenna Fictief\n? behandelaar\n');
    const editor = editFrontmatter(text, complaintKeyOrder);
    const message = refusal(() => editor.set(['behandelaar'], 'Fenna Fictief'));
    expect(message).toContain('behandelaar');
    expect(message).toContain('Het bestand zelf is in orde');
    expect(message).toContain('regel 12');
    expect(message).toMatch(/Schrijf .* zelf/);
    expect(message).toContain('beheerder');
    expect(editor.text).toBe(text);
  });

  it.each([
    ['the value of an alias asked to hold fields', { set: ['ingediend'], value: { x: 'y' } }],
    ['a value whose anchor an alias repeats', { set: ['ontvangen', 'datum'], value: '2026-03-01' }],
    ['a field inside an alias', { set: ['geregistreerd', 'x'], value: 'y' }],
  ] as const)('at an alias (%s) says which fields, by path and line, never the anchor\'s name', (_name, operation) => {
    const text = REGISTERED.replace('{ datum: 2026-03-02,', '{ datum: &Jansen 2026-03-02,').replace('ingediend: 2026-03-02', 'ingediend: *Jansen').replace('geregistreerd: 2026-03-03', 'geregistreerd: *Jansen');
    const editor = editFrontmatter(text, complaintKeyOrder);
    const message = refusal(() => editor.set(operation.set, operation.value));
    expect(message).not.toContain('Jansen');
    expect(message).toContain(operation.set.join('.').replace('.x', ''));
    expect(message).toMatch(/regel \d+/);
    expect(message).toContain('Het bestand zelf is in orde');
    expect(editor.text).toBe(text);
  });
});
