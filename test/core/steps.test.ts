/**
 * The steps' plans (core/steps/), as one-line cases: a complaint's data and the answers in, the
 * edits, the next steps or the refusal out. No file, no terminal: the command line and the forms
 * run these same plans.
 */
import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../src/core/time/calendar-date.js';
import { toComplaint } from '../../src/core/complaint/complaint.js';
import { DEFAULT_CONFIG } from '../../src/core/complaint/config.js';
import { CREATE_STEP, STEP_COMMANDS, STEPS, actie, brief, handelAf, maatregel, nieuw, reactie, registreer, teken, verleng } from '../../src/core/steps/index.js';
import type { StepDefinition, StepField, StepPlan } from '../../src/core/steps/step.js';
import { FORMS } from '../../src/core/github-policy/forms.js';
import { registerReadmeText } from '../../src/core/github-policy/register-files.js';

const TODAY = '2026-03-10' as CalendarDate;
const RECEIVED = { id: 'KL-2026-007', status: 'ontvangen', ontvangen: { datum: '2026-03-02', door: 'Anna', wijze: 'mondeling' }, ingediend: '2026-03-02', indiener: { naam: 'J. Jansen' } };
const REGISTERED = {
  ...RECEIVED, status: 'in behandeling', complex: true, geregistreerd: '2026-03-03', klachtverantwoordelijke: 'Anna',
  indiener: { naam: 'J. Jansen', adres: 'Dorpsstraat 1', postcode: '1234 AB', woonplaats: 'Utrecht', rol: 'coachee' },
  ondertekening: { directie: { datum: '2026-03-03', naam: 'Reinoud' } },
};
const REPLIED = { ...REGISTERED, afhandeling: { oorzaak: 'Dubbele planning', standpunt_directie: 'Terecht', oplossing: 'Excuses', maatregelen: [{ omschrijving: 'Controle', structureel: true, status: 'gepland' }] } };
const SENT = { ...REPLIED, correspondentie: [{ datum: '2026-03-09', richting: 'uit', soort: 'reactie' }] };

const complaintOf = (data: Record<string, unknown>) => toComplaint('complaints/2026/KL-2026-007.md', data, 'De klacht.');

function planOf<F extends readonly StepField[]>(step: StepDefinition<F>, data: Record<string, unknown>, answers: Record<string, unknown>): StepPlan {
  const result = step.plan({ id: 'KL-2026-007', complaint: complaintOf(data), answers: answers as never, today: TODAY, config: DEFAULT_CONFIG });
  if ('refused' in result) throw new Error(result.refused.message);
  return result;
}

describe('the steps, declared once', () => {
  it('are every step command, nieuw first, in the procedure\'s order, each with its own form', () => {
    expect(STEP_COMMANDS).toEqual(['nieuw', 'registreer', 'teken', 'brief', 'actie', 'verleng', 'reactie', 'handel-af', 'maatregel']);
    const forms = [CREATE_STEP, ...STEPS].map((s) => s.form.file);
    expect(new Set(forms).size).toBe(forms.length);
  });

  it('give every field a label without a full stop and a question', () => {
    for (const step of [CREATE_STEP, ...STEPS]) {
      for (const field of step.fields) {
        expect(field.label, `${step.command} --${field.name}`).not.toMatch(/\.$/);
        expect(field.question.length, `${step.command} --${field.name}`).toBeGreaterThan(3);
        expect(field.need === 'missing' ? typeof field.has : 'function', `${step.command} --${field.name}`).toBe('function');
        expect(field.kind === 'choice' ? typeof field.choices : 'string', `${step.command} --${field.name}`).toBe('string');
      }
    }
  });

  it('give every input of a form one plain description: one "(leeg: …)" at most, and every input a letter prints says so', () => {
    for (const form of FORMS) {
      for (const field of form.fields) {
        expect(field.description.split('(leeg:').length, `${form.name}: ${field.input}`).toBeLessThanOrEqual(2);
      }
    }
    const printed = FORMS.flatMap((form) => form.fields.filter((f) => /^(reden|nieuwe-termijn|oorzaak|standpunt-directie|oplossing|maatregel-\d|eenmalige-maatregel-\d)$/.test(f.input)).map((f) => `${form.name}: ${f.input}`));
    expect(printed.length).toBeGreaterThan(7);
    for (const form of FORMS) {
      for (const field of form.fields.filter((f) => printed.includes(`${form.name}: ${f.input}`))) expect(field.description, `${form.name}: ${field.input}`).toContain('staat letterlijk in de brief');
    }
  });

  it('say which fields a letter to the complainant prints', () => {
    const inLetter = [CREATE_STEP, ...STEPS].flatMap((s) => s.fields.filter((f) => f.inLetter).map((f) => `${s.command} --${f.name}: ${f.inLetter ?? ''}`));
    expect(inLetter).toEqual([
      'verleng --reden: verlenging', 'verleng --nieuwe-termijn: verlenging',
      'reactie --oorzaak: reactie', 'reactie --standpunt-directie: reactie', 'reactie --oplossing: reactie', 'reactie --maatregel: reactie', 'reactie --eenmalige-maatregel: reactie',
    ]);
  });
});

