/** A command on a real terminal (util-linux `script` gives it a pseudo-terminal), answering its questions. */
import { spawn } from 'node:child_process';

/**
 * Runs `command` (a shell line) on a pseudo-terminal; each answer is typed once its question is on
 * the screen, in order. Returns the exit code and everything the screen showed.
 */
export async function onTerminal(command: string, dialogue: readonly (readonly [question: string, answer: string])[]): Promise<{ code: number | null; screen: string }> {
  const child = spawn('script', ['-qfec', command, '/dev/null'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const waiting = [...dialogue];
  let screen = '';
  child.stdout.on('data', (chunk: Buffer) => {
    screen += chunk.toString();
    const next = waiting[0];
    if (next && screen.includes(next[0])) {
      waiting.shift();
      child.stdin.write(next[1]);
    }
  });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, screen };
}
