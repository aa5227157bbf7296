/**
 * A step command made from its declaration (core/steps/): the options and `--help` from its fields,
 * the answers from the options (or, from a form, its inputs), the questions on a terminal in the
 * order of the fields, and then the step's pure plan, applied by cli/step.ts (edit at the source
 * positions, validate as `klacht valideer` does, write atomically or refuse). No message repeats a
 * value that was typed: it may be personal, and from a form it lands in the run's log.
 */
import type { CalendarDate } from '../../core/time/calendar-date.js';
import type { Complaint } from '../../core/complaint/complaint.js';
import type { RegisterConfig } from '../../core/complaint/config.js';
import { formatDateDutch } from '../../core/text/dutch.js';
import { choicesOf, type ChoiceOption } from '../../core/steps/choices.js';
import type { CreateDefinition, NextStep, StepDefinition, StepField, StepRefusal } from '../../core/steps/step.js';
import { DATE_FORMS, matchChoice, parseUserDate } from '../../core/text/user-input.js';
import type { CommandSpec, OptionSpec, OptionSpecs } from '../args.js';
import type { Command } from '../command.js';
import type { CommandContext } from '../context.js';
import { UsageError } from '../errors.js';
import { attachmentState } from '../../register/attachments.js';
import { chooseOne, chooseYesNo } from '../dutch-prompts.js';
import { currentPerson } from './current-person.js';
import { applyEdits, formFieldsByPath, stepResult } from './form-fields.js';
import { DRY_RUN_OPTION, finishStep, openStep } from './step.js';

type Prompts = typeof import('@inquirer/prompts');
type Value = string | boolean | readonly string[] | CalendarDate;

/**
 * A step command's options: one or two per field, named as the fields are (so a record over their
 * names, each of any option's type: the step reads them by `field.name`), and --dry-run.
 */
export type StepOptions = OptionSpecs & typeof DRY_RUN_OPTION;

/** The option(s) of one field, with its help text. */
export function fieldOptions(field: StepField): Record<string, OptionSpec> {
  const help = fieldHelp(field);
  switch (field.kind) {
    case 'yes-no':
      return {
        [field.name]: { type: 'boolean', description: `${field.yes ?? `${field.label}: ja`}.${field.need === 'no' ? '' : ` Deze of --${negativeOf(field)} is verplicht${field.need === 'missing' ? ' als het nog niet bij de klacht staat' : ''}.`}` },
        [negativeOf(field)]: { type: 'boolean', description: `${field.no ?? `${field.label}: nee`}.` },
      };
    case 'texts':
      return { [field.name]: { type: 'string', multiple: true, valueName: field.valueName ?? 'tekst', description: help } };
    default:
      return { [field.name]: { type: 'string', valueName: field.kind === 'date' ? 'datum' : field.valueName ?? 'tekst', description: help } };
  }
}

/** The option that says no to a yes-no field: `niet-complex`. */
function negativeOf(field: StepField): string {
  return field.negative ?? `niet-${field.name}`;
}

function needText(field: StepField): string {
  switch (field.need) {
    case 'always': return ' Verplicht.';
    case 'missing': return ' Verplicht als het nog niet bij de klacht staat.';
    case 'no': return '';
  }
}

/** A field's line in `--help`: what it is, its choices, when it is needed, its default, which letter prints it. */
export function fieldHelp(field: StepField): string {
  const choices = field.choices === undefined ? '' : CHOICE_HELP[field.choices];
  return [
    `${field.label}${choices ? ` (${choices})` : ''}.`,
    needText(field).trim(),
    field.kind === 'date' ? `Bijvoorbeeld 2026-12-03, 3-12-2026 of "3 december 2026"${field.today ? `; leeg: ${field.emptyMeans ?? 'vandaag'}` : ''}.` : '',
    field.inLetter ? `Staat letterlijk in de brief aan de indiener (${field.inLetter}).` : '',
  ].filter((part) => part !== '').join(' ');
}

/** How `--help` names the options of a choice (the register's own lists are in klachtenregister.yml). */
const CHOICE_HELP: Readonly<Record<NonNullable<StepField['choices']>, string>> = {
  rollen: 'opdrachtgever, medewerker, coachee of klant',
  wijzen: 'mondeling, telefonisch, e-mail, brief of anders',
  richtingen: 'in of uit',
  soorten: 'ontvangstbevestiging, reactie, verlenging, oplossing of overig',
  oordelen: 'gegrond, deels gegrond, ongegrond of ingetrokken',
  'maatregel-statussen': 'gepland of uitgevoerd',
  categorieen: 'een van de categorieën in klachtenregister.yml',
  mensen: 'een van de directie of de medewerkers in klachtenregister.yml',
  directie: 'een van de directie in klachtenregister.yml',
  maatregelen: 'het nummer in de lijst van het dossier',
};

