/**
 * The quickest reader of frontmatter: a strict subset of YAML, the shape that complaint files
 * written by people and by `klacht nieuw` have. Block mappings with simple keys, block lists,
 * one-line `{ key: value }` items and `[a, b]` lists, plain and one-line quoted text, plain text over more lines,
 * block text (`|`, `>`, with or without `-`), whole numbers, true/false, null, comments.
 *
 * It answers only when it is certain: for anything outside that subset (anchors, tags, other
 * numbers, escapes, quoted text over more lines, odd indentation, duplicate keys, tabs, control
 * characters, nesting near yaml-document.ts's limit) it returns undefined and the caller reads
 * the file with `yaml`. Where it does answer, the result equals what `yaml` (core schema, YAML
 * 1.2) makes of the same text; the differential tests in test/register/plain-yaml.test.ts hold
 * it to that on disputed values in every field, generated block and multi-line texts, and
 * randomly mutated files.
 */

import { MAX_DEPTH } from './yaml-document.js';

type Value = string | number | boolean | null | Value[] | { [key: string]: Value };

/** Thrown inside the reader when the text leaves the subset; never escapes this module. */
const OUTSIDE: unique symbol = Symbol('outside the plain subset');

/** Characters this reader does not take on: tab, CR, control characters, BOM, line separators. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSUPPORTED = /[\t\r\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFEFF\u2028\u2029\uFFFE\uFFFF]|[\uD800-\uDFFF]/;
/** Plain scalars that the core schema reads as null. */
const NULLS = new Set(['', '~', 'null', 'Null', 'NULL']);
const BOOLEANS = new Map([['true', true], ['True', true], ['TRUE', true], ['false', false], ['False', false], ['FALSE', false]]);
/**
 * Plain scalars that the YAML 1.2 core schema of `yaml` resolves to null, a boolean or a number.
 * Numbers are left to the full parsers (no complaint field is a number).
 */
const CORE_NON_STRING = /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;
const WHOLE_NUMBER = /^(?:0|[1-9][0-9]{0,14})$/;
/** Characters that may not start a plain scalar (or that this reader leaves alone there). */
const PLAIN_START = new Set([...'-?:,[]{}#&*!|>\'"%@`']);

const SPACE = 0x20;
const HASH = 0x23;
const DASH = 0x2d;
const COLON = 0x3a;
const PIPE = 0x7c;
const GREATER = 0x3e;

/** A key that every parser reads as the same string and that is safe as an object key. */
function isSimpleKey(key: string): boolean {
  // Keys are scanned as identifiers (no digit first), so of the core schema's non-strings only the words remain.
  return key.length <= 100 && !isCoreWord(key) && key !== '__proto__';
}

/** null, true, false in the spellings of the core schema (checked by length first: this runs per value). */
function isCoreWord(text: string): boolean {
  switch (text.length) {
    case 0: return true;
    case 1: return text === '~';
    case 4: return text === 'null' || text === 'Null' || text === 'NULL' || text === 'true' || text === 'True' || text === 'TRUE';
    case 5: return text === 'false' || text === 'False' || text === 'FALSE';
    default: return false;
  }
}

function isKeyStart(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || code === 0x5f;
}

function isKeyPart(code: number): boolean {
  return isKeyStart(code) || (code >= 0x30 && code <= 0x39);
}

/**
 * Where the reader found things, for plain-positions.ts: per mapping or list it read, the offset
 * of each key and of the start of its value, as `yaml` gives them in its source ranges.
 */
export interface PlainMarks {
  mark(container: object, key: string | number, keyOffset: number, valueOffset: number): void;
}

/**
 * Reads `matter`, or returns undefined when it is not within the subset. With `marks`, every
 * key's and value's offset is handed to it as well (only then: the fast path records nothing).
 */
