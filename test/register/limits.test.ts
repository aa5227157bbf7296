/**
 * What bounds the cost of one file (issue 20): a file over the size limit is read no further
 * than the limit, and a file with very many findings gives the first ones in full and counts the
 * rest in one finding, the same on both paths of the checker.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../src/core/time/calendar-date.js';
import { DEFAULT_CONFIG } from '../../src/core/complaint/config.js';
import { validationContext } from '../../src/core/complaint/validate.js';
import { readBounded } from '../../src/register/bounded-read.js';
import { checkComplaintBytes, MAX_FINDINGS_PER_FILE } from '../../src/register/check-file.js';
import { MAX_FILE_BYTES } from '../../src/register/decode.js';
import { tempDir } from '../helpers/temp.js';

const FILE = 'complaints/2026/KL-2026-001.md';
const context = validationContext(DEFAULT_CONFIG, '2026-11-24' as CalendarDate);
const VALID = `---
id: KL-2026-001
status: ontvangen
ontvangen: { datum: 2026-03-02, door: Anna, wijze: mondeling }
ingediend: 2026-03-02
indiener:
  naam: Carla
`;

/** The valid file with `count` unknown keys, every seventh in the future as a warning too. */
function withUnknownKeys(count: number, escaped: boolean): string {
  const keys = Array.from({ length: count }, (_, i) => `k${i}: 1\n`).join('');
  const actions = 'acties:\n' + Array.from({ length: 20 }, () => '  - { datum: 2027-01-01, actie: Later }\n').join('');
  return `${VALID.replace('naam: Carla', escaped ? 'naam: "Carl\\u0061"' : 'naam: Carla')}${actions}${keys}---\nTekst.\n`;
}

describe('a file with very many findings', () => {
  it.each([false, true])(`gives the first ${MAX_FINDINGS_PER_FILE} by place in full and counts the rest in one more (escaped string: %s)`, (escaped) => {
    const bytes = Buffer.from(withUnknownKeys(250, escaped));
    const { findings } = checkComplaintBytes(FILE, bytes, context);
    expect(findings).toEqual(checkComplaintBytes(FILE, bytes, context, { authoritativeOnly: true }).findings);
    expect(findings).toHaveLength(MAX_FINDINGS_PER_FILE + 1);
    const shown = findings.slice(0, MAX_FINDINGS_PER_FILE);
    // The 20 warnings (actions in the future) stand before the unknown keys, in the order of the file.
    expect(shown.slice(0, 20).every((f) => f.rule === 'date-future')).toBe(true);
    expect(shown.map((f) => f.line)).toEqual([...shown.map((f) => f.line)].sort((a, b) => a - b));
    const last = findings[MAX_FINDINGS_PER_FILE];
    expect(last).toMatchObject({ rule: 'too-many-findings', severity: 'error', field: null, line: 109, column: 1 });
    expect(last?.message).toContain('Vanaf hier staan nog 170 fouten in dit bestand die niet afzonderlijk worden getoond');
  });

  it('counts warnings as warnings when only warnings are left out', () => {
    const text = `${VALID}acties:\n${Array.from({ length: 150 }, () => '  - { datum: 2027-01-01, actie: Later }\n').join('')}---\nTekst.\n`;
    const { findings } = checkComplaintBytes(FILE, Buffer.from(text), context);
    expect(findings[MAX_FINDINGS_PER_FILE]).toMatchObject({ rule: 'too-many-findings', severity: 'warning' });
    expect(findings[MAX_FINDINGS_PER_FILE]?.message).toContain('nog 50 waarschuwingen');
  });

  it('lists up to the limit as they are', () => {
    expect(checkComplaintBytes(FILE, Buffer.from(withUnknownKeys(MAX_FINDINGS_PER_FILE - 20, false)), context).findings).toHaveLength(MAX_FINDINGS_PER_FILE);
  });
});

describe('a file over the size limit', () => {
  it('is read no further than one byte past the limit', () => {
    const path = join(tempDir(), 'groot.md');
    writeFileSync(path, Buffer.alloc(3 * MAX_FILE_BYTES, 0x61));
    expect(readBounded(path).length).toBe(MAX_FILE_BYTES + 1);
    expect(checkComplaintBytes(FILE, readBounded(path), context).findings).toEqual([expect.objectContaining({ rule: 'file-too-large' })]);
  });

  it('at the limit is read whole', () => {
    const path = join(tempDir(), 'precies.md');
    writeFileSync(path, Buffer.alloc(MAX_FILE_BYTES, 0x61));
    expect(readBounded(path).length).toBe(MAX_FILE_BYTES);
  });
});