/** What a step and the creating step have in common: how the command line sees both. */
type Declared = StepDefinition | CreateDefinition;

/** The command-line declaration of a step (with `<klachtnummer>`) or of the creating step (without). */
export function stepSpec(step: Declared, extra: { readonly description?: readonly string[]; readonly startsRegister?: boolean } = {}): CommandSpec<StepOptions> {
  const needed = step.fields.filter((f) => f.need !== 'no');
  const inLetter = step.fields.filter((f) => f.inLetter);
  const edits = 'plan' in step;
  return {
    name: step.command,
    summary: step.summary,
    ...(edits ? { positionals: '<klachtnummer>', maxPositionals: 1 } : { maxPositionals: 0 }),
    ...(extra.startsRegister ? { startsRegister: true } : {}),
    description: [
      ...step.description,
      ...(extra.description ?? []),
      ...(needed.length > 0 ? [`Verplicht (als het nog niet bij de klacht staat): ${needed.map((f) => (f.kind === 'yes-no' ? `--${f.name} of --${negativeOf(f)}` : `--${f.name}`)).join(', ')}. In een terminal vraagt klacht wat ontbreekt.`] : []),
      ...(inLetter.length > 0 ? [`Deze velden gaan letterlijk naar de indiener, in de brief: ${inLetter.map((f) => `--${f.name}`).join(', ')}.`] : []),
      'Het resultaat wordt gecontroleerd zoals klacht valideer doet; met fouten wordt niets geschreven.',
    ].join('\n'),
    options: { ...Object.assign({}, ...step.fields.map(fieldOptions)) as Record<string, OptionSpec>, ...DRY_RUN_OPTION },
    examples: step.examples,
  };
}

/** The step as a command of `klacht`. */
export function stepCommand(step: StepDefinition): Command<StepOptions> {
  return { spec: stepSpec(step), run: (context) => runStep(context, step) };
}

async function runStep(context: CommandContext<StepOptions>, step: StepDefinition): Promise<number> {
  const target = await openStep(context, step.command);
  const refusal = step.refuse(target.complaint, target.config);
  if (refusal) throw new UsageError(refusalText(context, `Klacht ${target.id}: ${refusal.message}`, refusal), step.command);
  const answers = await collectAnswers(context, step, target.config, target.complaint);
  const input = { id: target.id, complaint: target.complaint, answers, today: context.today, config: target.config };
  const plan = step.plan(input);
  if ('refused' in plan) throw new UsageError(refusalText(context, `Klacht ${target.id}: ${plan.refused.message}`, plan.refused), step.command);
  return finishStep(context, target, {
    command: step.command,
    edit: (editor) => applyEdits(editor, plan.edits),
    next: () => afterWriting(context, plan.next),
    formFields: () => formFieldsByPath(step.fields, answers, stepResult(step, input, target.text)),
  });
}

/** A refusal with what comes first: as commands on a terminal, as forms in a form's run. */
function refusalText(context: CommandContext, message: string, refusal: StepRefusal): string {
  const next = nextLines(context, refusal.next ?? []);
  return next.length === 0 ? message : `${message}\n${next.map((line) => `  ${line}`).join('\n')}`;
}

/** What comes next, in the words of the page the person is on: a command on a terminal, a form in GitHub. */
export function nextLines(context: CommandContext, next: readonly NextStep[]): string[] {
  const fromForm = context.values.formulier === true;
  return next.map((step) => {
    if (fromForm) return step.form ? `${step.text} Gebruik het formulier "${step.form}".` : step.text;
    return step.command ? `${step.text.replace(/\.$/, '')}: ${step.command}` : step.text;
  });
}

/**
 * The next steps as lines "Volgende stap: …", "Daarna: …", each sentence going on after the colon
 * (a first capital lowered, not a name's).
 */
export function followingLines(context: CommandContext, next: readonly NextStep[]): string[] {
  return nextLines(context, next).map((line, i) => {
    const text = next[i]?.startsWithName === true ? line : `${line.charAt(0).toLowerCase()}${line.slice(1)}`;
    return `${i === 0 ? 'Volgende stap' : 'Daarna'}: ${text}`;
  });
}

/** After a step written from the command line: what comes next, and always the pull request (a form's workflow opens that itself). */
function afterWriting(context: CommandContext, next: readonly NextStep[]): string[] {
  if (context.values.formulier === true) return nextLines(context, next);
  return followingLines(context, [...next, { text: 'Open een pull request met deze wijziging; een directielid keurt hem goed.' }]);
}

