/**
 * Editing a complaint file's frontmatter at the source positions of its YAML, so that everything
 * an edit does not touch (comments, key order, layout, quoting, line endings, byte-order mark, the
 * body) stays byte for byte. Used by every step command; `klacht anonimiseer` works the same way.
 *
 * Each edit is a splice of the text, after which the text is parsed again and compared with what
 * the edit should have made of the data: an edit that would change anything else, or read back
 * differently, is refused (EditError) instead of written.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Document, Node as YamlNode, Pair, Scalar, YAMLMap } from 'yaml';
import { splitFrontmatter } from './frontmatter.js';
import { isSafePlain, renderScalar, doubleQuoted } from './yaml-scalar.js';
import { yamlLib } from './yaml-lib.js';

export type EditPath = readonly (string | number)[];
/** A value to write: text, a flag, a mapping (its keys in order) or a list. */
export type EditValue = string | boolean | EditMap | readonly EditValue[];
export interface EditMap { readonly [key: string]: EditValue }

/** The canonical order of the keys of the mapping at `mapPath` (list indices as numbers). */
export type KeyOrder = (mapPath: EditPath) => readonly string[];

/** An edit that cannot be made safely. Its message is Dutch and names fields, never values. */
export class EditError extends Error {}

interface Parsed { readonly doc: Document; readonly data: Record<string, unknown> }

type Operation = { readonly kind: 'set'; readonly path: EditPath; readonly value: EditValue } | { readonly kind: 'append'; readonly path: EditPath; readonly item: EditValue };

const noOrder: KeyOrder = () => [];