describe('plans', () => {
  it.each([
    ['registreer: status, registration today, signer today', registreer, RECEIVED, { adres: 'Dorpsstraat 1', complex: true, directie: 'Reinoud' }, [
      { op: 'set', path: ['status'], value: 'in behandeling' }, { op: 'set', path: ['complex'], value: true }, { op: 'set', path: ['geregistreerd'], value: TODAY },
      { op: 'set', path: ['indiener'], value: { adres: 'Dorpsstraat 1' } }, { op: 'set', path: ['ondertekening', 'directie'], value: { datum: TODAY, naam: 'Reinoud' } },
    ]],
    ['registreer again: only what is given, the signature date kept', registreer, REGISTERED, { categorie: 'planning' }, [{ op: 'set', path: ['categorie'], value: 'planning' }]],
    ['teken: today for a first signature', teken, REGISTERED, { wijze: 'handtekening' }, [{ op: 'set', path: ['ondertekening', 'indiener'], value: { datum: TODAY, wijze: 'handtekening' } }]],
    ['teken: a recorded date stays', teken, { ...REGISTERED, ondertekening: { ...REGISTERED.ondertekening, indiener: { datum: '2026-03-04', wijze: 'x' } } }, { bijlage: 'bijlagen/KL-2026-007/scan.pdf' },
      [{ op: 'set', path: ['ondertekening', 'indiener'], value: { bijlage: 'bijlagen/KL-2026-007/scan.pdf' } }]],
    ['brief: dated today when no date is given', brief, REGISTERED, { richting: 'uit', soort: 'ontvangstbevestiging' }, [{ op: 'append', path: ['correspondentie'], value: { datum: TODAY, richting: 'uit', soort: 'ontvangstbevestiging' } }]],
    ['actie', actie, REGISTERED, { actie: 'Gebeld', datum: '2026-03-05' }, [{ op: 'append', path: ['acties'], value: { datum: '2026-03-05', actie: 'Gebeld' } }]],
    ['verleng', verleng, REGISTERED, { reden: 'Verslag', 'nieuwe-termijn': '2026-04-15' }, [{ op: 'append', path: ['verlengingen'], value: { gemeld: TODAY, reden: 'Verslag', nieuwe_termijn: '2026-04-15' } }]],
    ['reactie: the content and a measure of each kind', reactie, REGISTERED, { oorzaak: 'Planning', 'standpunt-directie': 'Terecht', oplossing: 'Excuses', maatregel: ['Controle'], 'eenmalige-maatregel': ['Bloemen'] }, [
      { op: 'set', path: ['afhandeling'], value: { oorzaak: 'Planning', standpunt_directie: 'Terecht', oplossing: 'Excuses' } },
      { op: 'append', path: ['afhandeling', 'maatregelen'], value: { omschrijving: 'Controle', structureel: true, status: 'gepland' } },
      { op: 'append', path: ['afhandeling', 'maatregelen'], value: { omschrijving: 'Bloemen', structureel: false, status: 'gepland' } },
    ]],
    ['handel-af: closes, dated today', handelAf, SENT, { behandelaar: 'Anna', 'standpunt-indiener': 'Tevreden', overeenstemming: true, oordeel: 'gegrond' }, [
      { op: 'set', path: ['status'], value: 'afgehandeld' }, { op: 'set', path: ['behandelaar'], value: 'Anna' },
      { op: 'set', path: ['afhandeling'], value: { datum: TODAY, standpunt_indiener: 'Tevreden', overeenstemming: true, oordeel: 'gegrond' } },
    ]],
    ['maatregel: by its number', maatregel, SENT, { nummer: '1', status: 'uitgevoerd' }, [{ op: 'set', path: ['afhandeling', 'maatregelen', 0, 'status'], value: 'uitgevoerd' }]],
  ] as const)('%s', (_case, step, data, answers, edits) => {
    expect(planOf(step as StepDefinition, data, answers).edits).toEqual(edits);
  });

  it('refuses a measure\'s number that the complaint does not have', () => {
    const result = maatregel.plan({ id: 'KL-2026-007', complaint: complaintOf(SENT), answers: { nummer: '2', status: 'uitgevoerd' }, today: TODAY, config: DEFAULT_CONFIG });
    expect(result).toEqual({ refused: { message: 'Het nummer van de maatregel is 1 (de klacht heeft één maatregel).' } });
  });
});

