/**
 * Editing a complaint file's frontmatter at the source positions of its YAML, so that everything
 * an edit does not touch (comments, key order, layout, quoting, line endings, byte-order mark, the
 * body) stays byte for byte. Used by every step command and by `klacht anonimiseer`.
 *
 * The editor reads what the checker reads (yaml-document.ts: the same parse, aliases resolved):
 * whatever `klacht valideer` accepts can be opened here. Comments stay in every position: after
 * an empty value, on a block scalar's header line, on lines below a value (a block is not written
 * where it would take such a line into its text: edit-lines.ts), inside an empty flow collection.
 * Aliases: edit-aliases.ts. New keys and new mappings follow the schema's order (KeyOrder).
 *
 * Each operation (`set`, `append`) is folded into the changes against the file as it was read
 * (edit-plan.ts makes their splices), checked there at once for what can be known without
 * writing: aliases on the way, the kind of value that stands there, the limits of the editor.
 * The text is made when it is asked for (`text`, `data`): all splices in one pass, then one
 * read, compared with what the operations should have made of the data. An edit that would
 * change anything else, or read back differently, is refused (EditError) instead of written.
 *
 * Reading is done as the checker does it: by the plain reader where it answers (plain-yaml.ts:
 * only where it reads what `yaml` reads), else by `yaml`, whose tree the edits need. So a step on
 * a file in the plain subset costs one `yaml` parse, made at its first edit, whatever its number
 * of edits: parsing again after every edit made a step on a file of 1 MB take many seconds.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Alias, Document, Node as YamlNode, Scalar } from 'yaml';
import { splitFrontmatter } from './frontmatter.js';
import { MAX_FILE_BYTES } from './decode.js';
import { reach, repeatedAnchors, type Reached } from './edit-aliases.js';
import { isEditMap, type EditValue, type KeyOrder } from './edit-lines.js';
import { bySplice, Planner, type Change, type Splice } from './edit-plan.js';
import { indentUnit } from './edit-places.js';
import { EMPTY, firstDifference, foldAt, merged, valueAt, withOperation, type Operation } from './edit-values.js';
import { aliasNotReplaced, EditError, editorLimit, throughAlias, wrongShape, type EditPath } from './edit-refusals.js';
import { parsePlainYaml } from './plain-yaml.js';
import { MAX_ALIASES, readYamlDocument } from './yaml-document.js';
import { yamlLib } from './yaml-lib.js';

export { EditError, type EditPath } from './edit-refusals.js';
export type { EditMap, EditValue, KeyOrder } from './edit-lines.js';

interface Parsed {
  readonly doc: Document.Parsed;
  readonly data: Record<string, unknown>;
  /** Anchored nodes that an alias repeats, with that alias. */
  readonly repeated: ReadonlyMap<YamlNode, Alias>;
  readonly lineOf: (offset: number) => number;
}

const noOrder: KeyOrder = () => [];
const UNREADABLE = 'De frontmatter van het bestand is niet te lezen; herstel eerst de fouten (klacht valideer).';

/** Opens a complaint file's text for editing; refuses a file whose frontmatter cannot be read. */
export function editFrontmatter(fileText: string, order: KeyOrder = noOrder): FrontmatterEditor {
  // A text longer than the limit in characters is longer in bytes too: refused before any parse.
  // (The commands refuse a file over the limit earlier, as klacht valideer does: decode.ts.)
  if (fileText.length > MAX_FILE_BYTES) throw new EditError(`Het bestand is groter dan ${MAX_FILE_BYTES / 1024 / 1024} MB; klacht wijzigt het niet.`);
  const bom = fileText.startsWith('\uFEFF') ? '\uFEFF' : '';
  const text = fileText.slice(bom.length);
  const split = splitFrontmatter(text);
  const lineBreak = text.search(/\r?\n/);
  // The matter starts at the first line break, or (as gray-matter splits `--- ` with spaces after the
  // fence) right after the fence: wherever the split put it on the first line.
  let start = -1;
  if (split.kind === 'split' && lineBreak !== -1) {
    for (let at = lineBreak; at >= 3; at--) {
      if (text.startsWith(split.matter, at)) {
        start = at;
        break;
      }
    }
  }
  if (split.kind !== 'split' || start === -1) throw new EditError(UNREADABLE);
  return new FrontmatterEditor(bom + text.slice(0, start), split.matter, text.slice(start + split.matter.length), order);
}