export function parsePlainYaml(matter: string, marks?: PlainMarks): Record<string, unknown> | undefined {
  if (UNSUPPORTED.test(matter)) return undefined;
  const reader = new Reader(matter, marks);
  if (reader.indents.length === 0 || reader.indents[0] !== 0) return undefined;
  try {
    const result = reader.mapping(0, -1);
    return reader.done() ? result : undefined;
  } catch (error) {
    if (error === OUTSIDE) return undefined;
    throw error;
  }
}

/**
 * Works on positions in the source, not on copies of lines: only keys and values are sliced out.
 * Only the space counts as white space, as in YAML (tabs never get here).
 */
class Reader {
  /** Per significant line (not blank, not a comment): where its text starts and ends, and its indentation. */
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  readonly indents: number[] = [];
  private next = 0;
  /** How many mappings and lists are open; deeper than MAX_DEPTH is left to `yaml`'s reading, which refuses it. */
  private depth = 0;

  constructor(
    private readonly src: string,
    private readonly marks?: PlainMarks,
  ) {
    const length = src.length;
    let lineStart = 0;
    while (lineStart <= length) {
      let lineEnd = src.indexOf('\n', lineStart);
      if (lineEnd < 0) lineEnd = length;
      let start = lineStart;
      while (start < lineEnd && src.charCodeAt(start) === SPACE) start++;
      if (start < lineEnd && src.charCodeAt(start) !== HASH) {
        let end = lineEnd;
        while (end > start && src.charCodeAt(end - 1) === SPACE) end--;
        this.starts.push(start);
        this.ends.push(end);
        this.indents.push(start - lineStart);
      }
      lineStart = lineEnd + 1;
    }
  }

  done(): boolean {
    return this.next === this.indents.length;
  }

  /** One more mapping or list open. A `{ }` or `[ ]` on a line may add one more, so the subset stops one short of MAX_DEPTH. */
  private enter(): void {
    if (++this.depth >= MAX_DEPTH) throw OUTSIDE;
  }

  private leave<T>(result: T): T {
    this.depth--;
    return result;
  }

  /** Indentation of the next line, or -1 at the end. */
  private nextIndent(): number {
    return this.next < this.indents.length ? (this.indents[this.next] as number) : -1;
  }

  /** Whether the next line is a list item (`-` alone or `- ...`). */
  private nextIsItem(): boolean {
    const start = this.starts[this.next] as number;
    const end = this.ends[this.next] as number;
    return this.src.charCodeAt(start) === DASH && (start + 1 === end || this.src.charCodeAt(start + 1) === SPACE);
  }

  /**
   * A block mapping whose keys stand at `indent`. `first` is where its first entry starts when
   * that is on a list item's line already read (`- key: value`), else -1.
   */
  mapping(indent: number, first: number): { [key: string]: Value } {
    const src = this.src;
    const result: { [key: string]: Value } = {};
    let pending = first;
    this.enter();
    for (;;) {
      let at: number;
      let end: number;
      if (pending >= 0) {
        at = pending;
        end = this.ends[this.next - 1] as number;
        pending = -1;
      } else {
        const lineIndent = this.nextIndent();
        if (lineIndent < indent) return this.leave(result);
        if (lineIndent > indent) throw OUTSIDE;
        at = this.starts[this.next] as number;
        end = this.ends[this.next] as number;
        this.next++;
      }
      if (!isKeyStart(src.charCodeAt(at))) throw OUTSIDE;
      let colon = at + 1;
      while (colon < end && isKeyPart(src.charCodeAt(colon))) colon++;
      if (colon >= end || src.charCodeAt(colon) !== COLON) throw OUTSIDE;
      const key = src.slice(at, colon);
      if (!isSimpleKey(key) || (result[key] !== undefined && Object.hasOwn(result, key))) throw OUTSIDE;
      let valueStart = colon + 1;
      if (valueStart < end && src.charCodeAt(valueStart) !== SPACE) throw OUTSIDE;
      while (valueStart < end && src.charCodeAt(valueStart) === SPACE) valueStart++;
      this.marks?.mark(result, key, at, this.valueOffset(valueStart, end, indent));
      result[key] = this.value(valueStart, end, indent);
    }
  }

