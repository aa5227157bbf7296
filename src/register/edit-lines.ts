/**
 * New YAML text for the editor (frontmatter-edit.ts): `key: value` lines of a block mapping,
 * `- item` lines of a block list, and values in flow style (`{ }`, `[ ]`), in the file's own
 * indentation step. The keys of every new mapping are written in the schema's order (KeyOrder),
 * whatever order the step gave them in. Scalars are rendered by yaml-scalar.ts.
 *
 * A block scalar (`|-`) takes every following line that is indented at least as deep as its
 * content, comment lines and lines of spaces included: written above `# toelichting` indented
 * four spaces, a block indented four would make the comment part of its text. So a block is
 * written only where its content is indented deeper than `blockAbove`, the deepest such line
 * after the place the text goes; elsewhere the text is written double-quoted.
 */
import type { EditPath } from './edit-refusals.js';
import { doubleQuoted, isSafePlain, renderScalar, type RenderedScalar } from './yaml-scalar.js';

/** A value to write: text, a flag, a mapping (its keys in order) or a list. */
export type EditValue = string | boolean | EditMap | readonly EditValue[];
export interface EditMap { readonly [key: string]: EditValue }

/** The canonical order of the keys of the mapping at `mapPath` (list indices as numbers). */
export type KeyOrder = (mapPath: EditPath) => readonly string[];

export function isEditMap(value: EditValue | undefined): value is EditMap {
  return typeof value === 'object' && !Array.isArray(value);
}

/** A key as YAML text: plain where that is safe, else double-quoted. */
export function plainKey(key: string): string {
  return isSafePlain(key) ? key : doubleQuoted(key);
}

/** The entries of a new mapping at `path` in the order `order` gives; keys it does not know last, as given. */
export function orderedEntries<T>(entries: Iterable<readonly [string, T]>, path: EditPath, order: KeyOrder): [string, T][] {
  const canonical = order(path);
  const rank = (key: string): number => {
    const at = canonical.indexOf(key);
    return at === -1 ? canonical.length : at;
  };
  // Array.prototype.sort is stable: keys of the same rank keep their order.
  return [...entries].map(([key, value]): [string, T] => [key, value]).sort(([a], [b]) => rank(a) - rank(b));
}

export class LineWriter {
  /**
   * `unit`: the file's indentation step. `blockAbove`: the indentation a block's content must
   * exceed (-1 when nothing follows that a block could take in). `order`: the keys' order.
   */
  constructor(private readonly unit: string, private readonly blockAbove: number, private readonly order: KeyOrder) {}

  /** A scalar whose block form (if any) would have its content lines indented by `indent`. */
  scalar(value: string | boolean, indent: string, inFlow = false): RenderedScalar {
    return renderScalar(value, { inFlow: inFlow || indent.length <= this.blockAbove, indent });
  }

  /** The lines of `key: value` (the key at `path`) in a block mapping indented by `indent`. */
  keyLines(path: EditPath, value: EditValue, indent: string): string[] {
    const name = `${indent}${plainKey(String(path[path.length - 1]))}:`;
    if (typeof value === 'string' || typeof value === 'boolean') {
      const rendered = this.scalar(value, indent + this.unit);
      return rendered.kind === 'inline' ? [`${name} ${rendered.text}`] : [`${name} ${rendered.header}`, ...rendered.lines];
    }
    const lines = this.collectionLines(path, value, indent + this.unit);
    return lines.length === 0 ? [`${name} ${Array.isArray(value) ? '[]' : '{}'}`] : [name, ...lines];
  }

  /** The lines of a mapping's entries or a list's items at `path`, indented by `indent`. */
  collectionLines(path: EditPath, value: EditMap | readonly EditValue[], indent: string): string[] {
    if (Array.isArray(value)) return value.flatMap((item, i) => this.itemLines([...path, i], item, indent, false));
    return orderedEntries(Object.entries(value as EditMap), path, this.order).flatMap(([key, child]) => this.keyLines([...path, key], child, indent));
  }

  /** The lines of a list item (`- ...`, the item at `path`) whose dash stands at `dashIndent`; `flowItem`: the list's items are `{ }`. */
  itemLines(path: EditPath, item: EditValue, dashIndent: string, flowItem: boolean): string[] {
    const inner = `${dashIndent}  `;
    if (typeof item === 'string' || typeof item === 'boolean') {
      const rendered = this.scalar(item, inner);
      return rendered.kind === 'inline' ? [`${dashIndent}- ${rendered.text}`] : [`${dashIndent}- ${rendered.header}`, ...rendered.lines];
    }
    const singleLine = (value: EditValue): boolean => typeof value !== 'string' || !value.includes('\n');
    if (Array.isArray(item) || (flowItem && Object.values(item).every(singleLine))) return [`${dashIndent}- ${this.flow(path, item)}`];
    const lines = this.collectionLines(path, item, inner);
    if (lines.length === 0) return [`${dashIndent}- {}`];
    return [`${dashIndent}- ${(lines[0] ?? '').slice(inner.length)}`, ...lines.slice(1)];
  }

  /** A value (at `path`) in flow style (inside `{ }` or `[ ]`). */
  flow(path: EditPath, value: EditValue): string {
    if (typeof value === 'string' || typeof value === 'boolean') {
      const rendered = renderScalar(value, { inFlow: true, indent: '' });
      return rendered.kind === 'inline' ? rendered.text : doubleQuoted(String(value));
    }
    if (Array.isArray(value)) return `[${value.map((v, i) => this.flow([...path, i], v)).join(', ')}]`;
    const entries = this.flowEntries(path, Object.entries(value as EditMap));
    return entries === '' ? '{}' : `{ ${entries} }`;
  }

  /** `key: value, …` in flow style, in the schema's order: the keys of the mapping at `path`. */
  flowEntries(path: EditPath, entries: Iterable<readonly [string, EditValue]>): string {
    return orderedEntries(entries, path, this.order).map(([k, v]) => `${plainKey(k)}: ${this.flow([...path, k], v)}`).join(', ');
  }
}
