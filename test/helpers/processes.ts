/** The real program as a process of its own, started without waiting for it: for tests that run several at once or kill one. */
import { spawn, type ChildProcess } from 'node:child_process';
import { binPath, PROJECT_ROOT } from './cli.js';

export interface Finished {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Starts the built program (binPath) with `argv`; `env` on top of PATH and HOME. */
export function startBin(argv: readonly string[], env: Readonly<Record<string, string>> = {}, cwd = PROJECT_ROOT): { child: ChildProcess; done: Promise<Finished> } {
  const child = spawn(process.execPath, [binPath(), ...argv], {
    cwd, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => { stdout += chunk.toString('utf8'); });
  child.stderr?.on('data', (chunk: Buffer) => { stderr += chunk.toString('utf8'); });
  const done = new Promise<Finished>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, done };
}

/** Runs the built program and waits for it to end, however it ends. */
export function spawnBin(argv: readonly string[], env: Readonly<Record<string, string>> = {}, cwd = PROJECT_ROOT): Promise<Finished> {
  return startBin(argv, env, cwd).done;
}

/**
 * A process id that no process can have: above 2^22, the largest pid_max Linux allows. (The id of a
 * process that just ended is not safe: on a busy machine with a small pid_max it is soon used again.)
 */
export const GONE_PID = 4_194_305;
