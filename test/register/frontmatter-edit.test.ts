/**
 * Editing frontmatter at the source positions: table cases for the shapes people write, and a
 * property test on generated files (block and flow styles, comments, 2 or 4 spaces, CRLF, BOM):
 * an edit changes exactly the intended value, read back by the authoritative reader, and leaves
 * every other value deep-equal; an insertion leaves every other byte where it was.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMap, isSeq, parseDocument, type Document } from 'yaml';
import { complaintKeyOrder } from '../../src/core/complaint/field-changes.js';
import { EditError, editFrontmatter, type EditPath } from '../../src/register/frontmatter-edit.js';
import { authoritative, expectedAfter, run, split, type Operation } from '../helpers/frontmatter-edits.js';
import { TRICKY } from '../helpers/mutation.js';

const FILE = [
  '---',
  'id: KL-2026-001',
  'status: ontvangen # ontvangen | in behandeling | afgehandeld',
  'ontvangen:',
  '  datum: 2026-03-02',
  '  door: Anna',
  '  wijze: mondeling',
  'ingediend: 2026-03-02',
  '# NAW van de indiener',
  'indiener:',
  '  naam: Iemand',
  '  rol: coachee',
  'acties:',
  '  - { datum: 2026-03-03, actie: Gebeld }',
  'ondertekening:',
  '  indiener: { datum: 2026-03-03, wijze: handtekening }',
  '---',
  'De omschrijving.',
  '',
].join('\n');

describe('editing frontmatter at the source positions', () => {
  it.each<[string, Operation[], string, string]>([
    ['replaces a scalar and keeps its comment', [{ set: ['status'], value: 'in behandeling' }],
      'status: ontvangen # ontvangen', 'status: in behandeling # ontvangen'],
    ['adds a missing key after the one before it in the schema\'s order', [{ set: ['geregistreerd'], value: '2026-03-03' }],
      'ingediend: 2026-03-02\n# NAW', 'ingediend: 2026-03-02\ngeregistreerd: 2026-03-03\n# NAW'],
    ['adds a nested key in its place, with the map\'s indentation', [{ set: ['indiener', 'adres'], value: 'Dorpsstraat 1' }],
      '  naam: Iemand\n  rol:', '  naam: Iemand\n  adres: Dorpsstraat 1\n  rol:'],
    ['adds a key to a flow map in its place', [{ set: ['ondertekening', 'indiener', 'bijlage'], value: 'bijlagen/scan.pdf' }],
      '{ datum: 2026-03-03, wijze: handtekening }', '{ datum: 2026-03-03, wijze: handtekening, bijlage: bijlagen/scan.pdf }'],
    ['appends to a list in the style of its last item, quoting a comma', [{ append: ['acties'], item: { datum: '2026-03-04', actie: 'Gebeld, opnieuw' } }],
      '  - { datum: 2026-03-03, actie: Gebeld }\n', '  - { datum: 2026-03-03, actie: Gebeld }\n  - { datum: 2026-03-04, actie: "Gebeld, opnieuw" }\n'],
    ['makes a missing list as a block list, in its place', [{ append: ['correspondentie'], item: { datum: '2026-03-04', richting: 'uit', soort: 'reactie' } }],
      'Gebeld }\nondertekening:', 'Gebeld }\ncorrespondentie:\n  - datum: 2026-03-04\n    richting: uit\n    soort: reactie\nondertekening:'],
    ['makes a missing map with its parents', [{ set: ['ondertekening', 'directie'], value: { datum: '2026-03-03', naam: 'Reinoud' } }],
      'handtekening }\n---', 'handtekening }\n  directie:\n    datum: 2026-03-03\n    naam: Reinoud\n---'],
    ['writes a text over more lines as a literal block', [{ set: ['afhandeling'], value: { oorzaak: 'Eerste regel\nTweede: regel' } }],
      'ondertekening:', 'afhandeling:\n  oorzaak: |-\n    Eerste regel\n    Tweede: regel\nondertekening:'],
    ['moves a comment to the header when a value becomes a block', [{ set: ['status'], value: 'a\nb' }],
      'status: ontvangen # ontvangen | in behandeling | afgehandeld\n', 'status: |- # ontvangen | in behandeling | afgehandeld\n  a\n  b\n'],
    ['quotes a phone number, a text that looks like a boolean, and a leading space', [
      { set: ['indiener', 'telefoon'], value: '06-12345678' }, { set: ['categorie'], value: 'yes' }, { set: ['behandelaar'], value: ' Anna' }],
      '  naam: Iemand\n  rol: coachee\n', '  naam: Iemand\n  telefoon: "06-12345678"\n  rol: coachee\nbehandelaar: " Anna"\ncategorie: "yes"\n'],
  ])('%s', (_name, operations, before, after) => {
    expect(FILE).toContain(before);
    const edited = run(FILE, operations);
    expect(edited).toBe(FILE.replace(before, after));
  });

  it('fills an empty value, after the comment on its line', () => {
    const text = FILE.replace('acties:\n  - { datum: 2026-03-03, actie: Gebeld }', 'acties: # later');
    expect(run(text, [{ append: ['acties'], item: { datum: '2026-03-04', actie: 'Gebeld' } }]))
      .toBe(FILE.replace('acties:\n  - { datum: 2026-03-03, actie: Gebeld }', 'acties: # later\n  - datum: 2026-03-04\n    actie: Gebeld'));
  });

  it('keeps CRLF line endings and a byte-order mark, and writes new lines with CRLF', () => {
    const text = `\uFEFF${FILE.replace(/\n/g, '\r\n')}`;
    const edited = run(text, [{ set: ['geregistreerd'], value: '2026-03-03' }, { append: ['acties'], item: { datum: '2026-03-04', actie: 'Regel een\nRegel twee' } }]);
    expect(edited.startsWith('\uFEFF---\r\n')).toBe(true);
    expect(edited.replace(/\r\n/g, '')).not.toContain('\n');
    expect(edited).toContain('ingediend: 2026-03-02\r\ngeregistreerd: 2026-03-03\r\n# NAW');
    expect(edited).toContain('  - datum: 2026-03-04\r\n    actie: |-\r\n      Regel een\r\n      Regel twee\r\n');
    expect(authoritative(edited).acties).toEqual([{ datum: '2026-03-03', actie: 'Gebeld' }, { datum: '2026-03-04', actie: 'Regel een\nRegel twee' }]);
  });

  it('follows the file\'s indentation of four spaces', () => {
    const text = FILE.replace(/\n {2}/g, '\n    ');
    expect(run(text, [{ set: ['ondertekening', 'directie'], value: { naam: 'Reinoud' } }])).toContain('\n    directie:\n        naam: Reinoud\n');
  });

  it('changes one item of a list by its index', () => {
    const text = run(FILE, [{ set: ['afhandeling'], value: { maatregelen: [{ omschrijving: 'A', structureel: true, status: 'gepland' }] } }]);
    const edited = run(text, [{ set: ['afhandeling', 'maatregelen', 0, 'status'], value: 'uitgevoerd' }]);
    expect(edited).toBe(text.replace('status: gepland', 'status: uitgevoerd'));
  });

  it('refuses to replace a list by a text, and leaves the editor as it was', () => {
    const editor = editFrontmatter(FILE, complaintKeyOrder);
    expect(() => editor.set(['acties'], 'tekst')).toThrow(EditError);
    expect(editor.text).toBe(FILE);
  });

  it('refuses a file whose frontmatter cannot be read', () => {
    expect(() => editFrontmatter('---\na: [\n---\nx\n')).toThrow(EditError);
    expect(() => editFrontmatter('geen frontmatter\n')).toThrow(EditError);
  });
});

// ---------- property test on generated files ----------

const text = fc.oneof(
  fc.string({ minLength: 1, maxLength: 20 }),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.array(fc.oneof(fc.constantFrom(...TRICKY), fc.string({ maxLength: 4 })), { minLength: 1, maxLength: 6 }).map((parts) => parts.join('')),
  fc.constantFrom('06-12345678', '1111 AA', 'true', 'null', '2026-03-03', '- lijst', 'a: b', '#', 'regel\nregel\n', 'regel\n\n', ' \n', 'x\r\ny', '\ttab\n\tb'),
);

interface Layout { readonly flowItems: boolean; readonly flowSignature: boolean; readonly indent: 2 | 4; readonly comments: boolean; readonly crlf: boolean; readonly bom: boolean }

const layout: fc.Arbitrary<Layout> = fc.record({
  flowItems: fc.boolean(), flowSignature: fc.boolean(), indent: fc.constantFrom(2 as const, 4 as const), comments: fc.boolean(), crlf: fc.boolean(), bom: fc.boolean(),
});

/** A complaint-like file written by `yaml` with the given layout; some optional parts left out. */
function generatedFile(l: Layout, parts: { acties: boolean; afhandeling: boolean; signature: boolean }): string {
  const data: Record<string, unknown> = {
    id: 'KL-2026-001', status: 'in behandeling', complex: true,
    ontvangen: { datum: '2026-03-02', door: 'Anna', wijze: 'mondeling' },
    ingediend: '2026-03-02',
    indiener: { naam: 'Iemand', adres: 'Straat 1', rol: 'coachee' },
    ...(parts.acties ? { acties: [{ datum: '2026-03-03', actie: 'Gebeld, twee keer' }] } : {}),
    ...(parts.afhandeling ? { afhandeling: { datum: '2026-03-09', oorzaak: 'Regel\nnog een', maatregelen: [{ omschrijving: 'M', structureel: false, status: 'gepland' }] } } : {}),
    ...(parts.signature ? { ondertekening: { indiener: { datum: '2026-03-03', wijze: 'handtekening' } } } : {}),
  };
  const doc: Document = parseDocument('{}');
  doc.contents = doc.createNode(data) as Document['contents'];
  const root = doc.contents;
  if (isMap(root)) {
    const acties = root.get('acties', true);
    if (isSeq(acties)) for (const item of acties.items) if (isMap(item)) item.flow = l.flowItems;
    const signature = doc.getIn(['ondertekening', 'indiener'], true);
    if (isMap(signature)) signature.flow = l.flowSignature;
    if (l.comments) {
      const status = root.get('status', true);
      if (status && typeof status === 'object') (status as { comment?: string }).comment = ' ontvangen | in behandeling';
      for (const pair of root.items) (pair.key as { commentBefore?: string }).commentBefore = ' over dit veld';
    }
  }
  let out = `---\n${doc.toString({ indent: l.indent, lineWidth: 0 })}---\nDe omschrijving.\n`;
  if (l.crlf) out = out.replace(/\n/g, '\r\n');
  return l.bom ? `\uFEFF${out}` : out;
}

