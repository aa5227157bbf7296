/**
 * The one way `yaml` reads frontmatter, for the checker (yaml-frontmatter.ts) and the editor
 * (frontmatter-edit.ts) alike: YAML 1.2, core schema, strict; then one pass over the document
 * for what `yaml` finds only in quadratic time or not at all:
 * - duplicate keys: `yaml`'s own check (uniqueKeys) compares each key with every earlier key of
 *   its mapping, minutes for 100,000 keys; here one set per mapping, with `yaml`'s equality
 *   (test/register/yaml-document.test.ts holds both to `yaml`'s own check). The place is the
 *   key itself, where `yaml` would sometimes say the end of the line before it (after an empty
 *   value, or after a `?`);
 * - nesting deeper than any complaint needs (deep enough, `yaml` runs out of stack and says only
 *   RESOURCE_EXHAUSTION, and everything after the parse recurses too);
 * - aliases to an anchor that does not exist, comes later, or encloses the alias (`yaml` would
 *   build a value that contains itself), and more aliases than any complaint needs (`yaml` looks
 *   up each alias from the start of the document);
 * - keys that are not text: an alias (`*k : x`), a list or a mapping. `yaml` reads an alias key
 *   as the text it repeats, after its duplicate check, so `*k : x` could stand a second time
 *   for a key already there, unseen; a list or mapping key becomes text no person wrote.
 */
import type { Alias, Document, LineCounter, Node as YamlNode, Pair } from 'yaml';
import { yamlLib } from './yaml-lib.js';

/** A complaint nests four deep at most (afhandeling.maatregelen[].omschrijving); 64 is plenty. */
export const MAX_DEPTH = 64;
/** A complaint needs no aliases at all; more than this is refused before `yaml` resolves them. */
export const MAX_ALIASES = 100;

export type StructureProblem =
  | { readonly kind: 'duplicate-key' | 'key-not-text' | 'too-deep' | 'too-many-aliases'; readonly offset: number }
  | { readonly kind: 'alias-missing'; readonly offset: number }
  /** `anchor`: where the anchor stands (the first one of its name, or the one that encloses the alias). */
  | { readonly kind: 'alias-later' | 'alias-self'; readonly offset: number; readonly anchor: number };

export interface ReadDocument {
  readonly doc: Document.Parsed;
  readonly lineCounter: LineCounter;
  /** In document order, duplicate keys first. */
  readonly structure: readonly StructureProblem[];
  /** Per alias, the node it stands for: the last node with its anchor before it. */
  readonly aliasTargets: ReadonlyMap<Alias, YamlNode>;
}

/**
 * Parses `matter` with `yaml` and walks the result once; see the module comment. `sourceTokens`:
 * keep `yaml`'s source tokens on the nodes (the editor takes the columns of keys from them).
 */
