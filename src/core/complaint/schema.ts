/**
 * The JSON Schemas (schema/*.schema.json) compiled once with ajv, and ajv's errors turned into
 * Dutch issues. The schema is the single source of field names, their Dutch titles and the
 * requirements per status.
 */
import { createRequire } from 'node:module';
import type { Ajv2020, ErrorObject, Options, ValidateFunction } from 'ajv/dist/2020.js';
import { closest } from '../text/suggest.js';
import { error, isSafeToEcho, type FieldPath, type Issue } from './issue.js';

export interface JsonSchema {
  readonly title?: string;
  readonly description?: string;
  readonly type?: string;
  readonly enum?: readonly string[];
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly items?: JsonSchema;
  readonly required?: readonly string[];
  readonly $ref?: string;
  readonly $defs?: Readonly<Record<string, JsonSchema>>;
  readonly format?: string;
  readonly pattern?: string;
  /** Annotation: this field holds personal data of the complainant (anonymised by `klacht anonimiseer`). */
  readonly 'x-persoonsgegeven'?: boolean;
  /** Annotation on the root: the Markdown body under the frontmatter, which JSON Schema cannot describe. */
  readonly 'x-omschrijving'?: JsonSchema;
}

// Both src/core/complaint and dist/core/complaint sit three folders below the package root.
const require = createRequire(import.meta.url);
export const complaintSchema = require('../../../schema/complaint.schema.json') as JsonSchema;
export const configSchema = require('../../../schema/config.schema.json') as JsonSchema;

export interface Validators {
  readonly complaint: ValidateFunction;
  readonly config: ValidateFunction;
}

/** One ajv set-up for the validators compiled at run time and at build time. */
export const AJV_OPTIONS: Options = { allErrors: true, strict: true, strictRequired: false };
export const AJV_FORMATS = ['date', 'email'] as const;

/**
 * The schema's own keywords: annotations that validate nothing (tools/schema-vocabulary.ts
 * reads them). Strict ajv rejects a keyword it does not know, so they are declared.
 */
export const ANNOTATION_KEYWORDS = [
  { keyword: 'x-persoonsgegeven', schemaType: 'boolean' },
  { keyword: 'x-omschrijving', schemaType: 'object' },
] as const;

/** An ajv instance with both schemas added under the names `complaint` and `config`. */
export function schemaCompiler(options: Options = {}): Ajv2020 {
  // Loaded here, not at the top: a built toolkit uses the validators generated at build time
  // and never needs ajv's compiler (~20 ms to load, ~50 ms to compile).
  const { Ajv2020: Ajv } = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
  const formats = require('ajv-formats') as typeof import('ajv-formats').default;
  const ajv = new Ajv({ ...AJV_OPTIONS, ...options });
  formats(ajv, [...AJV_FORMATS]);
  for (const definition of ANNOTATION_KEYWORDS) ajv.addKeyword(definition);
  ajv.addSchema(complaintSchema, 'complaint');
  ajv.addSchema(configSchema, 'config');
  return ajv;
}

/** Compiles both schemas now, with ajv. */
export function compileValidators(): Validators {
  const ajv = schemaCompiler();
  return { complaint: ajv.getSchema('complaint') as ValidateFunction, config: ajv.getSchema('config') as ValidateFunction };
}

/**
 * The validators written by tools/compile-schemas.ts next to this module when the toolkit
 * is built (`npm run build`), or undefined when running from the TypeScript sources.
 */
export function generatedValidators(): Validators | undefined {
  try {
    return require('./schema-validators.generated.cjs') as Validators;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND' && String((error as Error).message).includes('schema-validators.generated.cjs')) return undefined;
    throw error;
  }
}

let compiled: Validators | undefined;

function validators(): Validators {
  compiled ??= generatedValidators() ?? compileValidators();
  return compiled;
}

/** Validates complaint frontmatter data against the schema. */
export function schemaIssuesForComplaint(data: unknown): Issue[] {
  const validate = validators().complaint;
  return validate(data) ? [] : issuesFromAjv(validate.errors ?? [], data, complaintSchema);
}

/** Validates configuration data against the config schema. */
export function schemaIssuesForConfig(data: unknown): Issue[] {
  const validate = validators().config;
  return validate(data) ? [] : issuesFromAjv(validate.errors ?? [], data, configSchema);
}