  /**
   * Where `yaml` starts the value that value() reads next (same arguments, same branches): the
   * value on the key's line, else the first line of a nested mapping or list, else (null) the
   * comment on the key's line or the end of that line, trailing spaces included.
   */
  private valueOffset(at: number, end: number, indent: number): number {
    if (at < end && this.src.charCodeAt(at) !== HASH) return at;
    const lineIndent = this.nextIndent();
    if (lineIndent > indent || (lineIndent >= 0 && lineIndent === indent && this.nextIsItem())) return this.starts[this.next] as number;
    if (at < end) return at;
    const lineEnd = this.src.indexOf('\n', end);
    return lineEnd < 0 ? this.src.length : lineEnd;
  }

  /** The value after `key:` (from `at` to `end` on its line), which may continue on deeper lines. */
  private value(at: number, end: number, indent: number): Value {
    if (at < end && this.src.charCodeAt(at) !== HASH) {
      const first = this.src.charCodeAt(at);
      if (first === PIPE || first === GREATER) return this.blockText(at, end, indent);
      const value = inlineValue(this.src, at, end, this.marks);
      if (this.nextIndent() > indent) return this.plainContinued(at, end, indent);
      return value;
    }
    const lineIndent = this.nextIndent();
    if (lineIndent < 0) return null;
    if (lineIndent > indent) return this.nextIsItem() ? this.sequence(lineIndent) : this.mapping(lineIndent, -1);
    // A list may stand at the same indentation as its key.
    if (lineIndent === indent && this.nextIsItem()) return this.sequence(indent);
    return null;
  }

  /** Moves past the significant lines that start before `stop` (they were read as raw text). */
  private skipTo(stop: number): void {
    while (this.next < this.starts.length && (this.starts[this.next] as number) < stop) this.next++;
  }

  /**
   * Plain text over more lines (`key: een` / `  twee`), as YAML folds it: lines joined by a space,
   * an empty line a line break. Only text: no comment on any line, no line that starts with an
   * indicator or holds `: `, so that no line can be read as anything else.
   */
  private plainContinued(at: number, end: number, indent: number): Value {
    const src = this.src;
    const firstLine = src.slice(at, end);
    // The first line alone must be plain text here (a number or word alone is fine: folded, it is text).
    if (PLAIN_START.has(firstLine[0] as string) || !isFoldableLine(firstLine)) throw OUTSIDE;
    const lines = rawLinesAfter(src, end, indent);
    let value = firstLine;
    let empty = 0;
    for (const line of lines.lines) {
      if (line.text === '') {
        empty++;
        continue;
      }
      if (PLAIN_START.has(line.text[0] as string) || !isFoldableLine(line.text)) throw OUTSIDE;
      value += empty === 0 ? ' ' : '\n'.repeat(empty);
      value += line.text;
      empty = 0;
    }
    this.skipTo(lines.stop);
    return value;
  }