describe('the register\'s README (written by klacht init)', () => {
  it('lists the forms in the procedure\'s order and says, after the reply\'s content, that the letter is made and recorded before closing', () => {
    const readme = registerReadmeText({
      organisation: 'Oefen B.V.', procedure: 'liberi', management: [], staff: [], categories: [],
      action: { repository: 'liberi/klachtenregister', commit: 'a'.repeat(40), version: '0.1.0' },
    });
    const listed = readme.split('\n').filter((line) => /^\d+\. \*\*/.test(line));
    expect(listed.map((line) => /\*\*(.+?)\*\*/.exec(line)?.[1])).toEqual([...[CREATE_STEP, ...STEPS].map((step) => step.form.name), 'Documenten maken']);
    const reply = listed.find((line) => line.includes('**Reactie vastleggen**')) ?? '';
    expect(reply).toContain('Maak daarna de brief met **Documenten maken** (soort reactie), verstuur hem en leg hem vast met **Brief vastleggen** (richting uit, soort reactie); pas dan kan de klacht worden afgehandeld.');
    const replyNumber = listed.indexOf(reply) + 1;
    expect(listed.find((line) => line.includes('**Brief vastleggen**'))).toContain(`ook de reactie (na stap ${replyNumber})`);
  });
});

describe('the procedure\'s order', () => {
  it.each([
    ['handel-af before the registration', handelAf, RECEIVED, 'nog niet geregistreerd', ['Klacht registreren']],
    ['handel-af before the reply\'s content', handelAf, REGISTERED, 'inhoud van de reactie', ['Reactie vastleggen']],
    ['handel-af before the reply is sent', handelAf, REPLIED, 'nog geen reactie', ['Documenten maken', 'Brief vastleggen']],
    ['reactie before the registration', reactie, RECEIVED, 'nog niet geregistreerd', ['Klacht registreren']],
    ['maatregel without measures', maatregel, REGISTERED, 'geen maatregelen', ['Reactie vastleggen']],
    ['verleng after closing', verleng, { ...SENT, status: 'afgehandeld' }, 'al afgehandeld', []],
    ['registreer after closing', registreer, { ...SENT, status: 'afgehandeld' }, 'al afgehandeld', []],
  ] as const)('%s is refused, naming the form and the command that come first', (_case, step, data, message, forms) => {
    const refusal = (step as StepDefinition).refuse(complaintOf(data), DEFAULT_CONFIG);
    expect(refusal?.message).toContain(message);
    expect(refusal?.next?.map((n) => n.form) ?? []).toEqual(forms);
    for (const next of refusal?.next ?? []) {
      expect(next.command).toMatch(/^klacht [a-z-]+ KL-2026-007/);
      // Said in words a person on either page understands: no YAML path, no option in the text.
      expect(next.text).not.toMatch(/--|afhandeling\.|correspondentie|richting:/);
    }
  });

  it.each([
    ['handel-af once the reply is sent', handelAf, SENT],
    ['reactie once registered', reactie, REGISTERED],
    ['maatregel with a measure', maatregel, SENT],
  ] as const)('lets %s go', (_case, step, data) => {
    expect((step as StepDefinition).refuse(complaintOf(data), DEFAULT_CONFIG)).toBeUndefined();
  });

  it('leads from the reply\'s content to the letter, from the letter to closing', () => {
    expect(planOf(reactie as StepDefinition, REGISTERED, { oorzaak: 'x', 'standpunt-directie': 'y', oplossing: 'z' }).next.map((n) => n.form)).toEqual(['Documenten maken', 'Brief vastleggen']);
    expect(planOf(brief as StepDefinition, REPLIED, { richting: 'uit', soort: 'reactie' }).next.map((n) => n.command)).toEqual(['klacht handel-af KL-2026-007']);
    expect(planOf(brief as StepDefinition, REGISTERED, { richting: 'uit', soort: 'ontvangstbevestiging' }).next.map((n) => n.form)).toEqual([undefined, 'Reactie vastleggen', 'Termijn verlengen']);
  });
});

describe('nieuw', () => {
  it('makes the complaint as it came in, the description stored so that it prints as typed', () => {
    const made = nieuw.create({ answers: { door: 'Anna', wijze: 'mondeling', naam: 'J. Jansen', omschrijving: 'Regel een\n<dringend>', ontvangen: '2026-03-02' as CalendarDate }, today: TODAY });
    expect(made).toEqual({
      receivedOn: '2026-03-02', receivedBy: 'Anna', channel: 'mondeling', submitted: '2026-03-02',
      complainant: { name: 'J. Jansen', address: undefined, postcode: undefined, city: undefined, email: undefined, phone: undefined, role: undefined },
      description: 'Regel een\\\n\\<dringend\\>',
    });
  });

  it('receives today when no day is given, and needs who, how, the name and the complaint', () => {
    expect(nieuw.create({ answers: { door: 'Anna', wijze: 'brief', naam: 'X', omschrijving: 'Y' }, today: TODAY })?.receivedOn).toBe(TODAY);
    expect(nieuw.create({ answers: { door: 'Anna', wijze: 'brief', naam: 'X' }, today: TODAY })).toBeUndefined();
  });
});