/** The schema of the field at `path`, following `$ref`s within the same schema. */
export function schemaAt(root: JsonSchema, path: FieldPath): JsonSchema | undefined {
  let node: JsonSchema | undefined = resolveRef(root, root);
  for (const segment of path) {
    if (!node) return undefined;
    node = typeof segment === 'number' ? node.items : node.properties?.[segment];
    node = node && resolveRef(root, node);
  }
  return node;
}

function resolveRef(root: JsonSchema, node: JsonSchema): JsonSchema {
  if (!node.$ref) return node;
  const name = node.$ref.replace('#/$defs/', '');
  const target = root.$defs?.[name];
  // Sibling keywords (title, description) win over the referenced definition's.
  return target ? { ...target, ...node, $ref: undefined } as JsonSchema : node;
}

function pathFromPointer(pointer: string, data: unknown): (string | number)[] {
  if (pointer === '') return [];
  const segments: (string | number)[] = [];
  let node: unknown = data;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const segment = Array.isArray(node) ? Number(key) : key;
    segments.push(segment);
    node = node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[segment] : undefined;
  }
  return segments;
}

function valueAt(data: unknown, path: FieldPath): unknown {
  let node: unknown = data;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'tekst',
  boolean: 'true of false',
  object: 'een groep velden',
  array: 'een lijst (regels die met - beginnen)',
  integer: 'een geheel getal',
  number: 'een getal',
};

/** `'indiener.naam'`, the way messages quote a field. */
export function quoteField(path: FieldPath): string {
  return `'${path.join('.')}'`;
}

function describeType(schema: JsonSchema | undefined, type: string): string {
  const word = TYPE_WORDS[type] ?? type;
  if (type === 'object' && schema?.properties) {
    return `${word} (${Object.keys(schema.properties).join(', ')})`;
  }
  if (schema?.format === 'date') return 'een datum (JJJJ-MM-DD)';
  return word;
}

function statusOf(data: unknown): string {
  const status = valueAt(data, ['status']);
  return typeof status === 'string' ? status : '';
}