  /**
   * Block text: `|` (literal) or `>` (folded), with the final line break kept or, with `-`, left
   * off. Explicit indentation, `+`, a comment after the indicator, blank lines of spaces, leading
   * empty lines and (for `>`) deeper or space-ended lines are left to the full parsers.
   */
  private blockText(at: number, end: number, indent: number): Value {
    const src = this.src;
    const header = src.slice(at, end);
    if (header !== '|' && header !== '|-' && header !== '>' && header !== '>-') throw OUTSIDE;
    const literal = header[0] === '|';
    const lines = rawLinesAfter(src, end, indent);
    const content = lines.lines;
    const first = content[0];
    if (first === undefined || first.text === '') throw OUTSIDE;
    const contentIndent = first.indent;
    // A line of spaces alone may be text (spaces deeper than the indentation): left to the full parsers.
    if (content.some((line) => line.text === '' && line.raw !== '')) throw OUTSIDE;
    // Trailing empty lines belong to the chomping, not to the text: both kinds drop them.
    let last = content.length - 1;
    while (last >= 0 && (content[last] as RawLine).text === '') last--;
    const kept = content.slice(0, last + 1);
    // The last line's break must be in the source for `|` and `>` to keep it.
    if (!lines.lastBreak && last === content.length - 1) throw OUTSIDE;
    let value = '';
    let empty = 0;
    let started = false;
    for (const line of kept) {
      if (line.text === '') {
        empty++;
        continue;
      }
      if (line.indent < contentIndent) throw OUTSIDE;
      const text = line.raw.slice(contentIndent);
      if (literal) {
        value += started ? '\n'.repeat(empty + 1) : '';
      } else {
        if (line.indent !== contentIndent || text.endsWith(' ')) throw OUTSIDE;
        value += started ? (empty === 0 ? ' ' : '\n'.repeat(empty)) : '';
      }
      value += text;
      empty = 0;
      started = true;
    }
    this.skipTo(lines.stop);
    return header.length === 1 ? `${value}\n` : value;
  }

  /** A block list whose dashes stand at `indent`. */
  private sequence(indent: number): Value[] {
    const src = this.src;
    const result: Value[] = [];
    this.enter();
    for (;;) {
      const lineIndent = this.nextIndent();
      if (lineIndent < indent) return this.leave(result);
      const start = this.starts[this.next] as number;
      const end = this.ends[this.next] as number;
      const dashed = src.charCodeAt(start) === DASH;
      if (lineIndent > indent || !dashed || start + 1 >= end || src.charCodeAt(start + 1) !== SPACE) {
        // A key at the list's level ends a list that stands at its key's indentation; a deeper
        // line, a bare `-` or `-text` is left to the full parsers.
        if (lineIndent === indent && !dashed) return this.leave(result);
        throw OUTSIDE;
      }
      this.next++;
      let content = start + 2;
      while (content < end && src.charCodeAt(content) === SPACE) content++;
      const contentIndent = indent + (content - start);
      const first = src.charCodeAt(content);
      if (content >= end || first === HASH || first === DASH) throw OUTSIDE;
      this.marks?.mark(result, result.length, content, content);
      if (startsWithKey(src, content, end)) {
        result.push(this.mapping(contentIndent, content));
      } else {
        result.push(inlineValue(src, content, end, this.marks));
        if (this.nextIndent() > indent) throw OUTSIDE;
      }
    }
  }
}

interface RawLine {
  /** The line as written, without its line break. */
  readonly raw: string;
  /** The line without leading and trailing spaces ('' for a blank line). */
  readonly text: string;
  readonly indent: number;
}

/**
 * The lines after the line that ends at `end`, up to the first non-blank line indented `indent`
 * or less (`stop`: where that line starts, or the end of the text). `lastBreak`: whether the last
 * line taken ends with a line break.
 */
function rawLinesAfter(src: string, end: number, indent: number): { lines: RawLine[]; stop: number; lastBreak: boolean } {
  const lines: RawLine[] = [];
  const firstBreak = src.indexOf('\n', end);
  if (firstBreak < 0) return { lines, stop: src.length, lastBreak: false };
  let lineStart = firstBreak + 1;
  let lastBreak = true;
  while (lineStart < src.length) {
    let lineEnd = src.indexOf('\n', lineStart);
    const hasBreak = lineEnd >= 0;
    if (!hasBreak) lineEnd = src.length;
    let start = lineStart;
    while (start < lineEnd && src.charCodeAt(start) === SPACE) start++;
    const lineIndent = start - lineStart;
    if (start < lineEnd && lineIndent <= indent) return { lines, stop: lineStart, lastBreak };
    const raw = src.slice(lineStart, lineEnd);
    lines.push({ raw, text: start < lineEnd ? src.slice(start, trimSpacesEnd(src, start, lineEnd)) : '', indent: lineIndent });
    lastBreak = hasBreak;
    lineStart = lineEnd + 1;
  }
  return { lines, stop: src.length, lastBreak };
}

