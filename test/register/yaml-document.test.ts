/**
 * The walk over `yaml`'s document (yaml-document.ts) that replaces `yaml`'s own duplicate-key
 * check, which is quadratic: on keys in every style and on mutated files it finds exactly the
 * duplicates `yaml` finds with uniqueKeys, at the same places and in the same order among the
 * other errors. And the limits it adds: nesting, aliases without an anchor before them, aliases
 * inside their own anchor, too many aliases, each with a message that says what is wrong.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineCounter, parseDocument, visit } from 'yaml';
import type { CalendarDate } from '../../src/core/time/calendar-date.js';
import { DEFAULT_CONFIG } from '../../src/core/complaint/config.js';
import { validationContext } from '../../src/core/complaint/validate.js';
import { checkComplaintBytes } from '../../src/register/check-file.js';
import { splitFrontmatter } from '../../src/register/frontmatter.js';
import { MAX_ALIASES, MAX_DEPTH, readYamlDocument } from '../../src/register/yaml-document.js';
import { slowParse } from '../../src/register/yaml-frontmatter.js';
import { apply, mutation } from '../helpers/mutation.js';

interface Place { readonly rule: string; readonly line: number; readonly column: number }

/**
 * The problems as slowParse reported them when `yaml` checked duplicate keys itself
 * (uniqueKeys): its errors in its order, the first syntax error only, then unknown tags.
 */
function withYamlsOwnCheck(matter: string): Place[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(matter, { schema: 'core', version: '1.2', uniqueKeys: true, prettyErrors: true, strict: true, lineCounter, logLevel: 'error' });
  const places: Place[] = [];
  let syntaxReported = false;
  const at = (offset: number): { line: number; column: number } => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  for (const error of doc.errors) {
    const rule = error.code === 'DUPLICATE_KEY' ? 'yaml-duplicate-key' : error.code === 'TAB_AS_INDENT' ? 'yaml-tab' : error.code === 'TAG_RESOLVE_FAILED' ? 'yaml-tag' : 'yaml-syntax';
    if (rule === 'yaml-syntax' || rule === 'yaml-tab') {
      if (syntaxReported) continue;
      syntaxReported = true;
    }
    // MISSING_CHAR is moved to the opening quote by slowParse; compared by rule only below.
    places.push({ rule, ...(error.code === 'MISSING_CHAR' ? { line: 0, column: 0 } : at(error.pos[0])) });
  }
  for (const warning of doc.warnings) if (warning.code === 'TAG_RESOLVE_FAILED') places.push({ rule: 'yaml-tag', ...at(warning.pos[0]) });
  return places;
}

/** slowParse's problems of the kinds `yaml` reports itself, in its order. */
function ours(matter: string, missingChar: boolean): Place[] {
  const parsed = slowParse(matter);
  if (parsed.ok) return [];
  return parsed.problems
    .filter((p) => ['yaml-syntax', 'yaml-tab', 'yaml-duplicate-key', 'yaml-tag'].includes(p.rule))
    .map((p) => ({ rule: p.rule, ...(missingChar && p.rule === 'yaml-syntax' ? { line: 0, column: 0 } : { line: p.position.line, column: p.position.column }) }));
}

/** The offsets where keys start in `matter`, as `yaml` reads it. */
function keyStarts(matter: string): Set<string> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(matter, { schema: 'core', version: '1.2', lineCounter, logLevel: 'error' });
  const starts = new Set<string>();
  visit(doc, { Pair(_key, pair) {
    const range = (pair.key as { range?: [number, number, number] } | null)?.range;
    if (range) {
      const { line, col } = lineCounter.linePos(range[0]);
      starts.add(`${line}:${col}`);
    }
  } });
  return starts;
}

/**
 * slowParse reports what `yaml`'s own check reports: every other error the same, in the same
 * order at the same place, and as many duplicate keys, each at the start of a key (`yaml` says
 * the end of the line before for some). Returns how many duplicates there were.
 */
