// kuromoji's IPADIC, held compactly and searched without per-position garbage. Output is token-for-token
// what kuromoji 0.1.2 produces (tests/unit/engine/tokenizer-parity.test.ts compares them on varied text);
// what changes is memory and speed:
//  - tid_map (surface id → token ids) stays two Int32Arrays instead of 326,000 JS arrays in an object
//    (~62 MB of heap in stock kuromoji, ~3 MB here);
//  - byte files keep only their used length: kuromoji writes them with the buffer's spare capacity
//    (tid_pos 40 MiB of which 36 MiB used; unk and unk_pos 10 MiB each for under 2 KB), and reads past
//    the end return 0 exactly as the zero padding did;
//  - the double-array trie drops its tail of never-used slots, whose values its own accessors return for
//    any index past the end;
//  - the lattice is built by walking the trie one character at a time, where kuromoji re-encodes the whole
//    rest of the sentence to UTF-8 at every position (quadratic in the sentence length).
import ViterbiLattice from 'kuromoji/src/viterbi/ViterbiLattice.js';
import ViterbiNode from 'kuromoji/src/viterbi/ViterbiNode.js';

/** Surface id → token-info ids, as compressed sparse rows: ids of key k are values[offsets[k]..offsets[k+1]). */
export interface TargetMap {
  offsets: Int32Array;
  values: Int32Array;
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

type Shrinkable = ArrayBuffer & { transfer?(length: number): ArrayBuffer };

/**
 * `buffer` cut to `length` bytes: in place where ArrayBuffer.prototype.transfer exists (Chromium), else a copy
 * whose padded original becomes garbage (Node 20). Either way the caller must not use `buffer` again.
 */
export function shrink(buffer: ArrayBuffer, length: number): ArrayBuffer {
  if (length >= buffer.byteLength) return buffer;
  const b = buffer as Shrinkable;
  return typeof b.transfer === 'function' ? b.transfer(length) : buffer.slice(0, length);
}

/** The used part of a zero-padded file, when the padding is worth dropping. */
export function trimmed(buffer: ArrayBuffer): Uint8Array {
  const keep = usedLength(new Uint8Array(buffer));
  return new Uint8Array(keep < buffer.byteLength - 4096 ? shrink(buffer, keep) : buffer);
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

interface Dictionary {
  getShort(index: number): number;
}
interface CharacterClass {
  class_id: number;
  class_name: string;
  is_always_invoke: number;
  is_grouping: number;
}
interface UnknownDictionary {
  dictionary: Dictionary;
  target_map: Record<number, number[]>;
  lookup(ch: string): CharacterClass;
}

/**
 * kuromoji's ViterbiBuilder.build with the same lattice as its result, for a trie held as base/check
 * arrays and a TargetMap. Positions are in code points like kuromoji's SurrogateAwareString.
 */
export class LatticeBuilder {
  constructor(
    private readonly base: Int32Array,
    private readonly check: Int32Array,
    private readonly targets: TargetMap,
    private readonly tokenInfo: Dictionary,
    private readonly unknown: UnknownDictionary,
  ) {}

  build(text: string): InstanceType<typeof ViterbiLattice> {
    const lattice = new ViterbiLattice();
    // Code point i starts at UTF-16 index units[i]; text without surrogates maps one to one.
    const units = codePointStarts(text);
    const length = units ? units.length : text.length;
    for (let pos = 0; pos < length; pos++) {
      const at = units ? units[pos]! : pos;
      const found = this.known(text, at, pos, lattice);
      this.unknownWords(text, units, length, pos, found, lattice);
    }
    lattice.appendEos();
    return lattice;
  }

  /** Dictionary words starting at `at`: walk the trie byte by byte, like commonPrefixSearch. */
  private known(text: string, at: number, pos: number, lattice: InstanceType<typeof ViterbiLattice>): number {
    const { base, check } = this;
    let parent = 0;
    let found = 0;
    const bytes = [0, 0, 0, 0];
    for (let i = at; i < text.length; ) {
      let cp = text.charCodeAt(i);
      let width = 1;
      if (cp >= 0xd800 && cp <= 0xdbff) {
        const low = text.charCodeAt(i + 1);
        if (!(low >= 0xdc00 && low <= 0xdfff)) return found; // kuromoji cannot encode a lone surrogate either
        cp = (cp - 0xd800) * 0x400 + low - 0xdc00 + 0x10000;
        width = 2;
      }
      const n = utf8(cp, bytes);
      for (let b = 0; b < n; b++) {
        const child = baseOf(base, parent) + bytes[b]!;
        if (child < 0 || checkOf(check, child) !== parent) return found;
        parent = child;
      }
      i += width;
      // A word ends here when the node has a terminal child (code 0).
      const leaf = baseOf(base, parent);
      if (leaf >= 0 && checkOf(check, leaf) === parent) {
        const leafBase = baseOf(base, leaf);
        if (leafBase <= 0) {
          const surfaceId = -leafBase - 1;
          const key = text.slice(at, i);
          const { offsets, values } = this.targets;
          for (let k = offsets[surfaceId]!, e = offsets[surfaceId + 1]!; k < e; k++) {
            const id = values[k]!;
            const d = this.tokenInfo;
            lattice.append(new ViterbiNode(id, d.getShort(id + 4), pos + 1, key.length, 'KNOWN', d.getShort(id), d.getShort(id + 2), key));
          }
        }
        found++;
      }
    }
    return found;
  }

  /** kuromoji's unknown-word step, reading characters from the sentence instead of a copy of its tail. */
  private unknownWords(
    text: string, units: number[] | null, length: number, pos: number, found: number,
    lattice: InstanceType<typeof ViterbiLattice>,
  ): void {
    const head = charAt(text, units, pos);
    const headClass = this.unknown.lookup(head);
    if (found > 0 && headClass.is_always_invoke !== 1) return;
    let key = head;
    // kuromoji measures an ungrouped key in code points (1) and a grouped one in UTF-16 units.
    let keyLength = 1;
    if (headClass.is_grouping === 1 && 1 < length - pos) {
      for (let k = pos + 1; k < length; k++) {
        const next = charAt(text, units, k);
        if (headClass.class_name !== this.unknown.lookup(next).class_name) break;
        key += next;
        keyLength = key.length;
      }
    }
    const ids = this.unknown.target_map[headClass.class_id]!;
    const d = this.unknown.dictionary;
    for (const id of ids) {
      lattice.append(new ViterbiNode(id, d.getShort(id + 4), pos + 1, keyLength, 'UNKNOWN', d.getShort(id), d.getShort(id + 2), key));
    }
  }
}

/** Code point `i` of `text` (kuromoji's SurrogateAwareString.charAt). */
function charAt(text: string, units: number[] | null, i: number): string {
  return units ? text.slice(units[i]!, units[i + 1] ?? text.length) : text[i]!;
}

/** doublearray's getBase/getCheck: past the stored length, the values an unused slot holds. */
function baseOf(base: Int32Array, i: number): number {
  return i < base.length ? base[i]! : -i + 1;
}

function checkOf(check: Int32Array, i: number): number {
  return i < check.length ? check[i]! : -i - 1;
}

/** UTF-16 start index of each code point, or null when there is no surrogate pair (the common case). */
function codePointStarts(text: string): number[] | null {
  let pairs = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      pairs = true;
      break;
    }
  }
  if (!pairs) return null;
  // kuromoji's SurrogateAwareString: a high surrogate always swallows the next unit.
  const starts: number[] = [];
  for (let i = 0; i < text.length; i++) {
    starts.push(i);
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) i++;
  }
  return starts;
}

