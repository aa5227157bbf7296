/** The one Markdown escape for text placed in issues, job summaries and the yearly analysis. */
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../src/core/text/markdown-escape.js';
import { markdownNodes } from '../helpers/markdown-tree.js';

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
    ['a link', '[klik](https://example.invalid)', '\\[klik\\](https<!-- -->://example.invalid)'],
    ['a line break (it would end a table row)', 'regel een\nregel twee', 'regel een regel twee'],
    ['a Windows line break', 'een\r\ntwee', 'een twee'],
    ['an old Mac line break', 'een\rtwee', 'een twee'],
    ['Dutch letters and digits stay', 'Geïnformeerd op 2 maart: 50%', 'Geïnformeerd op 2 maart: 50%'],
    ['empty text', '', ''],
    // Review of issue 19, item 19: entities, autolinks and bidirectional overrides.
    ['an entity that would be a cell border', 'a &#124; b', 'a \\&#124; b'],
    ['a named entity', '&lt;script&gt;', '\\&lt;script\\&gt;'],
    ['a web address', 'zie https://voorbeeld.invalid/x', 'zie https<!-- -->://voorbeeld.invalid/x'],
    ['a www address', 'www.voorbeeld.invalid', 'www<!-- -->.voorbeeld.invalid'],
    ['an e-mail address', 'info@voorbeeld.invalid', 'info<!-- -->@voorbeeld.invalid'],
    ['a GitHub name after a bracket stays', 'Fenna Fictief (@fenna-fictief)', 'Fenna Fictief (@fenna-fictief)'],
    ['a bidirectional override', 'Fenna\u202Eacitcif', 'Fenna\\u{202e}acitcif'],
    ['a bidirectional isolate', 'a\u2067b\u2069', 'a\\u{2067}b\\u{2069}'],
    ['an ordinary colon and dot stay', 'Let op: 2.5 uur', 'Let op: 2.5 uur'],
  ])('%s', (_case, input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
    // And a GFM parser reads it as one table cell of text: no link, no emphasis, no code, no HTML shown.
    const kinds = markdownNodes(`| x |\n| --- |\n| ${escapeMarkdown(input)} |\n`).map((n) => n.type);
    expect(kinds.filter((k) => !['root', 'table', 'tableRow', 'tableCell', 'text', 'html'].includes(k))).toEqual([]);
    expect(kinds.filter((k) => k === 'tableCell')).toHaveLength(2);
  });
});
