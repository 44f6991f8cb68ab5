// Build time: kuromoji's twelve IPADIC files (gunzipped) → the compact dictionary (compact-dictionary.ts).
// Deterministic (same input, same bytes) and pure: no file system here, Node's glue is node-dictionary.ts.
// What changes from kuromoji as shipped is how the dictionary is held, never the analysis (the parity test):
//  - zero padding goes (kuromoji writes files with their buffers' spare capacity: tid_pos 40 MiB for 36,
//    unk 10 MiB for under 2 KB), as does the double-array trie's tail of never-used slots;
//  - tid_map (surface id → token ids) goes: the entries are renumbered in surface order, so that a surface's
//    entries are a run, whose first entry the trie leaf holds instead of the surface id and whose last entry is
//    marked in contextId (compact-dictionary.ts);
//  - tid.dat's 10-byte records become two Int16Arrays (left and right ids are one, equal in IPADIC);
//  - the 36 MB of feature strings become short records: the six part-of-speech fields an index into ~670
//    distinct tuples, the base form only where it differs from the surface, the reading one byte a katakana
//    (reading-bytes.ts), the surface and pronunciation (which the engine's Token does not take from here) dropped.
import { LAST_OF_SURFACE, RECORD_STEP, SECTIONS, writeCompactDictionary, type DictionarySections } from './compact-dictionary';
import type { TargetMap } from './kuromoji-compact';
import { encodeReading } from './reading-bytes';

/** The twelve files of kuromoji's IPADIC build, as shipped in node_modules/kuromoji/dict. */
export const KUROMOJI_FILES = [
  'base.dat.gz', 'check.dat.gz', 'tid.dat.gz', 'tid_pos.dat.gz', 'tid_map.dat.gz', 'cc.dat.gz',
  'unk.dat.gz', 'unk_pos.dat.gz', 'unk_map.dat.gz', 'unk_char.dat.gz', 'unk_compat.dat.gz', 'unk_invoke.dat.gz',
] as const;
export type KuromojiFile = (typeof KUROMOJI_FILES)[number];

const ENTRY = 10; // tid.dat: i16 left id, i16 right id, i16 cost, i32 features offset

/** The compact dictionary's bytes from kuromoji's files (`read` returns one, gunzipped). */
export function buildCompactDictionary(read: (name: KuromojiFile) => Uint8Array, source: string): Uint8Array {
  const base = int32(read('base.dat.gz'));
  const check = int32(read('check.dat.gz'));
  const used = trieLength(base, check);

  const targets = compactTargetMap(read('tid_map.dat.gz'));
  let entries = 0;
  for (const id of targets.values) {
    if (id % ENTRY !== 0) throw new Error(`tid_map.dat: token id ${id} is not a multiple of ${ENTRY}`);
    entries = Math.max(entries, id / ENTRY + 1);
  }
  leavesToFirstEntries(base, check, used, targets.offsets);

  const tid = read('tid.dat.gz');
  if (tid.length < entries * ENTRY) throw new Error(`tid.dat: ${tid.length} bytes for ${entries} entries`);
  const view = new DataView(tid.buffer, tid.byteOffset, tid.byteLength);
  // Entries numbered in the order the surfaces list them (entry k is kuromoji's token id values[k]): the
  // entries of surface s are then offsets[s]..offsets[s+1] themselves, and the list (1.6 MB) is not kept.
  const count = targets.values.length;
  const contextId = new Int16Array(count);
  const wordCost = new Int16Array(count);
  const featuresAt = new Int32Array(count);
  targets.values.forEach((id, k) => {
    const left = view.getInt16(id, true);
    const right = view.getInt16(id + 2, true);
    // One id for both sides saves 0.8 MB; a source where they differ needs the rightId section back.
    if (left !== right) throw new Error(`tid.dat: token id ${id} has left id ${left} and right id ${right}: contextId assumes they are equal`);
    if (left < 0 || left >= LAST_OF_SURFACE) throw new Error(`tid.dat: token id ${id} has connection id ${left}, not 0–${LAST_OF_SURFACE - 1}`);
    contextId[k] = left;
    wordCost[k] = view.getInt16(id + 4, true);
    featuresAt[k] = view.getInt32(id + 6, true);
  });
  for (let s = 0; s + 1 < targets.offsets.length; s++) {
    const last = targets.offsets[s + 1]! - 1;
    if (last >= targets.offsets[s]!) contextId[last]! |= LAST_OF_SURFACE;
  }
  const { records, recordAt, tuples } = featureRecords(read('tid_pos.dat.gz'), featuresAt);
  const recordIndex = new Uint32Array(Math.ceil(count / RECORD_STEP));
  for (let k = 0; k < recordIndex.length; k++) recordIndex[k] = recordAt[k * RECORD_STEP]!;

  const cc = read('cc.dat.gz');
  const padless = (name: KuromojiFile) => copy(trimmedBytes(read(name)));
  const sections: DictionarySections = {
    base: int24(base, used),
    check: int24(check, used),
    contextId, wordCost, recordIndex, records,
    tuples: utf8(JSON.stringify(tuples)),
    connectionCosts: new Int16Array(copy(cc).buffer, 0, cc.byteLength >> 1),
    unk: padless('unk.dat.gz'),
    unkPos: padless('unk_pos.dat.gz'),
    unkMap: padless('unk_map.dat.gz'),
    unkChar: copy(read('unk_char.dat.gz')),
    unkCompat: int32Unsigned(read('unk_compat.dat.gz')),
    unkInvoke: padless('unk_invoke.dat.gz'),
    meta: utf8(JSON.stringify({ source })),
  };
  if (Object.keys(sections).length !== SECTIONS.length) throw new Error('a section is missing');
  return writeCompactDictionary(sections);
}

