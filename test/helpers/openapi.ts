/**
 * GitHub's published OpenAPI description (@octokit/openapi), used to check every request the
 * toolkit sends to the API double and every response the double gives back.
 */
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

const require = createRequire(import.meta.url);

interface OpenApiOperation {
  requestBody?: { content: Record<string, { schema: unknown }> };
  responses: Record<string, { $ref?: string; content?: Record<string, { schema: unknown }> }>;
  parameters?: { name?: string; in?: string; schema?: unknown; $ref?: string }[];
}

interface OpenApi {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: { responses: Record<string, { content?: Record<string, { schema: unknown }> }>; parameters: Record<string, { name: string; in: string; schema: unknown }> } & Record<string, unknown>;
}

const ROOT = 'https://api.github.com/openapi.json';
let cache: { spec: OpenApi; ajv: Ajv; validators: Map<string, ValidateFunction> } | undefined;

function load(): NonNullable<typeof cache> {
  if (!cache) {
    const spec = require('@octokit/openapi/generated/api.github.com.json') as OpenApi;
    // OpenAPI 3.0 schemas are JSON Schema plus `nullable: true`, which is written out here as JSON
    // Schema (ajv's own `nullable` wants a `type` next to it; GitHub also puts it beside oneOf).
    const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
    addFormats.default(ajv);
    ajv.addSchema({ $id: ROOT, components: withoutNullable(spec.components), paths: withoutNullable(spec.paths) }, ROOT);
    cache = { spec, ajv, validators: new Map() };
  }
  return cache;
}

/** A copy of an OpenAPI 3.0 document part with every `nullable: true` as plain JSON Schema. */
function withoutNullable<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutNullable) as T;
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) copy[key] = withoutNullable(item);
  if (copy.nullable !== true) return copy as T;
  delete copy.nullable;
  if (typeof copy.type === 'string') {
    copy.type = [copy.type, 'null'];
    if (Array.isArray(copy.enum)) copy.enum = [...(copy.enum as unknown[]), null];
    return copy as T;
  }
  return { anyOf: [copy, { type: 'null' }] } as T;
}

/** JSON pointer escaping of one path segment. */
function escape(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function validator(pointer: string): ValidateFunction {
  const { ajv, validators } = load();
  let validate = validators.get(pointer);
  if (!validate) {
    validate = ajv.compile({ $ref: `${ROOT}#${pointer}` });
    validators.set(pointer, validate);
  }
  return validate;
}

function operation(template: string, method: string): OpenApiOperation {
  const op = load().spec.paths[template]?.[method.toLowerCase()];
  if (!op) throw new Error(`Geen operatie ${method} ${template} in de OpenAPI-beschrijving`);
  return op;
}

function errorsOf(validate: ValidateFunction): string {
  return (validate.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`).join('; ');
}

/** Problems with a request body for `method template`, or [] when it fits. */
export function checkRequestBody(template: string, method: string, body: unknown): string[] {
  const op = operation(template, method);
  if (!op.requestBody) return body === undefined ? [] : [`${method} ${template} heeft geen body`];
  const validate = validator(`/paths/${escape(template)}/${method.toLowerCase()}/requestBody/content/application~1json/schema`);
  return validate(body) ? [] : [`${method} ${template} request: ${errorsOf(validate)}`];
}

/** Problems with query parameters (those the description defines with a schema). */
export function checkQuery(template: string, method: string, query: URLSearchParams): string[] {
  const { spec } = load();
  const problems: string[] = [];
  const parameters = (operation(template, method).parameters ?? []).map((p) => {
    if (!p.$ref) return p;
    const name = p.$ref.replace('#/components/parameters/', '');
    return { ...spec.components.parameters[name], ref: name };
  });
  for (const [name, value] of query) {
    const parameter = parameters.find((p) => p?.name === name && p.in === 'query');
    if (!parameter) {
      problems.push(`${method} ${template}: onbekende queryparameter ${name}`);
      continue;
    }
    const pointer = 'ref' in parameter
      ? `/components/parameters/${escape(String(parameter.ref))}/schema`
      : `/paths/${escape(template)}/${method.toLowerCase()}/parameters/${parameters.indexOf(parameter)}/schema`;
    const validate = validator(pointer);
    // A query holds text: "7" may stand for a number and "true" for a boolean, as GitHub reads them.
    const readings = [value, ...(/^-?\d+$/.test(value) ? [Number(value)] : []), ...(value === 'true' || value === 'false' ? [value === 'true'] : [])];
    if (!readings.some((reading) => validate(reading))) problems.push(`${method} ${template}: queryparameter ${name}=${value}: ${errorsOf(validate)}`);
  }
  return problems;
}

/** Problems with a response body for `method template` with `status`. */
export function checkResponse(template: string, method: string, status: number, body: unknown): string[] {
  const op = operation(template, method);
  const response = op.responses[String(status)];
  // A success GitHub never gives here (200 where it answers 201) is no answer of GitHub's.
  if (!response && status < 300) return [`${method} ${template} ${status}: GitHub antwoordt hier niet met ${status} (wel: ${Object.keys(op.responses).join(', ')})`];
  if (!response || (!response.$ref && !response.content)) {
    // Statuses the description leaves out (401 on most operations), or names without a body
    // (a 404 "Resource not found"): GitHub's basic-error shape.
    const validate = validator('/components/schemas/basic-error');
    return validate(body) ? [] : [`${method} ${template} ${status}: ${errorsOf(validate)}`];
  }
  const pointer = response.$ref
    ? `/components/responses/${escape(response.$ref.replace('#/components/responses/', ''))}/content/application~1json/schema`
    : `/paths/${escape(template)}/${method.toLowerCase()}/responses/${status}/content/application~1json/schema`;
  const validate = validator(pointer);
  return validate(body) ? [] : [`${method} ${template} ${status} response: ${errorsOf(validate)}`];
}

/** A copy of one of the description's examples (components.examples), to answer like GitHub does. */
export function example<T = Record<string, unknown>>(name: string): T {
  const value = (load().spec.components as unknown as { examples: Record<string, { value: unknown }> }).examples[name]?.value;
  if (value === undefined) throw new Error(`Geen voorbeeld ${name} in de OpenAPI-beschrijving`);
  return structuredClone(value) as T;
}