function expectSameAsYaml(matter: string): number {
  const reference = withYamlsOwnCheck(matter);
  const missingChar = reference.some((p) => p.line === 0);
  const found = ours(matter, missingChar);
  const isDuplicate = (p: Place): boolean => p.rule === 'yaml-duplicate-key';
  expect(found.filter((p) => !isDuplicate(p)), JSON.stringify(matter)).toEqual(reference.filter((p) => !isDuplicate(p)));
  const duplicates = found.filter(isDuplicate);
  expect(duplicates.length, JSON.stringify(matter)).toBe(reference.filter(isDuplicate).length);
  const starts = keyStarts(matter);
  for (const d of duplicates) expect(starts, JSON.stringify(matter)).toContain(`${d.line}:${d.column}`);
  return duplicates.length;
}

const KEY_STYLES = ['a', '"a"', "'a'", '&x a', '? a\n:', '1', '"1"', '01', '~', 'null', '', '.nan', '.NaN', 'true', 'True', '? # c\n :', '!!str a', '[a]', '{ a: 1 }'];

describe('duplicate keys, found in one pass', () => {
  it.each([
    'a: 1\na: 2\n', 'a: 1\n"a": 2\n', 'a: 1\n&x a: 2\n', 'a: 1\n? a\n: 2\n', '{a: 1, a: 2}', '{ a: 1,  "a" : 2 }', '? \n: 1\n? \n: 2\n',
    '? # c\n: 1\n? # d\n: 2\n', '{ ? : 1, ? : 2 }', '{ : 1, : 2 }', ': 1\n: 2\n', 'a:\n  : 1\n  : 2\n', '&a : 1\n&b : 2\n', '- ? \n  : 1\n  ? \n  : 2\n',
    '[{? : 1, ? : 2}]', '[a: 1, a: 2]', '1: a\n"1": b\n01: c\n', '.nan: 1\n.nan: 2\n', '~: 1\nnull: 2\n', '{a, a}', 'a: 1\nb:\n  a: 1\n  a: 2\na: 3\n',
    'a: 1\na: 2\nb: [\n', 'a: [\na: 1\na: 2\n', 'a: !foo 1\na: 2\n', 'a:\n\tb: 1\na: 2\n',
  ])('%j as yaml finds them', (matter) => {
    expectSameAsYaml(matter);
  });

  it.each<[string, string, readonly string[]]>([
    ['a plain key', 'a: 1\nb: 2\na: 3\n', ['3:1']],
    ['a quoted key in a flow mapping', '{ a: 1, "a": 2 }', ['1:9']],
    ['a key after an empty value (yaml: the end of the line before)', 'indiener:\nindiener:\n  naam: x\n', ['2:1']],
    ['keys of a nested mapping, then of the outer one, in the order of the file', 'a: 1\nb:\n  a: 1\n  a: 2\na: 3\n', ['4:3', '5:1']],
  ])('are reported at the key itself: %s', (_name, matter, places) => {
    const parsed = slowParse(matter);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.map((p) => `${p.position.line}:${p.position.column}`)).toEqual(places);
    expectSameAsYaml(matter);
  });

  it('as yaml finds them, in 3,000 generated mappings of keys in every style', () => {
    let duplicates = 0;
    const key = fc.constantFrom(...KEY_STYLES);
    const entry = fc.tuple(key, fc.constantFrom('1', '', '[x]', '{ b: 2 }', '# c'), fc.constantFrom(0, 2));
    fc.assert(fc.property(fc.array(entry, { minLength: 1, maxLength: 6 }), fc.boolean(), (entries, flow) => {
      const matter = flow
        ? `{ ${entries.map(([k, v]) => `${k.replace(/\n/g, ' ')}: ${v.startsWith('#') ? '1' : v}`).join(', ')} }`
        : entries.map(([k, v, indent]) => `${' '.repeat(indent)}${k} ${v}`.replace(/\n/g, `\n${' '.repeat(indent)}`)).join('\n');
      duplicates += expectSameAsYaml(matter);
    }), { seed: 20, numRuns: 3_000 });
    expect(duplicates).toBeGreaterThan(500);
  });

  it('as yaml finds them, among the other errors, in 3,000 mutated files', () => {
    const dir = new URL('../fixtures/valid/', import.meta.url);
    const files = readdirSync(dir).map((name) => readFileSync(new URL(name, dir)));
    let duplicates = 0;
    fc.assert(fc.property(fc.nat({ max: files.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }), (which, mutations) => {
      const split = splitFrontmatter(mutations.reduce(apply, Buffer.from(files[which] as Buffer)).toString('utf8').replace(/^\uFEFF/, ''));
      if (split.kind === 'split') duplicates += expectSameAsYaml(split.matter);
    }), { seed: 20, numRuns: 3_000 });
    expect(duplicates).toBeGreaterThan(100);
  });
});

