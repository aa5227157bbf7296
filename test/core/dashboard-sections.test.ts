/** Marked parts of the dashboard issue: each writer replaces its own part and keeps the others. */
import { describe, expect, it } from 'vitest';
import { carrySections, section, sectionsOf, withSection } from '../../src/core/github-policy/dashboard-sections.js';
import { DASHBOARD_KEY, DASHBOARD_TITLE, LABEL, marker, planActions, type IssueContent } from '../../src/core/github-policy/notifications.js';

const MELDINGEN = `${marker(DASHBOARD_KEY)}\nStand op dinsdag 24 november 2026: 0 openstaande klachten.\n`;

describe('dashboard sections', () => {
  it.each([
    ['adds a part at the end of a body without one', MELDINGEN, 'een', `${MELDINGEN}\n${section('instellingen', 'een')}`],
    ['replaces only its own part', `${MELDINGEN}\n${section('instellingen', 'oud')}\n${section('ander', 'blijft')}`, 'nieuw', `${MELDINGEN}\n${section('instellingen', 'nieuw')}\n${section('ander', 'blijft')}`],
    ['takes content with $ signs literally', MELDINGEN, 'kost $& en $1', `${MELDINGEN}\n${section('instellingen', 'kost $& en $1')}`],
  ])('withSection %s', (_name, body, content, expected) => {
    expect(withSection(body, 'instellingen', content)).toBe(expected);
    expect(withSection(withSection(body, 'instellingen', content), 'instellingen', content)).toBe(expected);
  });

  it('carrySections keeps the parts a fresh body lacks, and not those it brings itself', () => {
    const previous = `oud\n\n${section('instellingen', 'rapport')}`;
    expect(carrySections(previous, MELDINGEN)).toBe(`${MELDINGEN}\n${section('instellingen', 'rapport')}`);
    expect(carrySections(previous, `${MELDINGEN}\n${section('instellingen', 'eigen')}`)).toBe(`${MELDINGEN}\n${section('instellingen', 'eigen')}`);
    expect(carrySections(null, MELDINGEN)).toBe(MELDINGEN);
    expect([...sectionsOf(previous).keys()]).toEqual(['instellingen']);
  });

  it("meldingen's plan keeps the settings part of the dashboard: no update when only that part differs", () => {
    const wanted: IssueContent = { key: DASHBOARD_KEY, title: DASHBOARD_TITLE, body: MELDINGEN, labels: [LABEL], assignees: [] };
    const body = withSection(MELDINGEN, 'instellingen', 'Alle leesbare instellingen zijn in orde.');
    expect(planActions([wanted], [{ number: 3, state: 'open', title: DASHBOARD_TITLE, body, labels: [LABEL], assignees: [] }], [])).toEqual([]);

    const changed = { ...wanted, body: MELDINGEN.replace('0 openstaande', '1 openstaande') };
    const [action] = planActions([changed], [{ number: 3, state: 'open', title: DASHBOARD_TITLE, body, labels: [LABEL], assignees: [] }], []);
    expect(action).toMatchObject({ action: 'update', number: 3 });
    expect(action?.body).toBe(withSection(changed.body, 'instellingen', 'Alle leesbare instellingen zijn in orde.'));
  });
});
