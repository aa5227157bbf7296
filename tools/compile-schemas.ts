/**
 * Build step: compiles the two JSON Schemas into standalone validator code next to
 * dist/core/complaint/schema.js, so that a run of `klacht` does not load ajv's compiler nor compile the
 * schemas (together ~70 ms of every start). Same ajv options as at run time (AJV_OPTIONS);
 * test/register/schema-generated.test.ts checks that both give the same errors.
 */
import { writeFileSync, renameSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { schemaCompiler } from '../src/core/complaint/schema.js';

const require = createRequire(import.meta.url);
const standaloneCode = (require('ajv/dist/standalone/index.js') as typeof import('ajv/dist/standalone/index.js')).default;

// Next to dist/core/complaint/schema.js, which requires it (src/core/complaint/schema.ts).
const target = fileURLToPath(new URL('../dist/core/complaint/schema-validators.generated.cjs', import.meta.url));
const ajv = schemaCompiler({ code: { source: true, esm: false } });
const code = `// Gegenereerd door tools/compile-schemas.ts bij npm run build. Niet met de hand wijzigen.\n${standaloneCode(ajv, { complaint: 'complaint', config: 'config' })}`;
writeFileSync(`${target}.tmp`, code);
renameSync(`${target}.tmp`, target);
