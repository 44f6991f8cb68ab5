// The dictionary read into one buffer whose size its own header gives, when the response announces no length
// (Chromium's fetch of a packaged file): never through arrayBuffer(), which holds the body twice on the way to
// ready. Byte streams (the browser writes into our buffer) and plain chunk streams, chunks of every size.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMPACT_DICTIONARY_FILE, COMPACT_DICTIONARY_HEAD, compactDictionaryLength, readCompactDictionary } from '../../../src/engine/compact-dictionary';
import { ensureCompactDictionary } from '../../../src/engine/node-dictionary-file';
import { extensionDictionaryReader } from '../../../src/extension/dictionary-loader';

const FILE = new Uint8Array(readFileSync(ensureCompactDictionary()));

/** A response streaming `bytes` in chunks of the given sizes (cycled), with no content-length, whose arrayBuffer() throws. */
function streamed(bytes: Uint8Array, sizes: number[], kind: 'bytes' | 'default', headers: Record<string, string> = {}) {
  let at = 0;
  let i = 0;
  const chunk = () => {
    const n = Math.min(sizes[i++ % sizes.length]!, bytes.length - at);
    const out = bytes.slice(at, at + n);
    at += n;
    return out;
  };
  const stream =
    kind === 'bytes'
      ? new ReadableStream({
          type: 'bytes',
          pull(controller) {
            if (at < bytes.length) return controller.enqueue(chunk());
            controller.close();
            // A byte stream closed under a pending read into the reader's buffer hands that buffer back empty.
            controller.byobRequest?.respond(0);
          },
        })
      : new ReadableStream<Uint8Array>({
          pull(controller) {
            if (at >= bytes.length) return controller.close();
            controller.enqueue(chunk());
          },
        });
  const response = new Response(stream as ReadableStream<Uint8Array>, { headers });
  Object.defineProperty(response, 'arrayBuffer', { value: () => Promise.reject(new Error('arrayBuffer() called')) });
  return response;
}

const readerOf = (response: Response) => extensionDictionaryReader((p) => p, (async () => response) as unknown as typeof fetch);
const read = (response: Response) => readerOf(response)(COMPACT_DICTIONARY_FILE);

describe('the dictionary read into one buffer sized by its header', () => {
  it('knows the file length from its head alone', () => {
    expect(COMPACT_DICTIONARY_HEAD).toBeLessThan(1024);
    expect(compactDictionaryLength(FILE.subarray(0, COMPACT_DICTIONARY_HEAD))).toBe(FILE.byteLength);
    expect(compactDictionaryLength(FILE.subarray(0, COMPACT_DICTIONARY_HEAD - 1))).toBeNull();
    const other = FILE.slice(0, COMPACT_DICTIONARY_HEAD);
    other[0] = 0x41;
    expect(compactDictionaryLength(other)).toBeNull();
    const version = FILE.slice(0, COMPACT_DICTIONARY_HEAD);
    new DataView(version.buffer).setUint32(8, 99, true);
    expect(compactDictionaryLength(version)).toBeNull();
  });

  for (const kind of ['bytes', 'default'] as const) {
    for (const sizes of [[65536], [1 << 20, 7], [1, 2, 3, 100, 151, 65536], [FILE.byteLength]]) {
      it(`reads a ${kind} stream of chunks ${sizes.join('/')} into one buffer of the file's length, byte for byte`, async () => {
        const buffer = await read(streamed(FILE, sizes, kind));
        expect(buffer.byteLength).toBe(FILE.byteLength);
        expect(Buffer.from(buffer).equals(Buffer.from(FILE))).toBe(true);
        // Every section a view of that one buffer: nothing copied after it.
        const dict = readCompactDictionary(buffer);
        for (const view of [dict.base, dict.check, dict.records, dict.connectionCosts]) expect(view.buffer).toBe(buffer);
      });
    }
  }

  it('still reads a body of an announced length into one buffer', async () => {
    const buffer = await read(streamed(FILE, [300000], 'bytes', { 'content-length': String(FILE.byteLength) }));
    expect(Buffer.from(buffer).equals(Buffer.from(FILE))).toBe(true);
  });

  for (const kind of ['bytes', 'default'] as const) {
    it(`names a truncated or overlong ${kind} body by what its header says`, async () => {
      await expect(read(streamed(FILE.subarray(0, FILE.byteLength - 8), [1 << 20], kind))).rejects.toThrow(
        new RegExp(`${FILE.byteLength - 8} bytes of the ${FILE.byteLength} its header says`),
      );
      const longer = new Uint8Array(FILE.byteLength + 3);
      longer.set(FILE);
      await expect(read(streamed(longer, [1 << 20], kind))).rejects.toThrow(/longer than the \d+ bytes its header says/);
    });

    it(`hands a ${kind} body that is not this format to the dictionary's reader, which says why`, async () => {
      const bad = FILE.slice(0, 4096);
      bad[0] = 0x41;
      await expect(read(streamed(bad, [100], kind)).then(readCompactDictionary)).rejects.toThrow(/bad magic/);
      const short = FILE.slice(0, 40);
      await expect(read(streamed(short, [7], kind)).then(readCompactDictionary)).rejects.toThrow(/wrong section count/);
      const version = FILE.slice(0, 4096);
      new DataView(version.buffer).setUint32(8, 3, true);
      await expect(read(streamed(version, [4096], kind)).then(readCompactDictionary)).rejects.toThrow(/format 3, expected/);
    });
  }
});