export function readYamlDocument(matter: string, options: { readonly sourceTokens?: boolean } = {}): ReadDocument {
  const { LineCounter, parseDocument } = yamlLib();
  const lineCounter = new LineCounter();
  // `yaml` makes an Error object for every problem it meets, each with a stack trace (a file of
  // 1 MB with 96,000 tabs: 96,000 traces, a third of the parse); none is ever shown, so none is
  // taken. prettyErrors would add each problem's line of text to its message: never shown either
  // (the findings say the code in Dutch, at the place).
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  let doc: Document.Parsed;
  try {
    // logLevel 'error': `yaml` would otherwise print some warnings itself (a key that is a list or
    // mapping, quoted from the file) to stderr, where personal data must never appear.
    doc = parseDocument(matter, {
      schema: 'core', version: '1.2', uniqueKeys: false, prettyErrors: false, strict: true, lineCounter, logLevel: 'error', keepSourceTokens: options.sourceTokens === true,
    });
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
  return { doc, lineCounter, ...walk(doc) };
}

interface Open { readonly node: unknown; readonly depth: number }

/** One pass in document order (a node before its children, a key before its value), as `yaml`'s visit goes. */
function walk(doc: Document.Parsed): Pick<ReadDocument, 'structure' | 'aliasTargets'> {
  const { isAlias, isCollection, isMap, isPair, isScalar } = yamlLib();
  const duplicates: StructureProblem[] = [];
  const others: StructureProblem[] = [];
  const anchors = new Map<string, YamlNode>();
  /** Per anchor name, where it first stands. */
  const firstAnchors = new Map<string, number>();
  const aliasTargets = new Map<Alias, YamlNode>();
  const unresolved: Alias[] = [];
  let aliasCount = 0;
  let tooDeep = false;
  const stack: Open[] = [{ node: doc.contents, depth: 0 }];
  for (let open = stack.pop(); open !== undefined; open = stack.pop()) {
    const { node, depth } = open;
    if (isPair(node)) {
      if (isAlias(node.key) || isCollection(node.key)) others.push({ kind: 'key-not-text', offset: (node.key as YamlNode).range?.[0] ?? 0 });
      stack.push({ node: node.value, depth }, { node: node.key, depth });
      continue;
    }
    if (isAlias(node)) {
      aliasCount++;
      if (aliasCount === MAX_ALIASES + 1) others.push({ kind: 'too-many-aliases', offset: node.range?.[0] ?? 0 });
      const target = anchors.get(node.source);
      if (target === undefined) unresolved.push(node);
      else if (encloses(target, node)) others.push({ kind: 'alias-self', offset: node.range?.[0] ?? 0, anchor: target.range?.[0] ?? 0 });
      else aliasTargets.set(node, target);
      continue;
    }
    if (!isScalar(node) && !isCollection(node)) continue;
    if (node.anchor) {
      anchors.set(node.anchor, node);
      if (!firstAnchors.has(node.anchor)) firstAnchors.set(node.anchor, node.range?.[0] ?? 0);
    }
    if (!isCollection(node)) continue;
    if (depth + 1 > MAX_DEPTH) {
      // Reported once, at the first collection too deep; nothing deeper is looked at.
      if (!tooDeep) others.push({ kind: 'too-deep', offset: node.range?.[0] ?? 0 });
      tooDeep = true;
      continue;
    }
    if (isMap(node)) duplicates.push(...duplicateKeys(node.items as Pair[]));
    for (let i = node.items.length - 1; i >= 0; i--) stack.push({ node: node.items[i], depth: depth + 1 });
  }
  for (const alias of unresolved) {
    const offset = alias.range?.[0] ?? 0;
    const anchor = firstAnchors.get(alias.source);
    others.push(anchor === undefined ? { kind: 'alias-missing', offset } : { kind: 'alias-later', offset, anchor });
  }
  const byPlace = (a: StructureProblem, b: StructureProblem): number => a.offset - b.offset;
  return { structure: [...duplicates.sort(byPlace), ...others.sort(byPlace)], aliasTargets };
}

/** Whether `alias` stands inside the collection `target` (an alias to its own ancestor). */
function encloses(target: YamlNode, alias: Alias): boolean {
  const inner = alias.range?.[0];
  const range = target.range;
  return yamlLib().isCollection(target) && range !== undefined && range !== null && inner !== undefined && range[0] <= inner && inner < range[1];
}

/** `yaml`'s duplicates (uniqueKeys): scalar keys whose values are ===, each after the first, at the key. */
function duplicateKeys(pairs: readonly Pair[]): StructureProblem[] {
  const { isScalar } = yamlLib();
  const seen = new Set<unknown>();
  const found: StructureProblem[] = [];
  for (const pair of pairs) {
    const key = pair.key;
    if (!isScalar(key)) continue;
    // NaN is not === to itself, so `yaml` never calls it a duplicate; a Set would.
    if (typeof key.value === 'number' && Number.isNaN(key.value)) continue;
    if (seen.has(key.value)) found.push({ kind: 'duplicate-key', offset: key.range?.[0] ?? 0 });
    else seen.add(key.value);
  }
  return found;
}

