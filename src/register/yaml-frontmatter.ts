/**
 * The authoritative parse of the YAML frontmatter, with the `yaml` package: YAML 1.2 core schema
 * (dates stay strings, no custom tags), every syntax error with its place, and source ranges for
 * every node. A clean file in the subset people write is read first by plain-yaml.ts, which
 * answers only where it agrees with this parse (test/register/plain-yaml.test.ts holds it to
 * that); every other file, and every file in which the validator finds anything, is read here.
 *
 * There used to be a middle stage, js-yaml, for clean files outside that subset. It changed
 * verdicts: it accepted text `yaml` rejects (a comment glued to a quote, a tab in a quoted
 * continuation line, lone CR line breaks) and dropped a tag that stands on its own line before
 * block text, so the ban on tags could be bypassed. A verdict now always comes from here, except
 * where plain-yaml has proven it would be the same.
 */
import type { Document, Node as YamlNode, Pair } from 'yaml';
import { yamlLib } from './yaml-lib.js';
import { MAX_ALIASES, MAX_DEPTH, readYamlDocument, type StructureProblem } from './yaml-document.js';
import { FILE_START, type Position } from '../core/complaint/finding.js';
import type { FieldPath } from '../core/complaint/issue.js';

/** Finds the place of a field: its key, its value, or (for a missing field) its parent. */
export interface Locator {
  locate(path: FieldPath, target: 'key' | 'value'): Position;
}

export interface YamlProblem {
  readonly rule: 'yaml-syntax' | 'yaml-duplicate-key' | 'yaml-key' | 'yaml-tab' | 'yaml-tag' | 'yaml-alias' | 'yaml-depth' | 'frontmatter-not-mapping' | 'frontmatter-empty';
  readonly position: Position;
  readonly message: string;
}

export type SlowParse =
  | { readonly ok: true; readonly data: Record<string, unknown>; readonly locator: Locator }
  | { readonly ok: false; readonly problems: readonly YamlProblem[] };

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Nesting beyond MAX_DEPTH, or so deep that `yaml` ran out of stack (RESOURCE_EXHAUSTION). */
const TOO_DEEP = `De frontmatter is te diep genest: meer dan ${MAX_DEPTH} lijsten of groepen binnen elkaar (een klachtbestand heeft er hooguit vier). Controleer de haakjes [ ] en { } en de inspringing.`;

/** A key that is an alias (`*k : x`), a list or a mapping. */
const KEY_NOT_TEXT = 'Een veldnaam moet gewone tekst zijn, maar hier staat een verwijzing (*) naar een waarde elders, of een lijst of groep. Schrijf de naam van het veld zelf uit.';

/** Dutch wording of the `yaml` package's error codes; its own messages quote the source, so they are never shown. */
const YAML_MESSAGES: Record<string, string> = {
  DUPLICATE_KEY: 'Dit veld staat twee keer in de frontmatter. Laat één van beide staan.',
  TAB_AS_INDENT: 'Hier wordt met een tab ingesprongen. YAML staat alleen spaties toe.',
  BAD_INDENT: 'De inspringing klopt hier niet. Gebruik spaties en spring velden van hetzelfde niveau even ver in.',
  MISSING_CHAR: 'Hier ontbreekt een teken, zoals een afsluitend aanhalingsteken of haakje.',
  BLOCK_AS_IMPLICIT_KEY: 'Hier lijkt een dubbele punt of inspringing te ontbreken.',
  MULTILINE_IMPLICIT_KEY: 'Een veldnaam moet op één regel staan. Ontbreekt er een dubbele punt of aanhalingsteken?',
  UNEXPECTED_TOKEN: 'Onverwacht teken in de YAML. Controleer dubbele punten, aanhalingstekens en inspringing.',
  BAD_SCALAR_START: 'Deze waarde begint met een teken dat YAML niet toestaat. Zet de waarde tussen aanhalingstekens.',
  BAD_DQ_ESCAPE: 'Ongeldige escape (\\) in tekst tussen dubbele aanhalingstekens.',
  BLOCK_IN_FLOW: 'Een lijst of blok kan niet binnen { } of [ ] staan.',
  MULTIPLE_DOCS: 'De frontmatter mag maar één YAML-document bevatten.',
  KEY_OVER_1024_CHARS: 'Een veldnaam is te lang.',
  NON_STRING_KEY: 'Een veldnaam moet tekst zijn.',
  ALIAS_PROPS: 'Een verwijzing (*) kan zelf geen anker (&) of tag hebben.',
  MULTIPLE_ANCHORS: 'Deze waarde heeft twee ankers (&); één is genoeg.',
  BAD_ALIAS: 'Een anker (&) of verwijzing (*) zonder geldige naam. Zet een naam direct achter & of *, zonder dubbele punt aan het eind.',
  RESOURCE_EXHAUSTION: TOO_DEEP,
  TAG_RESOLVE_FAILED: 'YAML-tags (zoals !!js/function) zijn niet toegestaan; ze worden nooit uitgevoerd. Haal de tag weg.',
};

