/**
 * klacht zoek and klacht register --alle/--jaar/--status on the example register and on a register
 * with the canary complainant: a hit on a personal field reaches a terminal and --json, never a log.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canaryLeaks, CANARY } from '../helpers/canary.js';
import { PROJECT_ROOT, runCli } from '../helpers/cli.js';
import { makeRegister } from '../helpers/temp.js';

const EXAMPLE = join(PROJECT_ROOT, 'examples/register');
const TODAY = ['--vandaag', '2026-11-24'];
const canaryRegister = (): string => makeRegister({
  'complaints/2026/KL-2026-001.md': readFileSync(join(PROJECT_ROOT, 'test/fixtures/valid/in-behandeling.md'), 'utf8'),
});

describe('klacht zoek', () => {
  it('finds by number, also without the zeros, open and closed alike (exit 0)', async () => {
    const result = await runCli(['zoek', 'KL-2026-2', '--register', EXAMPLE, ...TODAY]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^KL-2026-002 {2}afgehandeld .*gevonden in: klachtnummer$/m);
    expect(result.stdout).toContain('1 klacht gevonden.');
  });

  it('says so when nothing is found (exit 1), and asks for a text when there is none (exit 2)', async () => {
    const none = await runCli(['zoek', 'xyzzy', '--register', EXAMPLE, ...TODAY]);
    expect([none.code, none.stdout]).toEqual([1, 'Niets gevonden.\n']);
    const empty = await runCli(['zoek', '--register', EXAMPLE, ...TODAY]);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('klacht zoek <tekst>');
  });

  it('shows a hit on the name at a terminal and with --json', async () => {
    const root = canaryRegister();
    const terminal = await runCli(['zoek', 'canarie', '--register', root, ...TODAY], { stdoutIsTty: true });
    expect(terminal.code).toBe(0);
    expect(terminal.stdout).toMatch(/^KL-2026-001 .*gevonden in: naam, omschrijving$/m);
    const json = await runCli(['zoek', 'canarie', '--register', root, '--json', ...TODAY]);
    expect(JSON.parse(json.stdout)).toMatchObject({ complaints: [{ id: 'KL-2026-001', fields: ['naam', 'omschrijving'], personal: true }] });
  });

  it('holds a hit on the name or description back from a log (no terminal, or GitHub Actions even with --json), and never repeats the search', async () => {
    const root = canaryRegister();
    const log = await runCli(['zoek', CANARY.name, '--register', root, ...TODAY]);
    expect(log.code).toBe(0);
    expect(log.stdout).not.toContain('KL-2026-001');
    expect(log.stdout).toContain('1 klacht is alleen op naam of omschrijving gevonden');
    const actions = await runCli(['zoek', CANARY.description, '--register', root, '--json', ...TODAY], { env: { GITHUB_ACTIONS: 'true' } });
    expect(JSON.parse(actions.stdout)).toEqual({ complaints: [], verborgen: 1 });
    for (const result of [log, actions]) expect(canaryLeaks(result.stdout + result.stderr)).toEqual([]);
  });
});

describe('klacht register with closed complaints', () => {
  it('lists only the open complaints by default, and all of them with --alle', async () => {
    const open = JSON.parse((await runCli(['register', '--register', EXAMPLE, '--json', ...TODAY])).stdout) as { complaints: { status: string }[] };
    const all = JSON.parse((await runCli(['register', '--alle', '--register', EXAMPLE, '--json', ...TODAY])).stdout) as { complaints: { status: string; afgehandeld?: string }[] };
    expect(open.complaints.every((c) => c.status !== 'afgehandeld')).toBe(true);
    expect(all.complaints.length).toBeGreaterThan(open.complaints.length);
    expect(all.complaints.filter((c) => c.status === 'afgehandeld').every((c) => typeof c.afgehandeld === 'string')).toBe(true);
  });

  it('chooses by year and by status, the status in any capitals', async () => {
    const result = await runCli(['register', '--jaar', '2025', '--status', 'Afgehandeld', '--register', EXAMPLE, ...TODAY]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^KL-2025-001 {2}afgehandeld/m);
    expect(result.stdout).not.toContain('KL-2026-');
    expect(result.stdout).toMatch(/\d+ klachten\.\n$/);
  });

  it.each([
    ['a year that is no year', ['--jaar', '26'], '--jaar is een jaartal'],
    ['an unknown status', ['--status', 'open'], '--status is een van deze'],
  ])('refuses %s (exit 2)', async (_case, args, message) => {
    const result = await runCli(['register', ...args, '--register', EXAMPLE, ...TODAY]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });
});
