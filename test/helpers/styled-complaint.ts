/**
 * Complaint files written in every style YAML allows people, for property tests of the editor
 * and the step commands: comments before keys (at any indentation), after values, after empty
 * values and on block headers; comment lines deeper than the value above them; empty values
 * (nothing, `~`, `null`); plain, quoted and multi-line plain text; block text (`|`, `>`) with
 * every chomping and a header comment; flow and block mappings and lists; an anchor on the
 * receipt date with aliases to it; keys with an anchor (`&a1 id:`) or a tag (`!!str id:`), and keys in the explicit form (`? id` with `: waarde` on the next line); empty flow lists and
 * mappings, on one line or over more with a comment inside (`[  # c1` / `  ]`); indentation of
 * 2 or 4; CRLF; a byte-order mark.
 *
 * The content is a valid complaint (status ontvangen or in behandeling, optionally with a reply,
 * measures and a closing block): the style is random, the data is what `yaml` reads of it. With
 * `aliasKey`, the file also has an alias as a key that repeats `behandelaar` (`*ak : …`, the anchor
 * on the first action's text): a file valideer refuses (yaml-key), which no step may edit.
 */
import fc from 'fast-check';

type Field =
  | { readonly kind: 'text'; readonly value: string }
  /** Text whose exact value counts (an id, a status, a choice): plain or quoted, never a block. */
  | { readonly kind: 'word'; readonly value: string; readonly anchor?: string }
  | { readonly kind: 'date'; readonly value: string; readonly alias?: boolean }
  | { readonly kind: 'flag'; readonly value: boolean }
  | { readonly kind: 'empty' }
  | { readonly kind: 'map'; readonly entries: readonly (readonly [string, Field])[] }
  | { readonly kind: 'list'; readonly items: readonly Field[] }
  /** An empty flow list or mapping (`[]`, `{ }`, or over more lines with a comment inside); `optional`: it may be left out. */
  | { readonly kind: 'none'; readonly list: boolean; readonly optional: boolean };

/** A key that is an alias (`*ak :`), written as it stands. */
const ALIAS_KEY = '*ak ';

/** Fields that may stand empty (`key:`, `key: ~`, with or without a comment) for a step to fill. */
export const FILLABLE = ['klachtverantwoordelijke', 'behandelaar', 'categorie', 'afhandeling', 'ondertekening'] as const;

export interface ComplaintParts {
  readonly status: 'ontvangen' | 'in behandeling';
  /** The reply's content recorded and an outgoing reply in the correspondence (what klacht handel-af needs). */
  readonly reply: boolean;
  /** Measures under afhandeling (what klacht maatregel needs). */
  readonly measures: boolean;
  /** Fields that stand empty, in their place, instead of their value or their absence. */
  readonly empty: readonly (typeof FILLABLE)[number][];
  /** An alias as a key, repeating `behandelaar`: the file is then one valideer refuses. */
  readonly aliasKey?: boolean;
}

const text = (value: string): Field => ({ kind: 'text', value });
const word = (value: string): Field => ({ kind: 'word', value });
const date = (value: string, alias = false): Field => ({ kind: 'date', value, alias });
const map = (entries: readonly (readonly [string, Field])[]): Field => ({ kind: 'map', entries });
const EMPTY: Field = { kind: 'empty' };

