/**
 * Reading a register file no further than the size limit: a larger file is refused by
 * decodeText (decode.ts) without its rest ever being read, let alone parsed.
 */
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { MAX_FILE_BYTES } from './decode.js';

/** The file's bytes, or (for a file over the limit) its first MAX_FILE_BYTES + 1 bytes: enough to refuse it. */
export function readBounded(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    if (fstatSync(fd).size <= MAX_FILE_BYTES) return readFileSync(fd);
    const buffer = Buffer.alloc(MAX_FILE_BYTES + 1);
    let length = 0;
    while (length < buffer.length) {
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}
