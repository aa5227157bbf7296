/**
 * Finding the node at a path in a file being edited, with the anchors (`&d`) and aliases (`*d`) on
 * the way. The editor reads aliases resolved, as the checker does, and edits through them only
 * where the result is certain:
 * - an alias that is itself the value a step sets is replaced by that value (the anchor and its
 *   other aliases keep theirs);
 * - an edit inside an alias (a field of `ondertekening: *o`) would have to change the anchor's
 *   value, and with it every other place that repeats it: refused;
 * - so is an edit of, or inside, a value whose anchor an alias repeats elsewhere.
 * A refusal (edit-refusals.ts) names the field and the lines of the anchor and the alias, so the
 * person can write the value out and try again.
 */
import type { Alias, Document, Node as YamlNode, Pair } from 'yaml';
import { anchorRepeated, editorLimit, throughAlias, type EditPath } from './edit-refusals.js';
import { yamlLib } from './yaml-lib.js';

/** Per anchored node that an alias repeats, the first such alias. */
export function repeatedAnchors(aliasTargets: ReadonlyMap<Alias, YamlNode>): Map<YamlNode, Alias> {
  const repeated = new Map<YamlNode, Alias>();
  for (const [alias, target] of aliasTargets) if (!repeated.has(target)) repeated.set(target, alias);
  return repeated;
}

/** How far a path leads into the document: `node` stands at `path.slice(0, depth)`, `parent` holds it. */
export interface Reached {
  readonly node: unknown;
  readonly parent: unknown;
  readonly depth: number;
}

/**
 * The deepest node on `path` in `doc` (all of it when `depth` is the path's length), after making
 * sure an edit there changes nothing else: no alias on the way to it, and no node on the way
 * (itself included) whose anchor an alias repeats. The node itself may be an alias: the caller
 * may replace it.
 */
export function reach(doc: Document.Parsed, repeated: ReadonlyMap<YamlNode, Alias>, path: EditPath, lineOf: (offset: number) => number): Reached {
  const { isAlias, isCollection, isMap } = yamlLib();
  const line = (node: unknown): number => lineOf((node as YamlNode).range?.[0] ?? 0);
  let node: unknown = doc.contents;
  let parent: unknown;
  for (let depth = 0; ; depth++) {
    const alias = repeated.get(node as YamlNode);
    if (alias) throw anchorRepeated(path.slice(0, depth), line(node), line(alias));
    if (depth === path.length) return { node, parent, depth };
    if (isAlias(node)) throw throughAlias(path.slice(0, depth), line(node));
    if (!isCollection(node)) return { node, parent, depth };
    const segment = path[depth];
    let child: unknown;
    if (isMap(node)) {
      const pair = (node.items as Pair[]).find((p) => (p.key as { value?: unknown } | null)?.value === segment);
      // `? key` without a value: there is no node to write into, nor a place for one.
      if (pair && pair.value === null) throw editorLimit(path.slice(0, depth + 1), `het staat er in de vorm "? ${String(segment)}", zonder dubbele punt en waarde`, line(pair.key));
      child = pair?.value;
    } else {
      child = typeof segment === 'number' ? node.items[segment] : undefined;
    }
    if (child === undefined) return { node, parent, depth };
    parent = node;
    node = child;
  }
}
