/**
 * Which release of klacht this is, from package.json: its version, and the GitHub repository the
 * action is released from (`repository`), which `klacht init` pins a new register's workflows to.
 * In the bundle, package.json is inlined (tools/bundle.ts), so it needs no file next to it.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface PackageJson { readonly version: string; readonly repository?: string | { readonly url?: string } }

const pkg = require('../../package.json') as PackageJson;

export const VERSION: string = pkg.version;

/** owner/name of the tool's GitHub repository, from package.json's repository field. */
export const TOOL_REPOSITORY: string = ((): string => {
  const url = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url ?? '';
  const match = /github(?:\.com[/:]|:)([\w.-]+\/[\w.-]+?)(?:\.git)?$/.exec(url);
  if (!match?.[1]) throw new Error('package.json: repository noemt geen GitHub-repository.');
  return match[1];
})();
