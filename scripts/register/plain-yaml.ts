/**
 * The quickest reader of frontmatter: a strict subset of YAML, the shape that complaint files
 * written by people and by `klacht nieuw` have. Block mappings with simple keys, block lists,
 * one-line `{ key: value }` items, plain and one-line quoted text, whole numbers, true/false, null,
 * comments.
 *
 * It answers only when it is certain: for anything outside that subset (anchors, tags, block
 * text, other numbers, escapes, multi-line text, odd indentation, duplicate keys, tabs, control
 * characters) it returns undefined and the caller falls back to js-yaml, then to `yaml`. Where it
 * does answer, the result equals what `yaml` (core schema, YAML 1.2) makes of the same text; a
 * property test holds it to that on every mutated file.
 */

type Value = string | number | boolean | null | Value[] | { [key: string]: Value };

/** Thrown inside the reader when the text leaves the subset; never escapes this module. */
const OUTSIDE: unique symbol = Symbol('outside the plain subset');

const KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;
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
export const CORE_NON_STRING = /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;
const WHOLE_NUMBER = /^(?:0|[1-9][0-9]{0,14})$/;
/** Characters that may not start a plain scalar (or that this reader leaves alone there). */
const PLAIN_START = new Set([...'-?:,[]{}#&*!|>\'"%@`']);

/** A key that every parser reads as the same string and that is safe as an object key. */
function isSimpleKey(key: string): boolean {
  // KEY admits no digit first, so of the core schema's non-strings only the words remain.
  return key.length <= 100 && KEY.test(key) && !isCoreWord(key) && key !== '__proto__';
}

/** null, true, false in the spellings of the core schema (checked by length first: this runs per value). */
function isCoreWord(text: string): boolean {
  return text.length <= 5 && (NULLS.has(text) || BOOLEANS.has(text));
}

interface Line {
  readonly indent: number;
  /** The line without its indentation. */
  readonly text: string;
}

/** Reads `matter`, or returns undefined when it is not within the subset. */
export function parsePlainYaml(matter: string): Record<string, unknown> | undefined {
  if (UNSUPPORTED.test(matter)) return undefined;
  const lines: Line[] = [];
  for (const raw of matter.split('\n')) {
    const text = raw.trimStart();
    if (text === '' || text.startsWith('#')) continue;
    lines.push({ indent: raw.length - text.length, text: text.trimEnd() });
  }
  if (lines.length === 0 || (lines[0] as Line).indent !== 0) return undefined;
  try {
    const reader = new Reader(lines);
    const result = reader.mapping(0, undefined);
    return reader.done() ? result : undefined;
  } catch (error) {
    if (error === OUTSIDE) return undefined;
    throw error;
  }
}

class Reader {
  private next = 0;

  constructor(private readonly lines: readonly Line[]) {}

  done(): boolean {
    return this.next === this.lines.length;
  }

  private peek(): Line | undefined {
    return this.lines[this.next];
  }

  /**
   * A block mapping whose keys stand at `indent`. `first` is the text of its first entry when it
   * starts on a list item's line (`- key: value`).
   */
  mapping(indent: number, first: string | undefined): { [key: string]: Value } {
    const result: { [key: string]: Value } = {};
    let pending = first;
    for (;;) {
      let text: string;
      if (pending !== undefined) {
        text = pending;
        pending = undefined;
      } else {
        const line = this.peek();
        if (!line || line.indent < indent) return result;
        if (line.indent > indent) throw OUTSIDE;
        text = line.text;
        this.next++;
      }
      const colon = text.indexOf(':');
      if (colon <= 0) throw OUTSIDE;
      const key = text.slice(0, colon);
      if (!isSimpleKey(key) || (result[key] !== undefined && Object.hasOwn(result, key))) throw OUTSIDE;
      const rest = text.slice(colon + 1);
      if (rest !== '' && rest[0] !== ' ') throw OUTSIDE;
      result[key] = this.value(rest.trimStart(), indent);
    }
  }

  /** The value after `key:`, which may continue on the following, deeper lines. */
  private value(inline: string, indent: number): Value {
    if (inline !== '' && !inline.startsWith('#')) {
      const value = inlineValue(inline);
      // Text continuing on a deeper line is multi-line text: left to the full parsers.
      const line = this.peek();
      if (line && line.indent > indent) throw OUTSIDE;
      return value;
    }
    const line = this.peek();
    if (!line) return null;
    const isItem = line.text === '-' || line.text.startsWith('- ');
    if (line.indent > indent) return isItem ? this.sequence(line.indent) : this.mapping(line.indent, undefined);
    // A list may stand at the same indentation as its key.
    if (line.indent === indent && isItem) return this.sequence(indent);
    return null;
  }

  /** A block list whose dashes stand at `indent`. */
  private sequence(indent: number): Value[] {
    const result: Value[] = [];
    for (;;) {
      const line = this.peek();
      if (!line || line.indent < indent) return result;
      if (line.indent > indent || !line.text.startsWith('- ')) {
        // A deeper line here, a bare `-`, or a key at the list's level while inside a mapping item.
        if (line.indent === indent && !line.text.startsWith('-')) return result;
        throw OUTSIDE;
      }
      this.next++;
      const after = line.text.slice(2);
      const content = after.trimStart();
      const contentIndent = indent + 2 + (after.length - content.length);
      if (content === '' || content.startsWith('#') || content.startsWith('-')) throw OUTSIDE;
      if (content.startsWith('{') || content.startsWith('"') || content.startsWith("'") || !/^[A-Za-z_][A-Za-z0-9_]*:(?: |$)/.test(content)) {
        result.push(inlineValue(content));
        const next = this.peek();
        if (next && next.indent > indent) throw OUTSIDE;
      } else {
        result.push(this.mapping(contentIndent, content));
      }
    }
  }
}

