/**
 * The generated parts of the reference (docs/referentie.md): the commands and their options (from
 * the commands' declarations, the steps' from core/steps/), the action's inputs (from action.yml),
 * the rules a finding can carry (from core/complaint/rule-table.ts) and the file format (from
 * schema/, tools/field-reference.ts). Each part sits between two markers; `npm run docs` rewrites
 * them, and test/docs.test.ts fails when one is behind what it is made from.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { commandHelpRows, type CommandSpec } from '../src/cli/args.js';
import { loadCommands } from '../src/cli/main.js';
import { RULE_GROUPS, RULES, type RuleGroup } from '../src/core/complaint/rule-table.js';
import { fieldReference } from './field-reference.js';

export const REFERENCE = fileURLToPath(new URL('../docs/referentie.md', import.meta.url));
const ACTION = fileURLToPath(new URL('../action.yml', import.meta.url));

const begin = (name: string): string => `<!-- ${name}:begin (gegenereerd met npm run docs; niet met de hand wijzigen) -->`;
const end = (name: string): string => `<!-- ${name}:einde -->`;

/** A table cell: no line breaks, `|` escaped. */
function cell(text: string): string {
  return text.replace(/\n/g, ' ').replace(/\|/g, '\\|');
}

/** One command: how to call it, what it does, its options. */
function commandSection(spec: CommandSpec): string[] {
  const options = commandHelpRows(spec.options);
  return [
    `### klacht ${spec.name}`,
    '',
    `\`klacht ${spec.name}${spec.positionals ? ` ${spec.positionals}` : ''} [opties]\`: ${spec.summary}.`,
    '',
    ...spec.description.split('\n').map((line) => line.trim()).filter((line) => line !== '').map((line) => line),
    '',
    ...(options.length > 0 ? ['| optie | betekenis |', '| --- | --- |', ...options.map(([flag, text]) => `| \`${cell(flag)}\` | ${cell(text)} |`), ''] : []),
    ...(spec.examples.length > 0 ? ['```sh', ...spec.examples, '```', ''] : []),
  ];
}

/** Every command, in the order of `klacht --help`. */
export async function commandsReference(): Promise<string> {
  const commands = await loadCommands();
  return [begin('opdrachten'), '', ...commands.flatMap((c) => commandSection(c.spec)), end('opdrachten')].join('\n');
}

/** The inputs of the GitHub Action, from action.yml. */
export function actionInputsReference(text = readFileSync(ACTION, 'utf8')): string {
  const action = parse(text) as { inputs: Record<string, { description: string; required?: boolean; default?: string }> };
  const rows = Object.entries(action.inputs).map(([name, input]) => `| \`${name}\` | ${input.required ? 'ja' : 'nee'} | ${input.default === undefined || input.default === '' ? '' : `\`${cell(input.default)}\``} | ${cell(input.description)} |`);
  return [begin('actie-invoer'), '', '| invoer | verplicht | standaard | betekenis |', '| --- | --- | --- | --- |', ...rows, '', end('actie-invoer')].join('\n');
}

/** Every rule a finding can carry, by group. */
export function rulesReference(): string {
  const groups = Object.keys(RULE_GROUPS) as RuleGroup[];
  const severity = { error: 'fout', warning: 'waarschuwing', both: 'fout of waarschuwing' } as const;
  return [
    begin('regels'), '',
    ...groups.flatMap((group) => [
      `#### ${RULE_GROUPS[group]}`, '',
      '| regel | ernst | betekenis |', '| --- | --- | --- |',
      ...Object.entries(RULES).filter(([, rule]) => rule.group === group).map(([id, rule]) => `| \`${id}\` | ${severity[rule.severity]} | ${cell(rule.explanation)} |`),
      '',
    ]),
    end('regels'),
  ].join('\n');
}

/** `text` with the part between `name`'s markers replaced by `part` (which carries the markers). */
export function withPart(text: string, name: string, part: string): string {
  const start = text.indexOf(begin(name));
  const stop = text.indexOf(end(name));
  if (start === -1 || stop === -1) throw new Error(`docs/referentie.md mist de markeringen van ${name}.`);
  return text.slice(0, start) + part + text.slice(stop + end(name).length);
}

/** The reference as it should be: every generated part made anew. */
export async function generatedReference(text: string): Promise<string> {
  let updated = withPart(text, 'opdrachten', await commandsReference());
  updated = withPart(updated, 'actie-invoer', actionInputsReference());
  updated = withPart(updated, 'regels', rulesReference());
  return withPart(updated, 'velden', fieldReference());
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const current = readFileSync(REFERENCE, 'utf8');
  const updated = await generatedReference(current);
  if (process.argv.includes('--schrijf')) {
    if (updated !== current) writeFileSync(REFERENCE, updated);
    console.log('docs/referentie.md bijgewerkt.');
  } else if (updated !== current) {
    console.error('docs/referentie.md loopt achter op de opdrachten, action.yml, de regels of schema/. Voer npm run docs uit.');
    process.exit(1);
  }
}
