// Loads the engine's data files from the extension's own package, one fetch each: the Japanese dictionary
// (dict/ipadic-v*.nwd, built from kuromoji's IPADIC at build time, see src/engine/compact-dictionary.ts), which
// the tokenizer reads through zero-copy typed-array views (nothing to gunzip, trim or compact here), and
// wink-nlp's English model (dict/wink-eng-lite-web.json, src/engine/analysis/en-model.ts).
import { ENGLISH_MODEL_FILE, parseEnglishModel, type EnglishModelData } from '../engine/analysis/en-model-file';
import type { DictionaryFile } from '../engine/tokenizer';

/** The files the build packages under DICTIONARY_DIR. */
export type PackagedFile = DictionaryFile | typeof ENGLISH_MODEL_FILE;
export type ReadPackagedFile = (name: PackagedFile) => Promise<ArrayBuffer>;

/** Where the build puts the data files inside the extension. */
export const DICTIONARY_DIR = 'dict';

/**
 * A reader for `buildTokenizer` (and englishModelReader) that fetches the file from the extension.
 * `urlOf` is `browser.runtime.getURL` in the extension; tests pass their own.
 */
export function extensionDictionaryReader(
  urlOf: (path: string) => string,
  fetchFile: typeof fetch = fetch,
): ReadPackagedFile {
  return async (name: PackagedFile): Promise<ArrayBuffer> => {
    const response = await fetchFile(urlOf(`/${DICTIONARY_DIR}/${name}`));
    if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
    const buffer = await response.arrayBuffer();
    if (buffer.byteLength === 0) throw new Error(`${name}: empty file`);
    return buffer;
  };
}

/** wink-nlp's English model, read with `read` (one fetch of the packaged file) and checked. */
export function englishModelReader(read: ReadPackagedFile): () => Promise<EnglishModelData> {
  return async () => parseEnglishModel(new TextDecoder().decode(await read(ENGLISH_MODEL_FILE)));
}