/** How a message names a field: the option on the command line, the field of the form in a form's run. */
function fieldName(context: CommandContext, field: StepField): string {
  return context.values.formulier === true ? `het veld '${field.name}' van het formulier` : `--${field.name}`;
}

/**
 * The answers: from the options, else asked on a terminal, else listed as missing (exit 2). For the
 * creating step there is no complaint yet: every field it needs is asked.
 */
export async function collectAnswers(context: CommandContext<StepOptions>, step: Declared, config: RegisterConfig, complaint?: Complaint): Promise<Record<string, Value>> {
  const interactive = context.io.stdinIsTty && !context.json;
  // Loaded only when someone can be asked: it is the heaviest module of the program.
  const prompts = interactive ? await import('@inquirer/prompts') : undefined;
  const answers: Record<string, Value> = {};
  const missing: StepField[] = [];
  for (const field of step.fields) {
    const given = givenValue(context, step, field, config, complaint);
    const has = complaint !== undefined && field.has?.(complaint) === true;
    const needed = field.need === 'always' || (field.need === 'missing' && !has);
    let value = given;
    if (value === undefined && prompts && (needed || !has)) value = await ask(context, prompts, step.command, field, needed, config, complaint);
    // A directie of one: that director signs, unless a form leaves the choice to be made.
    if (value === undefined && needed && field.choices === 'directie' && config.management.length === 1 && context.values.formulier !== true) value = config.management[0]?.naam;
    if (value !== undefined) answers[field.name] = value;
    else if (needed) missing.push(field);
  }
  if (missing.length > 0) throw new UsageError(missingText(context, step, missing), step.command);
  return answers;
}

function missingText(context: CommandContext, step: Declared, missing: readonly StepField[]): string {
  if (context.values.formulier === true) {
    return `Er ontbreken gegevens in het formulier: ${missing.map((f) => `'${f.name}' (${f.label})`).join(', ')}. Start het formulier "${step.form.name}" opnieuw en vul ze in.`;
  }
  const options = missing.map((f) => (f.kind === 'yes-no' ? `--${f.name} of --${negativeOf(f)}` : `--${f.name}`));
  return `Er ontbreken gegevens: ${options.join(', ')}. Geef ze als optie, of start klacht ${step.command} in een terminal om ernaar gevraagd te worden.`;
}

/** A field's value from its option(s), read the way the field's kind says; undefined when not given. */
function givenValue(context: CommandContext<StepOptions>, step: Declared, field: StepField, config: RegisterConfig, complaint?: Complaint): Value | undefined {
  const raw = context.values[field.name];
  switch (field.kind) {
    case 'yes-no': {
      const no = context.values[negativeOf(field)] === true;
      if (raw === true && no) throw new UsageError(`Kies --${field.name} of --${negativeOf(field)}, niet allebei.`, step.command);
      return raw === true ? true : no ? false : undefined;
    }
    case 'texts': {
      const list = (Array.isArray(raw) ? raw : typeof raw === 'string' ? [raw] : []).map(cleanText).filter((v) => v !== '');
      return list.length > 0 ? list : undefined;
    }
    default: {
      const text = typeof raw === 'string' ? cleanText(raw) : '';
      if (text === '') return undefined;
      return readTyped(context, step, field, text, config, complaint);
    }
  }
}

/** Lines kept, CRLF as LF, outer whitespace trimmed. */
function cleanText(value: string): string {
  return value.replace(/\r\n?/g, '\n').trim();
}

