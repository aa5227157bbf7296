/**
 * The plain data side of the editor (frontmatter-edit.ts): what an operation makes of the data
 * (the reference the edited text is held to), new values folded together before they are
 * written, and where two values first differ (to name the field of a refused edit).
 */
import { isDeepStrictEqual } from 'node:util';
import type { EditError, EditPath } from './edit-refusals.js';
import { isEditMap, type EditMap, type EditValue } from './edit-lines.js';

export type Operation = { readonly kind: 'set'; readonly path: EditPath; readonly value: EditValue } | { readonly kind: 'append'; readonly path: EditPath; readonly item: EditValue };

/** The value of a new `value` change before an operation gave it one: the empty value it replaces. */
export const EMPTY: EditValue = Object.freeze({}) as EditMap;

/** `value` set where `old` stands: a mapping merged key by key into a mapping, anything else replacing it. */
export function merged(old: EditValue | undefined, value: EditValue): EditValue {
  if (old === EMPTY || !isEditMap(value) || !isEditMap(old)) return value;
  const result: Record<string, EditValue> = { ...old };
  for (const [key, child] of Object.entries(value)) result[key] = merged(old[key], child);
  return result;
}

/** `apply` at `path.slice(from)` inside the new value `old` (mappings made where missing); `fail(at)` when a step cannot be taken. */
export function foldAt(old: EditValue | undefined, path: EditPath, from: number, apply: (old: EditValue | undefined) => EditValue, fail: (at: number) => EditError): EditValue {
  if (from === path.length) return apply(old);
  const segment = path[from] as string | number;
  if (typeof segment === 'string' && (old === undefined || isEditMap(old))) {
    return { ...old, [segment]: foldAt(old?.[segment], path, from + 1, apply, fail) };
  }
  if (typeof segment === 'number' && Array.isArray(old) && segment < old.length) {
    const items = [...old as readonly EditValue[]];
    items[segment] = foldAt(items[segment], path, from + 1, apply, fail);
    return items;
  }
  throw fail(from);
}

/** The value at `path` in plain data (undefined where it is missing). */
export function valueAt(data: unknown, path: EditPath): unknown {
  let node = data;
  for (const segment of path) node = (node as Record<string | number, unknown> | null | undefined)?.[segment];
  return node;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The first place (a path) where two plain values differ, or undefined when they are equal. */
export function firstDifference(a: unknown, b: unknown, path: (string | number)[] = []): EditPath | undefined {
  if (isDeepStrictEqual(a, b)) return undefined;
  if (isPlainObject(a) && isPlainObject(b)) {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const found = firstDifference(a[key], b[key], [...path, key]);
      if (found) return found;
    }
  } else if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const found = firstDifference(a[i], b[i], [...path, i]);
      if (found) return found;
    }
  }
  return path;
}

/**
 * What an operation makes of the plain data: the reference the edited text is held to. Only
 * the containers on the operation's path are copied; the rest is shared.
 */
export function withOperation(data: Record<string, unknown>, operation: Operation): Record<string, unknown> {
  const { path } = operation;
  const at = (node: unknown, depth: number): unknown => {
    if (depth === path.length) {
      if (operation.kind === 'set') return mergedPlain(node, operation.value);
      return [...(Array.isArray(node) ? node as unknown[] : []), structuredClone(operation.item)];
    }
    const segment = path[depth] as string | number;
    // A missing parent (or one that is not a collection) becomes a mapping.
    const container = isPlainObject(node) || Array.isArray(node) ? node : {};
    const copy: Record<string | number, unknown> = Array.isArray(container) ? [...container] as unknown as Record<number, unknown> : { ...container };
    copy[segment] = at((container as Record<string | number, unknown>)[segment], depth + 1);
    return copy;
  };
  return at(data, 0) as Record<string, unknown>;
}

function mergedPlain(target: unknown, value: EditValue): unknown {
  if (!isEditMap(value) || !isPlainObject(target)) return structuredClone(value);
  const result: Record<string, unknown> = { ...target };
  for (const [key, child] of Object.entries(value)) result[key] = mergedPlain(target[key], child);
  return result;
}

