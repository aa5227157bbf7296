/**
 * Command-line parsing on node:util's parseArgs, with every message and help text in Dutch
 * (commander's and cac's are English). Commands declare their options once; the parser, the
 * help text and the type of the parsed values (ParsedValues) all come from that declaration.
 */
import { parseArgs } from 'node:util';
import { closest } from '../core/text/suggest.js';
import { UsageError } from './errors.js';

export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  /** Shown in help: `--uit <map>`. */
  readonly valueName?: string;
  readonly description: string;
  readonly multiple?: boolean;
}

/** A command's options by name (`dry-run`, not `--dry-run`). */
export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

/**
 * What an option gives: a flag true or false, a string option its text, and one that may be given
 * more than once (`multiple: true`) every text. Of an option whose declaration is not known until it
 * runs (a step's fields) any of the three.
 */
export type OptionValue<O extends OptionSpec> =
  O['type'] extends 'boolean' ? boolean
    : O['type'] extends 'string' ? (O extends { readonly multiple: true } ? string[] : O extends { readonly type: 'string'; readonly multiple?: false } ? string : string | string[])
      : string | boolean | string[];

/**
 * The value of every declared option, undefined when it was not given. Every key is there (not
 * optional), so a helper that reads an option can ask for a context whose command declares it:
 * `CommandContext<{ samenvatting: TextOption }>` takes the context of termijnen, not of register.
 */
export type OptionValues<S extends OptionSpecs> = { readonly [K in keyof S]: OptionValue<S[K]> | undefined };

/** What a helper asks of an option it reads: text given once (`{ samenvatting: TextOption }`) or a flag. */
export type TextOption = OptionSpec & { readonly type: 'string'; readonly multiple?: false };
export type FlagOption = OptionSpec & { readonly type: 'boolean' };

export interface CommandSpec<S extends OptionSpecs = OptionSpecs> {
  readonly name: string;
  /** One line for the overview. */
  readonly summary: string;
  /** Positional arguments in help: `[bestanden...]`. */
  readonly positionals?: string;
  readonly maxPositionals?: number;
  readonly description: string;
  readonly options: S;
  readonly examples: readonly string[];
  /** The command may start a register in an empty folder (klacht nieuw); every other needs one. */
  readonly startsRegister?: boolean;
  /** False for a command that never reads a register folder: klacht instellingen audits GitHub, klacht init
   * is given the folder to make as its argument. */
  readonly usesRegister?: boolean;
  /**
   * True for a command that takes klachtenregister.yml from git rather than from the folder (klacht
   * ondertekening judges a pull request by its base branch, and fails closed there without one):
   * a folder with complaints/ and no configuration is its own verdict to give, not refused first.
   */
  readonly configFromGit?: boolean;
}

export const GLOBAL_OPTIONS = {
  register: { type: 'string', valueName: 'map', description: 'De map van het register (standaard: het register waarin de huidige map ligt, gezocht zoals git dat doet).' },
  vandaag: { type: 'string', valueName: 'datum', description: 'Doe alsof het vandaag deze datum is, bijvoorbeeld 3-12-2026 (standaard: de datum in Nederland).' },
  json: { type: 'boolean', description: 'Uitvoer als JSON voor programma\'s; verder niets op stdout.' },
  help: { type: 'boolean', short: 'h', description: 'Toon deze hulp.' },
} as const satisfies OptionSpecs;

/**
 * The parsed options of a command with options `S`: the global options, the command's own, and
 * `formulier`, which is no option: main.ts sets it when the values came from a GitHub form
 * (--formulier), so that messages name the form's fields. Reading an option the command does not
 * declare, or a flag as text, does not compile (test/cli/option-types.test.ts).
 */
export type ParsedValues<S extends OptionSpecs = OptionSpecs> = OptionValues<typeof GLOBAL_OPTIONS> & OptionValues<S> & {
  readonly formulier?: boolean;
};

export interface ParsedCommandLine {
  readonly command: string | undefined;
  readonly values: ParsedValues;
  readonly positionals: readonly string[];
}

const VALUE_GLOBALS = new Set(Object.entries(GLOBAL_OPTIONS).filter(([, o]) => o.type === 'string').map(([n]) => `--${n}`));

/** Finds the command name: the first argument that is neither an option nor a global option's value. */
export function findCommand(argv: readonly string[]): { command: string | undefined; rest: string[] } {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') break;
    if (arg.startsWith('-')) {
      if (VALUE_GLOBALS.has(arg)) i++;
      continue;
    }
    return { command: arg, rest: [...argv.slice(0, i), ...argv.slice(i + 1)] };
  }
  return { command: undefined, rest: [...argv] };
}

function toParseArgsOptions(specs: OptionSpecs) {
  return Object.fromEntries(Object.entries(specs).map(([name, spec]) => [name, {
    type: spec.type, ...(spec.short ? { short: spec.short } : {}), ...(spec.multiple ? { multiple: true } : {}),
  }]));
}

/**
 * A value that starts with a dash is a value: `--omschrijving "- coach was te laat"` and
 * `--reden -5 graden` mean what they say. node's parseArgs calls such a value ambiguous; it is
 * joined to its option (`--omschrijving=- coach was te laat`) unless it is itself one of the
 * command's options (`--actie --dry-run` still lacks its value), or `--` ends the options.
 */
