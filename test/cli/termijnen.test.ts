/** klacht termijnen and klacht register's next_due, through the command line, on real folders and git. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canaryLeaks } from '../helpers/canary.js';
import { PROJECT_ROOT, runCli } from '../helpers/cli.js';
import { git, initRepository } from '../helpers/git.js';
import { makeRegister, tempDir } from '../helpers/temp.js';

const EXAMPLE = join(PROJECT_ROOT, 'examples/register');
const valid = readFileSync(new URL('../fixtures/valid/in-behandeling.md', import.meta.url), 'utf8');

interface JsonDeadline { id: string | null; year?: number; kind: string; due: string; state: string; done: string | null; explanation: string }

async function deadlinesOf(args: string[], now?: Date): Promise<{ code: number; today: string; deadlines: JsonDeadline[] }> {
  const result = await runCli(['termijnen', '--json', ...args], now ? { now: () => now } : {});
  const parsed = JSON.parse(result.stdout) as { today: string; deadlines: JsonDeadline[] };
  return { code: result.code, ...parsed };
}

describe('klacht termijnen on the example register', () => {
  it('shows every state, sorted by due date, and exits 1 because something is overdue', async () => {
    const { code, today, deadlines } = await deadlinesOf(['--register', EXAMPLE, '--vandaag', '2026-11-24']);
    expect(code).toBe(1);
    expect(today).toBe('2026-11-24');
    expect(new Set(deadlines.map((d) => d.state))).toEqual(new Set(['pending', 'due_soon', 'overdue', 'met', 'met_late']));
    expect(new Set(deadlines.map((d) => d.kind))).toEqual(new Set(['registration', 'acknowledgement', 'response', 'extension_notice', 'annual_analysis', 'retention']));
    expect(deadlines.map((d) => d.due)).toEqual([...deadlines.map((d) => d.due)].sort());
    for (const d of deadlines) {
      expect(Object.keys(d)).toEqual(expect.arrayContaining(['id', 'kind', 'due', 'state', 'done', 'explanation']));
      expect(d.explanation).toMatch(/\S/);
    }
    const late = deadlines.find((d) => d.id === 'KL-2025-004' && d.kind === 'extension_notice');
    expect(late).toMatchObject({ due: '2025-12-22', state: 'met_late', done: '2025-12-22' });
    const easter = deadlines.find((d) => d.id === 'KL-2026-003' && d.kind === 'response');
    expect(easter?.explanation).toContain('valt op Eerste Paasdag 5 april 2026, daarna Tweede Paasdag 6 april 2026, verschoven naar dinsdag 7 april 2026');
    const analysis = deadlines.find((d) => d.kind === 'annual_analysis' && d.year === 2026);
    expect(analysis).toMatchObject({ id: null, due: '2027-03-31', state: 'pending' });
  });

  it('prints a Dutch table, with the explanation under each row with --uitleg', async () => {
    const result = await runCli(['termijnen', '--register', EXAMPLE, '--vandaag', '2026-11-24', '--uitleg', 'KL-2026-003']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Termijnen op dinsdag 24 november 2026 (Klachtenprocedure Liberi Coaching).');
    expect(result.stdout).toMatch(/KL-2026-003\s+reactie\s+7 april 2026\s+gehaald\s+Fenna Fictief/);
    expect(result.stdout).toContain('    ingediend 5 maart 2026 + 1 maand (complex) = 5 april 2026; valt op Eerste Paasdag 5 april 2026');
    expect(result.stdout).toMatch(/\d+ termijnen: 0 verlopen/);
  });

  it('--open leaves out what is done; an unknown id is wrong usage (exit 2)', async () => {
    const { deadlines } = await deadlinesOf(['--register', EXAMPLE, '--vandaag', '2026-11-24', '--open']);
    expect(deadlines.every((d) => ['pending', 'due_soon', 'overdue'].includes(d.state))).toBe(true);
    const wrong = await runCli(['termijnen', '--register', EXAMPLE, 'KL-2026-999']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('Klacht KL-2026-999 staat niet in het register');
  });

  it('gives klacht register its next_due', async () => {
    const result = await runCli(['register', '--register', EXAMPLE, '--vandaag', '2026-11-24', '--json']);
    const rows = (JSON.parse(result.stdout) as { complaints: { id: string; next_due: string | null }[] }).complaints;
    expect(rows.find((r) => r.id === 'KL-2026-004')?.next_due).toBe('2026-11-26');
    expect(rows.find((r) => r.id === 'KL-2026-008')?.next_due).toBe('2026-11-25');
    expect(rows.every((r) => r.next_due !== null)).toBe(true);
  });
});

describe('today is the date in Amsterdam', () => {
  // A complaint of 2025 makes an annual analysis due on 31 March 2026 (Amsterdam is UTC+2 from 29 March).
  const root = makeRegister({ 'complaints/2025/KL-2025-001.md': valid.replace(/2026-03-0(\d)/g, '2025-03-0$1').replace('KL-2026-001', 'KL-2025-001') });

  it.each([
    ['2026-03-31T21:30:00Z', '2026-03-31', 'due_soon', '23:30 in Amsterdam, still 31 March'],
    ['2026-03-31T23:30:00Z', '2026-04-01', 'overdue', '23:30 UTC is already 1 April in Amsterdam'],
    ['2026-03-28T23:30:00Z', '2026-03-29', 'due_soon', 'the night the clocks go forward (UTC+1 until 02:00)'],
  ])('at %s today is %s and the analysis is %s (%s)', async (instant, today, state) => {
    const result = await deadlinesOf(['--register', root], new Date(instant));
    expect(result.today).toBe(today);
    expect(result.deadlines.find((d) => d.kind === 'annual_analysis')?.state).toBe(state);
  });
});

describe('annual analyses from git', () => {
  it('counts analyses/<jaar>.md from the day of the commit that added it', async () => {
    const root = makeRegister({ 'complaints/2026/KL-2026-001.md': valid });
    initRepository(root);
    mkdirSync(join(root, 'analyses'));
    writeFileSync(join(root, 'analyses/2026.md'), '# Jaaranalyse 2026\n');
    git(root, ['add', '-A']);
    // 23:30 UTC on 31 March 2027 is 1 April in Amsterdam: one day late.
    git(root, ['commit', '--quiet', '-m', 'Jaaranalyse 2026'], '2027-03-31T23:30:00Z');
    const { deadlines } = await deadlinesOf(['--register', root, '--vandaag', '2027-06-01']);
    expect(deadlines.find((d) => d.kind === 'annual_analysis')).toMatchObject({ year: 2026, done: '2027-04-01', state: 'met_late' });
  });

  it('outside git an analysis that exists counts as met, its date unknown', async () => {
    const root = makeRegister({ 'complaints/2026/KL-2026-001.md': valid, 'analyses/2026.md': '# Jaaranalyse\n' });
    const { deadlines } = await deadlinesOf(['--register', root, '--vandaag', '2027-06-01']);
    expect(deadlines.find((d) => d.kind === 'annual_analysis')).toMatchObject({ state: 'met', done: null });
  });
});

describe('privacy', () => {
  it('never shows the canary complainant in the table, the explanations, the JSON or the job summary', async () => {
    const root = makeRegister({ 'complaints/2026/KL-2026-001.md': valid });
    const summary = join(tempDir(), 'summary.md');
    const outputs = [
      await runCli(['termijnen', '--register', root, '--uitleg', '--samenvatting', summary]),
      await runCli(['termijnen', '--register', root, '--json']),
      await runCli(['register', '--register', root]),
    ];
    for (const output of outputs) expect(canaryLeaks(output.stdout + output.stderr)).toEqual([]);
    const markdown = readFileSync(summary, 'utf8');
    expect(markdown).toContain('## Termijnen op');
    expect(markdown).toContain('| KL-2026-001 | reactie |');
    expect(canaryLeaks(markdown)).toEqual([]);
  });
});
