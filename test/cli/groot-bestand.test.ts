/**
 * A file over the size limit (issue 20) is said as klacht valideer says it, naming the file and the
 * limit, by the commands that read one complaint or an analysis: klacht pdf does not call the
 * complaint unknown, klacht zoek does not say "niets gevonden" without naming the file it could not
 * search, and klacht jaaranalyse reads the analysis it keeps chapter 7 of no further than the
 * limit, and does not overwrite one it could not read.
 */
import { readFileSync, statSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIRECTIE_END, DIRECTIE_START } from '../../src/core/analysis/directie.js';
import { MAX_FILE_BYTES } from '../../src/register/decode.js';
import { canaryLeaks } from '../helpers/canary.js';
import { PROJECT_ROOT, runCli } from '../helpers/cli.js';
import { makeRegister } from '../helpers/temp.js';

const TODAY = ['--vandaag', '2026-11-24'];
const VALID = readFileSync(join(PROJECT_ROOT, 'test/fixtures/valid/in-behandeling.md'), 'utf8');
const LARGE = 'complaints/2026/KL-2026-002.md';
/** A complaint just over the limit: valid but for its size. */
const OVERSIZED = VALID.replace('id: KL-2026-001', 'id: KL-2026-002').replace(/\n---\n/, `\n---\n${'Lange omschrijving. '.repeat(MAX_FILE_BYTES / 20)}\n`);
/** What klacht valideer says of a complaint file over the limit (decode.ts). */
const TOO_LARGE = 'Het bestand is groter dan 1 MB en is niet gelezen. Een klachtbestand is tekst; zet grote bijlagen in bijlagen/ en verwijs ernaar.';
/** No browser: klacht pdf starts one at once, and none is needed to refuse. */
const NO_BROWSER = { env: { PUPPETEER_EXECUTABLE_PATH: '/nergens/chromium' } };

function register(): string {
  return makeRegister({ 'complaints/2026/KL-2026-001.md': VALID, [LARGE]: OVERSIZED });
}

describe('a complaint file over the size limit', () => {
  it('is over the limit, and valideer says so in the words the other commands use', async () => {
    expect(Buffer.byteLength(OVERSIZED)).toBeGreaterThan(MAX_FILE_BYTES);
    const valideer = await runCli(['valideer', '--register', register(), ...TODAY]);
    expect(valideer.stdout).toContain(`${LARGE}:1:1  fout  ${TOO_LARGE}  [file-too-large]`);
  });

  it('klacht pdf names the file and the limit, not "staat niet in het register" (exit 2)', async () => {
    const result = await runCli(['pdf', 'KL-2026-002', '--register', register(), ...TODAY], NO_BROWSER);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`klacht: ${LARGE}: ${TOO_LARGE}\n`);
    // A complaint that has no file at all is still unknown.
    const unknown = await runCli(['pdf', 'KL-2026-003', '--register', register(), ...TODAY], NO_BROWSER);
    expect(unknown.stderr).toContain('Klacht KL-2026-003 staat niet in het register.');
  });

  it('klacht zoek says it did not search it, with and without hits, and in its JSON', async () => {
    const root = register();
    const none = await runCli(['zoek', 'xyzzy', '--register', root, ...TODAY]);
    expect([none.code, none.stdout]).toEqual([1, `Niets gevonden.\nNiet doorzocht: ${LARGE}: ${TOO_LARGE}\n`]);
    const found = await runCli(['zoek', 'KL-2026-1', '--register', root, ...TODAY]);
    expect(found.code).toBe(0);
    expect(found.stdout).toContain(`1 klacht gevonden.\nNiet doorzocht: ${LARGE}: ${TOO_LARGE}\n`);
    const json = await runCli(['zoek', 'xyzzy', '--json', '--register', root, ...TODAY]);
    expect(JSON.parse(json.stdout)).toEqual({ complaints: [], not_read: [{ file: LARGE, rule: 'file-too-large', message: TOO_LARGE }] });
    for (const result of [none, found, json]) expect(canaryLeaks(result.stdout + result.stderr)).toEqual([]);
  });
});

describe('an analysis over the size limit', () => {
  const ANALYSIS = 'analyses/2026.md';
  const refusal = `klacht: ${ANALYSIS}: Het bestand is groter dan 1 MB en is niet gelezen, zodat één bestand de controle niet kan ophouden. Een jaaranalyse is een kort tekstbestand: `
    + 'haal weg wat er niet in hoort (klacht jaaranalyse overschrijft het niet, zodat de tekst van de directie in hoofdstuk 7 niet verloren gaat). De jaaranalyse is niet gemaakt.\n';

  it('is not overwritten: the directie\'s chapter 7 in it would be lost (exit 2)', async () => {
    const large = `# Jaaranalyse\n\n${DIRECTIE_START}\nWij gaan de planning verbeteren.\n${DIRECTIE_END}\n\n${'x'.repeat(MAX_FILE_BYTES)}\n`;
    const root = makeRegister({ 'complaints/2026/KL-2026-001.md': VALID, [ANALYSIS]: large });
    const result = await runCli(['jaaranalyse', '2026', '--zonder-pdf', '--register', root, ...TODAY]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(refusal);
    expect(readFileSync(join(root, ANALYSIS), 'utf8')).toBe(large);
  });

  it('is read no further than the limit: a file of 3 GB (sparse), which Node would refuse to read whole', async () => {
    const root = makeRegister({ 'complaints/2026/KL-2026-001.md': VALID, [ANALYSIS]: '' });
    truncateSync(join(root, ANALYSIS), 3 * 1024 ** 3);
    const result = await runCli(['jaaranalyse', '2026', '--zonder-pdf', '--register', root, ...TODAY]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(refusal);
    expect(statSync(join(root, ANALYSIS)).size).toBe(3 * 1024 ** 3);
  });
});
