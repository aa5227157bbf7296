/** register/paths.ts: what is at a path, on real folders and links in a temp folder. */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeFolder, nearestExisting, pathKind, realPathOf } from '../../src/register/paths.js';
import { tempDir } from '../helpers/temp.js';

describe('paths', () => {
  it('says what a path names, following links', () => {
    const root = tempDir();
    mkdirSync(join(root, 'map'));
    writeFileSync(join(root, 'bestand.md'), 'x');
    symlinkSync('map', join(root, 'koppeling'));
    symlinkSync('nergens', join(root, 'kapot'));
    expect(['map', 'bestand.md', 'koppeling', 'kapot', 'weg'].map((name) => pathKind(join(root, name)))).toEqual(['folder', 'file', 'folder', 'missing', 'missing']);
  });

  it('finds the nearest existing folder and resolves the links in it, the rest as written', () => {
    const root = tempDir();
    mkdirSync(join(root, 'echt'));
    symlinkSync('echt', join(root, 'via'));
    expect(nearestExisting(join(root, 'via/nieuw/register'))).toBe(join(root, 'via'));
    expect(realPathOf(join(root, 'via/nieuw/register'))).toBe(join(realPathOf(root), 'echt/nieuw/register'));
    expect(realPathOf(join(root, 'via'))).toBe(join(realPathOf(root), 'echt'));
  });

  it('makes a folder and the folders above it', () => {
    const root = tempDir();
    makeFolder(join(root, 'a/b/c'));
    makeFolder(join(root, 'a/b/c'));
    expect(pathKind(join(root, 'a/b/c'))).toBe('folder');
  });
});
