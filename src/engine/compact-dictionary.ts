// kuromoji's IPADIC in the layout the tokenizer uses in memory, as one file: a header, then sections that are
// typed arrays, each 8-byte aligned, so loading is one read (or one fetch) and zero-copy views — no gzip to
// inflate, no zero padding, no compaction pass at run time. The file is produced at build time from
// node_modules/kuromoji/dict by compact-dictionary-build.ts (scripts/build-dictionary.mjs, the WXT build hook,
// and on first use in Node); both the extension and the CLI load the same bytes.
//
// Layout (little-endian): "NWIPADIC" magic, u32 format version, u32 section count, then per section u32 byte
// offset and u32 byte length, in the order of SECTIONS.

export const MAGIC = 'NWIPADIC';
/** Bump when the layout or the content of any section changes: stale files are then rebuilt or refused. */
export const FORMAT_VERSION = 5;
/** The file's name in the extension package (under dict/) and in Node's cache. */
export const COMPACT_DICTIONARY_FILE = `ipadic-v${FORMAT_VERSION}.nwd`;

/**
 * Entries per recordIndex value: a record is found by scanning at most RECORD_STEP - 1 records forward from the
 * last indexed one (only for the tokens of the best path). Part of the format: change it, bump FORMAT_VERSION.
 */
export const RECORD_STEP = 16;
/** The bit of a contextId value that marks the last entry of its surface (the value is then negative). */
export const LAST_OF_SURFACE = 0x8000;

type ArrayKind = 'i16' | 'u32' | 'u8';
// What v5 no longer ships, being derivable (the file is the long pole of ready at browser start, v4 22.6 MB):
// rightId (equal to leftId in every IPADIC entry), the surface → entries offsets (each trie leaf holds its surface's
// first entry, contextId's sign bit ends the run) and the per-entry record offsets (a sparse index, RECORD_STEP).
export const SECTIONS = [
  /**
   * Double-array trie over UTF-8 surfaces, cut where its never-used tail begins; each value a signed 24-bit
   * little-endian integer (three bytes: every value is within ±1.4 million), read by kuromoji-compact.ts int24.
   * A leaf's base is -e-1, e the first entry of its surface (kuromoji's: -s-1, s the surface id).
   */
  ['base', 'u8'],
  ['check', 'u8'],
  /**
   * Per entry (index = kuromoji's token-info id / 10, entries numbered in surface order, so a surface's entries
   * are consecutive): the connection id in the low 15 bits (IPADIC's left and right ids are equal, 1–1315),
   * LAST_OF_SURFACE set on the last entry of its surface.
   */
  ['contextId', 'i16'],
  ['wordCost', 'i16'],
  /** Byte offset in records of entry k * RECORD_STEP's record, for every k. */
  ['recordIndex', 'u32'],
  /**
   * Per entry, in entry order: u8 reading length, u8 base length (0 = same as surface), u16 tuple, reading
   * (reading-bytes.ts), base (UTF-8).
   */
  ['records', 'u8'],
  /** JSON: the distinct part-of-speech tuples (pos, pos1, pos2, pos3, cType, cForm). */
  ['tuples', 'u8'],
  /** kuromoji's cc.dat: forward and backward dimensions, then the matrix. */
  ['connectionCosts', 'i16'],
  /** kuromoji's unknown-word files, without their padding (a few KB in all). */
  ['unk', 'u8'],
  ['unkPos', 'u8'],
  ['unkMap', 'u8'],
  ['unkChar', 'u8'],
  ['unkCompat', 'u32'],
  ['unkInvoke', 'u8'],
  /** JSON: where the file came from (kuromoji version, source file sizes). */
  ['meta', 'u8'],
] as const satisfies ReadonlyArray<readonly [string, ArrayKind]>;

type SectionName = (typeof SECTIONS)[number][0];
type KindOf<N extends SectionName> = Extract<(typeof SECTIONS)[number], readonly [N, ArrayKind]>[1];
type ArrayOf<K extends ArrayKind> = K extends 'i16' ? Int16Array : K extends 'u32' ? Uint32Array : Uint8Array;
export type DictionarySections = { [N in SectionName]: ArrayOf<KindOf<N>> };

const BYTES: Record<ArrayKind, number> = { i16: 2, u32: 4, u8: 1 };
const HEADER = 16;
const ALIGN = 8;

/** What the tokenizer needs, as views into the file's buffer (plus the two small JSON sections, parsed). */
export interface CompactDictionary extends Omit<DictionarySections, 'tuples' | 'meta'> {
  tuples: string[][];
  meta: DictionaryMeta;
  byteLength: number;
}

export interface DictionaryMeta {
  /** Identifies the source files; Node rebuilds its cached file when it no longer matches. */
  source: string;
}

