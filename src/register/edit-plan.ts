/**
 * The text edits (splices) that make the editor's changes (frontmatter-edit.ts), each computed
 * from the file as it was read, at the source positions of its YAML. A change is one of:
 * - `value`: a scalar or an alias replaced; an empty value (nothing, `~`, `null`) may be filled
 *   with a mapping or a list. A comment after an empty value, and one on a block scalar's
 *   header, stay;
 * - `keys`: new keys in a mapping, each in its place in the schema's order (keys that go to the
 *   same place written together, in that order), at the column of the mapping's keys;
 * - `items`: new items at the end of a list.
 * An empty flow collection keeps whatever stands between its brackets (a comment, line breaks).
 */
import type { Alias, Node as YamlNode, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { editorLimit, type EditPath } from './edit-refusals.js';
import { LineWriter, orderedEntries, type EditMap, type EditValue, type KeyOrder } from './edit-lines.js';
import { deepestLooseLine, insertionPlace, keyColumn, lineStart, pairStart } from './edit-places.js';
import { yamlLib } from './yaml-lib.js';

export type Change =
  | { readonly kind: 'value'; readonly node: Scalar | Alias; readonly parent: unknown; readonly path: EditPath; value: EditValue }
  | { readonly kind: 'keys'; readonly node: YAMLMap; readonly path: EditPath; readonly keys: Map<string, EditValue> }
  | { readonly kind: 'items'; readonly node: YAMLSeq; readonly path: EditPath; readonly items: EditValue[] };

/**
 * Replace `start`..`end` of the text by `text`. Of the insertions at one place, the deeper one
 * (`depth`: the length of its path) goes first: new items at the end of a list come before a
 * key inserted after that list.
 */
export interface Splice { readonly start: number; readonly end: number; readonly text: string; readonly depth: number }

/** Splices in the order they are applied: by place, insertions before a replacement there, deeper first. */
export function bySplice(a: Splice, b: Splice): number {
  return a.start - b.start || Number(a.end > a.start) - Number(b.end > b.start) || b.depth - a.depth;
}

export class Planner {
  constructor(
    private readonly matter: string,
    private readonly eol: string,
    private readonly unit: string,
    private readonly order: KeyOrder,
    private readonly lineOf: (offset: number) => number,
  ) {}

  /** The splices that make `change`. */
  splices(change: Change): readonly Splice[] {
    switch (change.kind) {
      case 'value': return [this.value(change.node, change.parent, change.path, change.value)];
      case 'keys': return change.node.flow ? this.flowKeys(change.node, change.path, change.keys) : this.blockKeys(change.node, change.path, change.keys);
      case 'items': return [this.items(change.node, change.path, change.items)];
    }
  }

  /** The line of the file at an offset of the frontmatter (the frontmatter's line N is the file's line N). */
  line(offset: number): number {
    return this.lineOf(offset);
  }

  private value(node: Scalar | Alias, parent: unknown, path: EditPath, value: EditValue): Splice {
    const [start, end] = this.rangeOf(node, path);
    const at = (from: number, to: number, text: string): Splice => ({ start: from, end: to, text, depth: path.length });
    const inFlow = (parent as { flow?: boolean } | undefined)?.flow === true;
    // `key: # note`: the empty value's place is the comment, which must not be glued to the value.
    const glue = start === end && this.matter[start] === '#' ? ' ' : '';
    const space = start > 0 && !/\s/.test(this.matter[start - 1] ?? ' ') ? ' ' : '';
    const indent = this.blockIndent(parent, start);
    if (typeof value !== 'string' && typeof value !== 'boolean') {
      // Only an empty value is filled with a collection (frontmatter-edit.ts checks that).
      const empty = Array.isArray(value) ? value.length === 0 : Object.keys(value).length === 0;
      if (inFlow || empty) return at(start, end, `${space}${this.writer(-1).flow(path, value)}${glue}`);
      return this.fillEmpty(start, end, path, value, indent);
    }
    // A block scalar's range runs from its header (`>- # note`) through its last line break.
    const block = /^[|>][0-9+-]*([ \t]+#[^\r\n]*)?/.exec(this.matter.slice(start, Math.min(end, this.lineEnd(start))));
    const headerComment = block?.[1] ?? '';
    const endedLine = block !== null && this.matter[end - 1] === '\n' ? this.eol : '';
    // The lines after the value, which a block written here could take in.
    const rendered = this.writer(block ? end : this.afterLine(end)).scalar(value, indent, inFlow);
    if (rendered.kind === 'inline') return at(start, end, `${space}${rendered.text}${headerComment}${glue}${endedLine}`);
    if (block) return at(start, end, `${space}${rendered.header}${headerComment}${this.eol}${rendered.lines.join(this.eol)}${endedLine}`);
    // What followed the old value on its line (a comment) moves up to the block's header line.
    const lineEnd = this.lineEnd(end);
    const rest = this.matter.slice(end, lineEnd);
    return at(start, lineEnd, `${space}${rendered.header}${rest.startsWith('#') ? ' ' : ''}${rest}${this.eol}${rendered.lines.join(this.eol)}`);
  }

  /**
   * A mapping or list where an empty value (nothing, `~` or `null`) stands in a block mapping:
   * under its key, after the comment on the key's line. The `~` or `null` goes, and so do the
   * spaces before it when nothing follows.
   */
  private fillEmpty(start: number, end: number, path: EditPath, value: EditMap | readonly EditValue[], indent: string): Splice {
    const lineEnd = this.lineEnd(end);
    const rest = this.matter.slice(end, lineEnd).trim() === '' ? '' : this.matter.slice(end, lineEnd);
    let cut = start;
    if (rest === '') while (cut > 0 && this.matter[cut - 1] === ' ') cut--;
    const lines = this.writer(this.afterLine(end)).collectionLines(path, value, indent);
    return { start: cut, end: lineEnd, text: `${rest}${this.eol}${lines.join(this.eol)}`, depth: path.length };
  }

  /** New keys of a block mapping, each group of keys that go to one place written there at once. */
  private blockKeys(map: YAMLMap, path: EditPath, keys: ReadonlyMap<string, EditValue>): Splice[] {
    const pairs = map.items as Pair[];
    const order = this.order(path);
    const names = pairs.map(keyName);
    const indent = ' '.repeat(keyColumn(map, this.matter));
    const groups = new Map<number, [string, EditValue][]>();
    for (const entry of keys) {
      const at = this.blockKeyPlace(pairs, path, insertionPlace(names, order.indexOf(entry[0]), order));
      const group = groups.get(at);
      if (group) group.push(entry);
      else groups.set(at, [entry]);
    }
    return [...groups].map(([at, entries]) => {
      const writer = this.writer(at);
      return this.insertLines(at, orderedEntries(entries, path, this.order).flatMap(([key, value]) => writer.keyLines([...path, key], value, indent)), path.length);
    });
  }

  /** Where a new key goes in a block mapping: on a line of its own before a key, or after a pair's value. */
  private blockKeyPlace(pairs: readonly Pair[], path: EditPath, place: { after?: number; before?: number }): number {
    const before = place.before === undefined ? undefined : pairs[place.before];
    if (before) {
      const start = pairStart(before);
      const line = lineStart(this.matter, start);
      if (/^ *$/.test(this.matter.slice(line, start))) return line;
    }
    const after = pairs[place.after ?? pairs.length - 1] as Pair;
    return this.afterLine(this.rangeOf((after.value ?? after.key) as YamlNode, path)[1]);
  }

  /** New keys of a flow mapping: after the pair before them in the schema's order, or before the one after. */
  private flowKeys(map: YAMLMap, path: EditPath, keys: ReadonlyMap<string, EditValue>): Splice[] {
    const pairs = map.items as Pair[];
    const writer = this.writer(-1);
    if (pairs.length === 0) return [this.intoEmptyFlow(map, path, writer.flowEntries(path, keys))];
    const order = this.order(path);
    const names = pairs.map(keyName);
    const groups = new Map<string, { at: number; after: boolean; entries: [string, EditValue][] }>();
    for (const entry of keys) {
      const place = insertionPlace(names, order.indexOf(entry[0]), order);
      const after = place.before === undefined || place.after !== undefined;
      const pair = pairs[after ? place.after ?? pairs.length - 1 : place.before as number] as Pair;
      const at = after ? this.rangeOf((pair.value ?? pair.key) as YamlNode, path)[1] : pairStart(pair);
      const group = groups.get(`${after}:${at}`);
      if (group) group.entries.push(entry);
      else groups.set(`${after}:${at}`, { at, after, entries: [entry] });
    }
    return [...groups.values()].map(({ at, after, entries }) => {
      const text = writer.flowEntries(path, entries);
      return { start: at, end: at, text: after ? `, ${text}` : `${text}, `, depth: path.length };
    });
  }

  /** New items at the end of a list: in flow style in a flow list, else as lines in the style of its last item. */
  private items(list: YAMLSeq, path: EditPath, items: readonly EditValue[]): Splice {
    const count = list.items.length;
    const last = list.items[count - 1] as YamlNode | undefined;
    if (list.flow) {
      const writer = this.writer(-1);
      const text = items.map((item, i) => writer.flow([...path, count + i], item)).join(', ');
      if (!last) return this.intoEmptyFlow(list, path, text);
      const at = this.rangeOf(last, path)[1];
      return { start: at, end: at, text: `, ${text}`, depth: path.length };
    }
    // A block list's range starts at its first dash; every dash stands in that column.
    const [start, end] = this.rangeOf(list, path);
    if (this.matter[start] !== '-') throw editorLimit(path, 'de lijst is geschreven in een vorm die klacht niet kan aanvullen', this.line(start));
    const dash = ' '.repeat(start - lineStart(this.matter, start));
    const flowItem = last !== undefined && yamlLib().isMap(last) && last.flow === true;
    const at = this.afterLine(end);
    const writer = this.writer(at);
    return this.insertLines(at, items.flatMap((item, i) => writer.itemLines([...path, count + i], item, dash, flowItem)), path.length + 1);
  }

  /**
   * Entries or items in an empty flow collection: `{ a: 1 }`, `[x]`. Whatever stands between
   * its brackets (a comment, line breaks: `[  # nog niets` on one line, `]` on the next) stays
   * after the new text.
   */
  private intoEmptyFlow(node: YAMLMap | YAMLSeq, path: EditPath, text: string): Splice {
    const [start, end] = this.rangeOf(node, path);
    const map = yamlLib().isMap(node);
    if (this.matter[start] !== (map ? '{' : '[') || this.matter[end - 1] !== (map ? '}' : ']')) {
      throw editorLimit(path, 'de lege lijst of groep is geschreven in een vorm die klacht niet kan aanvullen', this.line(start));
    }
    if (this.matter.slice(start + 1, end - 1).trim() === '') return { start, end, text: map ? `{ ${text} }` : `[${text}]`, depth: path.length };
    return { start: start + 1, end: start + 1, text: map ? ` ${text}` : text, depth: path.length };
  }

  /** A writer of new text followed by the line starting at `at`: blocks only where the lines from there cannot be taken in. */
  private writer(at: number): LineWriter {
    return new LineWriter(this.unit, at < 0 ? -1 : deepestLooseLine(this.matter, at), this.order);
  }

  /** Whole lines inserted at a line start (or at the end of a frontmatter that ends without a line break). */
  private insertLines(at: number, lines: readonly string[], depth: number): Splice {
    const body = lines.join(this.eol);
    if (at >= this.matter.length && !this.matter.endsWith('\n')) return { start: this.matter.length, end: this.matter.length, text: `${this.eol}${body}`, depth };
    return { start: at, end: at, text: `${body}${this.eol}`, depth };
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
   * The indentation of a block scalar's content lines (or of the lines of a mapping or list
   * filled in) for a value at `start`: one step deeper than the keys of its mapping; in a list,
   * the item's own column (deeper than its dash).
   */
  private blockIndent(parent: unknown, start: number): string {
    const { isMap } = yamlLib();
    if (isMap(parent) && !parent.flow && parent.items.length > 0) return ' '.repeat(keyColumn(parent, this.matter)) + this.unit;
    return ' '.repeat(start - lineStart(this.matter, start));
  }

  private rangeOf(node: YamlNode, path: EditPath): readonly [number, number, number] {
    const range = node.range;
    if (!range) throw editorLimit(path, 'het veld heeft geen plaats in de tekst van het bestand', 1);
    return range;
  }
}

function keyName(pair: Pair): string | undefined {
  const key = pair.key as { value?: unknown } | null;
  return typeof key?.value === 'string' ? key.value : undefined;
}
