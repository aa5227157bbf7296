/**
 * The `yaml` package, loaded on first use. A clean register is read entirely by the plain subset
 * reader, so most runs never need it; loading it costs ~25 ms of every start.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let lib: typeof import('yaml') | undefined;

export function yamlLib(): typeof import('yaml') {
  lib ??= require('yaml') as typeof import('yaml');
  return lib;
}
