/** What a command may touch of the outside world; tests pass their own. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** True when stdout is a terminal (colours, tables, progress). */
  readonly stdoutIsTty: boolean;
  /** True when stdin is a terminal (prompts). */
  readonly stdinIsTty: boolean;
  readonly now: () => Date;
  /** Streams for interactive prompts. */
  readonly input?: NodeJS.ReadableStream;
  readonly output?: NodeJS.WritableStream;
  /** Where wrong usage is explained, when not `klacht <opdracht> --help` (the GitHub Action has no terminal). */
  readonly helpReference?: string;
}

/** The real process. */
export function processIo(): CliIo {
  // `klacht termijnen | head`: the reader went away, which is not an error of ours. Stop quietly.
  // Any other failure to write (a full disk behind `> rapport.json`) must not pass for success.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      outputFailed(error);
    });
  }
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
    stdoutIsTty: process.stdout.isTTY === true,
    stdinIsTty: process.stdin.isTTY === true,
    now: () => new Date(),
  };
}

/** The output could not be written: said on stderr where that still works, and exit code 2. */
function outputFailed(error: NodeJS.ErrnoException): never {
  try {
    process.stderr.write(`klacht: de uitvoer kon niet worden weggeschreven (${error.code ?? 'onbekende fout'}); het resultaat is onvolledig.\n`);
  } catch {
    // stderr itself failed: the exit code still says it.
  }
  process.exit(2);
}

/**
 * Ends the process with `code` once what was written has been handed over, instead of when a
 * library's stray timer allows it (puppeteer keeps one per unanswered request to a browser that
 * died). Output that could not be written ends with code 2, never as success.
 */
export function finishProcess(code: number): void {
  process.exitCode = code;
  process.stdout.write('', (error?: Error | null) => {
    const failure = error as NodeJS.ErrnoException | null | undefined;
    if (failure && failure.code !== 'EPIPE') outputFailed(failure);
    process.stderr.write('', () => process.exit(code));
  });
}