function readTyped(context: CommandContext, step: Declared, field: StepField, text: string, config: RegisterConfig, complaint?: Complaint): Value {
  switch (field.kind) {
    case 'date': {
      const date = parseUserDate(text);
      if (date === undefined) throw new UsageError(`${capital(fieldName(context, field))} is geen bestaande datum. Schrijf bijvoorbeeld ${DATE_FORMS}.`, step.command);
      return date;
    }
    case 'choice': {
      // A measure's number is checked by the step's plan, which says how many there are.
      if (field.choices === 'maatregelen') return text;
      const options = choicesOf(field, config, complaint);
      // A list the register doesn't have (no categories, no people named): any text will do.
      if (options.length === 0) return text;
      const chosen = matchChoice(text, options.map((o) => o.value));
      if (chosen === undefined) throw new UsageError(`${capital(fieldName(context, field))} is een van deze: ${options.map((o) => o.value).join(', ')}.`, step.command);
      return chosen;
    }
    case 'file':
      return registerFile(context, step.command, field, text);
    default:
      return text;
  }
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The path of a file in the register (`bijlagen/…`), as written in the complaint: relative, with
 * `/`, inside the register (no `..`, no drive letter, not through a link to elsewhere), and an
 * existing file. Never repeated in a message: it may hold a name.
 */
function registerFile(context: CommandContext, command: string, field: StepField, path: string): string {
  const state = attachmentState(context.root, path);
  if (state === 'not-a-path') {
    throw new UsageError(`${capital(fieldName(context, field))} is het pad van een bestand in het register, met / en vanaf de map van het register, bijvoorbeeld bijlagen/KL-2026-007/formulier.pdf (geen .., geen stationsletter, niet beginnend met /).`, command);
  }
  if (state !== 'file') {
    throw new UsageError(`Het bestand bij ${fieldName(context, field)} staat niet in het register. Zet het eerst in de repository (in bijlagen/<klachtnummer>/) en geef dan zijn pad.`, command);
  }
  return path;
}

/** One question on a terminal, of the field's kind; an optional field may be left empty. */
async function ask(context: CommandContext, prompts: Prompts, command: string, field: StepField, needed: boolean, config: RegisterConfig, complaint?: Complaint): Promise<Value | undefined> {
  const promptContext = { input: context.io.input, output: context.io.output, clearPromptOnDone: false };
  switch (field.kind) {
    case 'yes-no':
      return chooseYesNo(prompts, field.question, needed, promptContext);
    case 'choice': {
      const options = choicesOf(field, config, complaint);
      // A list the register doesn't have (no categories, no people named): a text, as an option takes it.
      if (options.length === 0) return askText(prompts, field, needed, promptContext);
      const start = startingOption(context, field, config);
      const message = start.note ? `${field.question} (${start.note})` : field.question;
      return chooseOne(prompts, { message, options, needed, ...(start.value ? { preferred: start.value } : {}) }, promptContext);
    }
    case 'date': {
      const fallback = field.today ? context.today : undefined;
      const answer = await prompts.input({
        message: `${field.question}${fallback ? ` (Enter: vandaag, ${formatDateDutch(fallback)})` : needed ? '' : ' (Enter: overslaan)'}`,
        validate: (v) => (v.trim() === '' ? (fallback !== undefined || !needed || 'Dit veld is verplicht.') : parseUserDate(v) !== undefined || `Geen bestaande datum. Schrijf bijvoorbeeld ${DATE_FORMS}.`),
      }, promptContext);
      const date = answer.trim() === '' ? fallback : parseUserDate(answer);
      // The date as it was understood, so a mistyped day is seen at once.
      if (date !== undefined && answer.trim() !== '') context.io.stdout(`  (${formatDateDutch(date)})\n`);
      return date;
    }
    case 'texts': {
      const list: string[] = [];
      for (;;) {
        const answer = (await prompts.input({ message: field.question }, promptContext)).trim();
        if (answer === '') break;
        list.push(answer);
      }
      return list.length > 0 ? list : undefined;
    }
    case 'file': {
      const answer = await askText(prompts, field, needed, promptContext);
      return typeof answer === 'string' ? registerFile(context, command, field, answer) : undefined;
    }
    default:
      return askText(prompts, field, needed, promptContext);
  }
}

async function askText(prompts: Prompts, field: StepField, needed: boolean, promptContext: object): Promise<string | undefined> {
  const answer = (await prompts.input({ message: field.question, validate: (v) => !needed || v.trim() !== '' || 'Dit veld is verplicht.' }, promptContext)).trim();
  return answer === '' ? undefined : answer;
}

/** Where a list starts other than on "(kies)": a signer, or the person typing for who took the complaint in. */
function startingOption(context: CommandContext, field: StepField, config: RegisterConfig): { value?: string; note?: string } {
  if (field.choices === 'directie') return signerDefault(context, config);
  const me = field.startsOnCurrentPerson ? currentPerson(context, config) : undefined;
  return me === undefined ? {} : { value: me };
}

/**
 * Who signs by default: never the person typing (they can't approve their own pull request),
 * unless they are the only director; then the question says who approves.
 */
function signerDefault(context: CommandContext, config: RegisterConfig): { value?: string; note?: string } {
  const me = currentPerson(context, config);
  const others = config.management.filter((p) => p.naam !== me);
  if (others.length > 0) return { value: others[0]?.naam };
  if (me !== undefined) return { value: me, note: 'u bent het enige directielid: laat een medewerker de pull request maken, dan keurt u hem goed' };
  return {};
}

export type { ChoiceOption };
