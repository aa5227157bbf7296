/**
 * Choices on a terminal that can't record a value by accident, in Dutch. A choice that matters
 * starts on "(kies)" and is asked again until something is chosen; an optional one starts on
 * "(overslaan)", so Enter leaves it empty; a default is only ever one the caller knows to be right
 * (the person typing took the complaint in). The key help under a list is Dutch, not inquirer's
 * "navigate / select". The prompts module is handed in: it is loaded only when someone can be
 * asked, being the heaviest module of the program.
 */
import pc from 'picocolors';

type Prompts = typeof import('@inquirer/prompts');
/** Where a question is asked: the command's terminal, the answer left on the screen. */
export type PromptContext = Parameters<Prompts['select']>[1];

/** Inquirer's select, with the help under the list in Dutch. */
export const SELECT_THEME = {
  style: { keysHelpTip: (): string => `${pc.bold('↑↓')} ${pc.dim('naar een ander antwoord')}${pc.dim(' • ')}${pc.bold('⏎')} ${pc.dim('kiezen')}` },
};

/** Said when "(kies)" was chosen: the question again, with this in front of it. */
const CHOOSE_FIRST = 'Kies eerst een antwoord.';

/** The value of "(kies)": no answer a list can hold. */
const CHOOSE: unique symbol = Symbol('kies');

interface Choice {
  readonly name: string;
  readonly value: string | typeof CHOOSE;
  readonly short?: string;
  readonly description?: string;
}

export interface ChoiceQuestion {
  readonly message: string;
  readonly options: readonly { readonly value: string; readonly label: string }[];
  /** Needed: starts on "(kies)", asked until chosen; else starts on "(overslaan)". */
  readonly needed: boolean;
  /** The option to start on instead, when it is known to be right. */
  readonly preferred?: string;
}

/** One option of a list, chosen by the person; undefined only for an optional question left on "(overslaan)". */
export async function chooseOne(prompts: Prompts, question: ChoiceQuestion, context: PromptContext): Promise<string | undefined> {
  const first: Choice = question.needed
    ? { name: '(kies)', value: CHOOSE, short: '(nog niets gekozen)', description: 'Kies een antwoord uit de lijst.' }
    : { name: '(overslaan)', value: '', short: '(overgeslagen)' };
  const choices: Choice[] = [first, ...question.options.map((o) => ({ name: o.label, value: o.value }))];
  const preferred = question.options.some((o) => o.value === question.preferred) ? { default: question.preferred } : {};
  let message = question.message;
  for (;;) {
    const answer = await prompts.select<string | typeof CHOOSE>({ message, choices, ...preferred, theme: SELECT_THEME }, context);
    if (answer !== CHOOSE) return answer === '' ? undefined : answer;
    message = `${CHOOSE_FIRST} ${question.message}`;
  }
}

/** Yes or no, chosen by the person (needed) or left out (optional): never "ja" because Enter was pressed. */
export async function chooseYesNo(prompts: Prompts, message: string, needed: boolean, context: PromptContext): Promise<boolean | undefined> {
  const answer = await chooseOne(prompts, { message, options: [{ value: 'ja', label: 'ja' }, { value: 'nee', label: 'nee' }], needed }, context);
  return answer === undefined ? undefined : answer === 'ja';
}

/**
 * Yes or no about what the program does next (another director? rewrite the history?), starting on
 * `start`: a question about the work, never a value written into a complaint. Inquirer's confirm
 * reads only "y" and "n" and answers "Yes"; here "j" and "n" jump to "ja" and "nee".
 */
export async function askYesNo(prompts: Prompts, message: string, start: boolean, context: PromptContext): Promise<boolean> {
  return prompts.select({ message, choices: [{ name: 'ja', value: true }, { name: 'nee', value: false }], default: start, theme: SELECT_THEME }, context);
}
