/**
 * Edits of a complaint file's frontmatter as the step commands make them, and how the tests
 * read the result: with `yaml` (the authoritative reader, as `klacht valideer` reads) and, for
 * what the editor writes, with js-yaml as well, which must read the same data.
 */
import { CORE_SCHEMA, load } from 'js-yaml';
import { expect } from 'vitest';
import { complaintKeyOrder } from '../../src/core/complaint/field-changes.js';
import { editFrontmatter, type EditPath, type EditValue } from '../../src/register/frontmatter-edit.js';
import { splitFrontmatter } from '../../src/register/frontmatter.js';
import { slowParse } from '../../src/register/yaml-frontmatter.js';

export type Operation = { readonly set: EditPath; readonly value: EditValue } | { readonly append: EditPath; readonly item: EditValue };

/** The file's text after the operations, made by the editor in the schema's key order. */
export function run(text: string, operations: readonly Operation[]): string {
  const editor = editFrontmatter(text, complaintKeyOrder);
  for (const op of operations) {
    if ('set' in op) editor.set(op.set, op.value);
    else editor.append(op.append, op.item);
  }
  return editor.text;
}

/** The frontmatter and body of a file (a byte-order mark left off). */
export function split(fileText: string): { matter: string; body: string } {
  const result = splitFrontmatter(fileText.replace(/^\uFEFF/, ''));
  if (result.kind !== 'split') throw new Error('geen frontmatter');
  return result;
}

/** The frontmatter data as `yaml` reads it (the reader `klacht valideer` trusts). */
export function authoritative(fileText: string): Record<string, unknown> {
  const slow = slowParse(split(fileText).matter);
  if (!slow.ok) throw new Error(`yaml leest het niet: ${slow.problems.map((p) => `${p.rule} ${p.position.line}:${p.position.column}`).join(', ')}\n${fileText}`);
  return slow.data;
}

/** The data as `yaml` reads it, after checking that js-yaml (core schema) reads the same. */
export function readBoth(fileText: string): Record<string, unknown> {
  const data = authoritative(fileText);
  expect(load(split(fileText).matter, { schema: CORE_SCHEMA }), `js-yaml leest iets anders:\n${fileText}`).toEqual(data);
  return data;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What an operation makes of the data: a mapping is merged into a mapping, anything else replaces; a list is made where missing. */
export function expectedAfter(data: Record<string, unknown>, op: Operation): Record<string, unknown> {
  const copy = structuredClone(data);
  const path = 'set' in op ? op.set : op.append;
  let node: Record<string | number, unknown> = copy;
  for (const segment of path.slice(0, -1)) {
    if (typeof node[segment] !== 'object' || node[segment] === null) node[segment] = {};
    node = node[segment] as Record<string | number, unknown>;
  }
  const last = path[path.length - 1] as string | number;
  const merge = (target: unknown, value: EditValue): unknown => {
    if (!isRecord(target) || typeof value !== 'object' || Array.isArray(value)) return structuredClone(value);
    for (const [key, child] of Object.entries(value)) target[key] = merge(target[key], child);
    return target;
  };
  if ('set' in op) node[last] = merge(node[last], op.value);
  else node[last] = [...((node[last] as unknown[] | null | undefined) ?? []), structuredClone(op.item)];
  return copy;
}