/**
 * Feature strings ("surface,pos,pos1,pos2,pos3,cType,cForm,base,reading,pronunciation", NUL-terminated) →
 * records. Tuples are numbered in order of first appearance, so the output is deterministic.
 */
export function featureRecords(features: Uint8Array, featuresAt: Int32Array): { records: Uint8Array; recordAt: Int32Array; tuples: string[][] } {
  const entries = featuresAt.length;
  const recordAt = new Int32Array(entries);
  const tupleIds = new Map<string, number>();
  const tuples: string[][] = [];
  let records = new Uint8Array(Math.max(1024, features.length >> 2));
  let used = 0;
  const commas = new Int32Array(9);
  const decoder = new TextDecoder();
  for (let k = 0; k < entries; k++) {
    const from = featuresAt[k]!;
    let n = 0;
    let end = from;
    for (; end < features.length && features[end] !== 0; end++) if (features[end] === 0x2c && n < 9) commas[n++] = end;
    if (n < 9) throw new Error(`IPADIC entry ${k} at ${from} has ${n + 1} fields, 10 expected`);
    const tupleText = decoder.decode(features.subarray(commas[0]! + 1, commas[6]!));
    let tuple = tupleIds.get(tupleText);
    if (tuple === undefined) {
      tuple = tuples.length;
      tupleIds.set(tupleText, tuple);
      tuples.push(tupleText.split(','));
    }
    if (tuple > 0xffff) throw new Error('more than 65,536 part-of-speech tuples');
    const baseFrom = commas[6]! + 1;
    const baseTo = commas[7]!;
    const readingFrom = commas[7]! + 1;
    const readingTo = commas[8]!;
    const baseSame = equalRanges(features, from, commas[0]!, baseFrom, baseTo);
    const reading = encodeReading(decoder.decode(features.subarray(readingFrom, readingTo)));
    if (reading.length > 255 || baseTo - baseFrom > 255) throw new Error(`IPADIC entry ${k} is too long`);
    const size = 4 + reading.length + (baseSame ? 0 : baseTo - baseFrom);
    if (used + size > records.length) {
      const bigger = new Uint8Array(records.length * 2);
      bigger.set(records.subarray(0, used));
      records = bigger;
    }
    recordAt[k] = used;
    // Both lengths first: a record is skipped with two independent reads (KnownFeatures.recordAt).
    records[used++] = reading.length;
    records[used++] = baseSame ? 0 : baseTo - baseFrom;
    records[used++] = tuple & 0xff;
    records[used++] = tuple >>> 8;
    for (const byte of reading) records[used++] = byte;
    if (!baseSame) for (let i = baseFrom; i < baseTo; i++) records[used++] = features[i]!;
  }
  return { records: records.slice(0, used), recordAt, tuples };
}

/**
 * Rewrites each trie leaf's value from its surface id (base -s-1) to its surface's first entry (-offsets[s]-1), so
 * that no surface → entries table is needed. Every leaf must have entries: the lattice walks the run from the
 * first until the entry marked LAST_OF_SURFACE.
 */