function utf8(cp: number, out: number[]): number {
  if (cp < 0x80) {
    out[0] = cp;
    return 1;
  }
  if (cp < 0x800) {
    out[0] = (cp >>> 6) | 0xc0;
    out[1] = (cp & 0x3f) | 0x80;
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = (cp >>> 12) | 0xe0;
    out[1] = ((cp >> 6) & 0x3f) | 0x80;
    out[2] = (cp & 0x3f) | 0x80;
    return 3;
  }
  out[0] = (cp >>> 18) | 0xf0;
  out[1] = ((cp >> 12) & 0x3f) | 0x80;
  out[2] = ((cp >> 6) & 0x3f) | 0x80;
  out[3] = (cp & 0x3f) | 0x80;
  return 4;
}

/**
 * IPADIC's features ("surface,pos,pos1,pos2,pos3,cType,cForm,base,reading,pronunciation" as UTF-8, 36 MB
 * for 392,126 entries), first read as kuromoji stores them and then, without holding up the first
 * analyses, converted to short records: the six part-of-speech fields become an index into 667 distinct
 * tuples, the base form is stored only where it differs from the surface (a third of entries), and the
 * surface and pronunciation, which the engine's Token does not take from here (the surface is the matched
 * text itself), are dropped. About 9 MB; tid.dat's pointers are then rewritten to the records and the
 * 36 MB let go. Record: u16 tuple, u8 reading length, reading bytes, u8 base length (0 = as surface), base.
 */