function joinDashValues(argv: readonly string[], specs: OptionSpecs): string[] {
  const isOption = (arg: string): boolean => {
    if (arg === '--') return true;
    const long = /^--([^=]+)/.exec(arg)?.[1];
    if (long !== undefined) return Object.hasOwn(specs, long);
    const short = /^-([^-])$/.exec(arg)?.[1];
    return short !== undefined && Object.values(specs).some((o) => o.short === short);
  };
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') return [...out, ...argv.slice(i)];
    const name = /^--([^=]+)$/.exec(arg)?.[1];
    const next = argv[i + 1];
    if (name !== undefined && specs[name]?.type === 'string' && next !== undefined && next.startsWith('-') && !isOption(next)) {
      out.push(`${arg}=${next}`);
      i++;
    } else {
      out.push(arg);
    }
  }
  return out;
}

/** Parses the arguments of one command (global options included) with Dutch errors. */
export function parseCommandLine(spec: CommandSpec | undefined, argv: readonly string[]): ParsedValues & { _: string[] } {
  const specs: OptionSpecs = { ...GLOBAL_OPTIONS, ...(spec?.options ?? {}) };
  const commandName = spec ? `klacht ${spec.name}` : 'klacht';
  let parsed;
  try {
    parsed = parseArgs({ args: joinDashValues(argv, specs), options: toParseArgsOptions(specs), allowPositionals: true, strict: true });
  } catch (error) {
    throw translateParseError(error, specs, commandName, spec?.name);
  }
  const max = spec?.maxPositionals ?? 0;
  if (parsed.positionals.length > max) {
    const extra = parsed.positionals[max] ?? '';
    throw new UsageError(max === 0
      ? `'${commandName}' neemt geen argumenten, maar kreeg '${extra}'.`
      : `'${commandName}' neemt hoogstens ${max} argument(en); '${extra}' is er één te veel.`, spec?.name);
  }
  // parseArgs gave each option as its declaration (these same specs) says: the one place the values
  // are taken on trust, and the type every command reads them by (ParsedValues).
  return { ...(parsed.values as ParsedValues), _: parsed.positionals };
}

function translateParseError(error: unknown, specs: OptionSpecs, commandName: string, command: string | undefined): Error {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : '';
  const option = /'(-[^'\s]+)/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const name = option.replace(/^-+/, '').split('=')[0] ?? '';
    // '--vandaag 2026-11-24' as ONE argument (a line of the action's `argumenten`): the value is not
    // repeated (it may be personal), the way to write it is.
    if (/'-[^']*\s/.test(message) && Object.hasOwn(specs, name)) {
      return new UsageError(`De optie --${name} en haar waarde staan samen in één argument. Geef ze als twee argumenten (in de GitHub Action: op twee regels), of schrijf --${name}=<waarde>.`, command);
    }
    const suggestion = closest(name, Object.keys(specs));
    return new UsageError(`Onbekende optie '${option}' bij '${commandName}'.${suggestion ? ` Bedoelde u '--${suggestion}'?` : ''}`, command);
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const name = /--([a-z-]+)/.exec(message)?.[1] ?? option;
    const spec = specs[name];
    return spec?.type === 'boolean'
      ? new UsageError(`Optie '--${name}' neemt geen waarde.`, command)
      : new UsageError(`Optie '--${name}' heeft een waarde nodig${spec?.valueName ? `: --${name} <${spec.valueName}>` : ''}.`, command);
  }
  return new UsageError(`De opdracht kon niet gelezen worden. Zie '${commandName} --help'.`, command);
}

/** Each option as it is written (`--uit <map>`) and what it does: for help, and for the reference in docs/. */
export function commandHelpRows(specs: OptionSpecs): (readonly [flag: string, description: string])[] {
  return Object.entries(specs).map(([name, spec]) => [`${spec.short ? `-${spec.short}, ` : ''}--${name}${spec.valueName ? ` <${spec.valueName}>` : ''}`, spec.description] as const);
}

function optionLines(specs: OptionSpecs): string[] {
  const rows = commandHelpRows(specs);
  const width = Math.max(...rows.map(([flag]) => flag.length)) + 2;
  return rows.map(([flag, text]) => `  ${flag.padEnd(width)}${text}`);
}

/** The help text of one command. */
export function commandHelp(spec: CommandSpec): string {
  const lines = [
    `Gebruik: klacht ${spec.name}${spec.positionals ? ` ${spec.positionals}` : ''} [opties]`,
    '',
    spec.description,
  ];
  if (Object.keys(spec.options).length > 0) lines.push('', 'Opties:', ...optionLines(spec.options));
  lines.push('', 'Algemene opties (vóór of na de opdracht):', ...optionLines(GLOBAL_OPTIONS));
  if (spec.examples.length > 0) lines.push('', 'Voorbeelden:', ...spec.examples.map((e) => `  ${e}`));
  return `${lines.join('\n')}\n`;
}

/** The overview of all commands. */
export function overviewHelp(specs: readonly CommandSpec[]): string {
  const width = Math.max(...specs.map((s) => s.name.length)) + 2;
  return [
    'klacht: het klachtenregister in git.',
    '',
    'Gebruik: klacht <opdracht> [opties]',
    '',
    'Opdrachten:',
    ...specs.map((s) => `  ${s.name.padEnd(width)}${s.summary}`),
    '',
    'Algemene opties (vóór of na de opdracht):',
    ...optionLines(GLOBAL_OPTIONS),
    '',
    "Hulp bij één opdracht: klacht <opdracht> --help",
    'Uitkomst: 0 = in orde (waarschuwingen mogen), 1 = fouten of verlopen termijnen, 2 = verkeerd gebruik of kon niet uitvoeren.',
    '',
  ].join('\n');
}
