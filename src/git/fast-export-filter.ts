/**
 * A filter between `git fast-export` and `git fast-import`: it replaces the data of chosen blobs
 * (found by their `original-oid`), moves refs fast-import cannot write (HEAD, stash@{1}) to one
 * scratch ref, rewrites the paths of notes (named by the commit they annotate) to the new commit
 * ids, and remembers which mark stands for which original blob, commit or tag. The stream is read as
 * fast-export writes it: commands are lines, but `data <n>` is followed by exactly n bytes of any
 * content (a commit message without a final newline, a binary blob), which pass through untouched
 * and are never held whole.
 */
import { Transform, type TransformCallback } from 'node:stream';

/** Where a commit for a ref that is not under refs/ (detached HEAD, an older stash) is written. */
export const SCRATCH_REF = 'refs/klacht-purge/extra';

export interface FilterOptions {
  /** Old blob id -> its new content. */
  readonly blobs: ReadonlyMap<string, Buffer>;
  /** Old commit id -> new commit id, for the paths of notes; only used on refs/notes/. */
  readonly commits?: ReadonlyMap<string, string>;
}

const NEWLINE = 0x0a;
const HEX_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

export class FastExportFilter extends Transform {
  /** Mark (":12") -> original id, for every blob, commit and annotated tag in the stream. */
  readonly originals = new Map<string, string>();
  /** How many blobs were given new data. */
  replaced = 0;
  private pending: Buffer = Buffer.alloc(0);
  /** Bytes of data still to pass through (or drop, when `dropping`). */
  private remaining = 0;
  private dropping = false;
  private command: 'blob' | 'commit' | 'tag' | 'other' = 'other';
  private onNotesRef = false;
  private mark = '';
  private original = '';

  constructor(private readonly options: FilterOptions) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    try {
      this.consume(chunk);
      callback();
    } catch (error) {
      callback(error instanceof Error ? error : new Error(String(error)));
    }
  }

  override _flush(callback: TransformCallback): void {
    // A stream cut off inside a command or its data must not look complete to fast-import.
    callback(this.remaining > 0 || this.pending.length > 0 ? new Error('fast-export stream ended inside a command') : null);
  }

  private consume(chunk: Buffer): void {
    let at = 0;
    while (at < chunk.length) {
      if (this.remaining > 0) {
        const take = Math.min(this.remaining, chunk.length - at);
        if (!this.dropping) this.push(chunk.subarray(at, at + take));
        this.remaining -= take;
        at += take;
        continue;
      }
      const end = chunk.indexOf(NEWLINE, at);
      if (end < 0) {
        this.pending = Buffer.concat([this.pending, chunk.subarray(at)]);
        return;
      }
      // latin1 maps every byte to one character and back: an author line in an old encoding, or a
      // path in bytes that are not UTF-8, passes through unchanged (UTF-8 would turn it into U+FFFD).
      const line = Buffer.concat([this.pending, chunk.subarray(at, end)]).toString('latin1');
      this.pending = Buffer.alloc(0);
      at = end + 1;
      const out = this.line(line);
      if (out !== null) this.push(Buffer.from(`${out}\n`, 'latin1'));
    }
  }

  /** One command line in, the line to write out (null: already written). */
  private line(line: string): string | null {
    const space = line.indexOf(' ');
    const word = space < 0 ? line : line.slice(0, space);
    const rest = space < 0 ? '' : line.slice(space + 1);
    switch (word) {
      case 'blob':
      case 'commit':
      case 'tag':
      case 'reset':
        this.command = word === 'reset' ? 'other' : word;
        this.mark = '';
        this.original = '';
        if (word === 'commit' || word === 'reset') {
          this.onNotesRef = rest.startsWith('refs/notes/');
          if (!rest.startsWith('refs/')) return `${word} ${SCRATCH_REF}`;
        }
        return line;
      case 'mark':
        this.mark = rest;
        return line;
      case 'original-oid':
        this.original = rest;
        if (this.mark && this.command !== 'other') this.originals.set(this.mark, rest);
        return line;
      case 'data':
        return this.data(rest);
      case 'M':
      case 'D':
        return this.command === 'commit' && this.onNotesRef ? this.notePath(word, rest) : line;
      default:
        return line;
    }
  }

  private data(rest: string): string | null {
    if (!/^\d+$/.test(rest)) throw new Error('fast-export wrote data in a form this filter does not read');
    this.remaining = Number(rest);
    this.dropping = false;
    const replacement = this.command === 'blob' ? this.options.blobs.get(this.original) : undefined;
    if (replacement === undefined) return `data ${rest}`;
    this.dropping = true;
    this.replaced++;
    // The old data is skipped (dropping); the new data follows its own header right away.
    this.push(`data ${replacement.length}\n`);
    this.push(replacement);
    return null;
  }

  /** `M <mode> <dataref> <path>` or `D <path>` in a notes commit: the path names an annotated object. */
  private notePath(word: string, rest: string): string {
    const parts = word === 'M' ? rest.split(' ') : [rest];
    const path = parts[parts.length - 1] ?? '';
    const old = path.replace(/\//g, '');
    const replacement = HEX_ID.test(old) ? this.options.commits?.get(old) : undefined;
    if (replacement === undefined) return `${word} ${rest}`;
    // Keep the fan-out (ab/cdef...) the notes tree had.
    let at = 0;
    const renamed = path.split('/').map((piece) => replacement.slice(at, (at += piece.length))).join('/');
    return `${word} ${[...parts.slice(0, -1), renamed].join(' ')}`;
  }
}
