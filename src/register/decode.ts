/** Bytes to text: size, binary content and UTF-8 checked, a byte-order mark dropped. */
import type { Position } from '../core/complaint/finding.js';

/** Complaint files are short texts; anything larger is refused unread. */
export const MAX_FILE_BYTES = 1024 * 1024;

export type Decoded =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly rule: 'file-too-large' | 'file-binary' | 'file-encoding'; readonly position: Position; readonly message: string };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Decodes a file's bytes as UTF-8 (BOM dropped); refuses large, binary and badly encoded files. */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length > MAX_FILE_BYTES) {
    return { ok: false, rule: 'file-too-large', position: { line: 1, column: 1 }, message: `Het bestand is groter dan ${MAX_FILE_BYTES / 1024 / 1024} MB en is niet gelezen. Een klachtbestand is tekst; zet grote bijlagen in bijlagen/ en verwijs ernaar.` };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return { ok: false, rule: 'file-binary', position: positionOfByte(bytes, nul), message: 'Dit is geen tekstbestand (het bevat binaire gegevens). Een klachtbestand is Markdown-tekst.' };
  }
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    return { ok: false, rule: 'file-encoding', position: positionOfByte(bytes, firstInvalidUtf8(bytes)), message: 'Het bestand is niet in UTF-8 opgeslagen. Sla het op als UTF-8 (in de meeste editors: Opslaan als, codering UTF-8).' };
  }
}

/** Line and column (in characters) of a byte offset. */
function positionOfByte(bytes: Uint8Array, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) { line++; lineStart = i + 1; }
  }
  // Count characters, not bytes: continuation bytes (10xxxxxx) do not start a character.
  let column = 1;
  for (let i = lineStart; i < offset; i++) if (((bytes[i] ?? 0) & 0xc0) !== 0x80) column++;
  return { line, column };
}

/** Offset of the first byte that breaks UTF-8. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      if (i + k >= bytes.length || ((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    }
    // Overlong, surrogate and out-of-range sequences are left to the decoder; they are rare.
    if (length > 1 && !validSequence(bytes.subarray(i, i + length))) return i;
    i += length;
  }
  return 0;
}

function validSequence(sequence: Uint8Array): boolean {
  try {
    decoder.decode(sequence);
    return true;
  } catch {
    return false;
  }
}
