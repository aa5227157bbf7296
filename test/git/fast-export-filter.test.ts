/** The filter between fast-export and fast-import, on streams written by hand, fed whole and byte by byte. */
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { FastExportFilter, SCRATCH_REF, type FilterOptions } from '../../src/git/fast-export-filter.js';

const OLD = 'a'.repeat(40);
const OTHER = 'b'.repeat(40);
const COMMIT = 'c'.repeat(40);
const NEW_COMMIT = '0123456789'.repeat(4);

async function filter(input: Buffer, options: FilterOptions, chunk = input.length): Promise<{ output: Buffer; filter: FastExportFilter }> {
  const pieces: Buffer[] = [];
  for (let at = 0; at < input.length; at += chunk) pieces.push(input.subarray(at, at + chunk));
  const transform = new FastExportFilter(options);
  const out: Buffer[] = [];
  for await (const part of Readable.from(pieces).pipe(transform)) out.push(Buffer.from(part as Buffer));
  return { output: Buffer.concat(out), filter: transform };
}

// Binary data that looks like commands, a message without a final newline, a detached HEAD.
const binary = Buffer.from([0x00, 0xff, 0x0a, ...Buffer.from('data 3\nblob\n'), 0x0a]);
const stream = Buffer.concat([
  Buffer.from(`feature done\nblob\nmark :1\noriginal-oid ${OLD}\ndata 13\nKanariegeheim\nblob\nmark :2\noriginal-oid ${OTHER}\ndata ${binary.length}\n`),
  binary,
  Buffer.from(`\ncommit refs/heads/main\nmark :3\noriginal-oid ${COMMIT}\nauthor A <a@b> 1 +0000\ncommitter A <a@b> 1 +0000\ndata 5\nnoLF!from :9\nM 100644 :1 complaints/x.md\n\n`),
  Buffer.from('reset HEAD\nfrom :3\n\ntag v1\nmark :4\nfrom :3\noriginal-oid ' + 'e'.repeat(40) + '\ntagger A <a@b> 1 +0000\ndata 0\n\n'),
  Buffer.from(`commit refs/notes/commits\nmark :5\noriginal-oid ${'f'.repeat(40)}\ncommitter A <a@b> 1 +0000\ndata 0\nM 100644 :2 ${COMMIT.slice(0, 2)}/${COMMIT.slice(2)}\nD ${OTHER}\n\ndone\n`),
]);

describe('FastExportFilter', () => {
  for (const chunk of [stream.length, 1, 7]) {
    it(`replaces exactly the chosen blob and passes everything else through, byte for byte (chunks of ${chunk})`, async () => {
      const options = { blobs: new Map([[OLD, Buffer.from('[geanonimiseerd]\n')]]), commits: new Map([[COMMIT, NEW_COMMIT]]) };
      const { output, filter: f } = await filter(stream, options, chunk);
      const expected = Buffer.from(stream.toString('latin1')
        .replace('data 13\nKanariegeheim\n', 'data 17\n[geanonimiseerd]\n\n')
        .replace('reset HEAD\n', `reset ${SCRATCH_REF}\n`)
        .replace(`M 100644 :2 cc/${'c'.repeat(38)}`, `M 100644 :2 ${NEW_COMMIT.slice(0, 2)}/${NEW_COMMIT.slice(2)}`), 'latin1');
      expect(output.equals(expected)).toBe(true);
      expect(f.replaced).toBe(1);
      // Blobs too: a replacement (refs/replace/<id>) may be named after one.
      expect([...f.originals]).toEqual([[':1', OLD], [':2', OTHER], [':3', COMMIT], [':4', 'e'.repeat(40)], [':5', 'f'.repeat(40)]]);
    });
  }

  it('passes command lines that are not UTF-8 (an old Latin-1 author, a path in other bytes) through unchanged', async () => {
    const input = Buffer.concat([
      Buffer.from('commit refs/heads/main\nmark :1\nauthor '), Buffer.from([0x4a, 0xf6, 0x72, 0x67]), Buffer.from(' <j@b> 1 +0000\n'),
      Buffer.from('committer A <a@b> 1 +0000\ndata 0\nM 100644 :2 complaints/'), Buffer.from([0xe9, 0xff]), Buffer.from('.md\n\ndone\n'),
    ]);
    for (const chunk of [input.length, 1]) {
      const { output } = await filter(input, { blobs: new Map() }, chunk);
      expect(output.equals(input)).toBe(true);
    }
  });

  it('rewrites no note path outside refs/notes/', async () => {
    const input = Buffer.from(`commit refs/heads/main\nmark :1\ndata 0\nM 100644 :2 ${COMMIT}\n\ndone\n`);
    const { output } = await filter(input, { blobs: new Map(), commits: new Map([[COMMIT, NEW_COMMIT]]) });
    expect(output.toString()).toBe(input.toString());
  });

  it('fails on a stream cut off inside data, so that fast-import never sees a complete history', async () => {
    await expect(filter(Buffer.from('blob\nmark :1\ndata 10\nKanarie'), { blobs: new Map() })).rejects.toThrow('ended inside a command');
    await expect(filter(Buffer.from('blob\nmark :1\ndata <<EOF\n'), { blobs: new Map() })).rejects.toThrow('does not read');
  });
});