const context = validationContext(DEFAULT_CONFIG, '2026-11-24' as CalendarDate);
const VALID = readFileSync(new URL('../fixtures/valid/in-behandeling.md', import.meta.url), 'utf8');
const ACTIONS = 'acties:\n  - { datum: 2026-03-03, actie: Intakegesprek gepland }\n';

/** The findings of `text` on both paths of the checker, which must agree. */
function findings(text: string): Place[] {
  const bytes = Buffer.from(text);
  const fast = checkComplaintBytes('complaints/2026/KL-2026-001.md', bytes, context);
  expect(fast).toEqual(checkComplaintBytes('complaints/2026/KL-2026-001.md', bytes, context, { authoritativeOnly: true }));
  return fast.findings.map(({ rule, line, column }) => ({ rule, line, column }));
}

function messageOf(text: string): string {
  return checkComplaintBytes('complaints/2026/KL-2026-001.md', Buffer.from(text), context).findings[0]?.message ?? '';
}

describe('nesting', () => {
  const nested = (depth: number, block: boolean): string => VALID.replace(ACTIONS, block
    ? `acties:\n${Array.from({ length: depth }, (_, i) => `${' '.repeat(i + 1)}x:\n`).join('')}`
    : `acties: ${'['.repeat(depth)}${']'.repeat(depth)}\n`);

  it.each([[MAX_DEPTH - 1, false], [MAX_DEPTH - 1, true]])('%i levels under a field are read (block: %s)', (depth, block) => {
    expect(findings(nested(depth, block)).map((f) => f.rule)).not.toContain('yaml-depth');
  });

  it.each([[MAX_DEPTH, false, 21, 72], [MAX_DEPTH, true, 85, 65], [10_000, false, 21, 72], [1_000, true, 85, 65]])(
    '%i levels under a field are too deep (block: %s), said at the first level too many', (depth, block, line, column) => {
      expect(findings(nested(depth as number, block as boolean))).toEqual([{ rule: 'yaml-depth', line, column }]);
    });

  it('says what is wrong, not that the YAML is invalid', () => {
    const message = messageOf(nested(10_000, false));
    expect(message).toContain('te diep genest');
    expect(message).not.toContain('RESOURCE_EXHAUSTION');
  });
});