/** The fields of a complaint with these parts, in the schema's order. */
function complaintFields(parts: ComplaintParts): (readonly [string, Field])[] {
  const registered = parts.status === 'in behandeling';
  const empty = new Set<string>(parts.empty);
  const optional = (key: string, field: Field | undefined): (readonly [string, Field])[] =>
    empty.has(key) ? [[key, EMPTY]] : field ? [[key, field]] : [];
  const signer = map([['datum', date('2026-03-03')], ['naam', word('Fenna Fictief')]]);
  return [
    ['id', word('KL-2026-001')],
    ['status', word(parts.status)],
    ...(registered ? [['complex', { kind: 'flag', value: false }] as const] : []),
    ['ontvangen', map([['datum', date('2026-03-02')], ['door', text('Anna Verzonnen')], ['wijze', word('mondeling')]])],
    ['ingediend', date('2026-03-02', true)],
    ...(registered ? [['geregistreerd', date('2026-03-03')] as const] : []),
    ['indiener', map([['naam', text('Carla Canarie')], ...(registered
      ? [['adres', text('Kanarieweg 1')], ['postcode', text('1111 AA')], ['woonplaats', text('Vogelstad')], ['rol', word('coachee')]] as const
      : [])])],
    ...optional('klachtverantwoordelijke', registered ? text('Fenna Fictief') : undefined),
    ...optional('behandelaar', undefined),
    ...optional('categorie', registered ? word('planning') : undefined),
    ['acties', { kind: 'list', items: [map([['datum', date('2026-03-03')], ['actie', parts.aliasKey ? { kind: 'word', value: 'behandelaar', anchor: 'ak' } : text('Intakegesprek gepland, met koffie')]])] }],
    ...(registered ? [['correspondentie', { kind: 'list', items: [
      map([['datum', date('2026-03-03')], ['richting', word('uit')], ['soort', word('ontvangstbevestiging')], ['onderwerp', text('Bevestiging: ontvangen')]]),
      ...(parts.reply ? [map([['datum', date('2026-03-10')], ['richting', word('uit')], ['soort', word('reactie')]])] : []),
    ] }] as const] : []),
    ['verlengingen', { kind: 'none', list: true, optional: true }],
    ...optional('afhandeling', parts.measures || parts.reply ? map([
      ['oorzaak', text('Planning\nliep mis')],
      ...(parts.reply ? [['standpunt_directie', text('Terecht')], ['oplossing', text('Nieuwe afspraak')]] as const : []),
      ...(parts.measures ? [['maatregelen', { kind: 'list', items: [
        map([['omschrijving', text('Planning controleren')], ['structureel', { kind: 'flag', value: true }], ['status', word('gepland')]]),
        map([['omschrijving', text('Excuses')], ['structureel', { kind: 'flag', value: false }], ['status', word('gepland')]]),
      ] }] as const] : []),
    ]) : undefined),
    ...optional('ondertekening', registered
      ? map([['indiener', map([['datum', date('2026-03-03')], ['wijze', text('handtekening')]])], ['directie', signer]])
      : { kind: 'none', list: false, optional: true }),
    ...(parts.aliasKey ? [[ALIAS_KEY, text('Fenna Fictief')] as const] : []),
  ];
}

type Draw = <T>(arbitrary: fc.Arbitrary<T>) => T;

/** Writes the fields as YAML, drawing every choice of style from `draw`. */
class Writer {
  private readonly lines: string[] = [];
  /** Set after block text: comment lines may not stand this deep, or they would be its text. */
  private blockDepth = Infinity;
  private anchored = false;
  private anchors = 0;

  constructor(private readonly draw: Draw, private readonly unit: string) {}

  file(fields: readonly (readonly [string, Field])[]): string {
    this.mapping(fields, '');
    return this.lines.join('\n');
  }

  private comments(indent: number): void {
    for (let n = this.draw(fc.nat({ max: 2 })); n > 0; n--) {
      const depth = Math.min(this.draw(fc.nat({ max: indent + 6 })), this.blockDepth - 1);
      this.lines.push(`${' '.repeat(depth)}#@`);
    }
  }

  private push(line: string): void {
    this.lines.push(line);
    this.blockDepth = Infinity;
  }

  private trailing(): string {
    return this.draw(fc.boolean()) ? ' #@' : '';
  }

