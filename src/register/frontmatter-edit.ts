/**
 * Editing a complaint file's frontmatter at the source positions of its YAML, so that everything
 * an edit does not touch (comments, key order, layout, quoting, line endings, byte-order mark, the
 * body) stays byte for byte. Used by every step command; `klacht anonimiseer` works the same way.
 *
 * The editor reads what the checker reads (yaml-document.ts: the same parse, aliases resolved):
 * whatever `klacht valideer` accepts can be opened here. Comments stay in every position: after
 * an empty value, on a block scalar's header line, on lines below a value (a block is not written
 * where it would take such a line into its text: edit-lines.ts). Aliases: edit-aliases.ts.
 *
 * Each edit is a splice of the text, after which the text is parsed again and compared with what
 * the edit should have made of the data: an edit that would change anything else, or read back
 * differently, is refused (EditError) instead of written.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Alias, Document, Node as YamlNode, Pair, Scalar, YAMLMap } from 'yaml';
import { splitFrontmatter } from './frontmatter.js';
import { MAX_FILE_BYTES } from './decode.js';
import { aliasNotReplaced, EditError, nodeForEdit, repeatedAnchors, type EditPath } from './edit-aliases.js';
import { isEditMap, LineWriter, plainKey, type EditMap, type EditValue } from './edit-lines.js';
import { deepestLooseLine, indentUnit, insertionPlace, lineStart } from './edit-places.js';
import { MAX_ALIASES, readYamlDocument } from './yaml-document.js';
import { yamlLib } from './yaml-lib.js';

export { EditError, type EditPath } from './edit-aliases.js';
export type { EditMap, EditValue } from './edit-lines.js';

/** The canonical order of the keys of the mapping at `mapPath` (list indices as numbers). */
export type KeyOrder = (mapPath: EditPath) => readonly string[];

interface Parsed {
  readonly doc: Document.Parsed;
  readonly data: Record<string, unknown>;
  /** Anchored nodes that an alias repeats, with that alias. */
  readonly repeated: ReadonlyMap<YamlNode, Alias>;
}

type Operation = { readonly kind: 'set'; readonly path: EditPath; readonly value: EditValue } | { readonly kind: 'append'; readonly path: EditPath; readonly item: EditValue };

const noOrder: KeyOrder = () => [];
const UNREADABLE = 'De frontmatter van het bestand is niet te lezen; herstel eerst de fouten (klacht valideer).';

