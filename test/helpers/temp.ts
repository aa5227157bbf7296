/** Temporary registers on the real file system, removed after each test file. */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';

const created: string[] = [];
afterAll(() => {
  for (const dir of created) rmSync(dir, { recursive: true, force: true });
});

/** A new empty temporary folder. */
export function tempDir(prefix = 'klacht-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  created.push(dir);
  return dir;
}

/**
 * A temporary register with the given files (path relative to the register -> content). One with
 * complaints but no klachtenregister.yml gets an empty one (every setting its default), as a
 * register without it is refused; `withoutConfig` leaves it out.
 */
export function makeRegister(files: Record<string, string | Uint8Array>, options: { withoutConfig?: boolean } = {}): string {
  const root = tempDir('klacht-register-');
  // The folders that hold a complaints/ folder: each is a register.
  const registers = new Set(Object.keys(files).flatMap((path) => {
    const match = /^((?:[^/]+\/)*?)complaints\//.exec(path);
    return match ? [match[1] ?? ''] : [];
  }));
  const configs = options.withoutConfig === true ? {} : Object.fromEntries([...registers].map((folder) => [`${folder}klachtenregister.yml`, '']));
  for (const [path, content] of Object.entries({ ...configs, ...files })) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}