/** A value written on the key's own line: flow `{ }`, `[]`, quoted or plain text. */
function inlineValue(text: string): Value {
  const first = text[0];
  if (first === '{') {
    const reader = new FlowReader(text);
    const value = reader.mapping();
    reader.end();
    return value;
  }
  if (first === '[') {
    if (/^\[ *\](?: +#.*)?$/.test(text)) return [];
    throw OUTSIDE;
  }
  if (first === '"' || first === "'") {
    const { value, end } = quoted(text, 0);
    trailing(text, end);
    return value;
  }
  // Plain text: a comment starts at ` #`; `: ` inside would make it a mapping.
  const comment = text.indexOf(' #');
  const plain = (comment >= 0 ? text.slice(0, comment) : text).trimEnd();
  return plainScalar(plain, false);
}

function plainScalar(plain: string, flow: boolean): Value {
  if (plain.length <= 5) {
    if (NULLS.has(plain)) return null;
    const bool = BOOLEANS.get(plain);
    if (bool !== undefined) return bool;
  }
  const first = plain.charCodeAt(0);
  // Digits, + - . start numbers and dates; everything else is text unless it starts with an indicator.
  if ((first >= 0x30 && first <= 0x39) || first === 0x2b || first === 0x2d || first === 0x2e) {
    if (DATE.test(plain)) return plain;
    // Whole numbers as the configuration has them (7, 24); any other number is left to the full parsers.
    if (WHOLE_NUMBER.test(plain)) return Number(plain);
    if (CORE_NON_STRING.test(plain)) throw OUTSIDE;
  }
  if (PLAIN_START.has(plain[0] as string)) throw OUTSIDE;
  if (plain.includes(': ') || plain.endsWith(':') || plain.includes(' #')) throw OUTSIDE;
  if (flow && /[,[\]{}]/.test(plain)) throw OUTSIDE;
  return plain;
}

/** A one-line quoted scalar starting at `start`; double quotes without escapes only. */
function quoted(text: string, start: number): { value: string; end: number } {
  const quote = text[start];
  if (quote === '"') {
    const close = text.indexOf('"', start + 1);
    if (close < 0) throw OUTSIDE;
    const value = text.slice(start + 1, close);
    if (value.includes('\\')) throw OUTSIDE;
    return { value, end: close + 1 };
  }
  let value = '';
  let at = start + 1;
  for (;;) {
    const close = text.indexOf("'", at);
    if (close < 0) throw OUTSIDE;
    value += text.slice(at, close);
    if (text[close + 1] === "'") {
      value += "'";
      at = close + 2;
    } else {
      return { value, end: close + 1 };
    }
  }
}

/** After a complete value only spaces and a comment may follow. */
function trailing(text: string, end: number): void {
  const rest = text.slice(end);
  if (rest === '') return;
  if (!/^ +(?:#.*)?$/.test(rest)) throw OUTSIDE;
}

const FLOW_KEY = /([A-Za-z_][A-Za-z0-9_]*): +/y;

/** A one-line flow mapping: `{ key: value, key: "text" }`. */
class FlowReader {
  private at = 1;

  constructor(private readonly text: string) {}

  private spaces(): void {
    while (this.text[this.at] === ' ') this.at++;
  }

  mapping(): { [key: string]: Value } {
    const result: { [key: string]: Value } = {};
    this.spaces();
    if (this.text[this.at] === '}') {
      this.at++;
      return result;
    }
    for (;;) {
      FLOW_KEY.lastIndex = this.at;
      const match = FLOW_KEY.exec(this.text);
      if (!match) throw OUTSIDE;
      const key = match[1] as string;
      if (!isSimpleKey(key) || (result[key] !== undefined && Object.hasOwn(result, key))) throw OUTSIDE;
      this.at += match[0].length;
      const first = this.text[this.at];
      let value: Value;
      if (first === '"' || first === "'") {
        const read = quoted(this.text, this.at);
        value = read.value;
        this.at = read.end;
        this.spaces();
      } else {
        const comma = this.text.indexOf(',', this.at);
        const brace = this.text.indexOf('}', this.at);
        const end = comma >= 0 && (brace < 0 || comma < brace) ? comma : brace >= 0 ? brace : this.text.length;
        const plain = this.text.slice(this.at, end).trimEnd();
        if (plain === '') throw OUTSIDE;
        value = plainScalar(plain, true);
        this.at = end;
      }
      result[key] = value;
      const separator = this.text[this.at];
      this.at++;
      if (separator === '}') return result;
      if (separator !== ',') throw OUTSIDE;
      this.spaces();
      // A trailing comma before } is allowed in YAML; left to the full parsers all the same.
      if (this.text[this.at] === '}') throw OUTSIDE;
    }
  }

  end(): void {
    trailing(this.text, this.at);
  }
}
