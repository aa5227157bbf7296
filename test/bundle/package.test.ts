/**
 * klacht as a package (npx, or npm install from GitHub): what npm packs is the bundle and the
 * action, its bin is the bundle, and the only dependency is the embedded Chromium for the PDFs.
 * The packed package runs from the tarball with no node_modules at all.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

interface PackageJson { bin: Record<string, string>; files: string[]; dependencies: Record<string, string>; scripts: Record<string, string> }
const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as PackageJson;

/** npm pack into a temporary folder, unpacked there; returns the package folder. */
function packed(): { folder: string; files: string[] } {
  const destination = tempDir('klacht-pakket-');
  const output = execFileSync('npm', ['pack', '--json', '--pack-destination', destination], { cwd: PROJECT_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const [report] = JSON.parse(output) as { filename: string; files: { path: string }[] }[];
  if (!report) throw new Error('npm pack gaf geen verslag');
  execFileSync('tar', ['-xzf', join(destination, report.filename), '-C', destination]);
  return { folder: join(destination, 'package'), files: report.files.map((f) => f.path).sort() };
}

describe('the npm package', () => {
  const { folder, files } = packed();

  it('holds the bundle and the action, and none of the sources, tests or examples', () => {
    expect(files).toContain('bundle/klacht.mjs');
    expect(files).toContain('bundle/action.mjs');
    expect(files).toContain('bundle/THIRD-PARTY-LICENSES.txt');
    expect(files).toContain('action.yml');
    for (const path of files) expect(path, path).toMatch(/^(bundle\/|action\.yml$|package\.json$|README\.md$)/);
  });

  it('has the bundle as its bin, and only the embedded Chromium as a dependency; no install script', () => {
    expect(pkg.bin).toEqual({ klacht: 'bundle/klacht.mjs' });
    expect(readFileSync(join(folder, 'bundle/klacht.mjs'), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(Object.keys(pkg.dependencies)).toEqual(['@sparticuz/chromium']);
    for (const script of ['preinstall', 'install', 'postinstall', 'prepare', 'prepack']) expect(pkg.scripts[script], script).toBeUndefined();
  });

  it('runs from the unpacked tarball without node_modules', () => {
    const result = spawnSync(process.execPath, [join(folder, 'bundle/klacht.mjs'), 'valideer', '--register', join(PROJECT_ROOT, 'examples/register'), '--vandaag', '2026-11-24'], {
      cwd: folder, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: folder },
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^\d+ bestanden gecontroleerd/m);
  });
});