function ruleForCode(code: string): YamlProblem['rule'] {
  switch (code) {
    case 'DUPLICATE_KEY': return 'yaml-duplicate-key';
    case 'TAB_AS_INDENT': return 'yaml-tab';
    case 'TAG_RESOLVE_FAILED': return 'yaml-tag';
    case 'RESOURCE_EXHAUSTION': return 'yaml-depth';
    default: return 'yaml-syntax';
  }
}

function messageForCode(code: string): string {
  return YAML_MESSAGES[code] ?? `De YAML is hier niet geldig (${code}). Controleer dubbele punten, aanhalingstekens en inspringing.`;
}

/** The authoritative parse: problems with their places, or data with a locator. */
export function slowParse(matter: string): SlowParse {
  const { doc, lineCounter, structure } = readYamlDocument(matter);
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const problems = yamlProblems(matter, doc, structure, (offset) => at(offset).line).map(({ offset, rule, message }) => ({ rule, position: at(offset), message }));
  if (problems.length > 0) return { ok: false, problems };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch {
    // Every alias has its anchor (checked above): what is left is a few aliases that expand to
    // an enormous value (an anchor of aliases of anchors of aliases, a "billion laughs").
    return { ok: false, problems: [{ rule: 'yaml-alias', position: FILE_START, message: 'De frontmatter gebruikt te veel verwijzingen (*) naar ankers (&): uitgeschreven zou hij veel te groot worden. Schrijf de waarden zelf uit.' }] };
  }
  if (doc.contents === null) {
    return { ok: false, problems: [{ rule: 'frontmatter-empty', position: { line: 2, column: 1 }, message: 'De frontmatter is leeg. Zet tussen de twee regels --- de velden van de klacht (zie klacht nieuw of de README).' }] };
  }
  if (!isPlainRecord(data)) {
    return {
      ok: false,
      problems: [{ rule: 'frontmatter-not-mapping', position: at(doc.contents.range[0]), message: 'De frontmatter moet uit velden bestaan (veld: waarde), niet uit een losse waarde of een lijst.' }],
    };
  }
  return { ok: true, data, locator: new DocumentLocator(doc.contents, at) };
}

interface PlacedProblem { readonly offset: number; readonly rule: YamlProblem['rule']; readonly message: string }

/**
 * `yaml`'s errors in its order, with the duplicate keys merged in by place (after an error at
 * the same place, as `yaml`'s own check would have reported them), then tags, then nesting and
 * aliases.
 */
function yamlProblems(matter: string, doc: Document.Parsed, structure: readonly StructureProblem[], lineOf: (offset: number) => number): PlacedProblem[] {
  const tooDeep = structure.some((p) => p.kind === 'too-deep');
  const duplicates = structure.filter((p) => p.kind === 'duplicate-key');
  const problems: PlacedProblem[] = [];
  let next = 0;
  // After the first syntax error the rest of the document is guesswork (a tab cascades into a
  // dozen errors), so only that one is reported; duplicate keys and tags are independent.
  let syntaxReported = false;
  for (const error of doc.errors) {
    if (error.code === 'RESOURCE_EXHAUSTION') {
      // Out of stack in `yaml`: what it read after that is guesswork, and the nesting check
      // below names the real cause.
      const first = !syntaxReported;
      syntaxReported = true;
      if (tooDeep || !first) continue;
    }
    for (; next < duplicates.length && (duplicates[next] as StructureProblem).offset < error.pos[0]; next++) {
      problems.push(structureProblem(duplicates[next] as StructureProblem, lineOf));
    }
    const rule = ruleForCode(error.code);
    if (rule === 'yaml-syntax' || rule === 'yaml-tab') {
      if (syntaxReported) continue;
      syntaxReported = true;
    }
    const offset = error.code === 'MISSING_CHAR' ? unclosedQuoteStart(matter, error.pos[0]) ?? error.pos[0] : error.pos[0];
    problems.push({ rule, offset, message: messageForCode(error.code) });
  }
  for (; next < duplicates.length; next++) problems.push(structureProblem(duplicates[next] as StructureProblem, lineOf));
  // Unknown tags are only a warning in `yaml`; here they are an error, and nothing runs either way.
  for (const warning of doc.warnings) {
    if (warning.code === 'TAG_RESOLVE_FAILED') problems.push({ rule: 'yaml-tag', offset: warning.pos[0], message: messageForCode(warning.code) });
  }
  for (const problem of structure) if (problem.kind !== 'duplicate-key') problems.push(structureProblem(problem, lineOf));
  return problems;
}

