/**
 * The `yaml` package, loaded on first use. A clean register is read entirely by the plain subset
 * reader, so most runs never need it; loading it costs ~25 ms of every start.
 *
 * In the bundle it is a CommonJS file of its own next to the chunk this module lands in
 * (tools/bundle.ts defines KLACHT_YAML_FILE), so that a run that never needs it never
 * reads or compiles it either.
 */
import { createRequire } from 'node:module';

declare const KLACHT_YAML_FILE: string | undefined;

const require = createRequire(import.meta.url);
const YAML_MODULE = typeof KLACHT_YAML_FILE === 'string' ? KLACHT_YAML_FILE : 'yaml';
let lib: typeof import('yaml') | undefined;

export function yamlLib(): typeof import('yaml') {
  lib ??= require(YAML_MODULE) as typeof import('yaml');
  return lib;
}
