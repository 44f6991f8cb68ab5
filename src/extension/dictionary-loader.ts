// Loads kuromoji's dictionary from the extension's own package (dict/*.dat.gz, copied there at build time).
// kuromoji's browser loader uses XMLHttpRequest and its npm entry needs Node's `path`; neither exists in an
// offscreen document or a service worker, so the files are fetched and gunzipped here (see docs/architecture.md).
import type { DictionaryFile, ReadDictionaryFile } from '../engine/tokenizer';

/** Where the build puts the dictionary inside the extension. */
export const DICTIONARY_DIR = 'dict';

/** gzip's magic bytes: chrome-extension:// serves the files raw; a server that decoded them already would not. */
function isGzip(bytes: Uint8Array): boolean {
  return bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

async function gunzip(bytes: Uint8Array): Promise<ArrayBuffer> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream).arrayBuffer();
}

/**
 * A reader for `buildTokenizer` that fetches each file from the extension.
 * `urlOf` is `browser.runtime.getURL` in the extension; tests pass their own.
 */
export function extensionDictionaryReader(
  urlOf: (path: string) => string,
  fetchFile: typeof fetch = fetch,
): ReadDictionaryFile {
  return async (name: DictionaryFile) => {
    const response = await fetchFile(urlOf(`/${DICTIONARY_DIR}/${name}`));
    if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.length === 0) throw new Error(`${name}: empty file`);
    return isGzip(bytes) ? gunzip(bytes) : (bytes.buffer as ArrayBuffer);
  };
}
