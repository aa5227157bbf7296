/** The one Markdown escape for text placed in issues, job summaries and the yearly analysis. */
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../src/core/text/markdown-escape.js';

describe('escapeMarkdown', () => {
  it.each([
    ['plain text stays as it is', 'Fenna Fictief', 'Fenna Fictief'],
    ['a cell border', 'a | b', 'a \\| b'],
    ['a backslash, so an escape in the text stays literal', 'C:\\map', 'C:\\\\map'],
    ['an escaped border in the text', 'a \\| b', 'a \\\\\\| b'],
    ['code', '`npm ci`', '\\`npm ci\\`'],
    ['emphasis with stars', '*let op*', '\\*let op\\*'],
    ['emphasis with underscores', '__vet__', '\\_\\_vet\\_\\_'],
    ['HTML', '<img src=x>', '\\<img src=x\\>'],
    ['a link', '[klik](https://example.invalid)', '\\[klik\\](https://example.invalid)'],
    ['a line break (it would end a table row)', 'regel een\nregel twee', 'regel een regel twee'],
    ['a Windows line break', 'een\r\ntwee', 'een twee'],
    ['an old Mac line break', 'een\rtwee', 'een twee'],
    ['Dutch letters and digits stay', 'Geïnformeerd op 2 maart: 50%', 'Geïnformeerd op 2 maart: 50%'],
    ['empty text', '', ''],
  ])('%s', (_case, input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });
});