/** A line of multi-line plain text that YAML reads as text only: no comment, no `key: value`. */
function isFoldableLine(text: string): boolean {
  return !text.includes(': ') && !text.endsWith(':') && !text.includes(' #');
}

/** Whether the text at `at` is `identifier:` followed by a space or the end of the line. */
function startsWithKey(src: string, at: number, end: number): boolean {
  if (!isKeyStart(src.charCodeAt(at))) return false;
  let i = at + 1;
  while (i < end && isKeyPart(src.charCodeAt(i))) i++;
  return i < end && src.charCodeAt(i) === COLON && (i + 1 === end || src.charCodeAt(i + 1) === SPACE);
}

/** End of `[at, end)` with trailing spaces left off. */
function trimSpacesEnd(src: string, at: number, end: number): number {
  while (end > at && src.charCodeAt(end - 1) === SPACE) end--;
  return end;
}

/** A value written on the key's own line (`at` to `end`): flow `{ }`, `[]`, quoted or plain text. */
function inlineValue(src: string, at: number, end: number, marks: PlainMarks | undefined): Value {
  const first = src[at];
  if (first === '{') {
    const reader = new FlowReader(src, at, end, marks);
    const value = reader.mapping();
    reader.finish();
    return value;
  }
  if (first === '[') {
    const reader = new FlowReader(src, at, end, marks);
    const value = reader.sequence();
    reader.finish();
    return value;
  }
  if (first === '"' || first === "'") {
    const read = quoted(src, at, end);
    trailing(src, read.end, end);
    return read.value;
  }
  // Plain text: a comment starts at ` #`.
  let stop = end;
  for (let i = at + 1; i < end; i++) {
    if (src.charCodeAt(i) === HASH && src.charCodeAt(i - 1) === SPACE) {
      stop = i;
      break;
    }
  }
  return plainScalar(src.slice(at, trimSpacesEnd(src, at, stop)), false);
}

function plainScalar(plain: string, flow: boolean): Value {
  if (isCoreWord(plain)) return NULLS.has(plain) ? null : (BOOLEANS.get(plain) as boolean);
  const first = plain.charCodeAt(0);
  // Digits, + - . start numbers and dates; everything else is text unless it starts with an indicator.
  if ((first >= 0x30 && first <= 0x39) || first === 0x2b || first === 0x2d || first === 0x2e) {
    if (DATE.test(plain)) return plain;
    // Whole numbers as the configuration has them (7, 24); any other number is left to the full parsers.
    if (WHOLE_NUMBER.test(plain)) return Number(plain);
    if (CORE_NON_STRING.test(plain)) throw OUTSIDE;
  }
  if (PLAIN_START.has(plain[0] as string)) throw OUTSIDE;
  // `: ` inside would make a mapping, ` #` a comment.
  if (plain.includes(': ') || plain.endsWith(':') || plain.includes(' #')) throw OUTSIDE;
  if (flow && /[,[\]{}]/.test(plain)) throw OUTSIDE;
  return plain;
}

/** A one-line quoted scalar starting at `start`; double quotes without escapes only. */
function quoted(src: string, start: number, end: number): { value: string; end: number } {
  if (src[start] === '"') {
    const close = src.indexOf('"', start + 1);
    if (close < 0 || close >= end) throw OUTSIDE;
    const value = src.slice(start + 1, close);
    if (value.includes('\\')) throw OUTSIDE;
    return { value, end: close + 1 };
  }
  let value = '';
  let at = start + 1;
  for (;;) {
    const close = src.indexOf("'", at);
    if (close < 0 || close >= end) throw OUTSIDE;
    value += src.slice(at, close);
    if (close + 1 < end && src[close + 1] === "'") {
      value += "'";
      at = close + 2;
    } else {
      return { value, end: close + 1 };
    }
  }
}