/** Lays out the sections (already in their final form) as the file's bytes. */
export function writeCompactDictionary(sections: DictionarySections): Uint8Array {
  const table: Array<{ offset: number; bytes: Uint8Array }> = [];
  let at = align(HEADER + 8 * SECTIONS.length);
  for (const [name] of SECTIONS) {
    const view = sections[name];
    table.push({ offset: at, bytes: new Uint8Array(view.buffer, view.byteOffset, view.byteLength) });
    at = align(at + view.byteLength);
  }
  const out = new Uint8Array(at);
  const header = new DataView(out.buffer);
  for (let i = 0; i < MAGIC.length; i++) out[i] = MAGIC.charCodeAt(i);
  header.setUint32(8, FORMAT_VERSION, true);
  header.setUint32(12, SECTIONS.length, true);
  table.forEach(({ offset, bytes }, i) => {
    header.setUint32(HEADER + 8 * i, offset, true);
    header.setUint32(HEADER + 8 * i + 4, bytes.byteLength, true);
    out.set(bytes, offset);
  });
  return out;
}

/** Views into `buffer` (never copied). Throws a clear error for anything but this format and version. */
export function readCompactDictionary(buffer: ArrayBuffer): CompactDictionary {
  if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) throw new Error('The Japanese dictionary needs a little-endian machine');
  const bytes = new Uint8Array(buffer);
  const header = new DataView(buffer);
  const magic = String.fromCharCode(...bytes.subarray(0, MAGIC.length));
  if (bytes.length < HEADER || magic !== MAGIC) throw new Error('Not a Nemawashi Japanese dictionary (bad magic)');
  const version = header.getUint32(8, true);
  if (version !== FORMAT_VERSION) throw new Error(`Japanese dictionary format ${version}, expected ${FORMAT_VERSION}: rebuild it`);
  if (header.getUint32(12, true) !== SECTIONS.length || bytes.length < HEADER + 8 * SECTIONS.length) {
    throw new Error('Japanese dictionary: wrong section count');
  }
  const views: Record<string, ArrayBufferView> = {};
  SECTIONS.forEach(([name, kind], i) => {
    const offset = header.getUint32(HEADER + 8 * i, true);
    const length = header.getUint32(HEADER + 8 * i + 4, true);
    const size = BYTES[kind];
    if (offset % ALIGN !== 0 || length % size !== 0 || offset + length > bytes.length) {
      throw new Error(`Japanese dictionary: section ${name} is out of bounds (truncated file?)`);
    }
    if ((name === 'base' || name === 'check') && length % 3 !== 0) throw new Error(`Japanese dictionary: section ${name} is not 24-bit values`);
    const n = length / size;
    views[name] = kind === 'i16' ? new Int16Array(buffer, offset, n)
      : kind === 'u32' ? new Uint32Array(buffer, offset, n)
        : new Uint8Array(buffer, offset, n);
  });
  const s = views as DictionarySections;
  if (s.recordIndex.length !== Math.ceil(s.contextId.length / RECORD_STEP) || s.wordCost.length !== s.contextId.length) {
    throw new Error('Japanese dictionary: per-entry sections disagree');
  }
  const decoder = new TextDecoder();
  return {
    ...s,
    tuples: JSON.parse(decoder.decode(s.tuples)) as string[][],
    meta: JSON.parse(decoder.decode(s.meta)) as DictionaryMeta,
    byteLength: bytes.length,
  };
}

/** How many bytes of the file's start name its length (compactDictionaryLength). */
export const COMPACT_DICTIONARY_HEAD = HEADER + 8 * SECTIONS.length;

/**
 * The whole file's length, from its first COMPACT_DICTIONARY_HEAD bytes: the end of its last section, aligned, as
 * writeCompactDictionary lays it out. A reader that is not told the length (Chromium's fetch of a packaged file
 * announces none) can then read the body into one buffer of that size instead of gathering it and copying it.
 * Null when `head` is not this format's and version's header: readCompactDictionary says why from those bytes.
 */
export function compactDictionaryLength(head: Uint8Array): number | null {
  if (head.byteLength < COMPACT_DICTIONARY_HEAD) return null;
  const header = new DataView(head.buffer, head.byteOffset, COMPACT_DICTIONARY_HEAD);
  if (String.fromCharCode(...head.subarray(0, MAGIC.length)) !== MAGIC) return null;
  if (header.getUint32(8, true) !== FORMAT_VERSION || header.getUint32(12, true) !== SECTIONS.length) return null;
  let end = COMPACT_DICTIONARY_HEAD;
  for (let i = 0; i < SECTIONS.length; i++) end = Math.max(end, header.getUint32(HEADER + 8 * i, true) + header.getUint32(HEADER + 8 * i + 4, true));
  return align(end);
}

function align(n: number): number {
  return Math.ceil(n / ALIGN) * ALIGN;
}