  private mapping(fields: readonly (readonly [string, Field])[], indent: string): void {
    for (const [key, field] of fields) {
      if (field.kind === 'none' && field.optional && this.draw(fc.boolean())) continue;
      this.comments(indent.length);
      if (key === ALIAS_KEY) {
        this.entry(`${indent}${key}:`, field, indent);
      } else if (this.draw(fc.nat({ max: 9 })) === 0 && field.kind !== 'list' && !(field.kind === 'map' && field.entries.length === 0)) {
        // The explicit form: `? key`, then the value after `:` on the next line.
        this.push(`${indent}? ${this.keyProps()}${key}${this.trailing()}`);
        this.entry(`${indent}:`, field, indent);
      } else {
        this.entry(`${indent}${this.keyProps()}${key}:`, field, indent);
      }
    }
  }

  /**
   * What may stand before a key: nothing, an anchor or a tag. Not both: js-yaml refuses a first
   * key of a nested mapping with both (`  !!str &a datum:`), which `yaml` and the spec read.
   */
  private keyProps(): string {
    switch (this.draw(fc.nat({ max: 7 }))) {
      case 0: return `&a${++this.anchors} `;
      case 1: return '!!str ';
      default: return '';
    }
  }

  /** `head` is the key (`  naam:`) or the dash of a list item; `indent` the key's indentation. */
  private entry(head: string, field: Field, indent: string): void {
    const inner = indent + this.unit;
    switch (field.kind) {
      case 'flag': this.push(`${head} ${field.value}${this.trailing()}`); return;
      case 'empty': this.push(`${head}${this.draw(fc.constantFrom('', ' ~', ' null'))}${this.trailing()}`); return;
      case 'date': this.push(`${head} ${this.dateText(field)}${this.trailing()}`); return;
      case 'text': this.text(head, field.value, indent); return;
      case 'word': this.push(`${head} ${this.flowScalar(field)}${this.trailing()}`); return;
      case 'none': this.emptyFlow(head, field.list, inner); return;
      case 'map':
        if (this.draw(fc.boolean()) && field.entries.every(([, f]) => f.kind !== 'map' && f.kind !== 'list' && !(f.kind === 'text' && f.value.includes('\n')))) {
          this.push(`${head} { ${field.entries.map(([k, f]) => `${k}: ${this.flowScalar(f)}`).join(', ')} }${this.trailing()}`);
          return;
        }
        this.push(`${head}${this.trailing()}`);
        this.mapping(field.entries, inner);
        return;
      case 'list': {
        this.push(`${head}${this.trailing()}`);
        // A list may stand at its key's indentation or deeper.
        const dash = this.draw(fc.boolean()) ? indent : inner;
        for (const item of field.items) {
          this.comments(dash.length);
          if (item.kind === 'map' && this.draw(fc.boolean())) {
            const [first, ...rest] = item.entries;
            if (!first) continue;
            this.entry(`${dash}- ${this.keyProps()}${first[0]}:`, first[1], `${dash}  `);
            this.mapping(rest, `${dash}  `);
          } else {
            this.entry(`${dash}-`, item, dash);
          }
        }
        return;
      }
    }
  }

  /** An empty flow list or mapping: on one line, or over more with a comment inside and the bracket closed at `inner`. */
  private emptyFlow(head: string, list: boolean, inner: string): void {
    const [open, close] = list ? ['[', ']'] : ['{', '}'];
    switch (this.draw(fc.constantFrom('short', 'spaced', 'comment', 'comment-line'))) {
      case 'short': this.push(`${head} ${open}${close}${this.trailing()}`); return;
      case 'spaced': this.push(`${head} ${open} ${close}${this.trailing()}`); return;
      case 'comment':
        this.push(`${head} ${open}  #@`);
        this.push(`${inner}${close}`);
        return;
      case 'comment-line':
        this.push(`${head} ${open}`);
        this.lines.push(`${inner}#@`);
        this.push(`${inner}${close}${this.trailing()}`);
        return;
    }
  }

