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
    const buffer = (await intoOneBuffer(response, name)) ?? (await response.arrayBuffer());
    if (buffer.byteLength === 0) throw new Error(`${name}: empty file`);
    return buffer;
  };
}

/**
 * The body read into one buffer of the announced length. `arrayBuffer()` gathers the body in the browser's own
 * buffers and copies them into the result at the end: for the dictionary, twice its size in the extension
 * process at the moment it is ready. Where the body is a byte stream (Chromium, Firefox), a BYOB reader fills
 * that buffer in place; otherwise chunk by chunk — but every chunk of a default reader is an ArrayBuffer of its
 * own that only a garbage collection frees, and none may come for seconds once the worker is idle: the 22.6 MB
 * dictionary and the 3.6 MB English model then stayed resident twice after ready (round 25). Null (the caller
 * uses arrayBuffer()) when the length is not announced or the body cannot be read as a stream; an error if the
 * body is not that length.
 */
async function intoOneBuffer(response: Response, name: string): Promise<ArrayBuffer | null> {
  const length = Number(response.headers.get('content-length') ?? NaN);
  // An encoded body's length is not the bytes': the browser decodes it whole.
  if (!Number.isSafeInteger(length) || length <= 0 || !response.body || response.headers.has('content-encoding')) return null;
  const byob = byobReader(response.body);
  if (byob) return readInPlace(byob, length, name);
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

/** A BYOB reader of `body`, or null where the body is no byte stream (older browsers): the caller reads chunks. */
function byobReader(body: ReadableStream<Uint8Array>): ReadableStreamBYOBReader | null {
  try {
    return body.getReader({ mode: 'byob' });
  } catch {
    return null;
  }
}

/**
 * Reads `length` bytes into one buffer, in place: each read hands the buffer to the stream and back (a transfer,
 * no copy). Then one byte more is asked for, which must be the end.
 */
async function readInPlace(reader: ReadableStreamBYOBReader, length: number, name: string): Promise<ArrayBuffer> {
  let buffer = new ArrayBuffer(length);
  let at = 0;
  while (at < length) {
    const { value, done } = await reader.read(new Uint8Array(buffer, at, length - at));
    if (value) buffer = value.buffer as ArrayBuffer;
    if (done || !value) break;
    at += value.byteLength;
  }
  if (at !== length) throw new Error(`${name}: ${at} bytes of its content-length ${length}`);
  const more = await reader.read(new Uint8Array(1));
  if (!more.done) throw new Error(`${name}: longer than its content-length ${length}`);
  return buffer;
}

/** wink-nlp's English model, read with `read` (one fetch of the packaged file) and checked. */
export function englishModelReader(read: ReadPackagedFile): () => Promise<EnglishModelData> {
  return async () => parseEnglishModel(new TextDecoder().decode(await read(ENGLISH_MODEL_FILE)));
}