function issuesFromAjv(errors: readonly ErrorObject[], data: unknown, root: JsonSchema): Issue[] {
  const issues: Issue[] = [];
  // Many errors share a place (every unknown key of a mapping): its schema is looked up once.
  const schemas = new Map<string, JsonSchema | undefined>();
  for (const e of errors) {
    const path = pathFromPointer(e.instancePath, data);
    if (!schemas.has(e.instancePath)) schemas.set(e.instancePath, schemaAt(root, path));
    const fieldSchema = schemas.get(e.instancePath);
    const value = valueAt(data, path);
    switch (e.keyword) {
      case 'additionalProperties': {
        const key = String((e.params as { additionalProperty: string }).additionalProperty);
        const known = Object.keys(fieldSchema?.properties ?? {});
        const suggestion = closest(key, known);
        const where = path.length > 0 ? ` in ${quoteField(path)}` : '';
        const allowed = suggestion ? ` Bedoelde u '${suggestion}'?` : ` Toegestaan: ${known.join(', ')}.`;
        if (isSafeToEcho(key)) {
          issues.push({ ...error('unknown-key', [...path, key], 'key', `Onbekend veld '${key}'${where}.${allowed}`), actual: key, ...(suggestion ? { expected: suggestion } : {}) });
        } else {
          // Not a field name but text, usually after a comma inside { }: never echoed, it may be personal.
          issues.push({
            ...error('unknown-key', [...path, key], 'key',
              `Onbekend veld${where}.${allowed} Staat er een komma in een tekst tussen { }? Zet die tekst dan tussen aanhalingstekens.`),
            field: path.length > 0 ? path.join('.') : null,
          });
        }
        break;
      }
      case 'required': {
        const missing = String((e.params as { missingProperty: string }).missingProperty);
        const full = [...path, missing];
        const title = schemaAt(root, full)?.title;
        const named = `${quoteField(full)}${title ? ` (${title})` : ''}`;
        if (e.schemaPath.includes('/then/')) {
          issues.push(error('status-requirement', full, 'missing',
            `Veld ${named} ontbreekt. Dat is verplicht bij status '${statusOf(data)}'.`));
        } else {
          issues.push(error('required', full, 'missing', `Veld ${named} ontbreekt. Dat is altijd verplicht.`));
        }
        break;
      }
      case 'type': {
        const expected = String((e.params as { type: string }).type);
        if (value === null) {
          issues.push(error('empty-value', path, 'key', `Veld ${quoteField(path)} is leeg. Vul ${describeType(fieldSchema, expected)} in of haal het veld weg.`));
        } else {
          issues.push(error('invalid-type', path, 'value', `Veld ${quoteField(path)} moet ${describeType(fieldSchema, expected)} zijn.`));
        }
        break;
      }
      case 'enum': {
        const allowed = (e.params as { allowedValues: readonly unknown[] }).allowedValues.map(String);
        const suggestion = typeof value === 'string' ? closest(value, allowed) : undefined;
        // Only a near-miss of an allowed value is echoed; any other text may be personal.
        const shown = suggestion && typeof value === 'string' ? ` '${value}'` : '';
        issues.push({
          ...error('invalid-value', path, 'value', `Ongeldige waarde${shown} voor ${quoteField(path)}.${suggestion ? ` Bedoelde u '${suggestion}'?` : ''} Kies uit: ${allowed.join(', ')}.`),
          expected: suggestion ?? allowed.join(' | '),
          ...(shown ? { actual: String(value) } : {}),
        });
        break;
      }
      case 'format': {
        const format = String((e.params as { format: string }).format);
        if (format === 'date') {
          // Dates are not personal data, and showing the one that does not exist helps.
          const message = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
            ? `Veld ${quoteField(path)}: de datum ${value} bestaat niet.`
            : `Veld ${quoteField(path)} moet een datum zijn in de vorm JJJJ-MM-DD, zoals 2026-03-02.`;
          issues.push(error('invalid-date', path, 'value', message));
        } else if (format === 'email') {
          issues.push(error('invalid-email', path, 'value', `Veld ${quoteField(path)} is geen geldig e-mailadres.`));
        } else {
          issues.push(error('invalid-value', path, 'value', `Veld ${quoteField(path)} heeft niet de juiste vorm.`));
        }
        break;
      }
      case 'pattern':
        if (path.length === 1 && path[0] === 'id') {
          issues.push(error('invalid-id', path, 'value', "Het klachtnummer moet de vorm KL-<jaar>-<volgnummer> hebben, met minstens drie cijfers, bijvoorbeeld KL-2026-007."));
        } else {
          issues.push(error('invalid-value', path, 'value', `Veld ${quoteField(path)} heeft niet de juiste vorm.`));
        }
        break;
      case 'minLength':
        issues.push(error('empty-value', path, 'value', `Veld ${quoteField(path)} is leeg.`));
        break;
      case 'minimum':
      case 'maximum':
        issues.push(error('invalid-value', path, 'value', `Veld ${quoteField(path)} ligt buiten het toegestane bereik.`));
        break;
      case 'uniqueItems':
        issues.push(error('invalid-value', path, 'value', `Lijst ${quoteField(path)} bevat een waarde twee keer.`));
        break;
      case 'if':
        // Reported through the 'required' errors of its 'then' branch.
        break;
      case 'anyOf':
      case 'const':
        // A choice (e-mail: an address or the anonymisation marker) is reported by the error of its
        // first branch at the same place; only when there is none does the choice speak for itself.
        if (errors.some((other) => other.instancePath === e.instancePath && other.keyword !== 'anyOf' && other.keyword !== 'const')) break;
        if (e.keyword === 'anyOf') issues.push(error('schema', path, 'value', `Veld ${quoteField(path)} voldoet niet aan het schema (${e.keyword}).`));
        break;
      default:
        issues.push(error('schema', path, 'value', `Veld ${quoteField(path)} voldoet niet aan het schema (${e.keyword}).`));
    }
  }
  return withoutEchoOfTypos(issues);
}

/**
 * A misspelt key (`staus`) also makes the real key (`status`) missing. The unknown-key finding
 * already says "Bedoelde u 'status'?", so the missing-field finding for that key is dropped.
 */
function withoutEchoOfTypos(issues: Issue[]): Issue[] {
  const suggested = new Set(issues
    .filter((i) => i.rule === 'unknown-key')
    .flatMap((i) => (i.expected ? [[...i.path.slice(0, -1), i.expected].join('.')] : [])));
  // A field missing in every status need not also be reported as missing for this status.
  const alwaysRequired = new Set(issues.filter((i) => i.rule === 'required').map((i) => i.path.join('.')));
  return issues.filter((i) => !((i.rule === 'required' || i.rule === 'status-requirement') && suggested.has(i.path.join('.')))
    && !(i.rule === 'status-requirement' && alwaysRequired.has(i.path.join('.'))));
}
