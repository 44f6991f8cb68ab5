// Loads the engine's data files from the extension's own package, one fetch each: the Japanese dictionary
// (dict/ipadic-v*.nwd, built from kuromoji's IPADIC at build time, see src/engine/compact-dictionary.ts), which
// the tokenizer reads through zero-copy typed-array views (nothing to gunzip, trim or compact here), and
// wink-nlp's English model (dict/wink-eng-lite-web.nwm, src/engine/analysis/en-model-file.ts).
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
    const buffer = (await intoOneBuffer(response, name)) ?? (await response.arrayBuffer());
    if (buffer.byteLength === 0) throw new Error(`${name}: empty file`);
    return buffer;
  };
}

/**
 * The body read chunk by chunk into one buffer of the announced length. `arrayBuffer()` gathers the body in
 * the browser's own buffers and copies them into the result at the end: for the 30.7 MB dictionary, twice its
 * size in the extension process at the moment it is ready. Null (the caller uses arrayBuffer()) when the
 * length is not announced or the body cannot be read as a stream; an error if the body is not that length.
 */
async function intoOneBuffer(response: Response, name: string): Promise<ArrayBuffer | null> {
  const length = Number(response.headers.get('content-length') ?? NaN);
  // An encoded body's length is not the bytes': the browser decodes it whole.
  if (!Number.isSafeInteger(length) || length <= 0 || !response.body || response.headers.has('content-encoding')) return null;
  const out = new Uint8Array(length);
  const reader = response.body.getReader();
  let at = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    if (at + chunk.value.byteLength > length) throw new Error(`${name}: longer than its content-length ${length}`);
    out.set(chunk.value, at);
    at += chunk.value.byteLength;
  }
  if (at !== length) throw new Error(`${name}: ${at} bytes of its content-length ${length}`);
  return out.buffer;
}

/**
 * wink-nlp's English model, read with `read` (one fetch of the packaged file); its sections are decoded and
 * checked only when the returned function is called (EngineHost: when the English parser is built). Parsed at
 * once, the model took the engine worker's thread on the way to the Japanese analyzer's readiness, and the
 * parsed objects sat on the heap through the dictionary's load; until then only the file's bytes are held.
 */
export function englishModelReader(read: ReadPackagedFile): () => Promise<() => EnglishModelData> {
  return async () => {
    const bytes = await read(ENGLISH_MODEL_FILE);
    return () => parseEnglishModel(bytes);
  };
}
