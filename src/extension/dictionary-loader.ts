// Loads the Japanese dictionary from the extension's own package: one file (dict/ipadic-v*.nwd, built from
// kuromoji's IPADIC at build time, see src/engine/compact-dictionary.ts), one fetch, and the tokenizer reads
// it through zero-copy typed-array views. Nothing to gunzip, trim or compact here.
import type { DictionaryFile, ReadDictionaryFile } from '../engine/tokenizer';

/** Where the build puts the dictionary inside the extension. */
export const DICTIONARY_DIR = 'dict';

/**
 * A reader for `buildTokenizer` that fetches the file from the extension.
 * `urlOf` is `browser.runtime.getURL` in the extension; tests pass their own.
 */
export function extensionDictionaryReader(
  urlOf: (path: string) => string,
  fetchFile: typeof fetch = fetch,
): ReadDictionaryFile {
  return async (name: DictionaryFile): Promise<ArrayBuffer> => {
    const response = await fetchFile(urlOf(`/${DICTIONARY_DIR}/${name}`));
    if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
    const buffer = await response.arrayBuffer();
    if (buffer.byteLength === 0) throw new Error(`${name}: empty file`);
    return buffer;
  };
}
