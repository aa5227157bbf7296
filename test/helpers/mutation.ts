/** Random mutations of files for property tests: edits that people and broken tools make. */
import fc from 'fast-check';

export const TRICKY = [':', '-', ' ', '\t', '"', "'", '{', '}', '[', ']', '#', '&', '*', '!', '\n', '\r', '|', '>', '%', '@', '`', ',', '?',
  'é', 'ĳ', '\u00a0', '\u2003', '\u0000', '\ufeff', '---', '!!js/function', '&a', '*a', '<<', '2026-02-30', 'null', '~', 'yes'];

export type Mutation =
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'duplicate-line'; line: number }
  | { kind: 'swap-lines'; a: number; b: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'flip-byte'; at: number; value: number };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...TRICKY), fc.string({ maxLength: 6 })) }),
  fc.record({ kind: fc.constant('duplicate-line' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('swap-lines' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('flip-byte' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
);

export function apply(bytes: Buffer, m: Mutation): Buffer {
  const text = bytes.toString('latin1');
  const at = (n: number): number => (text.length === 0 ? 0 : n % (text.length + 1));
  const lines = text.split('\n');
  switch (m.kind) {
    case 'delete': return Buffer.from(text.slice(0, at(m.at)) + text.slice(at(m.at) + m.length), 'latin1');
    case 'insert': return Buffer.concat([bytes.subarray(0, at(m.at)), Buffer.from(m.text, 'utf8'), bytes.subarray(at(m.at))]);
    case 'duplicate-line': { const i = m.line % lines.length; lines.splice(i, 0, lines[i] ?? ''); return Buffer.from(lines.join('\n'), 'latin1'); }
    case 'swap-lines': {
      const a = m.a % lines.length; const b = m.b % lines.length;
      [lines[a], lines[b]] = [lines[b] ?? '', lines[a] ?? ''];
      return Buffer.from(lines.join('\n'), 'latin1');
    }
    case 'truncate': return bytes.subarray(0, at(m.at));
    case 'flip-byte': { const copy = Buffer.from(bytes); if (copy.length > 0) copy[m.at % copy.length] = m.value; return copy; }
  }
}