export class FrontmatterEditor {
  private readonly eol: string;
  private readonly unit: string;
  /** `yaml`'s reading of `matter`, made when an edit first needs it (see `parsed`). */
  private parsedNow: Parsed | undefined;
  private plannerNow: Planner | undefined;
  /** The data of `matter`. */
  private read: Record<string, unknown>;
  /** What the operations so far should make of the data (path-copied: the data read is never changed). */
  private expected: Record<string, unknown>;
  /** The changes against `matter`, by the node they change, and their splices. */
  private readonly changes = new Map<YamlNode, Change>();
  private readonly planned = new Map<Change, readonly Splice[]>();
  /** During an operation: how to undo what it changed so far, and the changes it touched. */
  private undo: (() => void)[] = [];
  private touched = new Set<Change>();

  constructor(private readonly head: string, private matter: string, private tail: string, private readonly order: KeyOrder) {
    this.eol = matter.includes('\r\n') ? '\r\n' : '\n';
    this.unit = ' '.repeat(indentUnit(matter));
    this.read = readData(matter, () => this.parsed);
    this.expected = this.read;
  }

  /** The whole file with every edit so far (checked: see the module comment). */
  get text(): string {
    this.settle();
    return this.head + this.matter + this.tail;
  }

  /** The frontmatter data with every edit so far, as read back from the text. */
  get data(): Record<string, unknown> {
    this.settle();
    return this.read;
  }

  /** Sets a value; a mapping is merged key by key into an existing one. Missing parents are made. */
  set(path: EditPath, value: EditValue): void {
    this.operate({ kind: 'set', path, value }, () => this.setAt(path, value));
  }

  /** Appends an item to the list at `path` (made when missing); returns the item's index. */
  append(path: EditPath, item: EditValue): number {
    const current = valueAt(this.expected, path);
    const index = Array.isArray(current) ? current.length : 0;
    this.operate({ kind: 'append', path, item }, () => this.appendAt(path, item));
    return index;
  }

  /** The body: what follows the closing `---` and its line break (as splitFrontmatter gives it). */
  get body(): string {
    let at = this.tail.indexOf('---') + 3;
    if (this.tail[at] === '\r') at++;
    if (this.tail[at] === '\n') at++;
    return this.tail.slice(at);
  }

  /** Replaces the body (everything after the closing `---`) by `body`, written with the file's line ending. */
  setBody(body: string): void {
    const fence = this.tail.indexOf('---');
    this.tail = `${this.tail.slice(0, fence)}---${this.eol}${body}${this.eol}`;
  }

  private operate(operation: Operation, fold: () => void): void {
    this.undo = [];
    this.touched = new Set();
    try {
      fold();
      const plans = [...this.touched].map((change) => [change, this.planner.splices(change)] as const);
      for (const [change, splices] of plans) this.planned.set(change, splices);
      this.expected = withOperation(this.expected, operation);
    } catch (error) {
      // Nothing of a failed operation stays: the editor is as it was before it.
      for (const undo of this.undo.reverse()) undo();
      throw error;
    }
  }

  /** `yaml`'s reading of the text as it is now (made on first use: the plain reader has no tree to edit). */
  private get parsed(): Parsed {
    this.parsedNow ??= parse(this.matter);
    return this.parsedNow;
  }

  private get planner(): Planner {
    this.plannerNow ??= new Planner(this.matter, this.eol, this.unit, this.order, this.parsed.lineOf);
    return this.plannerNow;
  }

  private reach(path: EditPath): Reached {
    return reach(this.parsed.doc, this.parsed.repeated, path, this.parsed.lineOf);
  }

  private lineOf(node: unknown): number {
    return this.parsed.lineOf((node as YamlNode | null)?.range?.[0] ?? 0);
  }