/** Opens a complaint file's text for editing; refuses a file whose frontmatter cannot be read. */
export function editFrontmatter(fileText: string, order: KeyOrder = noOrder): FrontmatterEditor {
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
  if (split.kind !== 'split' || start === -1) {
    throw new EditError('De frontmatter van het bestand is niet te lezen; herstel eerst de fouten (klacht valideer).');
  }
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
    const { doc } = this.parsed;
    return path.length === 0 ? doc.contents : doc.getIn(path, true);
  }

  private setAt(path: EditPath, value: EditValue): void {
    const { isMap, isScalar } = yamlLib();
    const node = this.node(path);
    if (isEditMap(value) && isMap(node)) {
      for (const [key, child] of Object.entries(value)) this.setAt([...path, key], child);
      return;
    }
    if (isScalar(node)) {
      this.replaceScalar(node, path, value);
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
    const { isScalar, isSeq } = yamlLib();
    const node = this.node(path);
    if (!isSeq(node)) {
      if (node === undefined || (isScalar(node) && node.value === null)) this.setAt(path, [item]);
      else throw new EditError(`Het veld ${path.join('.')} is geen lijst.`);
      return;
    }
    const range = rangeOf(node);
    const last = node.items[node.items.length - 1] as YamlNode | undefined;
    if (node.flow) {
      const text = this.flow(item);
      if (!last) this.splice(range[0], range[1], `[${text}]`);
      else this.splice(rangeOf(last)[1], rangeOf(last)[1], `, ${text}`);
      return;
    }
    const first = node.items[0] as YamlNode;
    const firstStart = rangeOf(first)[0];
    const prefix = this.matter.slice(lineStart(this.matter, firstStart), firstStart);
    const dash = prefix.lastIndexOf('-');
    if (dash === -1) throw new EditError(`De lijst ${path.join('.')} heeft een vorm die niet veilig kan worden aangevuld.`);
    const flowItem = last !== undefined && yamlLib().isMap(last) && last.flow === true;
    this.insertLines(this.afterLine(range[1]), this.itemLines(item, ' '.repeat(dash), flowItem));
  }

  /** Replaces a scalar's text; `value` may be a collection only where the scalar is empty (null). */
  private replaceScalar(node: Scalar, path: EditPath, value: EditValue): void {
    const [start, end] = rangeOf(node);
    const parentPath = path.slice(0, -1);
    const parent = this.node(parentPath);
    const inFlow = (parent as { flow?: boolean } | undefined)?.flow === true;
    const wasBlock = /^[|>]/.test(this.matter.slice(start, end));
    const endedLine = wasBlock && this.matter[end - 1] === '\n';
    const space = start > 0 && !/\s/.test(this.matter[start - 1] ?? ' ') ? ' ' : '';
    const indent = this.columnIndent(parent) + this.unit;
    if (typeof value === 'string' || typeof value === 'boolean') {
      const rendered = renderScalar(value, { inFlow, indent });
      if (rendered.kind === 'inline') {
        this.splice(start, end, `${space}${rendered.text}${endedLine ? this.eol : ''}`);
      } else if (wasBlock) {
        this.splice(start, end, `${space}${rendered.header}${this.eol}${rendered.lines.join(this.eol)}${endedLine ? this.eol : ''}`);
      } else {
        // What followed the old value on its line (a comment) moves up to the block's header line.
        const lineEnd = this.lineEnd(end);
        const rest = this.matter.slice(end, lineEnd);
        this.splice(start, lineEnd, `${space}${rendered.header}${rest}${this.eol}${rendered.lines.join(this.eol)}`);
      }
      return;
    }
    if (node.value !== null) throw new EditError(`Het veld ${path.join('.')} heeft al een waarde die geen lijst of groep velden is.`);
    if (inFlow) {
      this.splice(start, end, `${space}${this.flow(value)}`);
      return;
    }
    // An empty value: the block goes under its key, after anything else on the key's line.
    const lineEnd = this.lineEnd(end);
    const lines = Array.isArray(value)
      ? value.flatMap((item) => this.itemLines(item, indent, false))
      : Object.entries(value).flatMap(([key, child]) => this.keyLines(key, child, indent));
    this.splice(start, lineEnd, `${this.matter.slice(end, lineEnd)}${this.eol}${lines.join(this.eol)}`);
  }

  private addKey(map: YAMLMap, mapPath: EditPath, key: string, value: EditValue): void {
    const pairs = map.items as Pair[];
    const order = this.order(mapPath);
    const place = insertionPlace(pairs.map((p) => keyName(p)), order.indexOf(key), order);
    if (map.flow) {
      const text = `${plainKey(key)}: ${this.flow(value)}`;
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
    const lines = this.keyLines(key, value, indent);
    const before = place.before === undefined ? undefined : rangeOf(pairs[place.before]?.key as YamlNode)[0];
    if (before !== undefined && /^ *$/.test(this.matter.slice(lineStart(this.matter, before), before))) {
      this.insertLines(lineStart(this.matter, before), lines);
      return;
    }
    const after = pairs[place.after ?? pairs.length - 1] as Pair;
    this.insertLines(this.afterLine(rangeOf((after.value ?? after.key) as YamlNode)[1]), lines);
  }

  /** The lines of `key: value` in a block mapping indented by `indent`. */
  private keyLines(key: string, value: EditValue, indent: string): string[] {
    const name = `${indent}${plainKey(key)}:`;
    if (typeof value === 'string' || typeof value === 'boolean') {
      const rendered = renderScalar(value, { inFlow: false, indent: indent + this.unit });
      return rendered.kind === 'inline' ? [`${name} ${rendered.text}`] : [`${name} ${rendered.header}`, ...rendered.lines];
    }
    const child = indent + this.unit;
    if (Array.isArray(value)) return value.length === 0 ? [`${name} []`] : [name, ...value.flatMap((item) => this.itemLines(item, child, false))];
    const entries = Object.entries(value);
    return entries.length === 0 ? [`${name} {}`] : [name, ...entries.flatMap(([k, v]) => this.keyLines(k, v, child))];
  }

  /** The lines of a list item (`- ...`) whose dash stands at `dashIndent`. */
  private itemLines(item: EditValue, dashIndent: string, flowItem: boolean): string[] {
    const inner = `${dashIndent}  `;
    if (typeof item === 'string' || typeof item === 'boolean') {
      const rendered = renderScalar(item, { inFlow: false, indent: inner });
      return rendered.kind === 'inline' ? [`${dashIndent}- ${rendered.text}`] : [`${dashIndent}- ${rendered.header}`, ...rendered.lines];
    }
    const singleLine = (value: EditValue): boolean => typeof value !== 'string' || !value.includes('\n');
    if (Array.isArray(item) || (flowItem && Object.values(item).every(singleLine))) return [`${dashIndent}- ${this.flow(item)}`];
    const lines = Object.entries(item).flatMap(([key, value]) => this.keyLines(key, value, inner));
    if (lines.length === 0) return [`${dashIndent}- {}`];
    return [`${dashIndent}- ${(lines[0] ?? '').slice(inner.length)}`, ...lines.slice(1)];
  }

  /** A value in flow style (inside `{ }` or `[ ]`). */
  private flow(value: EditValue): string {
    if (typeof value === 'string' || typeof value === 'boolean') {
      const rendered = renderScalar(value, { inFlow: true, indent: '' });
      return rendered.kind === 'inline' ? rendered.text : doubleQuoted(String(value));
    }
    if (Array.isArray(value)) return `[${value.map((v) => this.flow(v)).join(', ')}]`;
    const entries = Object.entries(value as EditMap);
    return entries.length === 0 ? '{}' : `{ ${entries.map(([k, v]) => `${plainKey(k)}: ${this.flow(v)}`).join(', ')} }`;
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

  /** The indentation of a block mapping's keys (the column of its first key). */
  private columnIndent(map: unknown): string {
    const { isMap } = yamlLib();
    if (!isMap(map) || map.items.length === 0) return '';
    const start = rangeOf((map.items[0] as Pair).key as YamlNode)[0];
    return ' '.repeat(start - lineStart(this.matter, start));
  }
}

/** Where a new key goes: after the last present key that comes before it in the canonical order, or before the first that comes after. */
function insertionPlace(keys: readonly (string | undefined)[], index: number, order: readonly string[]): { after?: number; before?: number } {
  if (index === -1) return {};
  let after: number | undefined;
  let afterRank = -1;
  let before: number | undefined;
  let beforeRank = Infinity;
  keys.forEach((key, i) => {
    const rank = key === undefined ? -1 : order.indexOf(key);
    if (rank === -1) return;
    if (rank < index && rank >= afterRank) { after = i; afterRank = rank; }
    if (rank > index && rank < beforeRank) { before = i; beforeRank = rank; }
  });
  return after !== undefined ? { after } : before !== undefined ? { before } : {};
}

function parse(matter: string): Parsed {
  const { parseDocument, isMap } = yamlLib();
  const doc = parseDocument(matter, { schema: 'core', version: '1.2', uniqueKeys: true, strict: true, logLevel: 'error' });
  if (doc.errors.length > 0 || !isMap(doc.contents)) throw new EditError('De frontmatter van het bestand is niet te lezen; herstel eerst de fouten (klacht valideer).');
  return { doc, data: doc.toJS({ maxAliasCount: 0 }) as Record<string, unknown> };
}

function rangeOf(node: YamlNode): readonly [number, number, number] {
  const range = node.range;
  if (!range) throw new EditError('Een veld heeft geen plaats in het bestand.');
  return range;
}

function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

function keyName(pair: Pair): string | undefined {
  const key = pair.key as { value?: unknown } | null;
  return typeof key?.value === 'string' ? key.value : undefined;
}

function plainKey(key: string): string {
  return isSafePlain(key) ? key : doubleQuoted(key);
}

/** The indentation step of the file: the first indented line's indentation, 2 when there is none. */
function indentUnit(matter: string): number {
  const match = /\n( +)[^ \r\n#-]/.exec(matter);
  return match?.[1] ? match[1].length : 2;
}

function isEditMap(value: EditValue): value is EditMap {
  return typeof value === 'object' && !Array.isArray(value);
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
