/**
 * Values on which YAML parsers are known to differ, for the differential tests of the readers:
 * each replaces the value of one field in a valid complaint file (`field: <value>`). A value with
 * line breaks continues on lines indented by four spaces, deeper than any field it replaces.
 */
export const DISPUTED_VALUES: readonly string[] = [
  // YAML 1.1 leftovers, numbers, nulls, dates.
  '1_000', '0o17', '012', '0x1F', '0b101', '.inf', '-.Inf', '.NaN', 'yes', 'No', 'on', 'OFF', 'y', 'n', 'null', 'Null',
  '~', '', '2026-03-02', '2026-3-2', '2026-03-02T10:00:00', '12:30', '12:30:45', '1e3', '+1', '-.5', '1.', 'true', 'True', 'TRUE', 'tRUE',
  "'enkel'", '"dubbel\\n"', '"\\u00e9"', "'it''s'", '|\n    blok\n    tekst', '>\n    gevouwen\n    tekst', '!!str 12', '!!int "12"',
  '"06-12345678"', '06-12345678', '0612345678', '+31612345678', 'KL-2026-001', '"a # b"', 'a # b', 'a#b', '[a, b]', '{ a: b }',
  '- a', '? a', '=', '<<', 'é', '"\\x41"', "'\\x41'", '0', '-0', '00', '1.0e+3', '0.', '.5', '+.5', '1_0.5',
  // Binary, hexadecimal and octal with signs: numbers in YAML 1.1 parsers, text in the 1.2 core schema (except 0x/0o unsigned).
  '0b1010', '+0b1010', '-0b1010', '0B1010', '+0x1F', '-0x1F', '0x1f', '0X1F', '+0o17', '-0o17', '0O17', '0o18', '0xG', '-0', '+0',
  // A comment glued to a quote or to a flow collection: not a comment in YAML, an error.
  '"06-11111111"# mobiel', "'06-11111111'# mobiel", '"06-11111111" # mobiel', '"a"#', '{ a: b }# x', '{ a: b } # x', '{a: b}#x',
  '[a, b]# x', '[]# x', '[] # x', '{}# x', '[a]#',
  // A tab in a quoted scalar's continuation line, or elsewhere in quotes.
  '"Carla\n\tCanarie"', "'Carla\n\tCanarie'", '"Carla\n    \tCanarie"', '"Carla\n\t    Canarie"', '"Carla\tCanarie"', '"Carla\t"',
  'Carla\n\tCanarie', '"Carla\n    Canarie"', "'Carla\n    Canarie'",
  // A tag on its own line before block text: the tag must still be seen.
  '!foo\n    >\n    Carla Canarie', '!!js/function\n    |\n    Carla Canarie', '!foo\n    |\n    x', '!!str\n    >\n    x', '!!binary\n    |\n    eA==',
  '!foo >\n    Carla Canarie', '!!js/function |\n    x', '!\n    >\n    x',
  // Complex keys (a list or mapping as key), in block and flow.
  '\n    ? [a, b]\n    : c', '\n    ? { a: b }\n    : c', '\n    [a, b]: c', '\n    { a: b }: c', '{ ? [a, b] : c }', '{ [a]: b }', '\n    ? a\n    : b',
  // Block text, literal and folded: chomping, empty and deeper lines, comments, indentation.
  '|\n    een\n    twee', '|-\n    een\n    twee', '>\n    een\n    twee', '>-\n    een\n    twee', '|+\n    een', '|2\n    een', '| # c\n    een',
  '|\n    een\n\n    twee', '>\n    een\n\n    twee', '>\n    een\n\n\n    twee', '>-\n    een\n\n    twee\n\n', '|\n    een\n\n', '|-\n    een\n\n',
  '|\n    een\n      diep\n    twee', '>\n    een\n      diep\n    twee', '|\n      diep\n    een', '|\n    een \n    twee', '>\n    een \n    twee',
  '|\n\n    een', '|\n    \n    een', '|\n    een\n    \n    twee', '|\n    een\n      \n    twee', '|\n    een\n  \n    twee',
  '|\n    # geen commentaar\n    een', '|\n    een\n  # commentaar', '|\n    een\n# commentaar', '|\n    een\n   # dieper commentaar',
  '|\n   een\n    twee', '|\n     een\n    twee', '|\n    een: twee\n    - drie', '>\n    "een"\n    #twee', '>\n    - een\n    - twee',
  '|\n   x', '|\n  x', '|\n x', '|', '>', '|-', '|\n', '>\n    ---', '|\n    ...', '|\n    é\u00a0ĳ', '>\n    een\u00a0\n    twee',
  '|\n    true', '|-\n    12', '>-\n    null', '>\n    a: b', '| \n    een', '|  \n    een', '>-  \n    een',
  // Plain text over more lines.
  'een\n    twee', 'een\n    twee\n    drie', 'een\n\n    twee', 'een\n    \n    twee', 'een\n\n\n    twee', 'een\n    twee\n\n',
  'een\n    - twee', 'een\n    twee: drie', 'een\n    # twee', 'een # c\n    twee', 'een\n    twee #c', 'een\n    twee#c', 'een\n    twee:', 'een:\n    twee',
  '12\n    13', 'true\n    x', 'null\n    x', '2026-03-02\n    x', '~\n    x', '"een"\n    twee', "'een'\n    twee", 'een\n    "twee"', 'een\n    [twee]',
  'een\n   twee', 'een\n  twee', 'een\n     twee\n    drie', 'een\n    twee\n  # c', 'een\n    ---', 'een\n    ...', 'een\n    x#y',
  'een\n    &a', 'een\n    !t', 'een\n    *a', 'een\n    %x', 'een\n    @x', 'een\n    :x', 'een\n    ?x', 'een\n    ? x', 'een\n    {x}', 'een\n    |',
  'een\n    >', "een\n    'x'", 'een\n    twee\u00a0', 'een\n    \u00a0twee', 'een\n    ,x', 'een\n    x,y', 'een\n    x: y: z', 'een\n    x :y',
  // Lone CR line breaks, and a CR inside text.
  'a\rb', '"a\rb"', 'x\r    y: z', 'tekst\r', '\r    naam: x', "'a\r b'",
];

/** Fields of the valid fixtures whose value is replaced, at their indentation in the file. */
export const FIELDS: readonly string[] = ['  naam', '  adres', '  telefoon', 'klachtverantwoordelijke', 'categorie', 'complex', '  datum', 'ingediend', 'status',
  '  rol', '  oorzaak', '  oplossing', '  directie'];

/** `base` with the value of `field` (its first line that starts with `field:`) replaced, or undefined. */
export function withValue(base: string, field: string, value: string): string | undefined {
  const lines = base.split('\n');
  const line = lines.findIndex((l) => l.startsWith(`${field}:`));
  if (line === -1) return undefined;
  lines[line] = `${field}: ${value}`;
  return lines.join('\n');
}