  private setAt(path: EditPath, value: EditValue): void {
    const { isAlias, isMap, isScalar } = yamlLib();
    const reached = this.reach(path);
    const { node, parent, depth } = reached;
    if (depth < path.length) {
      this.fold(reached, path, (old) => merged(old, value));
      return;
    }
    if (isEditMap(value) && isMap(node)) {
      for (const [key, child] of Object.entries(value)) this.setAt([...path, key], child);
      return;
    }
    if (!isScalar(node) && !isAlias(node)) throw wrongShape(path, 'is een lijst of groep velden, waar klacht één waarde schrijft', this.lineOf(node));
    if (typeof value !== 'string' && typeof value !== 'boolean') {
      if (isAlias(node)) throw aliasNotReplaced(path, this.lineOf(node));
      if (node.value !== null) throw wrongShape(path, 'heeft al een waarde, waar klacht een lijst of groep velden schrijft', this.lineOf(node));
    }
    const change = this.valueChange(node, parent, path);
    this.replaceValue(change, merged(change.value, value));
  }

  private appendAt(path: EditPath, item: EditValue): void {
    const { isAlias, isScalar, isSeq } = yamlLib();
    const reached = this.reach(path);
    const { node, parent, depth } = reached;
    const appended = (old: EditValue | undefined): EditValue => {
      if (old !== undefined && !Array.isArray(old)) throw wrongShape(path, 'is geen lijst', this.lineOf(node));
      return [...(old ?? []) as readonly EditValue[], item];
    };
    if (depth < path.length) {
      this.fold(reached, path, appended);
    } else if (isSeq(node)) {
      const change = this.changeOf(node, () => ({ kind: 'items', node, path, items: [] }));
      if (change.kind !== 'items') throw editorLimit(path, 'de lijst is al op een andere manier gewijzigd', this.lineOf(node));
      change.items.push(item);
      this.undo.push(() => change.items.pop());
    } else if (isAlias(node)) {
      throw throughAlias(path, this.lineOf(node));
    } else if (isScalar(node) && node.value === null) {
      const change = this.valueChange(node, parent, path);
      this.replaceValue(change, appended(change.value === EMPTY ? undefined : change.value));
    } else {
      throw wrongShape(path, 'is geen lijst', this.lineOf(node));
    }
  }

  /**
   * An operation on `path` below the node the file has at `path.slice(0, depth)`: folded into the
   * new value of a missing key, of a new list item, or of an empty value.
   */
  private fold({ node, parent, depth }: Reached, path: EditPath, apply: (old: EditValue | undefined) => EditValue): void {
    const { isMap, isScalar, isSeq } = yamlLib();
    const here = path.slice(0, depth);
    const segment = path[depth];
    const below = (old: EditValue | undefined, from: number): EditValue => foldAt(old, path, from, apply, (at) => wrongShape(path.slice(0, at), 'is geen groep velden of lijst', this.lineOf(node)));
    if (isMap(node) && typeof segment === 'string') {
      const change = this.changeOf(node, () => ({ kind: 'keys', node, path: here, keys: new Map() }));
      if (change.kind !== 'keys') throw editorLimit(path, 'de groep velden is al op een andere manier gewijzigd', this.lineOf(node));
      const had = change.keys.has(segment);
      const old = change.keys.get(segment);
      change.keys.set(segment, below(old, depth + 1));
      this.undo.push(() => (had ? change.keys.set(segment, old as EditValue) : change.keys.delete(segment)));
      return;
    }
    if (isSeq(node) && typeof segment === 'number') {
      // An item that is not in the file: one appended by an earlier operation.
      const change = this.changes.get(node);
      const index = segment - node.items.length;
      if (change?.kind !== 'items' || index < 0 || index >= change.items.length) throw wrongShape(path.slice(0, depth + 1), 'bestaat niet', this.lineOf(node));
      const old = change.items[index] as EditValue;
      change.items[index] = below(old, depth + 1);
      this.touched.add(change);
      this.undo.push(() => { change.items[index] = old; });
      return;
    }
    if (isScalar(node) && node.value === null) {
      const change = this.valueChange(node, parent, here);
      this.replaceValue(change, below(change.value === EMPTY ? undefined : change.value, depth));
      return;
    }
    throw wrongShape(here, 'is geen groep velden of lijst', this.lineOf(node));
  }

