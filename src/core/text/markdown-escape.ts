/**
 * Text from a complaint or the configuration placed in Markdown we write (a table cell in an
 * issue, the job summary, the yearly analysis): it must read as the text it is, never as markup.
 */

// The characters that start markup inside a line: a table's cell border, emphasis, code, HTML,
// links, an entity (`&#124;` would be a border's character, `&#x202E;` an override), and the
// backslash itself (so that an escape in the text stays literal).
const MARKUP = /[|\\`*_<>[\]&]/g;

/**
 * Where GFM would make a link of plain text: a web address (`https://…`, `www.…`) and an e-mail
 * address (an `@` right after a name's last letter; a mention such as `(@fenna)` stays as it is). A
 * backslash does not stop that in every parser (remark links the text after unescaping it), but an
 * empty HTML comment splits the text in two, which no parser links and none shows.
 */
const AUTOLINK = /(?=:\/\/)|(?<=\bwww)(?=\.)|(?<=[\w.+-])(?=@)/gi;
const BREAK = '<!-- -->';

/** Bidirectional embeddings, overrides and isolates: they show text in another order than it has. */
const BIDI = /[\u202a-\u202e\u2066-\u2069]/g;

/**
 * `text` escaped for one line of Markdown: markup characters get a backslash, a web or e-mail
 * address can't become a link of its own, a bidirectional control is written out as `\u{…}`, and a
 * line break becomes a space (inside a table row it would end the table).
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(MARKUP, (c) => `\\${c}`)
    .replace(AUTOLINK, BREAK)
    .replace(BIDI, (c) => `\\u{${(c.codePointAt(0) ?? 0).toString(16)}}`)
    .replace(/\r?\n|\r/g, ' ');
}
