/**
 * A new value written as YAML text, so that the authoritative reader (YAML 1.2, core schema)
 * reads back exactly that value, and so do the other readers people meet (js-yaml, PyYAML, YAML
 * 1.1 readers): plain where nobody can misread it, double-quoted otherwise, and a text over more
 * lines as a literal block (`|`) where the context allows a block. A character outside the set
 * every one of them reads as it stands is only ever written as an escape between double quotes
 * (test/register/edit-styles.test.ts reads every written file with `yaml` and with js-yaml).
 */
import { parseCalendarDate } from '../core/time/calendar-date.js';

/** A plain scalar that reads as text in every YAML reader people meet (1.1 and 1.2, block and flow). */
const SAFE_PLAIN = /^[\p{L}\p{N}(][^\n\r\t#:{}[\],&*!|>'"%@`\\]*$/u;
/** Plain words that YAML 1.1 readers (and people) take for a boolean or null. */
const AMBIGUOUS = /^(?:y|n|yes|no|on|off|true|false|null|nan|inf)$/i;
/**
 * Text every common reader takes as it stands: printable in YAML 1.2 (c-printable), in js-yaml
 * and in PyYAML, and no line break in YAML 1.1 (NEL, U+2028 and U+2029 are line breaks there, so
 * PyYAML would fold them into a space). Not the byte-order mark either. Whole surrogate pairs only.
 */
const READABLE = /^(?:[\x20-\x7E\xA0-\u2027\u202A-\uD7FF\uE000-\uFEFE\uFF00-\uFFFD]|[\uD800-\uDBFF][\uDC00-\uDFFF])*$/;
/**
 * What a double-quoted scalar must escape beyond what JSON escapes (C0 controls, quote,
 * backslash, lone surrogates): DEL, the C1 controls with NEL, the line and paragraph
 * separators, the byte-order mark and the two non-characters. JSON's escapes are YAML's.
 */
const ESCAPED_BEYOND_JSON = /[\x7F-\x9F\u2028\u2029\uFEFF\uFFFE\uFFFF]/g;

/**
 * True when `text` can stand unquoted. Dates (JJJJ-MM-DD) stand unquoted, as people write them;
 * only dates that exist, from year 1 on: YAML 1.1 readers (PyYAML) read them as dates and refuse
 * the whole file over 2026-02-30.
 */
export function isSafePlain(text: string): boolean {
  if (parseCalendarDate(text) !== undefined && !text.startsWith('0000')) return true;
  if (!SAFE_PLAIN.test(text) || !READABLE.test(text) || text !== text.trim() || AMBIGUOUS.test(text)) return false;
  // A text that starts with a digit may read as a number (06-12345678 in some readers): quote it.
  return !/^[0-9]/.test(text);
}

/** `text` as a double-quoted YAML scalar (JSON's escapes are YAML's, plus a few). */
export function doubleQuoted(text: string): string {
  return JSON.stringify(text).replace(ESCAPED_BEYOND_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * True when `text` (over more lines) can be a literal block: lines of readable text (a tab inside
 * a line too), and no final line break (a block at the end of the frontmatter would lose it: the
 * line break before the closing --- is not part of the YAML).
 */
function fitsLiteralBlock(text: string): boolean {
  if (!text.includes('\n') || text.endsWith('\n')) return false;
  const lines = text.split('\n');
  if (!lines.every((line) => READABLE.test(line.replace(/\t/g, ' ')))) return false;
  // Leading empty or blank lines, or a first line that starts with a space, make the indentation
  // ambiguous; a double-quoted scalar is safer than an indentation indicator nobody understands.
  const first = lines[0] ?? '';
  return first.trim() !== '' && !/^[ \t]/.test(first) && !lines.some((line) => /^[ ]*\t/.test(line));
}

/** A literal block scalar without a final line break (`|-`): the content lines, each indented by `indent`. */
function literalBlock(text: string, indent: string): { header: string; lines: string[] } {
  return { header: '|-', lines: text.split('\n').map((line) => (line === '' ? '' : `${indent}${line}`)) };
}

export type RenderedScalar =
  | { readonly kind: 'inline'; readonly text: string }
  | { readonly kind: 'block'; readonly header: string; readonly lines: readonly string[] };

/**
 * A scalar for a place in the file: `inFlow` inside `{ }` or `[ ]` (no block possible), `indent`
 * the indentation of a block's content lines.
 */
export function renderScalar(value: string | boolean, options: { readonly inFlow: boolean; readonly indent: string }): RenderedScalar {
  if (typeof value === 'boolean') return { kind: 'inline', text: String(value) };
  if (isSafePlain(value)) return { kind: 'inline', text: value };
  if (!options.inFlow && fitsLiteralBlock(value)) return { kind: 'block', ...literalBlock(value, options.indent) };
  return { kind: 'inline', text: doubleQuoted(value) };
}
