/** unicode-range values as sets of code points (pdf/font-ranges.ts): which fonts a page needs. */
import { describe, expect, it } from 'vitest';
import { anyInRanges, codePointsBeyondLatin1, formatUnicodeRange, parseUnicodeRange, subtractRanges } from '../../src/pdf/font-ranges.js';

describe('font ranges', () => {
  it.each([
    ['one code point', 'U+23', [[0x23, 0x23]]],
    ['a range, lower case', 'u+1f600-1f64f', [[0x1f600, 0x1f64f]]],
    ['unsorted and overlapping parts, merged', 'U+30-39, U+23, U+35-40', [[0x23, 0x23], [0x30, 0x40]]],
    ['adjacent parts, merged', 'U+0-FF,U+100-17F', [[0, 0x17f]]],
  ])('parses %s', (_case, text, expected) => {
    expect(parseUnicodeRange(text)).toEqual(expected);
  });

  it('refuses what is no unicode-range', () => {
    expect(() => parseUnicodeRange('U+XYZ')).toThrow();
  });

  it.each([
    ['a part inside', [[0x20, 0x40]], [[0x30, 0x39]], [[0x20, 0x2f], [0x3a, 0x40]]],
    ['all of it', [[0x23, 0x23]], [[0, 0xff]], []],
    ['nothing of it', [[0x1f600, 0x1f64f]], [[0, 0xff]], [[0x1f600, 0x1f64f]]],
    ['both ends', [[0x10, 0x100]], [[0, 0x20], [0xf0, 0x200]], [[0x21, 0xef]]],
  ] as const)('subtracts %s', (_case, ranges, covered, expected) => {
    expect(subtractRanges(ranges, covered)).toEqual(expected);
  });

  it('writes a unicode-range back', () => {
    expect(formatUnicodeRange([[0x23, 0x23], [0x1f600, 0x1f64f]])).toBe('U+0023,U+1F600-1F64F');
  });

  it('knows which ranges a text needs, beyond Latin-1', () => {
    const points = codePointsBeyondLatin1('Zoë 😡 ĳ #3');
    expect([...points].sort((a, b) => a - b)).toEqual([0x133, 0x1f621]);
    expect(anyInRanges(points, [[0x1f600, 0x1f64f]])).toBe(true);
    expect(anyInRanges(points, [[0x2600, 0x26ff]])).toBe(false);
  });
});