/**
 * The Dutch finding of a problem found by the walk over the document. The name of an anchor or
 * alias is the person's own text, and a word like `&Jansen` may be a name: it is never repeated.
 * The finding stands at the alias; the anchor is named by its line.
 */
function structureProblem(problem: StructureProblem, lineOf: (offset: number) => number): PlacedProblem {
  const { offset } = problem;
  switch (problem.kind) {
    case 'duplicate-key': return { offset, rule: 'yaml-duplicate-key', message: messageForCode('DUPLICATE_KEY') };
    case 'key-not-text': return { offset, rule: 'yaml-key', message: KEY_NOT_TEXT };
    case 'too-deep': return { offset, rule: 'yaml-depth', message: TOO_DEEP };
    case 'too-many-aliases': return { offset, rule: 'yaml-alias', message: `De frontmatter gebruikt te veel verwijzingen (*) naar ankers (&): meer dan ${MAX_ALIASES}. Schrijf de waarden zelf uit.` };
    case 'alias-missing': return {
      offset, rule: 'yaml-alias',
      message: 'Deze verwijzing (*) wijst naar een anker (&) dat nergens in de frontmatter staat. Controleer de naam achter * (een tikfout?), of schrijf de waarde zelf op deze plaats.',
    };
    case 'alias-later': return {
      offset, rule: 'yaml-alias',
      message: `Deze verwijzing (*) wijst naar een anker (&) dat pas verderop staat, op regel ${lineOf(problem.anchor)}. Een verwijzing moet na haar anker komen: zet het anker eerder, of schrijf de waarde zelf op deze plaats.`,
    };
    case 'alias-self': return {
      offset, rule: 'yaml-alias',
      message: `Deze verwijzing (*) staat binnen de waarde van haar eigen anker (&, regel ${lineOf(problem.anchor)}): een waarde kan niet naar zichzelf verwijzen. Schrijf de waarde zelf op deze plaats.`,
    };
  }
}

/**
 * `yaml` reports a missing closing quote where the text ends; the person needs the place where
 * the quote was opened. That is the start of the quoted scalar token that runs up to the error.
 */
const LEXER_MARKERS = new Set(['\u0002', '\u0018', '\u001f', '\ufeff']);

function unclosedQuoteStart(text: string, errorOffset: number): number | undefined {
  let offset = 0;
  for (const token of new (yamlLib().Lexer)().lex(text)) {
    // The lexer marks document, scalar and flow-end starts with control characters that are not in the source.
    if (LEXER_MARKERS.has(token)) continue;
    const end = offset + token.length;
    if (offset <= errorOffset && errorOffset <= end && (token.startsWith('"') || token.startsWith("'"))) return offset;
    offset = end;
  }
  return undefined;
}

class DocumentLocator implements Locator {
  /** Per mapping, its pairs by key (the first of each), made when a path first passes through it. */
  private readonly keyIndex = new Map<object, Map<string, Pair>>();

  constructor(
    private readonly root: unknown,
    private readonly at: (offset: number) => Position,
  ) {}

  locate(path: FieldPath, target: 'key' | 'value'): Position {
    const { isMap, isSeq } = yamlLib();
    let node: unknown = this.root;
    // The place of the deepest key found so far: where a missing field is reported.
    let fallback: Position = FILE_START;
    for (let i = 0; i < path.length; i++) {
      const segment = path[i];
      const last = i === path.length - 1;
      if (isMap(node)) {
        const pair = this.pairs(node.items).get(String(segment));
        if (!pair) return fallback;
        const keyNode = pair.key as YamlNode;
        const keyPosition = keyNode.range ? this.at(keyNode.range[0]) : fallback;
        if (last && target === 'key') return keyPosition;
        fallback = keyPosition;
        node = pair.value;
        if (node === null || node === undefined) return keyPosition;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment] as YamlNode | undefined;
        if (!item || !item.range) return fallback;
        fallback = this.at(item.range[0]);
        node = item;
      } else {
        return fallback;
      }
    }
    const range = (node as YamlNode | null)?.range;
    return range ? this.at(range[0]) : fallback;
  }

  /** The pairs of a mapping by the text of their scalar keys; a search per finding was quadratic. */
  private pairs(items: readonly unknown[]): Map<string, Pair> {
    let index = this.keyIndex.get(items);
    if (!index) {
      const { isPair, isScalar } = yamlLib();
      index = new Map();
      for (const item of items) {
        if (isPair(item) && isScalar(item.key) && !index.has(String(item.key.value))) index.set(String(item.key.value), item);
      }
      this.keyIndex.set(items, index);
    }
    return index;
  }
}
