// Loads kuromoji's dictionary from the extension's own package (dict/*.dat.gz, copied there at build time).
// kuromoji's browser loader uses XMLHttpRequest and its npm entry needs Node's `path`; neither exists in an
// offscreen document or a service worker, so the files are fetched and gunzipped here (see docs/architecture.md).
import { usedLength } from '../engine/kuromoji-compact';
import type { DictionaryFile, ReadDictionaryFile } from '../engine/tokenizer';

/**
 * The files buildTokenizer trims (kuromoji wrote them with their buffers' spare capacity: tid_pos.dat is 40 MiB
 * for 36 MiB of data, unk.dat 10 MiB for 400 bytes). Shrinking them here, in place where the browser can
 * (ArrayBuffer.prototype.transfer), spares buildTokenizer a second copy of each at the load's peak.
 */
const PADDED: ReadonlySet<DictionaryFile> = new Set([
  'tid.dat.gz', 'tid_pos.dat.gz', 'unk.dat.gz', 'unk_pos.dat.gz', 'unk_map.dat.gz', 'unk_invoke.dat.gz',
]);

type Shrinkable = ArrayBuffer & { transfer?(length: number): ArrayBuffer };

function shrinkPadding(name: DictionaryFile, buffer: ArrayBuffer): ArrayBuffer {
  const shrinkable = buffer as Shrinkable;
  if (!PADDED.has(name) || typeof shrinkable.transfer !== 'function') return buffer;
  const keep = usedLength(new Uint8Array(buffer));
  return keep < buffer.byteLength - 4096 ? shrinkable.transfer(keep) : buffer;
}

/** Where the build puts the dictionary inside the extension. */
export const DICTIONARY_DIR = 'dict';

/** gzip's magic bytes: chrome-extension:// serves the files raw; a server that decoded them already would not. */
function isGzip(bytes: Uint8Array): boolean {
  return bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** gzip's trailer holds the unpacked size (mod 2^32; every dictionary file is far below 4 GiB). */
function unpackedSize(gz: Uint8Array): number {
  return new DataView(gz.buffer, gz.byteOffset + gz.byteLength - 4, 4).getUint32(0, true);
}

/**
 * Decompresses straight into one buffer of the final size: Response.arrayBuffer() would hold every chunk
 * and then a concatenated copy, doubling the peak, and memory freed after the peak stays resident.
 */
async function gunzip(gz: Uint8Array): Promise<ArrayBuffer> {
  const reader = new Blob([gz as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip')).getReader();
  let out = new Uint8Array(unpackedSize(gz));
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (length + value.length > out.length) {
      // A trailer that lies (or a file over 4 GiB): grow rather than fail.
      const bigger = new Uint8Array(Math.max(out.length * 2, length + value.length));
      bigger.set(out.subarray(0, length));
      out = bigger;
    }
    out.set(value, length);
    length += value.length;
  }
  return length === out.length ? out.buffer : out.buffer.slice(0, length);
}

/**
 * A reader for `buildTokenizer` that fetches each file from the extension.
 * `urlOf` is `browser.runtime.getURL` in the extension; tests pass their own.
 */
export function extensionDictionaryReader(
  urlOf: (path: string) => string,
  fetchFile: typeof fetch = fetch,
): ReadDictionaryFile {
  // buildTokenizer asks for one file at a time and trims kuromoji's spare buffer capacity itself.
  return async (name: DictionaryFile): Promise<ArrayBuffer> => {
    const response = await fetchFile(urlOf(`/${DICTIONARY_DIR}/${name}`));
    if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.length === 0) throw new Error(`${name}: empty file`);
    return shrinkPadding(name, isGzip(bytes) ? await gunzip(bytes) : (bytes.buffer as ArrayBuffer));
  };
}