/** After a complete value only spaces and a comment may follow (up to `end`). */
function trailing(src: string, at: number, end: number): void {
  if (at === end) return;
  if (src.charCodeAt(at) !== SPACE) throw OUTSIDE;
  while (at < end && src.charCodeAt(at) === SPACE) at++;
  if (at < end && src.charCodeAt(at) !== HASH) throw OUTSIDE;
}

const FLOW_KEY = /([A-Za-z_][A-Za-z0-9_]*): +/y;

/** One-line flow collections: `{ key: value, key: "text" }` and `[a, "b"]`, from `start` (the bracket) to `end`. */
class FlowReader {
  private at: number;

  constructor(
    private readonly src: string,
    start: number,
    private readonly end: number,
    private readonly marks: PlainMarks | undefined,
  ) {
    this.at = start + 1;
  }

  private spaces(): void {
    while (this.at < this.end && this.src.charCodeAt(this.at) === SPACE) this.at++;
  }

  mapping(): { [key: string]: Value } {
    const { src, end } = this;
    const result: { [key: string]: Value } = {};
    this.spaces();
    if (src[this.at] === '}' && this.at < end) {
      this.at++;
      return result;
    }
    for (;;) {
      FLOW_KEY.lastIndex = this.at;
      const match = FLOW_KEY.exec(src);
      if (!match || FLOW_KEY.lastIndex >= end) throw OUTSIDE;
      const key = match[1] as string;
      if (!isSimpleKey(key) || (result[key] !== undefined && Object.hasOwn(result, key))) throw OUTSIDE;
      this.marks?.mark(result, key, match.index, FLOW_KEY.lastIndex);
      this.at = FLOW_KEY.lastIndex;
      const first = src[this.at];
      let value: Value;
      if (first === '"' || first === "'") {
        const read = quoted(src, this.at, end);
        value = read.value;
        this.at = read.end;
        this.spaces();
      } else {
        let stop = this.at;
        while (stop < end && src[stop] !== ',' && src[stop] !== '}') stop++;
        const valueEnd = trimSpacesEnd(src, this.at, stop);
        if (valueEnd === this.at) throw OUTSIDE;
        value = plainScalar(src.slice(this.at, valueEnd), true);
        this.at = stop;
      }
      result[key] = value;
      if (this.at >= end) throw OUTSIDE;
      const separator = src[this.at];
      this.at++;
      if (separator === '}') return result;
      if (separator !== ',') throw OUTSIDE;
      this.spaces();
      // A trailing comma before } is allowed in YAML; left to the full parsers all the same.
      if (src[this.at] === '}') throw OUTSIDE;
    }
  }

  /** A one-line flow list of plain or quoted scalars: `[a, "b, c", 'd']`, from its `[`. */
  sequence(): Value[] {
    const { src, end } = this;
    const result: Value[] = [];
    this.spaces();
    if (src[this.at] === ']' && this.at < end) {
      this.at++;
      return result;
    }
    for (;;) {
      this.marks?.mark(result, result.length, this.at, this.at);
      const first = src[this.at];
      if (first === '"' || first === "'") {
        const read = quoted(src, this.at, end);
        result.push(read.value);
        this.at = read.end;
        this.spaces();
      } else {
        let stop = this.at;
        while (stop < end && src[stop] !== ',' && src[stop] !== ']') stop++;
        const valueEnd = trimSpacesEnd(src, this.at, stop);
        if (valueEnd === this.at) throw OUTSIDE;
        result.push(plainScalar(src.slice(this.at, valueEnd), true));
        this.at = stop;
      }
      if (this.at >= end) throw OUTSIDE;
      const separator = src[this.at];
      this.at++;
      if (separator === ']') return result;
      if (separator !== ',') throw OUTSIDE;
      this.spaces();
      // A trailing comma before ] is allowed in YAML; left to the full parsers all the same.
      if (src[this.at] === ']' || this.at >= end) throw OUTSIDE;
    }
  }

  finish(): void {
    trailing(this.src, this.at, this.end);
  }
}
