/**
 * The field reference of the README, generated from the schemas so that field names and their
 * Dutch descriptions are written once. `npm run docs` rewrites the part of README.md between the
 * markers; a test fails when the README is behind the schema.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { complaintSchema, configSchema, schemaAt, type JsonSchema } from '../src/core/complaint/schema.js';

const START = '<!-- veldreferentie:begin (gegenereerd uit schema/ met npm run docs) -->';
const END = '<!-- veldreferentie:einde -->';

function typeWord(schema: JsonSchema): string {
  if (schema.enum) return schema.enum.join(' \\| ');
  if (schema.format === 'date') return 'datum';
  if (schema.format === 'email') return 'e-mailadres';
  switch (schema.type) {
    case 'string': return 'tekst';
    case 'boolean': return 'true/false';
    case 'integer': return 'getal';
    case 'array': return 'lijst';
    case 'object': return 'groep';
    default: return schema.type ?? '';
  }
}

function rows(root: JsonSchema, path: string[] = []): string[] {
  const node = schemaAt(root, path);
  if (!node) return [];
  const container = node.type === 'array' ? schemaAt(root, [...path, 0]) : node;
  const properties = container?.properties;
  if (!properties) return [];
  return Object.keys(properties).flatMap((key) => {
    const full = node.type === 'array' ? [...path, 0, key] : [...path, key];
    const field = schemaAt(root, full);
    if (!field) return [];
    const name = full.map((p) => (typeof p === 'number' ? '[]' : p)).join('.').replace(/\.\[\]/g, '[]');
    const required = (container?.required ?? []).includes(key) ? 'ja' : '';
    const description = [field.title, field.description].filter(Boolean).join(': ').replace(/\|/g, '\\|').replace(/</g, '&lt;');
    return [`| \`${name}\` | ${typeWord(field)} | ${required} | ${description} |`, ...rows(root, full as string[])];
  });
}

/** The generated Markdown. */
export function fieldReference(): string {
  const header = '| veld | soort | altijd verplicht | betekenis |\n| --- | --- | --- | --- |';
  return [
    START,
    '',
    '#### Klachtbestand (frontmatter)',
    '',
    header,
    ...rows(complaintSchema),
    '',
    '#### klachtenregister.yml',
    '',
    header,
    ...rows(configSchema),
    '',
    END,
  ].join('\n');
}

/** README text with the reference replaced. */
export function withFieldReference(readme: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start === -1 || end === -1) throw new Error('README.md mist de markeringen van de veldreferentie');
  return readme.slice(0, start) + fieldReference() + readme.slice(end + END.length);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const path = fileURLToPath(new URL('../README.md', import.meta.url));
  const readme = readFileSync(path, 'utf8');
  const updated = withFieldReference(readme);
  if (process.argv.includes('--schrijf')) {
    writeFileSync(path, updated);
    console.log('README.md bijgewerkt.');
  } else if (updated !== readme) {
    console.error('De veldreferentie in README.md loopt achter op schema/. Voer npm run docs uit.');
    process.exit(1);
  }
}