function leavesToFirstEntries(base: Int32Array, check: Int32Array, used: number, offsets: Int32Array): void {
  let leaves = 0;
  // Slot i is a terminal (code 0) child of its parent p = check[i] when base[p] = i; the root (0) is no leaf.
  for (let i = 1; i < used; i++) {
    const parent = check[i]!;
    if (parent < 0 || parent >= used || base[parent] !== i) continue;
    const surface = -base[i]! - 1;
    if (surface < 0 || surface + 1 >= offsets.length || offsets[surface + 1]! <= offsets[surface]!) {
      throw new Error(`double array: leaf ${i} (value ${base[i]}) names no surface with entries`);
    }
    base[i] = -offsets[surface]! - 1;
    leaves++;
  }
  let surfaces = 0;
  for (let s = 0; s + 1 < offsets.length; s++) if (offsets[s + 1]! > offsets[s]!) surfaces++;
  if (leaves !== surfaces) throw new Error(`double array: ${leaves} leaves for ${surfaces} surfaces with entries`);
}

/** The first `count` values of `values` as signed 24-bit little-endian integers (kuromoji-compact.ts int24). */
function int24(values: Int32Array, count: number): Uint8Array {
  const out = new Uint8Array(count * 3);
  for (let k = 0; k < count; k++) {
    const v = values[k]!;
    if (v < -0x800000 || v > 0x7fffff) throw new Error(`double-array value ${v} does not fit in 24 bits`);
    out[k * 3] = v & 0xff;
    out[k * 3 + 1] = (v >> 8) & 0xff;
    out[k * 3 + 2] = (v >> 16) & 0xff;
  }
  return out;
}

/** The used part of a zero-padded file, as kuromoji's readers need it (see usedLength's margin). */
function trimmedBytes(bytes: Uint8Array): Uint8Array {
  return bytes.subarray(0, usedLength(bytes));
}

function copy(bytes: Uint8Array): Uint8Array {
  return bytes.slice();
}

function int32(bytes: Uint8Array): Int32Array {
  return new Int32Array(copy(bytes).buffer, 0, bytes.byteLength >> 2);
}

function int32Unsigned(bytes: Uint8Array): Uint32Array {
  return new Uint32Array(copy(bytes).buffer, 0, bytes.byteLength >> 2);
}

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

function equalRanges(bytes: Uint8Array, a0: number, a1: number, b0: number, b1: number): boolean {
  if (a1 - a0 !== b1 - b0) return false;
  for (let i = 0; i < a1 - a0; i++) if (bytes[a0 + i] !== bytes[b0 + i]) return false;
  return true;
}

/** Parses tid_map.dat (int count, then per key: int key, int n, n ints) without building JS arrays. */
export function compactTargetMap(bytes: Uint8Array): TargetMap {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = bytes.byteLength;
  let maxKey = -1;
  let total = 0;
  for (let p = 4; p + 8 <= end; ) {
    const key = view.getInt32(p, true);
    const n = view.getInt32(p + 4, true);
    p += 8 + 4 * n;
    if (n > 0 && key > maxKey) maxKey = key;
    if (n > 0) total += n;
  }
  const offsets = new Int32Array(maxKey + 2);
  for (let p = 4; p + 8 <= end; ) {
    const key = view.getInt32(p, true);
    const n = view.getInt32(p + 4, true);
    if (n > 0) offsets[key + 1]! += n;
    p += 8 + 4 * n;
  }
  for (let k = 1; k < offsets.length; k++) offsets[k]! += offsets[k - 1]!;
  const values = new Int32Array(total);
  const fill = offsets.slice(0, offsets.length - 1);
  // Same order as kuromoji's addMapping: a key met twice keeps its first values first.
  for (let p = 4; p + 8 <= end; ) {
    const key = view.getInt32(p, true);
    const n = view.getInt32(p + 4, true);
    for (let i = 0; i < n; i++) values[fill[key]!++] = view.getInt32(p + 8 + 4 * i, true);
    p += 8 + 4 * n;
  }
  return { offsets, values };
}

/** The used length of a zero-padded byte file, plus a margin for a last value whose high bytes are zero. */
export function usedLength(bytes: Uint8Array, margin = 16): number {
  let end = bytes.length;
  while (end > 0 && bytes[end - 1] === 0) end--;
  return Math.min(bytes.length, end + margin);
}

/**
 * The length up to which base/check hold real slots: past it, doublearray's getBase(i) is -i+1 and
 * getCheck(i) is -i-1, which is also what an unused slot stores, so the tail can go.
 */
export function trieLength(base: Int32Array, check: Int32Array): number {
  let end = Math.min(base.length, check.length);
  while (end > 1 && base[end - 1] === -(end - 1) + 1 && check[end - 1] === -(end - 1) - 1) end--;
  return end;
}
