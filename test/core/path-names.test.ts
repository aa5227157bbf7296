/** Names made harmless for a workflow's log: no line of their own, no workflow command in either form. */
import { describe, expect, it } from 'vitest';
import { hasUnsafeName, printable, printableLines } from '../../src/core/text/path-names.js';

describe('printable', () => {
  it.each([
    ['a plain name stays', 'complaints/2026/KL-2026-001.md', 'complaints/2026/KL-2026-001.md'],
    ['a line break is written out', 'a\n::notice::b', 'a\\u{a}::notice::b'],
    ['the older command form, anywhere in the line', 'x ##[stop-commands]tok', 'x #\\u{23}[stop-commands]tok'],
    ['three hashes', '###[add-mask]x', '##\\u{23}[add-mask]x'],
    ['a command at the start of the text', '::warning::Alles is ondertekend', '\\u{3a}:warning::Alles is ondertekend'],
    ['a command after spaces at the start', '  ::error::x', '  \\u{3a}:error::x'],
    ['a colon pair later in the line stays', 'a ::b', 'a ::b'],
    ['a bidirectional override is written out', 'KL-2026-001\u202Edm.txt', 'KL-2026-001\\u{202e}dm.txt'],
    ['an isolate too', 'a\u2066b\u2069', 'a\\u{2066}b\\u{2069}'],
    ['one hash and a bracket stay', '#[1] en ##1', '#[1] en ##1'],
  ])('%s', (_case, input, expected) => {
    expect(printable(input)).toBe(expected);
    expect(printable(input)).not.toMatch(/^\s*::|##\[|\n/);
  });
});

describe('printableLines', () => {
  it('keeps its own line breaks and neutralises each line', () => {
    expect(printableLines('een\n::notice::twee\ndrie ##[warning]vier')).toBe('een\n\\u{3a}:notice::twee\ndrie #\\u{23}[warning]vier');
  });
});

describe('hasUnsafeName', () => {
  it.each([
    ['complaints/2026/KL-2026-001.md', false],
    ['complaints/2026/##[stop-commands]tok.md', true],
    ['complaints/2026/a|b.md', true],
    ['complaints/2026/a\nb.md', true],
    ['complaints/2026/KL-2026-001\u202Edm.md', true],
    ['complaints/2026/#1[a].md', false],
  ])('%s: %s', (name, unsafe) => {
    expect(hasUnsafeName(name)).toBe(unsafe);
  });
});
