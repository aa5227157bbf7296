/**
 * The one error type for a failure the user can act on. Its message is a Dutch sentence that is
 * safe to show: it names files, ids, refs or settings, never a complainant's data. Adapters (files,
 * git, Chromium, GitHub) throw it; the command line shows the message and exits with code 2.
 */
export class RunError extends Error {
  override readonly name = 'RunError';
  /**
   * A program's own words about the failure (git's, Chromium's: often English, never a
   * complainant's data), kept out of the message and shown only when a maintainer asks (KLACHT_DEBUG=1).
   */
  readonly detail: string | undefined;

  constructor(message: string, options: { readonly detail?: string } = {}) {
    super(message);
    this.detail = options.detail;
  }
}

/**
 * A file that could not be written. Nothing was changed: the old file (or none) is still in place
 * and the temporary file is gone. `code` is the system's error code (EEXIST: it was already there).
 */
export class FileWriteError extends RunError {
  constructor(message: string, readonly code: string | undefined, readonly path: string) {
    super(message);
  }
}
