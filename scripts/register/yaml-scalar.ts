/**
 * A new value written as YAML text, so that the authoritative reader (YAML 1.2, core schema)
 * reads back exactly that value: plain where nobody can misread it, double-quoted otherwise, and a
 * text over more lines as a literal block (`|`) where the context allows a block.
 */

/** A plain scalar that reads as text in every YAML reader people meet (1.1 and 1.2, block and flow). */
const SAFE_PLAIN = /^[\p{L}\p{N}(][^\n\r\t#:{}[\],&*!|>'"%@`\\]*$/u;
/** Plain words that YAML 1.1 readers (and people) take for a boolean or null. */
const AMBIGUOUS = /^(?:y|n|yes|no|on|off|true|false|null|nan|inf)$/i;
const DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;
/**
 * Characters a YAML double-quoted scalar must escape beyond what JSON escapes: the non-printable
 * ones of YAML (DEL, C1 controls but NEL), the byte-order mark and the line and paragraph separators.
 */
const YAML_UNPRINTABLE = /[\x7F-\x84\x86-\x9F\uFEFF\u2028\u2029\uFFFE\uFFFF]/g;

/** True when `text` can stand unquoted. Dates (JJJJ-MM-DD) stand unquoted, as people write them. */
export function isSafePlain(text: string): boolean {
  if (DATE.test(text)) return true;
  if (!SAFE_PLAIN.test(text) || text !== text.trim() || AMBIGUOUS.test(text)) return false;
  // A text that starts with a digit may read as a number (06-12345678 in some readers): quote it.
  return !/^[0-9]/.test(text);
}

/** `text` as a double-quoted YAML scalar (JSON's escapes are YAML's, plus a few). */
export function doubleQuoted(text: string): string {
  return JSON.stringify(text).replace(YAML_UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * True when `text` (over more lines) can be a literal block: no CR, nothing a block cannot hold,
 * and no final line break (a block at the end of the frontmatter would lose it: the line break
 * before the closing --- is not part of the YAML).
 */
function fitsLiteralBlock(text: string): boolean {
  if (!text.includes('\n') || text.endsWith('\n') || text.includes('\r') || YAML_UNPRINTABLE.test(text)) return false;
  YAML_UNPRINTABLE.lastIndex = 0;
  // eslint-disable-next-line no-control-regex -- a block scalar holds no control characters but tab
  if (/[\x00-\x08\x0B\x0C\x0E-\x1F]/.test(text)) return false;
  const lines = text.split('\n');
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
