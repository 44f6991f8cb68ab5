// Loads the engine's data files from the extension's own package, one fetch each: the Japanese dictionary
// (dict/ipadic-v*.nwd, built from kuromoji's IPADIC at build time, see src/engine/compact-dictionary.ts), which
// the tokenizer reads through zero-copy typed-array views (nothing to gunzip, trim or compact here), and
// wink-nlp's English model (dict/wink-eng-lite-web.nwm, src/engine/analysis/en-model-file.ts).
import { ENGLISH_MODEL_FILE, parseEnglishModel, type EnglishModelData } from '../engine/analysis/en-model-file';
import { COMPACT_DICTIONARY_FILE, COMPACT_DICTIONARY_HEAD, compactDictionaryLength } from '../engine/compact-dictionary';
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

/** A file whose first `head` bytes tell its whole length (null: they do not, the file is not of that format). */
interface SizedByHead {
  head: number;
  length(head: Uint8Array): number | null;
}

/** The files whose own header says how long they are. */
const SIZED_BY_HEAD: Partial<Record<PackagedFile, SizedByHead>> = {
  [COMPACT_DICTIONARY_FILE]: { head: COMPACT_DICTIONARY_HEAD, length: compactDictionaryLength },
};

/**
 * The body read into one buffer of its length, as announced (content-length) or, when the response announces
 * none, as the file's own header says. `arrayBuffer()` gathers the body in the browser's buffers and copies them
 * into the result at the end: for the 18.8 MB dictionary, twice its size in the extension process on the way to
 * ready (Chromium announces no length for a packaged file: round 32's load peak of 213–218 MB). Where the body is
 * a byte stream the chunks are read straight into that buffer, with no chunk of the browser's between. Null (the
 * caller uses arrayBuffer()) when no length is known or the body cannot be read as a stream; an error if the
 * body is not that length.
 */
async function intoOneBuffer(response: Response, name: PackagedFile): Promise<ArrayBuffer | null> {
  const announced = Number(response.headers.get('content-length') ?? NaN);
  // An encoded body's length is not the bytes': the browser decodes it whole.
  const known = Number.isSafeInteger(announced) && announced > 0 && !response.headers.has('content-encoding') ? announced : null;
  const sized = SIZED_BY_HEAD[name];
  if (!response.body || (known === null && !sized)) return null;
  const body = bodyFiller(response.body);
  let buffer: ArrayBuffer;
  let at = 0;
  let length: number;
  let said: string;
  if (known !== null || !sized) {
    length = known!;
    said = 'content-length';
    buffer = new ArrayBuffer(length);
  } else {
    ({ buffer, end: at } = await body.fill(new ArrayBuffer(sized.head), 0, sized.head));
    const head = new Uint8Array(buffer, 0, at);
    const whole = at === sized.head ? sized.length(head) : null;
    // Shorter than a header, or not this format's header: those bytes are enough for the reader to say what is
    // wrong (bad magic, another version, a truncated file), without the rest of the body.
    if (whole === null) {
      await body.cancel();
      return head.slice().buffer;
    }
    length = whole;
    said = 'header';
    const out = new Uint8Array(length);
    out.set(head);
    buffer = out.buffer;
  }
  ({ buffer, end: at } = await body.fill(buffer, at, length));
  if (at !== length) throw new Error(`${name}: ${at} bytes of the ${length} its ${said} says`);
  if (!(await body.ended())) throw new Error(`${name}: longer than the ${length} bytes its ${said} says`);
  return buffer;
}

/** Reads a body into a buffer of ours, chunk by chunk. */
interface BodyFiller {
  /**
   * Writes the body's next bytes into `buffer` from `from` up to `to`, or until the body ends. Returns the
   * buffer to use from then on (a byte stream's read moves the caller's buffer into a new ArrayBuffer object,
   * same memory, no copy) and where the bytes written end.
   */
  fill(buffer: ArrayBuffer, from: number, to: number): Promise<{ buffer: ArrayBuffer; end: number }>;
  /** True when the body has no byte left. */
  ended(): Promise<boolean>;
  /** Lets go of the rest of the body. */
  cancel(): Promise<void>;
}

/** A byte stream's reader (the browser writes into our buffer) where the body is one; else its chunks, copied. */
function bodyFiller(body: ReadableStream<Uint8Array>): BodyFiller {
  let byob: ReadableStreamBYOBReader | null = null;
  try {
    byob = body.getReader({ mode: 'byob' });
  } catch {
    byob = null; // Not a byte stream: read its chunks.
  }
  if (byob) {
    const reader = byob;
    return {
      async fill(buffer, from, to) {
        while (from < to) {
          const { value, done } = await reader.read(new Uint8Array(buffer, from, to - from));
          if (!value) throw new Error('the body was cancelled');
          buffer = value.buffer as ArrayBuffer;
          if (done) break;
          from += value.byteLength;
        }
        return { buffer, end: from };
      },
      async ended() {
        return (await reader.read(new Uint8Array(1))).done;
      },
      cancel: () => reader.cancel(),
    };
  }
  const reader = body.getReader();
  /** The rest of the last chunk read, when a fill took only part of it. */
  let rest: Uint8Array | null = null;
  const next = async (): Promise<Uint8Array | null> => {
    while (!rest || rest.byteLength === 0) {
      const chunk = await reader.read();
      if (chunk.done) return null;
      rest = chunk.value;
    }
    return rest;
  };
  return {
    async fill(buffer, from, to) {
      const out = new Uint8Array(buffer);
      while (from < to) {
        const chunk = await next();
        if (!chunk) break;
        const n = Math.min(chunk.byteLength, to - from);
        out.set(n === chunk.byteLength ? chunk : chunk.subarray(0, n), from);
        rest = chunk.subarray(n);
        from += n;
      }
      return { buffer, end: from };
    },
    async ended() {
      return (await next()) === null;
    },
    cancel: () => reader.cancel(),
  };
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