describe('aliases', () => {
  const DATE = '  datum: 2026-03-02\n';
  it.each<[string, string, string, Place]>([
    ['to an anchor that does not exist (a typo)', VALID.replace(DATE, '  datum: &ontvangst 2026-03-02\n').replace('ingediend: 2026-03-02', 'ingediend: *ontvangts'),
      'Deze verwijzing (*) wijst naar een anker (&) dat nergens in de frontmatter staat', { rule: 'yaml-alias', line: 9, column: 12 }],
    ['to an anchor that comes later', VALID.replace('ingediend: 2026-03-02', 'ingediend: *r').replace('geregistreerd: 2026-03-03', 'geregistreerd: &r 2026-03-03'),
      'Deze verwijzing (*) wijst naar een anker (&) dat pas verderop staat, op regel 10', { rule: 'yaml-alias', line: 9, column: 12 }],
    ['inside its own anchor', VALID.replace(ACTIONS, 'acties: &a [*a]\n'), 'Deze verwijzing (*) staat binnen de waarde van haar eigen anker (&, regel 21)', { rule: 'yaml-alias', line: 21, column: 13 }],
    ['named with text that may be personal', VALID.replace('ingediend: 2026-03-02', 'ingediend: *Jansen.Dorpsstraat'),
      'Deze verwijzing (*) wijst naar een anker (&) dat nergens in de frontmatter staat', { rule: 'yaml-alias', line: 9, column: 12 }],
    ['named with a word that may be a name', VALID.replace(DATE, '  datum: &Jansen 2026-03-02\n').replace('ingediend: 2026-03-02', 'ingediend: *Janssen'),
      'Deze verwijzing (*) wijst naar een anker (&) dat nergens in de frontmatter staat', { rule: 'yaml-alias', line: 9, column: 12 }],
    ['one too many', VALID.replace(ACTIONS, `acties: &a []\nx: [${Array.from({ length: MAX_ALIASES + 1 }, () => '*a').join(', ')}]\n`),
      `te veel verwijzingen (*) naar ankers (&): meer dan ${MAX_ALIASES}`, { rule: 'yaml-alias', line: 22, column: 5 + 4 * MAX_ALIASES }],
  ])('%s: said as such, at the alias, without the name of the anchor', (_name, text, message, place) => {
    expect(findings(text)).toContainEqual(place);
    expect(messageOf(text)).toContain(message);
    // The name after & or * is the person's own text (it may be a name): never repeated.
    for (const name of ['ontvangst', 'ontvangts', 'Jansen', 'Janssen', '*r', '&r', '*a', '&a']) expect(messageOf(text)).not.toContain(name);
  });

  it('as many as allowed are resolved', () => {
    const text = VALID.replace(ACTIONS, `acties: &a []\nx: [${Array.from({ length: MAX_ALIASES }, () => '*a').join(', ')}]\n`);
    expect(findings(text).map((f) => f.rule)).toEqual(['unknown-key']);
  });
});

describe('keys that are not text', () => {
  const ANCHORED = 'acties:\n  - { datum: 2026-03-03, actie: &k behandelaar }\n';
  /** Line and column of the first `needle` in the file. */
  const placeOf = (text: string, needle: string, rule: string): Place => {
    const before = text.slice(0, text.indexOf(needle)).split('\n');
    return { rule, line: before.length, column: (before[before.length - 1] ?? '').length + 1 };
  };
  it.each<[string, string, string]>([
    ['an alias that repeats a key already there (valideer would not see the duplicate)', VALID.replace(ACTIONS, `behandelaar: Bram Bedacht\n${ANCHORED}*k : Fenna Fictief\n`), '*k :'],
    ['an alias to a key that is not there', VALID.replace(ACTIONS, `${ANCHORED}*k : Fenna Fictief\n`), '*k :'],
    ['a list', VALID.replace(ACTIONS, '? [behandelaar]\n: Fenna Fictief\n'), '[behandelaar]'],
    ['a mapping', VALID.replace(ACTIONS, '? { behandelaar: x }\n: Fenna Fictief\n'), '{ behandelaar'],
  ])('%s: an error at the key, which names no anchor', (_name, text, key) => {
    expect(findings(text)).toContainEqual(placeOf(text, key, 'yaml-key'));
    const message = messageOf(text);
    expect(message).toContain('Een veldnaam moet gewone tekst zijn');
    expect(message).not.toMatch(/[&*]k\b/);
  });
});

describe('the cost of yaml\'s problems (review of issue 20, point 7)', () => {
  it('takes no stack trace for any of them, and leaves the limit on stack traces as it was', () => {
    const limit = Error.stackTraceLimit;
    const { doc } = readYamlDocument(Array.from({ length: 50 }, (_, i) => `\tk${i}: 1\nv${i}: !foo 1\n`).join(''));
    expect(doc.errors.length).toBeGreaterThan(10);
    expect(doc.warnings.length).toBeGreaterThan(10);
    for (const problem of [...doc.errors, ...doc.warnings]) expect(problem.stack ?? '').not.toMatch(/\n\s+at /);
    expect(Error.stackTraceLimit).toBe(limit);
  });
});