const operation: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({ set: fc.constantFrom<EditPath>(['status'], ['categorie'], ['behandelaar'], ['indiener', 'adres'], ['indiener', 'telefoon'], ['afhandeling', 'oorzaak'],
    ['ondertekening', 'indiener', 'wijze'], ['ondertekening', 'indiener', 'bijlage'], ['ondertekening', 'directie', 'naam']), value: text }),
  fc.record({ set: fc.constantFrom<EditPath>(['complex'], ['afhandeling', 'overeenstemming']), value: fc.boolean() }),
  fc.record({ append: fc.constantFrom<EditPath>(['acties'], ['correspondentie'], ['afhandeling', 'maatregelen']), item: fc.record({ datum: fc.constant('2026-03-05'), actie: text }) }),
);

describe('an edit on a generated file (property)', () => {
  it('changes exactly the intended value, read back authoritatively, and keeps the body, the line endings and the BOM', () => {
    fc.assert(fc.property(layout, fc.record({ acties: fc.boolean(), afhandeling: fc.boolean(), signature: fc.boolean() }), fc.array(operation, { minLength: 1, maxLength: 4 }), (l, parts, ops) => {
      let current = generatedFile(l, parts);
      const body = split(current).body;
      for (const op of ops) {
        const before = authoritative(current);
        const edited = run(current, [op]);
        expect(authoritative(edited)).toEqual(expectedAfter(before, op));
        current = edited;
      }
      expect(split(current).body).toBe(body);
      expect(current.startsWith('\uFEFF')).toBe(l.bom);
      if (l.crlf) expect(current.replace(/\r\n/g, '')).not.toMatch(/\n/);
      else expect(current).not.toContain('\r\n---');
    }), { numRuns: 300 });
  });

  it('an insertion (a new key, a new list item) leaves every other byte in place', () => {
    fc.assert(fc.property(layout, fc.record({ acties: fc.boolean(), afhandeling: fc.boolean(), signature: fc.boolean() }), operation, (l, parts, op) => {
      const original = generatedFile(l, parts);
      const path = 'set' in op ? op.set : op.append;
      const data = authoritative(original);
      let exists: unknown = data;
      for (const segment of path) exists = (exists as Record<string | number, unknown> | undefined)?.[segment];
      fc.pre('append' in op || exists === undefined);
      const edited = run(original, [op]);
      let prefix = 0;
      while (prefix < original.length && original[prefix] === edited[prefix]) prefix++;
      let suffix = 0;
      while (suffix < original.length - prefix && original[original.length - 1 - suffix] === edited[edited.length - 1 - suffix]) suffix++;
      expect(prefix + suffix).toBe(original.length);
    }), { numRuns: 300 });
  });
});