/** Opens a complaint file's text for editing; refuses a file whose frontmatter cannot be read. */
export function editFrontmatter(fileText: string, order: KeyOrder = noOrder): FrontmatterEditor {
  // A text longer than the limit in characters is longer in bytes too: refused before any parse.
  if (fileText.length > MAX_FILE_BYTES) throw new EditError(`Het bestand is groter dan ${MAX_FILE_BYTES / 1024 / 1024} MB en is niet gelezen.`);
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
  private parsed: Parsed;

  constructor(private readonly head: string, private matter: string, private readonly tail: string, private readonly order: KeyOrder) {
    this.eol = matter.includes('\r\n') ? '\r\n' : '\n';
    this.unit = ' '.repeat(indentUnit(matter));
    this.parsed = parse(matter);
  }

  /** The whole file as it is now. */
  get text(): string {
    return this.head + this.matter + this.tail;
  }

  /** The frontmatter data as it is now. */
  get data(): Record<string, unknown> {
    return this.parsed.data;
  }

  /** Sets a value; a mapping is merged key by key into an existing one. Missing parents are made. */
  set(path: EditPath, value: EditValue): void {
    this.apply({ kind: 'set', path, value }, () => this.setAt(path, value));
  }

  /** Appends an item to the list at `path` (made when missing); returns the item's index. */
  append(path: EditPath, item: EditValue): number {
    const current = getPlain(this.data, path);
    const index = Array.isArray(current) ? current.length : 0;
    this.apply({ kind: 'append', path, item }, () => this.appendAt(path, item));
    return index;
  }

  private apply(operation: Operation, edit: () => void): void {
    const expected = applyPlain(structuredClone(this.data), operation);
    const before = { matter: this.matter, parsed: this.parsed };
    try {
      edit();
      if (!isDeepStrictEqual(this.parsed.data, expected)) {
        throw new EditError(`Het veld ${operation.path.join('.')} kon niet veilig worden gewijzigd; er is niets geschreven.`);
      }
    } catch (error) {
      // Nothing of a failed operation stays: the editor is as it was before it.
      this.matter = before.matter;
      this.parsed = before.parsed;
      throw error;
    }
  }

  private splice(start: number, end: number, text: string): void {
    const matter = this.matter.slice(0, start) + text + this.matter.slice(end);
    let parsed: Parsed;
    try {
      parsed = parse(matter);
    } catch {
      throw new EditError('Na de wijziging zou de frontmatter niet meer te lezen zijn; er is niets geschreven.');
    }
    this.matter = matter;
    this.parsed = parsed;
  }

  private node(path: EditPath): unknown {
    return nodeForEdit(this.parsed.doc, this.parsed.repeated, path);
  }

  private setAt(path: EditPath, value: EditValue): void {
    const { isAlias, isMap, isScalar } = yamlLib();
    const node = this.node(path);
    if (isEditMap(value) && isMap(node)) {
      for (const [key, child] of Object.entries(value)) this.setAt([...path, key], child);
      return;
    }
    if (isScalar(node) || isAlias(node)) {
      this.replaceValue(node, path, value);
      return;
    }
    if (node !== undefined) throw new EditError(`Het veld ${path.join('.')} is een lijst of groep velden en kan niet door één waarde worden vervangen.`);
    const parentPath = path.slice(0, -1);
    const key = path[path.length - 1];
    const parent = this.node(parentPath);
    if (typeof key !== 'string') throw new EditError(`Het veld ${path.join('.')} bestaat niet.`);
    if (isMap(parent)) this.addKey(parent, parentPath, key, value);
    else if (parent === undefined || (isScalar(parent) && parent.value === null)) this.setAt(parentPath, { [key]: value });
    else throw new EditError(`Het veld ${parentPath.join('.')} is geen groep velden.`);
  }

  private appendAt(path: EditPath, item: EditValue): void {
    const { isMap, isScalar, isSeq } = yamlLib();
    const node = this.node(path);
    if (!isSeq(node)) {
      if (node === undefined || (isScalar(node) && node.value === null)) this.setAt(path, [item]);
      else throw new EditError(`Het veld ${path.join('.')} is geen lijst.`);
      return;
    }
    const range = rangeOf(node);
    const last = node.items[node.items.length - 1] as YamlNode | undefined;
    if (node.flow) {
      const text = this.writer(-1).flow(item);
      if (!last) this.splice(range[0], range[1], `[${text}]`);
      else this.splice(rangeOf(last)[1], rangeOf(last)[1], `, ${text}`);
      return;
    }
    // A block list's range starts at its first dash; every dash stands in that column.
    const dash = range[0] - lineStart(this.matter, range[0]);
    if (this.matter[range[0]] !== '-') throw new EditError(`De lijst ${path.join('.')} heeft een vorm die niet veilig kan worden aangevuld.`);
    const flowItem = last !== undefined && isMap(last) && last.flow === true;
    const at = this.afterLine(range[1]);
    this.insertLines(at, this.writer(at).itemLines(item, ' '.repeat(dash), flowItem));
  }

  /**
   * Replaces a scalar's or an alias's text; `value` may be a collection only where the scalar is
   * empty (null). A comment after an empty value, and one on a block scalar's header, stay.
   */
  private replaceValue(node: Scalar | Alias, path: EditPath, value: EditValue): void {
    const [start, end] = rangeOf(node);
    const parent = this.node(path.slice(0, -1));
    const inFlow = (parent as { flow?: boolean } | undefined)?.flow === true;
    // `key: # note`: the empty value's place is the comment, which must not be glued to the value.
    const glue = start === end && this.matter[start] === '#' ? ' ' : '';
    const space = start > 0 && !/\s/.test(this.matter[start - 1] ?? ' ') ? ' ' : '';
    const indent = this.blockIndent(parent, start);
    if (typeof value !== 'string' && typeof value !== 'boolean') {
      if (yamlLib().isAlias(node)) throw new EditError(aliasNotReplaced(path, node.source));
      if (node.value !== null) throw new EditError(`Het veld ${path.join('.')} heeft al een waarde die geen lijst of groep velden is.`);
      if (inFlow) this.splice(start, end, `${space}${this.writer(-1).flow(value)}${glue}`);
      else this.fillEmpty(start, end, value, indent);
      return;
    }
    // A block scalar's range runs from its header (`>- # note`) through its last line break.
    const block = /^[|>][0-9+-]*([ \t]+#[^\r\n]*)?/.exec(this.matter.slice(start, end));
    const headerComment = block?.[1] ?? '';
    const endedLine = block !== null && this.matter[end - 1] === '\n' ? this.eol : '';
    // The lines after the value, which a block written here could take in.
    const rendered = this.writer(block ? end : this.afterLine(end)).scalar(value, indent, inFlow);
    if (rendered.kind === 'inline') {
      this.splice(start, end, `${space}${rendered.text}${headerComment}${glue}${endedLine}`);
    } else if (block) {
      this.splice(start, end, `${space}${rendered.header}${headerComment}${this.eol}${rendered.lines.join(this.eol)}${endedLine}`);
    } else {
      // What followed the old value on its line (a comment) moves up to the block's header line.
      const lineEnd = this.lineEnd(end);
      const rest = this.matter.slice(end, lineEnd);
      this.splice(start, lineEnd, `${space}${rendered.header}${rest.startsWith('#') ? ' ' : ''}${rest}${this.eol}${rendered.lines.join(this.eol)}`);
    }
  }

  /**
   * Writes a mapping or list where an empty value (nothing, `~` or `null`) stands in a block
   * mapping: under its key, after the comment on the key's line. The `~` or `null` goes, and so
   * do the spaces before it when nothing follows.
   */
  private fillEmpty(start: number, end: number, value: EditMap | readonly EditValue[], indent: string): void {
    const lineEnd = this.lineEnd(end);
    const rest = this.matter.slice(end, lineEnd).trim() === '' ? '' : this.matter.slice(end, lineEnd);
    let cut = start;
    if (rest === '') while (cut > 0 && this.matter[cut - 1] === ' ') cut--;
    const writer = this.writer(this.afterLine(end));
    const lines = Array.isArray(value)
      ? value.flatMap((item) => writer.itemLines(item, indent, false))
      : Object.entries(value).flatMap(([key, child]) => writer.keyLines(key, child, indent));
    this.splice(cut, lineEnd, `${rest}${this.eol}${lines.join(this.eol)}`);
  }

  private addKey(map: YAMLMap, mapPath: EditPath, key: string, value: EditValue): void {
    const pairs = map.items as Pair[];
    const order = this.order(mapPath);
    const place = insertionPlace(pairs.map((p) => keyName(p)), order.indexOf(key), order);
    if (map.flow) {
      const text = `${plainKey(key)}: ${this.writer(-1).flow(value)}`;
      if (pairs.length === 0) {
        const range = rangeOf(map);
        this.splice(range[0], range[1], `{ ${text} }`);
      } else if (place.before === undefined || place.after !== undefined) {
        const pair = pairs[place.after ?? pairs.length - 1] as Pair;
        const at = rangeOf((pair.value ?? pair.key) as YamlNode)[1];
        this.splice(at, at, `, ${text}`);
      } else {
        const at = rangeOf(pairs[place.before]?.key as YamlNode)[0];
        this.splice(at, at, `${text}, `);
      }
      return;
    }
    const firstKey = pairs[0]?.key as YamlNode;
    const firstStart = rangeOf(firstKey)[0];
    const indent = ' '.repeat(firstStart - lineStart(this.matter, firstStart));
    const before = place.before === undefined ? undefined : rangeOf(pairs[place.before]?.key as YamlNode)[0];
    if (before !== undefined && /^ *$/.test(this.matter.slice(lineStart(this.matter, before), before))) {
      const at = lineStart(this.matter, before);
      this.insertLines(at, this.writer(at).keyLines(key, value, indent));
      return;
    }
    const after = pairs[place.after ?? pairs.length - 1] as Pair;
    const at = this.afterLine(rangeOf((after.value ?? after.key) as YamlNode)[1]);
    this.insertLines(at, this.writer(at).keyLines(key, value, indent));
  }

  /** A writer of new text followed by the line starting at `at`: blocks only where the lines from there cannot be taken in. */
  private writer(at: number): LineWriter {
    return new LineWriter(this.unit, at < 0 ? -1 : deepestLooseLine(this.matter, at));
  }

  /** Inserts whole lines at a line start (or at the end of a matter that ends without a line break). */
  private insertLines(at: number, lines: readonly string[]): void {
    const body = lines.join(this.eol);
    if (at >= this.matter.length && !this.matter.endsWith('\n')) this.splice(this.matter.length, this.matter.length, `${this.eol}${body}`);
    else this.splice(at, at, `${body}${this.eol}`);
  }

  /** The start of the line after the one holding the character before `end`. */
  private afterLine(end: number): number {
    if (end > 0 && this.matter[end - 1] === '\n') return end;
    const next = this.matter.indexOf('\n', end);
    return next === -1 ? this.matter.length : next + 1;
  }

  /** The end of the line holding `at`, before its line break. */
  private lineEnd(at: number): number {
    const next = this.matter.indexOf('\n', at);
    if (next === -1) return this.matter.length;
    return this.matter[next - 1] === '\r' && next - 1 >= at ? next - 1 : next;
  }

  /**
   * The indentation of a block scalar's content lines for a value at `start`: one step deeper
   * than the keys of its mapping; in a list, the item's own column (deeper than its dash).
   */
  private blockIndent(parent: unknown, start: number): string {
    const { isMap } = yamlLib();
    if (isMap(parent) && parent.items.length > 0) {
      const keyStart = rangeOf((parent.items[0] as Pair).key as YamlNode)[0];
      return ' '.repeat(keyStart - lineStart(this.matter, keyStart)) + this.unit;
    }
    return ' '.repeat(start - lineStart(this.matter, start));
  }
}

/** The frontmatter as the checker reads it; anything the checker would refuse is refused here. */
function parse(matter: string): Parsed {
  const { isMap } = yamlLib();
  const { doc, structure, aliasTargets } = readYamlDocument(matter);
  if (doc.errors.length > 0 || structure.length > 0 || !isMap(doc.contents)) throw new EditError(UNREADABLE);
  let data: Record<string, unknown>;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES }) as Record<string, unknown>;
  } catch {
    throw new EditError(UNREADABLE);
  }
  return { doc, data, repeated: repeatedAnchors(aliasTargets) };
}

