/**
 * Reading a register file no further than the size limit: a larger file is refused by
 * decodeText (decode.ts) without its rest ever being read, let alone parsed. Every file klacht
 * reads from the register goes through here: the complaints, klachtenregister.yml, CODEOWNERS,
 * the workflows (the forms among them), the yearly analyses.
 */
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { finding, type Finding } from '../core/complaint/finding.js';
import { decodeText, MAX_FILE_BYTES } from './decode.js';

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

/**
 * The bytes of each complaint's file (by id) as they are now, read bounded: what signature evidence
 * is verified against, and what a printed form shows.
 */
export function complaintFilesAsTheyAre(root: string, complaints: readonly { readonly id: string; readonly file: string }[]): Map<string, Buffer> {
  return new Map(complaints.map(({ id, file }) => [id, readBounded(join(root, file))] as const));
}

export type TextFile = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly finding: Finding };

/**
 * The text of the register file `file` (relative to `root`, with `/`), read bounded and decoded;
 * or the finding that says why it was not read (too large, binary, not UTF-8). `kind` names the
 * file for the person (`Een workflow`), `remedy` says what to do with one too large. A file that
 * is not there throws, as readFileSync does.
 */
export function readTextFile(root: string, file: string, kind: string, remedy = 'maak het weer zoals klacht init het schreef'): TextFile {
  const decoded = decodeText(readBounded(join(root, file)));
  if (decoded.ok) return { ok: true, text: decoded.text };
  const message = {
    'file-too-large': `Het bestand is groter dan ${MAX_FILE_BYTES / 1024 / 1024} MB en is niet gelezen, zodat één bestand de controle niet kan ophouden. ${kind} is een kort tekstbestand: ${remedy}.`,
    'file-binary': `Dit is geen tekstbestand (het bevat binaire gegevens). ${kind} is een tekstbestand.`,
    'file-encoding': 'Het bestand is niet in UTF-8 opgeslagen. Sla het op als UTF-8 (in de meeste editors: Opslaan als, codering UTF-8).',
  }[decoded.rule];
  return { ok: false, finding: finding(file, decoded.position, 'error', decoded.rule, null, message) };
}
