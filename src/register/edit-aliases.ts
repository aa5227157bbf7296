/**
 * Anchors (`&d`) and aliases (`*d`) in a file being edited. The editor reads them resolved, as
 * the checker does, and edits through them only where the result is certain:
 * - an alias that is itself the value a step sets is replaced by that value (the anchor and its
 *   other aliases keep theirs);
 * - an edit inside an alias (a field of `ondertekening: *o`) would have to change the anchor's
 *   value, and with it every other place that repeats it: refused;
 * - so is an edit of, or inside, a value whose anchor an alias repeats elsewhere.
 * A refusal names the field and the alias, so the person can write the value out and try again.
 */
import type { Alias, Document, Node as YamlNode } from 'yaml';
import { isSafeToEcho } from '../core/complaint/issue.js';
import { yamlLib } from './yaml-lib.js';

export type EditPath = readonly (string | number)[];

/** Thrown when an edit cannot be made safely. Its message is Dutch and names fields, never values. */
export class EditError extends Error {}

/** Per anchored node that an alias repeats, the first such alias. */
export function repeatedAnchors(aliasTargets: ReadonlyMap<Alias, YamlNode>): Map<YamlNode, Alias> {
  const repeated = new Map<YamlNode, Alias>();
  for (const [alias, target] of aliasTargets) if (!repeated.has(target)) repeated.set(target, alias);
  return repeated;
}

/**
 * The node at `path` in `doc` (undefined when it is missing), after making sure an edit there
 * changes nothing else: no alias on the way to it, and no node on the way (itself included)
 * whose anchor an alias repeats. The node itself may be an alias: the caller may replace it.
 */
export function nodeForEdit(doc: Document.Parsed, repeated: ReadonlyMap<YamlNode, Alias>, path: EditPath): unknown {
  const { isAlias, isCollection } = yamlLib();
  let node: unknown = doc.contents;
  for (let depth = 0; ; depth++) {
    const alias = repeated.get(node as YamlNode);
    if (alias) throw new EditError(anchorRepeated(path.slice(0, depth), alias.source));
    if (depth === path.length) return node;
    if (isAlias(node)) throw new EditError(throughAlias(path.slice(0, depth), node.source));
    if (!isCollection(node)) return undefined;
    node = node.get(path[depth], true);
    if (node === undefined) return undefined;
  }
}

/** Refusal of a mapping or list written where an alias stands. */
export function aliasNotReplaced(path: EditPath, name: string): string {
  return `Het veld ${fieldName(path)} is een verwijzing (${alias(name)}) naar een waarde elders in de frontmatter, en klacht vervangt een verwijzing alleen door één waarde. Schrijf de velden zelf in plaats van ${alias(name)} en probeer het opnieuw; er is niets geschreven.`;
}

function throughAlias(path: EditPath, name: string): string {
  return `Het veld ${fieldName(path)} is een verwijzing (${alias(name)}) naar een waarde elders in de frontmatter; via een verwijzing wijzigt klacht niets. Schrijf de waarde zelf in plaats van ${alias(name)} en probeer het opnieuw; er is niets geschreven.`;
}

function anchorRepeated(path: EditPath, name: string): string {
  return `${path.length === 0 ? 'De frontmatter heeft' : `Het veld ${fieldName(path)} heeft`} een anker (${anchor(name)}) dat elders wordt herhaald met ${alias(name)}; een wijziging hier zou ook daar iets veranderen. Schrijf bij ${alias(name)} de waarde zelf uit en probeer het opnieuw; er is niets geschreven.`;
}

function fieldName(path: EditPath): string {
  return path.join('.');
}

/** The alias as written, when its name reads as a name (it is the user's text). */
function alias(name: string): string {
  return isSafeToEcho(name) ? `*${name}` : '*';
}

function anchor(name: string): string {
  return isSafeToEcho(name) ? `&${name}` : '&';
}
