/**
 * Generates src/core/complaint/schema-vocabulary.ts from the schemas: the allowed values of every enum,
 * the complaint-id pattern and the fields marked personal ("x-persoonsgegeven"), so that code
 * imports them instead of writing them out again. `npm run docs` rewrites the file; a test fails
 * when it is behind the schema.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { complaintSchema, configSchema, schemaAt, type JsonSchema } from '../src/core/complaint/schema.js';

/**
 * The English names of the enums, per schema field: the one place the Dutch field maps to an
 * identifier. An enum in the schema without a name here stops the generator, so none is missed.
 */
const ENUM_NAMES: Readonly<Record<'complaint' | 'config', Readonly<Record<string, readonly [list: string, type: string]>>>> = {
  complaint: {
    status: ['STATUSES', 'Status'],
    'ontvangen.wijze': ['INTAKE_CHANNELS', 'IntakeChannel'],
    'indiener.rol': ['COMPLAINANT_ROLES', 'ComplainantRole'],
    'correspondentie[].richting': ['DIRECTIONS', 'Direction'],
    'correspondentie[].soort': ['CORRESPONDENCE_KINDS', 'CorrespondenceKind'],
    'afhandeling.oordeel': ['JUDGEMENTS', 'Judgement'],
    'afhandeling.maatregelen[].status': ['MEASURE_STATUSES', 'MeasureStatus'],
  },
  config: {
    procedure: ['PROCEDURE_NAMES', 'ProcedureName'],
  },
};

/** Where the body stands in the list of personal fields (as `klacht anonimiseer` reports it). */
export const BODY_FIELD = 'omschrijving';

export interface SchemaField { readonly name: string; readonly schema: JsonSchema }

/** Every field of a schema in schema order, named like the README's field reference (`correspondentie[].soort`). */
export function schemaFields(root: JsonSchema, path: readonly (string | number)[] = []): SchemaField[] {
  const node = schemaAt(root, path);
  if (!node) return [];
  if (node.type === 'array') return schemaFields(root, [...path, 0]);
  return Object.keys(node.properties ?? {}).flatMap((key) => {
    const full = [...path, key];
    const schema = schemaAt(root, full);
    if (!schema) return [];
    const name = full.map((p) => (typeof p === 'number' ? '[]' : p)).join('.').replace(/\.\[\]/g, '[]');
    return [{ name, schema }, ...schemaFields(root, full)];
  });
}

function quote(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function enumBlocks(which: 'complaint' | 'config', root: JsonSchema): string[] {
  const names = ENUM_NAMES[which];
  const found = schemaFields(root).filter((f) => f.schema.enum);
  for (const f of found) {
    if (!names[f.name]) throw new Error(`schema/${which}.schema.json: het veld ${f.name} heeft een enum zonder naam in tools/schema-vocabulary.ts (ENUM_NAMES).`);
  }
  for (const name of Object.keys(names)) {
    if (!found.some((f) => f.name === name)) throw new Error(`tools/schema-vocabulary.ts noemt ${name}, maar schema/${which}.schema.json heeft daar geen enum.`);
  }
  return found.map(({ name, schema }) => {
    const [list, type] = names[name] ?? ['', ''];
    const values = (schema.enum ?? []).map(quote).join(', ');
    return [
      `/** ${schema.title ?? name}: the values of \`${name}\` in schema/${which}.schema.json. */`,
      `export const ${list} = [${values}] as const;`,
      `export type ${type} = (typeof ${list})[number];`,
    ].join('\n');
  });
}

function idBlock(root: JsonSchema): string {
  const source = schemaAt(root, ['id'])?.pattern;
  if (!source || !source.startsWith('^') || !source.endsWith('$')) {
    throw new Error('schema/complaint.schema.json: het veld id heeft geen pattern van de vorm ^...$.');
  }
  return [
    '/** The complaint id (KL-<jaar>-<volgnummer>): the `pattern` of `id` in schema/complaint.schema.json. */',
    `export const COMPLAINT_ID_SOURCE = ${quote(source)};`,
    'export const COMPLAINT_ID_PATTERN = new RegExp(COMPLAINT_ID_SOURCE);',
    '/** The same pattern without its anchors, to build a longer one (a path) around it. */',
    `export const COMPLAINT_ID_BODY = ${quote(source.slice(1, -1))};`,
  ].join('\n');
}

/** The fields marked "x-persoonsgegeven", the body as `omschrijving` when "x-omschrijving" is marked. */
export function personalFields(root: JsonSchema): string[] {
  const marked = schemaFields(root).filter((f) => f.schema['x-persoonsgegeven'] === true).map((f) => f.name);
  return root['x-omschrijving']?.['x-persoonsgegeven'] === true ? [...marked, BODY_FIELD] : marked;
}

function personalBlock(root: JsonSchema): string {
  return [
    '/**',
    ' * The complainant\'s personal data: the fields marked "x-persoonsgegeven" in',
    ` * schema/complaint.schema.json, \`[]\` for every item of a list, and the body as \`${BODY_FIELD}\`.`,
    ' * `klacht anonimiseer` replaces exactly these.',
    ' */',
    'export const PERSONAL_FIELDS = [',
    ...personalFields(root).map((name) => `  ${quote(name)},`),
    '] as const;',
    'export type PersonalField = (typeof PERSONAL_FIELDS)[number];',
  ].join('\n');
}

/** The title of every field of the complaint (`indiener.adres`: Adres): the words forms and help use for it. */
function titleBlock(root: JsonSchema): string {
  const titled = schemaFields(root).filter((f) => typeof f.schema.title === 'string');
  return [
    '/** The title of each field of schema/complaint.schema.json, by its name in the field reference. */',
    'export const FIELD_TITLES = {',
    ...titled.map(({ name, schema }) => `  ${quote(name)}: ${quote(schema.title ?? '')},`),
    '} as const;',
    'export type TitledField = keyof typeof FIELD_TITLES;',
  ].join('\n');
}

/** The text of src/core/complaint/schema-vocabulary.ts (other schemas only in tests). */
export function vocabularySource(complaint: JsonSchema = complaintSchema, config: JsonSchema = configSchema): string {
  return [
    '// Generated from schema/ by npm run docs (tools/schema-vocabulary.ts); do not edit.',
    '/**',
    ' * The words of the schemas that code needs as values: the allowed values of each field with a',
    ' * fixed choice, the complaint-id pattern, the personal fields and the titles of the fields. The',
    ' * schema is their one source.',
    ' */',
    '',
    ...enumBlocks('complaint', complaint).flatMap((block) => [block, '']),
    ...enumBlocks('config', config).flatMap((block) => [block, '']),
    idBlock(complaint),
    '',
    personalBlock(complaint),
    '',
    titleBlock(complaint),
    '',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const path = fileURLToPath(new URL('../src/core/complaint/schema-vocabulary.ts', import.meta.url));
  const current = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const updated = vocabularySource();
  if (process.argv.includes('--schrijf')) {
    if (updated !== current) writeFileSync(path, updated);
    console.log('src/core/complaint/schema-vocabulary.ts bijgewerkt.');
  } else if (updated !== current) {
    console.error('src/core/complaint/schema-vocabulary.ts loopt achter op schema/. Voer npm run docs uit.');
    process.exit(1);
  }
}
