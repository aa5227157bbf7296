/**
 * New YAML text for the editor (frontmatter-edit.ts): `key: value` lines of a block mapping,
 * `- item` lines of a block list, and values in flow style (`{ }`, `[ ]`), in the file's own
 * indentation step. Scalars are rendered by yaml-scalar.ts.
 *
 * A block scalar (`|-`) takes every following line that is indented at least as deep as its
 * content, comment lines and lines of spaces included: written above `# toelichting` indented
 * four spaces, a block indented four would make the comment part of its text. So a block is
 * written only where its content is indented deeper than `blockAbove`, the deepest such line
 * after the place the text goes; elsewhere the text is written double-quoted.
 */
import { doubleQuoted, isSafePlain, renderScalar, type RenderedScalar } from './yaml-scalar.js';

/** A value to write: text, a flag, a mapping (its keys in order) or a list. */
export type EditValue = string | boolean | EditMap | readonly EditValue[];
export interface EditMap { readonly [key: string]: EditValue }

export function isEditMap(value: EditValue): value is EditMap {
  return typeof value === 'object' && !Array.isArray(value);
}

/** A key as YAML text: plain where that is safe, else double-quoted. */
export function plainKey(key: string): string {
  return isSafePlain(key) ? key : doubleQuoted(key);
}

export class LineWriter {
  /**
   * `unit`: the file's indentation step. `blockAbove`: the indentation a block's content must
   * exceed (-1 when nothing follows that a block could take in).
   */
  constructor(private readonly unit: string, private readonly blockAbove: number) {}

  /** A scalar whose block form (if any) would have its content lines indented by `indent`. */
  scalar(value: string | boolean, indent: string, inFlow = false): RenderedScalar {
    return renderScalar(value, { inFlow: inFlow || indent.length <= this.blockAbove, indent });
  }

  /** The lines of `key: value` in a block mapping indented by `indent`. */
  keyLines(key: string, value: EditValue, indent: string): string[] {
    const name = `${indent}${plainKey(key)}:`;
    if (typeof value === 'string' || typeof value === 'boolean') {
      const rendered = this.scalar(value, indent + this.unit);
      return rendered.kind === 'inline' ? [`${name} ${rendered.text}`] : [`${name} ${rendered.header}`, ...rendered.lines];
    }
    const child = indent + this.unit;
    if (Array.isArray(value)) return value.length === 0 ? [`${name} []`] : [name, ...value.flatMap((item) => this.itemLines(item, child, false))];
    const entries = Object.entries(value);
    return entries.length === 0 ? [`${name} {}`] : [name, ...entries.flatMap(([k, v]) => this.keyLines(k, v, child))];
  }

  /** The lines of a list item (`- ...`) whose dash stands at `dashIndent`; `flowItem`: the list's items are `{ }`. */
  itemLines(item: EditValue, dashIndent: string, flowItem: boolean): string[] {
    const inner = `${dashIndent}  `;
    if (typeof item === 'string' || typeof item === 'boolean') {
      const rendered = this.scalar(item, inner);
      return rendered.kind === 'inline' ? [`${dashIndent}- ${rendered.text}`] : [`${dashIndent}- ${rendered.header}`, ...rendered.lines];
    }
    const singleLine = (value: EditValue): boolean => typeof value !== 'string' || !value.includes('\n');
    if (Array.isArray(item) || (flowItem && Object.values(item).every(singleLine))) return [`${dashIndent}- ${this.flow(item)}`];
    const lines = Object.entries(item).flatMap(([key, value]) => this.keyLines(key, value, inner));
    if (lines.length === 0) return [`${dashIndent}- {}`];
    return [`${dashIndent}- ${(lines[0] ?? '').slice(inner.length)}`, ...lines.slice(1)];
  }

  /** A value in flow style (inside `{ }` or `[ ]`). */
  flow(value: EditValue): string {
    if (typeof value === 'string' || typeof value === 'boolean') {
      const rendered = renderScalar(value, { inFlow: true, indent: '' });
      return rendered.kind === 'inline' ? rendered.text : doubleQuoted(String(value));
    }
    if (Array.isArray(value)) return `[${value.map((v) => this.flow(v)).join(', ')}]`;
    const entries = Object.entries(value as EditMap);
    return entries.length === 0 ? '{}' : `{ ${entries.map(([k, v]) => `${plainKey(k)}: ${this.flow(v)}`).join(', ')} }`;
  }
}
