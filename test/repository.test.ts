/**
 * This repository is the tool, not a register: no complaint and no register configuration ever
 * lands here (a register is its own repository, made with klacht init), so that personal data
 * never sits next to the tool's code and its history.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from './helpers/cli.js';

function tracked(...paths: string[]): string[] {
  return execFileSync('git', ['ls-files', '--', ...paths], { cwd: PROJECT_ROOT, encoding: 'utf8' }).split('\n').filter((p) => p !== '');
}

describe('this repository', () => {
  it('holds no complaints: complaints/ has only its README', () => {
    expect(tracked('complaints')).toEqual(['complaints/README.md']);
  });

  it('is no register itself: no klachtenregister.yml and no analyses/ at the top', () => {
    expect(tracked('klachtenregister.yml', 'analyses')).toEqual([]);
  });

  it('runs its example register through its own action, and nothing from a register', () => {
    expect(tracked('.github/workflows')).toEqual(['.github/workflows/ci.yml', '.github/workflows/valideer.yml']);
  });
});
