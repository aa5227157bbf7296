/** Running `klacht` in-process with captured output, and as a real process through bin/klacht.js. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/io.js';

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Runs the CLI in this process, as a non-terminal, outside GitHub Actions unless env says so. */
export async function runCli(argv: readonly string[], options: Partial<CliIo> = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => { stdout += text; },
    stderr: (text) => { stderr += text; },
    env: {},
    cwd: process.cwd(),
    stdoutIsTty: false,
    stdinIsTty: false,
    now: () => new Date('2026-11-24T10:00:00Z'),
    ...options,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/**
 * The program runBin starts: bin/klacht.js (dist/), or the bundle when KLACHT_TEST_BUNDLE is set:
 * `1` for bundle/klacht.mjs of the project, or the path of a bundle file (test/bundle/bin-tests.test.ts
 * runs the bin-based tests against a copy of the bundle without node_modules that way).
 */
export function binPath(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const bundle = env.KLACHT_TEST_BUNDLE;
  if (!bundle) return `${PROJECT_ROOT}bin/klacht.js`;
  return bundle === '1' ? `${PROJECT_ROOT}bundle/klacht.mjs` : bundle;
}

/** Runs the built program (dist/, or the bundle: binPath) as a real process. */
export function runBin(argv: readonly string[], options: { cwd?: string; env?: Record<string, string>; input?: string } = {}): CliResult {
  const result = spawnSync(process.execPath, [binPath(), ...argv], {
    cwd: options.cwd ?? PROJECT_ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...options.env },
    encoding: 'utf8',
    input: options.input ?? '',
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
