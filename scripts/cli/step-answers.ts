/**
 * The answers of a step command: each from its option, or asked on a terminal when the step needs
 * it and the complaint does not have it yet; without a terminal every missing option is listed in
 * one message (exit 2), as `klacht nieuw` does. No message ever repeats a value that was given:
 * it may be personal.
 */
import { realpathSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { parseCalendarDate, type CalendarDate } from '../core/calendar-date.js';
import { hasUnsafeName } from '../core/path-names.js';
import type { CommandContext } from './context.js';
import { UsageError } from './errors.js';
import { missingMessage } from './form-input.js';

type Prompts = typeof import('@inquirer/prompts');

export interface Ask { readonly required: boolean }

export class StepAnswers {
  private readonly missing: string[] = [];

  private constructor(private readonly context: CommandContext, private readonly command: string, private readonly prompts: Prompts | undefined) {}

  /** Prompts are loaded only when someone can be asked: it is the heaviest module of the program. */
  static async open(context: CommandContext, command: string): Promise<StepAnswers> {
    const interactive = context.io.stdinIsTty && !context.json;
    return new StepAnswers(context, command, interactive ? await import('@inquirer/prompts') : undefined);
  }

  private get promptContext() {
    return { input: this.context.io.input, output: this.context.io.output, clearPromptOnDone: false };
  }

  /** The option's text (lines kept, outer whitespace trimmed), or undefined when empty or absent. */
  given(option: string): string | undefined {
    const value = this.context.values[option];
    if (typeof value !== 'string') return undefined;
    const text = value.replace(/\r\n?/g, '\n').trim();
    return text === '' ? undefined : text;
  }

  /** Every value of a repeatable option, empty ones left out. */
  list(option: string): string[] {
    const value = this.context.values[option];
    const values = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
    return values.map((v) => v.replace(/\r\n?/g, '\n').trim()).filter((v) => v !== '');
  }

  /**
   * The path of a file in the register (`bijlagen/…`), as written in the complaint: relative, with
   * `/`, inside the register (no `..`, no drive letter, not through a link to elsewhere), and an
   * existing file. Never repeated in a message: it may hold a name.
   */
  attachment(option: string): string | undefined {
    const path = this.given(option);
    if (path === undefined) return undefined;
    const plain = !/^[A-Za-z]:|^\/|\\/.test(path) && path.split('/').every((part) => part !== '' && part !== '.' && part !== '..') && !hasUnsafeName(path);
    if (!plain) {
      throw new UsageError(`--${option} is het pad van een bestand in het register, met / en vanaf de map van het register, bijvoorbeeld bijlagen/KL-2026-007-formulier.pdf (geen .., geen stationsletter, niet beginnend met /).`, this.command);
    }
    const root = realpathSync(this.context.root);
    let real: string | undefined;
    try {
      real = realpathSync(join(root, path));
    } catch {
      real = undefined;
    }
    if (real === undefined || !real.startsWith(`${root}${sep}`) || !statSync(real).isFile()) {
      throw new UsageError(`Het bestand bij --${option} staat niet in het register. Zet het eerst in de repository (bijvoorbeeld in bijlagen/) en geef dan zijn pad.`, this.command);
    }
    return path;
  }

  /** A text option; asked for (one line) when required and absent. */
  async text(option: string, question: string, ask: Ask): Promise<string | undefined> {
    const given = this.given(option);
    if (given !== undefined || !ask.required) return given;
    if (!this.prompts) return this.lack(option);
    return (await this.prompts.input({ message: question, validate: (v) => v.trim() !== '' || 'Dit veld is verplicht.' }, this.promptContext)).trim();
  }

  /** A date option (JJJJ-MM-DD, an existing date), or `fallback`. */
  date(option: string, fallback?: CalendarDate): CalendarDate | undefined {
    const given = this.given(option);
    if (given === undefined) return fallback;
    const date = parseCalendarDate(given);
    if (!date) throw new UsageError(`--${option} moet een bestaande datum zijn in de vorm JJJJ-MM-DD.`, this.command);
    return date;
  }

  /** A date that the step needs: asked for on a terminal (with `fallback` shown as default) when absent. */
  async requiredDate(option: string, question: string, ask: Ask): Promise<CalendarDate | undefined> {
    const given = this.date(option);
    if (given !== undefined || !ask.required) return given;
    if (!this.prompts) return this.lack(option);
    const answer = await this.prompts.input({ message: `${question} (JJJJ-MM-DD)`, validate: (v) => parseCalendarDate(v.trim()) !== undefined || 'Geef een bestaande datum als JJJJ-MM-DD.' }, this.promptContext);
    return parseCalendarDate(answer.trim());
  }

  /** One of `choices`; asked for with a list when required and absent. */
  async choice<T extends string>(option: string, question: string, choices: readonly T[], ask: Ask & { readonly labels?: readonly string[] }): Promise<T | undefined> {
    const given = this.given(option);
    if (given !== undefined) {
      if (!(choices as readonly string[]).includes(given)) throw new UsageError(`--${option} moet een van deze zijn: ${choices.join(', ')}.`, this.command);
      return given as T;
    }
    if (!ask.required) return undefined;
    if (!this.prompts) return this.lack(option);
    return this.prompts.select({ message: question, choices: choices.map((value, i) => ({ value, name: ask.labels?.[i] ?? value })) }, this.promptContext);
  }

  /** A yes/no with a flag for each (`--complex` / `--niet-complex`): true, false, or undefined when neither. */
  async flag(option: string, negative: string, question: string, ask: Ask): Promise<boolean | undefined> {
    const yes = this.context.values[option] === true;
    const no = this.context.values[negative] === true;
    if (yes && no) throw new UsageError(`Kies --${option} of --${negative}, niet allebei.`, this.command);
    if (yes || no) return yes;
    if (!ask.required) return undefined;
    if (!this.prompts) return this.lack(`${option} of --${negative}`);
    return this.prompts.select({ message: question, choices: [{ name: 'ja', value: true }, { name: 'nee', value: false }] }, this.promptContext);
  }

  /** Stops with the list of missing options when anything the step needs was not given. */
  finish(): void {
    if (this.missing.length === 0) return;
    throw new UsageError(missingMessage(this.context.values.formulier === true, this.command, this.missing.map((m) => `--${m}`)), this.command);
  }

  private lack(option: string): undefined {
    this.missing.push(option);
    return undefined;
  }
}