export class KnownFeatures {
  private raw: Uint8Array | null;
  private records: Uint8Array | null = null;
  private tuples: string[][] = [];
  /** Resolves once the records replaced the raw strings. */
  readonly compacted: Promise<void>;

  constructor(
    private readonly tokenInfo: Uint8Array,
    raw: Uint8Array,
    /** Yields to the event loop between chunks; the default is a timer that never keeps Node alive. */
    pause: () => Promise<void> = nextTurn,
  ) {
    this.raw = raw;
    // Should conversion fail (a damaged dictionary), the raw strings simply stay in use: same tokens, more memory.
    this.compacted = this.compact(pause).catch((error: unknown) => {
      console.warn('Nemawashi: the Japanese dictionary stays uncompacted:', error);
    });
  }

  /** kuromoji's features of a known word, fields 0–8 (surface … reading); `surface` is the matched text. */
  features(id: number, surface: string): string[] {
    const ti = this.tokenInfo;
    let p = ti[id + 6]! | (ti[id + 7]! << 8) | (ti[id + 8]! << 16) | (ti[id + 9]! << 24);
    const raw = this.raw;
    if (raw) {
      let end = p;
      while (end < raw.length && raw[end] !== 0) end++;
      return utf8Decode(raw, p, end).split(',');
    }
    const r = this.records!;
    const tuple = this.tuples[r[p]! | (r[p + 1]! << 8)]!;
    p += 2;
    const readingLength = r[p++]!;
    const reading = utf8Decode(r, p, p + readingLength);
    p += readingLength;
    const baseLength = r[p++]!;
    const base = baseLength === 0 ? surface : utf8Decode(r, p, p + baseLength);
    return [surface, tuple[0]!, tuple[1]!, tuple[2]!, tuple[3]!, tuple[4]!, tuple[5]!, base, reading];
  }

  /** Bytes held for features now: the raw strings until compaction, the records after. */
  get byteLength(): number {
    return this.raw ? this.raw.byteLength : this.records!.byteLength;
  }