function rangeOf(node: YamlNode): readonly [number, number, number] {
  const range = node.range;
  if (!range) throw new EditError('Een veld heeft geen plaats in het bestand.');
  return range;
}

function keyName(pair: Pair): string | undefined {
  const key = pair.key as { value?: unknown } | null;
  return typeof key?.value === 'string' ? key.value : undefined;
}

function getPlain(data: unknown, path: EditPath): unknown {
  let node = data;
  for (const segment of path) node = (node as Record<string | number, unknown> | null | undefined)?.[segment];
  return node;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What an operation should make of the plain data: the reference the edited text is held to. */
function applyPlain(data: Record<string, unknown>, operation: Operation): Record<string, unknown> {
  const merge = (target: unknown, value: EditValue): unknown => {
    if (isEditMap(value) && isPlainObject(target)) {
      for (const [key, child] of Object.entries(value)) target[key] = merge(target[key], child);
      return target;
    }
    return structuredClone(value);
  };
  const { path } = operation;
  let parent: Record<string | number, unknown> = data;
  for (const segment of path.slice(0, -1)) {
    const next = parent[segment];
    if (!isPlainObject(next) && !Array.isArray(next)) parent[segment] = {};
    parent = parent[segment] as Record<string | number, unknown>;
  }
  const last = path[path.length - 1] as string | number;
  if (operation.kind === 'set') {
    parent[last] = merge(parent[last], operation.value);
  } else {
    const list = parent[last];
    parent[last] = Array.isArray(list) ? [...list, structuredClone(operation.item)] : [structuredClone(operation.item)];
  }
  return data;
}
