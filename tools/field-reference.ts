/**
 * The field reference (docs/referentie.md), generated from the schemas so that field names and
 * their Dutch descriptions are written once. tools/docs.ts puts it between its markers.
 */
import { complaintSchema, configSchema, schemaAt, type JsonSchema } from '../src/core/complaint/schema.js';

const START = '<!-- velden:begin (gegenereerd met npm run docs; niet met de hand wijzigen) -->';
const END = '<!-- velden:einde -->';

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