  /** The change of a scalar or alias (made, with the value it has now, when there is none yet). */
  private valueChange(node: Scalar | Alias, parent: unknown, path: EditPath): Extract<Change, { kind: 'value' }> {
    const change = this.changeOf(node, () => ({ kind: 'value', node, parent, path, value: EMPTY }));
    if (change.kind !== 'value') throw editorLimit(path, 'het veld is al op een andere manier gewijzigd', this.lineOf(node));
    return change;
  }

  private replaceValue(change: Extract<Change, { kind: 'value' }>, value: EditValue): void {
    const old = change.value;
    change.value = value;
    this.undo.push(() => { change.value = old; });
  }

  private changeOf(node: YamlNode, make: () => Change): Change {
    let change = this.changes.get(node);
    if (!change) {
      const made = make();
      this.changes.set(node, made);
      this.undo.push(() => { this.changes.delete(node); });
      change = made;
    }
    this.touched.add(change);
    return change;
  }

  /**
   * Applies every change in one pass, parses the result once, and holds it to what the
   * operations should have made of the data; then the result is the file as read.
   */
  private settle(): void {
    if (this.changes.size === 0) return;
    const splices = [...this.planned.values()].flat().sort(bySplice);
    const first = [...this.changes.values()][0] as Change;
    const pieces: string[] = [];
    let done = 0;
    for (const splice of splices) {
      if (splice.start < done) throw this.unsafe(first, 'twee wijzigingen zouden op dezelfde plaats komen');
      pieces.push(this.matter.slice(done, splice.start), splice.text);
      done = splice.end;
    }
    pieces.push(this.matter.slice(done));
    const matter = pieces.join('');
    let read: Record<string, unknown>;
    let parsed: Parsed | undefined;
    try {
      read = readData(matter, () => (parsed = parse(matter)));
    } catch {
      throw this.unsafe(first, 'na de wijziging zou de YAML niet meer te lezen zijn');
    }
    if (!isDeepStrictEqual(read, this.expected)) {
      const changed = this.changeAt(firstDifference(read, this.expected) ?? []) ?? first;
      throw this.unsafe(changed, 'de wijziging zou ook iets anders in het bestand veranderen, of anders gelezen worden');
    }
    this.matter = matter;
    this.read = read;
    this.expected = read;
    this.parsedNow = parsed;
    this.plannerNow = undefined;
    this.changes.clear();
    this.planned.clear();
  }

  /** The change whose path is the longest start of `path`. */
  private changeAt(path: EditPath): Change | undefined {
    let best: Change | undefined;
    for (const change of this.changes.values()) {
      const covers = change.path.every((segment, i) => path[i] === segment);
      if (covers && change.path.length >= (best?.path.length ?? -1)) best = change;
    }
    return best;
  }

  private unsafe(change: Change, why: string): EditError {
    return editorLimit(change.path, why, this.lineOf(change.node));
  }

}

/**
 * The data of a frontmatter as the checker reads it: by the plain reader where it answers (a
 * mapping with keys; it answers only where `yaml` reads the same), else by `parse`.
 */
function readData(matter: string, parse: () => Parsed): Record<string, unknown> {
  const plain = parsePlainYaml(matter);
  if (plain !== undefined && Object.keys(plain).length > 0) return plain;
  return parse().data;
}

/** The frontmatter as the checker reads it; anything the checker would refuse is refused here. */
function parse(matter: string): Parsed {
  // A step opens its file twice (to read it, then to edit it): the second time costs nothing.
  if (lastRead?.matter === matter) return lastRead.parsed;
  const { isMap } = yamlLib();
  const { doc, structure, aliasTargets, lineCounter } = readYamlDocument(matter, { sourceTokens: true });
  if (doc.errors.length > 0 || structure.length > 0 || !isMap(doc.contents)) throw new EditError(UNREADABLE);
  let data: Record<string, unknown>;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES }) as Record<string, unknown>;
  } catch {
    throw new EditError(UNREADABLE);
  }
  const parsed = { doc, data, repeated: repeatedAnchors(aliasTargets), lineOf: (offset: number) => lineCounter.linePos(offset).line };
  lastRead = { matter, parsed };
  return parsed;
}

/** The last frontmatter parsed, and its parse (never changed: the editor copies what it changes). */
let lastRead: { readonly matter: string; readonly parsed: Parsed } | undefined;