  private async compact(pause: () => Promise<void>): Promise<void> {
    const features = this.raw!;
    const tokenInfo = this.tokenInfo;
    const view = new DataView(tokenInfo.buffer, tokenInfo.byteOffset, tokenInfo.byteLength);
    const entries = Math.floor(tokenInfo.length / 10);
    const recordOf = new Int32Array(entries).fill(-1);
    // Tuple bytes hashed to a number, then checked against the first entry that had them: no per-entry strings.
    const tupleIds = new Map<number, number[]>();
    const tupleAt: number[] = [];
    const tupleEnd: number[] = [];
    const tuples: string[][] = [];
    let records = new Uint8Array(Math.max(1024, features.length >> 2));
    let used = 0;
    const commas = new Int32Array(9);
    const CHUNK = 16384;
    for (let first = 0; first < entries; first += CHUNK) {
      if (first > 0) await pause();
      for (let k = first; k < Math.min(entries, first + CHUNK); k++) {
        const entry = k * 10;
        const from = view.getInt32(entry + 6, true);
        if (from === 0 && entry > 0 && view.getInt32(entry, true) === 0) continue; // zero padding past the last entry
        let n = 0;
        let end = from;
        for (; end < features.length && features[end] !== 0; end++) if (features[end] === 0x2c && n < 9) commas[n++] = end;
        if (n < 9) throw new Error(`IPADIC entry at ${from} has ${n + 1} fields, 10 expected`);
        const t0 = commas[0]! + 1;
        const t1 = commas[6]!;
        let hash = 0x811c9dc5;
        for (let i = t0; i < t1; i++) hash = Math.imul(hash ^ features[i]!, 16777619);
        let tuple = -1;
        const candidates = tupleIds.get(hash);
        if (candidates) for (const c of candidates) if (equalRanges(features, tupleAt[c]!, tupleEnd[c]!, t0, t1)) tuple = c;
        if (tuple < 0) {
          tuple = tuples.length;
          tuples.push(utf8Decode(features, t0, t1).split(','));
          tupleAt.push(t0);
          tupleEnd.push(t1);
          if (candidates) candidates.push(tuple);
          else tupleIds.set(hash, [tuple]);
        }
        const baseFrom = commas[6]! + 1;
        const baseTo = commas[7]!;
        const readingFrom = commas[7]! + 1;
        const readingTo = commas[8]!;
        const baseSame = equalRanges(features, from, commas[0]!, baseFrom, baseTo);
        if (readingTo - readingFrom > 255 || baseTo - baseFrom > 255) throw new Error(`IPADIC entry at ${from} is too long`);
        const size = 4 + (readingTo - readingFrom) + (baseSame ? 0 : baseTo - baseFrom);
        if (used + size > records.length) {
          const bigger = new Uint8Array(records.length * 2);
          bigger.set(records.subarray(0, used));
          records = bigger;
        }
        recordOf[k] = used;
        records[used++] = tuple & 0xff;
        records[used++] = tuple >>> 8;
        records[used++] = readingTo - readingFrom;
        for (let i = readingFrom; i < readingTo; i++) records[used++] = features[i]!;
        records[used++] = baseSame ? 0 : baseTo - baseFrom;
        if (!baseSame) for (let i = baseFrom; i < baseTo; i++) records[used++] = features[i]!;
      }
    }
    // One synchronous switch: no lookup ever sees a pointer of one kind with the buffer of the other.
    for (let k = 0; k < entries; k++) if (recordOf[k]! >= 0) view.setInt32(k * 10 + 6, recordOf[k]!, true);
    this.records = records.slice(0, used);
    this.tuples = tuples;
    this.raw = null;
  }
}

/** A macrotask turn; in Node the timer does not keep the process alive (a CLI run may end first). */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 0) as unknown as { unref?: () => void };
    timer.unref?.();
  });
}

function equalRanges(bytes: Uint8Array, a0: number, a1: number, b0: number, b1: number): boolean {
  if (a1 - a0 !== b1 - b0) return false;
  for (let i = 0; i < a1 - a0; i++) if (bytes[a0 + i] !== bytes[b0 + i]) return false;
  return true;
}

/** UTF-8 to a string, like kuromoji's utf8BytesToString, for the short fields of one entry. */
export function utf8Decode(bytes: Uint8Array, from: number, to: number): string {
  const units: number[] = [];
  for (let i = from; i < to; ) {
    const b1 = bytes[i++]!;
    let code: number;
    if (b1 < 0x80) code = b1;
    else if (b1 >> 5 === 0x06) code = ((b1 & 0x1f) << 6) | (bytes[i++]! & 0x3f);
    else if (b1 >> 4 === 0x0e) {
      code = ((b1 & 0x0f) << 12) | ((bytes[i]! & 0x3f) << 6) | (bytes[i + 1]! & 0x3f);
      i += 2;
    } else {
      code = ((b1 & 0x07) << 18) | ((bytes[i]! & 0x3f) << 12) | ((bytes[i + 1]! & 0x3f) << 6) | (bytes[i + 2]! & 0x3f);
      i += 3;
    }
    if (code < 0x10000) units.push(code);
    else {
      code -= 0x10000;
      units.push(0xd800 | (code >> 10), 0xdc00 | (code & 0x3ff));
    }
  }
  return String.fromCharCode.apply(null, units);
}
