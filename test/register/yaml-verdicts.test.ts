/**
 * Edits on which a fast reader once changed the verdict of `yaml` (issue 12, item 1): each edit of
 * a valid complaint file gives exactly the finding of `yaml` (rule, line, column) through the real
 * command (`klacht valideer --json`) and through the file checker on both of its paths.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../src/core/time/calendar-date.js';
import { DEFAULT_CONFIG } from '../../src/core/complaint/config.js';
import { validationContext } from '../../src/core/complaint/validate.js';
import { checkComplaintBytes } from '../../src/register/check-file.js';
import { canaryLeaks } from '../helpers/canary.js';
import { runBin, runCli } from '../helpers/cli.js';
import { makeRegister } from '../helpers/temp.js';

const FILE = 'complaints/2026/KL-2026-001.md';
const TODAY = '2026-11-24';
const valid = readFileSync(new URL('../fixtures/valid/in-behandeling.md', import.meta.url), 'utf8');
const context = validationContext(DEFAULT_CONFIG, TODAY as CalendarDate);

/** `valid` with `from` replaced by `to`; fails when `from` is not in it (the edit would test nothing). */
function edit(from: string, to: string): string {
  expect(valid).toContain(from);
  return valid.replace(from, to);
}

interface Place { readonly rule: string; readonly line: number; readonly column: number }

async function cliFindings(text: string): Promise<Place[]> {
  const root = makeRegister({ [FILE]: text });
  const result = await runCli(['valideer', '--json', '--register', root, '--vandaag', TODAY]);
  const document = JSON.parse(result.stdout) as { findings: Place[] };
  return document.findings.map(({ rule, line, column }) => ({ rule, line, column }));
}

/** Both paths of the file checker: the default one (plain subset first) and `yaml` alone. */
function checkerPaths(text: string): { fast: ReturnType<typeof checkComplaintBytes>; authoritative: ReturnType<typeof checkComplaintBytes> } {
  const bytes = Buffer.from(text);
  return {
    fast: checkComplaintBytes(FILE, bytes, context),
    authoritative: checkComplaintBytes(FILE, bytes, context, { authoritativeOnly: true }),
  };
}

const NAME = '  naam: Carla Canarie';
const PHONE = '  telefoon: "06-11111111"';
const ACTION = '  - { datum: 2026-03-03, actie: Intakegesprek gepland }';

const REJECTED: ReadonlyArray<readonly [string, string, readonly Place[]]> = [
  ['a comment glued to a quote', edit(PHONE, `${PHONE}# mobiel`), [{ rule: 'yaml-syntax', line: 17, column: 13 }]],
  ['a tab indenting a quoted continuation line', edit(NAME, '  naam: "Carla\n\tCanarie"'), [{ rule: 'yaml-syntax', line: 12, column: 9 }]],
  ['a tag on its own line before folded text', edit(NAME, '  naam: !foo\n    >\n    Carla Canarie'), [{ rule: 'yaml-tag', line: 12, column: 9 }]],
  ['!!js/function on its own line before block text', edit(NAME, '  naam: !!js/function\n    |\n    Carla Canarie'), [{ rule: 'yaml-tag', line: 12, column: 9 }]],
  ['a comment glued to a flow mapping', edit(ACTION, `${ACTION}# x`), [{ rule: 'yaml-syntax', line: 22, column: 56 }]],
  ['a comment glued to a flow list', edit(`acties:\n${ACTION}`, 'acties: [{ datum: 2026-03-03, actie: Intakegesprek gepland }]# x'), [{ rule: 'yaml-syntax', line: 21, column: 62 }]],
  ['a lone CR as line break', edit('  adres: Kanarieweg 1\n', '  adres: Kanarieweg 1\r'), [{ rule: 'yaml-syntax', line: 13, column: 10 }]],
  // A list as key: `yaml` would make it the text "[ a, b ]"; a key must be text (yaml-document.ts).
  ['a complex key', edit('  adres: Kanarieweg 1', '  ? [a, b]\n  : c'), [{ rule: 'yaml-key', line: 13, column: 5 }]],
];

describe('edits that yaml rejects', () => {
  it.each(REJECTED)('%s: the finding of yaml on every path', async (_name, text, expected) => {
    expect(await cliFindings(text)).toEqual(expected);
    const { fast, authoritative } = checkerPaths(text);
    expect(fast).toEqual(authoritative);
    expect(fast.findings.map(({ rule, line, column }) => ({ rule, line, column }))).toEqual(expected);
  });
});

describe('numbers that the YAML 1.2 core schema keeps as text', () => {
  it.each(['0b1010', '+0x1F', '+0o17', '-0x1F'])('%s is an address, as text, on every path', async (value) => {
    const text = edit('  adres: Kanarieweg 1', `  adres: ${value}`);
    expect(await cliFindings(text)).toEqual([]);
    const { fast, authoritative } = checkerPaths(text);
    expect(fast).toEqual(authoritative);
    expect(fast.complaint?.complainant.address).toBe(value);
  });
});

describe('a key that is a list', () => {
  it('is not quoted on stderr by yaml (personal data stays out of the output)', () => {
    const root = makeRegister({ [FILE]: edit('  adres: Kanarieweg 1', '  ? [Carla Canarie]\n  : Kanarieweg 1') });
    const result = runBin(['valideer', '--register', root, '--vandaag', TODAY]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('[yaml-key]');
    expect(canaryLeaks(result.stdout + result.stderr)).toEqual([]);
  });
});
