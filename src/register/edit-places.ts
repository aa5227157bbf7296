/**
 * Where new text goes in a frontmatter being edited (frontmatter-edit.ts): line starts, the
 * file's indentation step, the column of a block mapping's keys and where a key's line starts
 * (an anchor, a tag or `?` may stand before the key: `&k id:`, `!!str id:`, `? id`), the place of
 * a new key in the schema's order, and the comment lines and lines of blanks after a place that a
 * block scalar written there would take in. The columns come from `yaml`'s source tokens
 * (readYamlDocument with sourceTokens).
 */
import type { Node as YamlNode, Pair, YAMLMap } from 'yaml';

/** The start of the line holding `at`. */
export function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

/** The indentation step of the file: the first indented line's indentation, 2 when there is none. */
export function indentUnit(matter: string): number {
  const match = /\n( +)[^ \r\n#-]/.exec(matter);
  return match?.[1] ? match[1].length : 2;
}

interface SourceToken { readonly type: string; readonly offset: number; readonly indent: number }

/**
 * The column of the keys of a block mapping: the indentation of the lines its keys stand on, or
 * for a mapping in a list item (`- datum: …`) the column after the dash. Not the column of the
 * first key's text, which an anchor, a tag or `? ` shifts.
 */
export function keyColumn(map: YAMLMap, text: string): number {
  const token = (map as { srcToken?: { type: string; indent: number } }).srcToken;
  if (token?.type === 'block-map') return token.indent;
  const first = map.items[0] as Pair | undefined;
  const start = first ? pairStart(first) : 0;
  return start - lineStart(text, start);
}

/** Where a pair starts: its key, or the anchor, tag or `?` before it. */
export function pairStart(pair: Pair): number {
  const before = (pair as { srcToken?: { start?: readonly SourceToken[] } }).srcToken?.start ?? [];
  const prop = before.find((token) => token.type === 'anchor' || token.type === 'tag' || token.type === 'explicit-key-ind');
  return prop?.offset ?? (pair.key as YamlNode | null)?.range?.[0] ?? 0;
}

/**
 * The deepest indentation among the comment lines and lines of blanks from the line start
 * `from` up to the next line with content: the lines that a block scalar written just before
 * them would take into its text. -1 when there are none.
 */
export function deepestLooseLine(text: string, from: number): number {
  let deepest = -1;
  for (let start = from; start < text.length;) {
    const next = text.indexOf('\n', start);
    const end = next === -1 ? text.length : next;
    const line = text.slice(start, end).replace(/\r$/, '');
    const indentation = /^[ \t]*/.exec(line)?.[0].length ?? 0;
    if (indentation < line.length && line[indentation] !== '#') break;
    // A line of blanks counts whole (its spaces would be text); a tab counts as deep as it gets.
    deepest = Math.max(deepest, line.includes('\t') ? Infinity : indentation);
    if (next === -1) break;
    start = next + 1;
  }
  return deepest;
}

/** Where a new key goes: after the last present key that comes before it in the canonical order, or before the first that comes after. */
export function insertionPlace(keys: readonly (string | undefined)[], index: number, order: readonly string[]): { after?: number; before?: number } {
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
