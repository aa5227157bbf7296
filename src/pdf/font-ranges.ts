/**
 * CSS `unicode-range` values as sets of code points: which font subsets a page needs (a page
 * carries only the fonts for the characters it has), and what is left of one range once another
 * font covers part of it (the emoji font must not take over `#`, digits or `©`, which Noto Sans has).
 */

/** Inclusive ranges of code points, sorted, not overlapping. */
export type CodePointRanges = readonly (readonly [number, number])[];

/** Parses `U+0000-00FF,U+0131,U+1F600-1F64F` (case and spaces as CSS allows). */
export function parseUnicodeRange(text: string): CodePointRanges {
  const ranges = text.split(',').map((part) => part.trim()).filter((part) => part !== '').map((part): [number, number] => {
    const match = /^U\+([0-9a-f]{1,6})(?:-([0-9a-f]{1,6}))?$/i.exec(part);
    if (!match?.[1]) throw new Error(`Geen unicode-range: ${part}`);
    const from = parseInt(match[1], 16);
    return [from, match[2] === undefined ? from : parseInt(match[2], 16)];
  });
  return normalise(ranges);
}

function normalise(ranges: readonly (readonly [number, number])[]): CodePointRanges {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [from, to] of sorted) {
    const last = merged.at(-1);
    if (last && from <= last[1] + 1) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged;
}

/** `ranges` without the code points of `covered`. */
export function subtractRanges(ranges: CodePointRanges, covered: CodePointRanges): CodePointRanges {
  let rest: [number, number][] = ranges.map(([a, b]) => [a, b]);
  for (const [from, to] of covered) {
    rest = rest.flatMap(([a, b]): [number, number][] => {
      if (to < a || from > b) return [[a, b]];
      return [...(a < from ? [[a, from - 1] as [number, number]] : []), ...(b > to ? [[to + 1, b] as [number, number]] : [])];
    });
  }
  return rest;
}

/** The ranges written as a CSS `unicode-range` value. */
export function formatUnicodeRange(ranges: CodePointRanges): string {
  const hex = (n: number): string => n.toString(16).toUpperCase().padStart(4, '0');
  return ranges.map(([from, to]) => (from === to ? `U+${hex(from)}` : `U+${hex(from)}-${hex(to)}`)).join(',');
}

/** The code points of `text` from U+0100 on: what a page needs beyond Latin-1, once per page. */
export function codePointsBeyondLatin1(text: string): ReadonlySet<number> {
  const found = new Set<number>();
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code > 0xff) found.add(code);
  }
  return found;
}

/** Whether any of `codePoints` lies in `ranges`. */
export function anyInRanges(codePoints: ReadonlySet<number>, ranges: CodePointRanges): boolean {
  for (const code of codePoints) if (ranges.some(([from, to]) => code >= from && code <= to)) return true;
  return false;
}
