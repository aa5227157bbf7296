/** The plan for GitHub issues as a pure function: wanted issues and existing ones in, actions out. One row per case. */
import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../src/core/time/calendar-date.js';
import { DEFAULT_CONFIG, type RegisterConfig } from '../../src/core/complaint/config.js';
import type { Deadline, DeadlineState } from '../../src/core/time/deadline.js';
import {
  DASHBOARD_KEY, issueFor, keyOf, marker, planActions, wantedIssues, type ExistingIssue, type IssueContent,
} from '../../src/core/github-policy/notifications.js';

const CONFIG: RegisterConfig = { ...DEFAULT_CONFIG, staff: [{ naam: 'Anna Verzonnen', github: 'anna-verzonnen' }] };

function deadline(id: string, state: DeadlineState, due = '2026-11-20', extra: Partial<Deadline> = {}): Deadline {
  return {
    id, kind: 'response', due: due as CalendarDate, state, done: null, explanation: 'ingediend 13 november 2026 + 5 werkdagen = 20 november 2026',
    responsible: 'Anna Verzonnen', file: `complaints/2026/${id}.md`, ...extra,
  };
}

function existing(content: IssueContent, number: number, state: 'open' | 'closed' = 'open', changes: Partial<ExistingIssue> = {}): ExistingIssue {
  return { number, state, title: content.title, body: content.body, labels: [...content.labels], assignees: [...content.assignees], ...changes };
}

const overdue = issueFor(deadline('KL-2026-001', 'overdue'), CONFIG);
const soon = issueFor(deadline('KL-2026-002', 'due_soon', '2026-11-27'), CONFIG);

describe('issueFor', () => {
  it('titles, labels and assigns without personal data, and carries the marker', () => {
    expect(overdue.title).toBe('Verlopen: reactie KL-2026-001 (uiterlijk 20 november 2026)');
    expect(overdue.labels).toEqual(['klachtenregister', 'termijn verlopen']);
    expect(overdue.assignees).toEqual(['anna-verzonnen']);
    expect(keyOf(overdue.body)).toBe('KL-2026-001/response');
    expect(soon.labels).toEqual(['klachtenregister', 'termijn bijna verlopen']);
  });
});

describe('wantedIssues', () => {
  it.each<[string, Deadline[], string[]]>([
    ['pending and met deadlines want no issue', [deadline('KL-2026-001', 'pending'), deadline('KL-2026-002', 'met')], []],
    ['overdue and due soon do', [deadline('KL-2026-001', 'overdue'), deadline('KL-2026-002', 'due_soon')], ['KL-2026-001/response', 'KL-2026-002/response']],
    ['one issue per complaint and kind: the earliest of several', [
      deadline('KL-2026-001', 'due_soon', '2026-11-27', { kind: 'extension_notice', extension: 1 }),
      deadline('KL-2026-001', 'overdue', '2026-11-20', { kind: 'extension_notice', extension: 0 }),
    ], ['KL-2026-001/extension_notice']],
  ])('%s', (_name, deadlines, keys) => {
    const wanted = wantedIssues(deadlines, CONFIG);
    expect(wanted.map((w) => w.key)).toEqual(keys);
    if (keys.length === 1 && deadlines.length === 2) expect(wanted[0]?.title).toContain('20 november 2026');
  });
});

describe('planActions', () => {
  type Row = [string, IssueContent[], ExistingIssue[], { action: string; key: string; number?: number; reopen?: boolean }[]];
  it.each<Row>([
    ['nothing exists: open, overdue first', [soon, overdue], [], [{ action: 'open', key: overdue.key }, { action: 'open', key: soon.key }]],
    ['the same issue exists: nothing to do', [overdue], [existing(overdue, 5)], []],
    ['its title changed: update', [overdue], [existing(overdue, 5, 'open', { title: 'oud' })], [{ action: 'update', key: overdue.key, number: 5 }]],
    ['labels in another order are the same', [overdue], [existing(overdue, 5, 'open', { labels: [...overdue.labels].reverse() })], []],
    ['closed earlier, due again: reopen', [overdue], [existing(overdue, 5, 'closed')], [{ action: 'open', key: overdue.key, number: 5, reopen: true }]],
    ['no longer wanted: close', [], [existing(overdue, 5)], [{ action: 'close', key: overdue.key, number: 5 }]],
    ['an already closed issue that is not wanted stays closed', [], [existing(overdue, 5, 'closed')], []],
    ['an issue without our marker is left alone', [], [existing(overdue, 5, 'open', { body: 'door iemand gemaakt' })], []],
    ['of two open issues with one key the newest is ours', [overdue], [existing(overdue, 5, 'open', { title: 'oud' }), existing(overdue, 9)], []],
    ['the dashboard is never closed and comes last', [overdue, { key: DASHBOARD_KEY, title: 'Klachtenregister', body: `${marker(DASHBOARD_KEY)}\nx\n`, labels: ['klachtenregister'], assignees: [] }], [],
      [{ action: 'open', key: overdue.key }, { action: 'open', key: DASHBOARD_KEY }]],
  ])('%s', (_name, wanted, issues, expected) => {
    const plan = planActions(wanted, issues, [deadline('KL-2026-001', 'met')]);
    expect(plan.map((a) => ({
      action: a.action, key: a.key,
      ...('number' in a ? { number: a.number } : {}),
      ...(a.action === 'open' && a.reopen ? { reopen: true } : {}),
    }))).toEqual(expected);
  });

  it('says why an issue closes', () => {
    const met = { ...deadline('KL-2026-001', 'met'), done: '2026-11-19' as CalendarDate };
    const [close] = planActions([], [existing(overdue, 5)], [met]);
    expect(close).toMatchObject({ action: 'close', comment: 'De termijn is gehaald: gedaan op 19 november 2026.' });
  });
});