  private dateText(field: Extract<Field, { kind: 'date' }>): string {
    if (field.alias && this.anchored && this.draw(fc.boolean())) return '*d';
    if (!this.anchored && field.value === '2026-03-02' && this.draw(fc.boolean())) {
      this.anchored = true;
      return `&d ${field.value}`;
    }
    return this.draw(fc.constantFrom(field.value, `'${field.value}'`, `"${field.value}"`));
  }

  private flowScalar(field: Field): string {
    switch (field.kind) {
      case 'flag': return String(field.value);
      case 'date': return field.value;
      case 'empty': return '~';
      case 'none': return field.list ? '[]' : '{}';
      case 'text':
      case 'word': {
        const anchor = field.kind === 'word' && field.anchor ? `&${field.anchor} ` : '';
        const style = this.draw(fc.constantFrom('plain', 'single', 'double'));
        if (style === 'plain' && /^[A-Za-z][A-Za-z0-9 -]*$/.test(field.value)) return `${anchor}${field.value}`;
        return `${anchor}${style === 'single' ? `'${field.value.replace(/'/g, "''")}'` : JSON.stringify(field.value)}`;
      }
      default: return '{}';
    }
  }

  private text(head: string, value: string, indent: string): void {
    const inner = indent + this.unit;
    const plain = /^[A-Za-z][A-Za-z0-9 ]*$/.test(value);
    const style = this.draw(fc.constantFrom('plain', 'single', 'double', 'block', 'multi-line'));
    if (style === 'block' || (value.includes('\n') && style !== 'double')) {
      const chomp = this.draw(fc.constantFrom('', '-', '+'));
      const header = `${this.draw(fc.constantFrom('|', '>'))}${chomp}${this.trailing()}`;
      this.push(`${head} ${header}`);
      const lines = value.split('\n');
      lines.forEach((line, i) => {
        if (i > 0 && this.draw(fc.boolean())) this.lines.push('');
        this.lines.push(`${inner}${line}`);
      });
      if (chomp === '+') for (let n = this.draw(fc.nat({ max: 2 })); n > 0; n--) this.lines.push('');
      this.blockDepth = inner.length;
      return;
    }
    if (style === 'multi-line' && plain && value.includes(' ')) {
      // Plain text over two lines, and (sometimes) a comment line deeper than its key below it.
      const [first, ...rest] = value.split(' ');
      this.push(`${head} ${first}`);
      this.push(`${inner}${' '.repeat(this.draw(fc.nat({ max: 3 })))}${rest.join(' ')}`);
      if (this.draw(fc.boolean())) this.lines.push(`${inner}${' '.repeat(this.draw(fc.nat({ max: 4 })))}#@`);
      return;
    }
    const written = style === 'plain' && plain ? value : style === 'single' ? `'${value.replace(/'/g, "''")}'` : JSON.stringify(value);
    this.push(`${head} ${written}${this.trailing()}`);
  }
}

/** A complaint file with these parts in random style; comments are `# c1`, `# c2`, ... */
export function styledComplaint(parts: fc.Arbitrary<ComplaintParts>): fc.Arbitrary<string> {
  return fc.tuple(parts, fc.gen(), fc.constantFrom('  ', '    '), fc.boolean(), fc.boolean()).map(([p, g, unit, crlf, bom]) => {
    const draw: Draw = (arbitrary) => g(() => arbitrary);
    let counter = 0;
    const matter = new Writer(draw, unit).file(complaintFields(p)).replace(/#@/g, () => `# c${++counter}`);
    const file = `---\n${matter}\n---\nDe indiener geeft aan dat de coach niet kwam opdagen.\n`;
    return `${bom ? '\uFEFF' : ''}${crlf ? file.replace(/\n/g, '\r\n') : file}`;
  });
}

/** The comments of a file (`# c1` ...), in order. */
export function commentsOf(fileText: string): string[] {
  return fileText.match(/# c\d+\b/g) ?? [];
}
