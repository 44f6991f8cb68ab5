// kuromoji's IPADIC, searched without per-position garbage. Output is token-for-token what kuromoji 0.1.2
// produces (tests/unit/engine/tokenizer-parity.test.ts compares them on varied text). The dictionary itself
// arrives already compact (compact-dictionary.ts, built at build time by compact-dictionary-build.ts, which
// uses the helpers at the top of this file); what remains here is reading it:
//  - the lattice is built by walking the trie one character at a time, where kuromoji re-encodes the whole
//    rest of the sentence to UTF-8 at every position (quadratic in the sentence length);
//  - a known word's features come from a short record (KnownFeatures);
//  - the lattice is one set of typed arrays reused from sentence to sentence (Lattice), and the best path is
//    kuromoji's ViterbiSearcher over it, where kuromoji allocates an object per candidate word (~37 KB of
//    garbage for a sentence of 60 characters, on every keystroke).
import { LAST_OF_SURFACE } from './compact-dictionary';
import { decodeReading } from './reading-bytes';
import type { Token } from './types';

/** Surface id → token-info ids, as compressed sparse rows: ids of key k are values[offsets[k]..offsets[k+1]). */
export interface TargetMap {
  offsets: Int32Array;
  values: Int32Array;
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
/** Connection id (with the last-of-surface mark) and cost per known entry (compact-dictionary.ts). */
export interface KnownEntries {
  contextId: Int16Array;
  wordCost: Int16Array;
}
interface UnknownDictionary {
  dictionary: Dictionary;
  target_map: Record<number, number[]>;
  lookup(ch: string): CharacterClass;
}

/**
 * kuromoji's ViterbiBuilder.build with the same lattice as its result, for a trie held as base/check arrays
 * whose leaves name their surface's first entry, and per-entry arrays. Positions are in code points like
 * kuromoji's SurrogateAwareString.
 */
export class LatticeBuilder {
  /** UTF-8 bytes of the character being walked (one array for every position, not one per position). */
  private readonly bytes = [0, 0, 0, 0];

  constructor(
    /** The double array's base and check, three bytes a value (compact-dictionary.ts). */
    private readonly base: Uint8Array,
    private readonly check: Uint8Array,
    private readonly entries: KnownEntries,
    private readonly unknown: UnknownDictionary,
  ) {}

  /** Fills `lattice` (emptied first) with the words of `text`, as kuromoji's ViterbiBuilder.build. */
  build(text: string, lattice: Lattice): Lattice {
    lattice.reset(text.length);
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
  private known(text: string, at: number, pos: number, lattice: Lattice): number {
    const { base, check } = this;
    let parent = 0;
    let found = 0;
    const bytes = this.bytes;
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
        // A leaf holds -e-1, e its surface's first entry (kuromoji's leaf: the surface id; the build never
        // writes 0 there); the surface's entries run from e to the one whose contextId is negative (LAST_OF_SURFACE).
        if (leafBase < 0) {
          const { contextId, wordCost } = this.entries;
          // kuromoji's node length is its key's length in UTF-16 units (text.slice(at, i).length).
          for (let entry = -leafBase - 1; ; entry++) {
            const context = contextId[entry]!;
            const id = context & (LAST_OF_SURFACE - 1);
            lattice.append(entry, wordCost[entry]!, pos + 1, i - at, KNOWN, id, id, at, i);
            if (context < 0) break;
          }
        }
        found++;
      }
    }
    return found;
  }

  /** kuromoji's unknown-word step, reading characters from the sentence instead of a copy of its tail. */
  private unknownWords(
    text: string, units: number[] | null, length: number, pos: number, found: number, lattice: Lattice,
  ): void {
    const head = charAt(text, units, pos);
    const headClass = this.unknown.lookup(head);
    if (found > 0 && headClass.is_always_invoke !== 1) return;
    // The key: the head character and, for a grouping class, the characters of the same class after it.
    const from = units ? units[pos]! : pos;
    let to = from + head.length;
    // kuromoji measures an ungrouped key in code points (1) and a grouped one in UTF-16 units.
    let keyLength = 1;
    if (headClass.is_grouping === 1 && 1 < length - pos) {
      for (let k = pos + 1; k < length; k++) {
        const next = charAt(text, units, k);
        if (headClass.class_name !== this.unknown.lookup(next).class_name) break;
        to += next.length;
        keyLength = to - from;
      }
    }
    const ids = this.unknown.target_map[headClass.class_id]!;
    const d = this.unknown.dictionary;
    for (const id of ids) {
      lattice.append(id, d.getShort(id + 4), pos + 1, keyLength, UNKNOWN, d.getShort(id), d.getShort(id + 2), from, to);
    }
  }
}

/** Kinds of lattice node, as kuromoji's ViterbiNode.type. */
export const KNOWN = 0;
export const UNKNOWN = 1;
const BOS = 2;
const EOS = 3;

/** kuromoji's ConnectionCosts, as the search reads it. */
export interface ConnectionCostTable {
  get(rightId: number, leftId: number): number;
}

/**
 * kuromoji's ViterbiLattice and its ViterbiNodes as columns of typed arrays, kept and refilled sentence after
 * sentence (one per tokenizer: tokenizing is synchronous). Node i is what kuromoji's i-th appended node was: the
 * same fields, the same lists of nodes by end position in the same order (so the search breaks ties alike).
 * A node's surface is [from, to) of the text being built, read only for the nodes of the best path.
 */
export class Lattice {
  count = 0;
  /** kuromoji's eos_pos. */
  eosPos = 1;
  /** The highest end position of a list (kuromoji's nodes_end_at.length - 1). */
  lastEnd = 0;
  name = new Int32Array(256);
  cost = new Int32Array(256);
  startPos = new Int32Array(256);
  length = new Int32Array(256);
  leftId = new Int32Array(256);
  rightId = new Int32Array(256);
  kind = new Uint8Array(256);
  from = new Int32Array(256);
  to = new Int32Array(256);
  prev = new Int32Array(256);
  shortest = new Float64Array(256);
  /** The next node ending where this one ends, in the order they were appended (-1: none). */
  nextAtEnd = new Int32Array(256);
  /** Per end position, its first and last node (-1: none). */
  firstAt = new Int32Array(64).fill(-1);
  lastAt = new Int32Array(64).fill(-1);

  /** Empties the lattice for a text of `units` UTF-16 units, with kuromoji's BOS at position 0. */
  reset(units: number): void {
    // A node ends at most at its start plus its length in UTF-16 units: within 2 × units + 2 positions.
    const ends = 2 * units + 4;
    if (this.firstAt.length < ends) {
      this.firstAt = new Int32Array(ends * 2).fill(-1);
      this.lastAt = new Int32Array(ends * 2).fill(-1);
    } else {
      this.firstAt.fill(-1, 0, Math.min(this.firstAt.length, this.lastEnd + 2));
      this.lastAt.fill(-1, 0, Math.min(this.lastAt.length, this.lastEnd + 2));
    }
    this.count = 0;
    this.eosPos = 1;
    this.lastEnd = 0;
    this.add(-1, 0, 0, 0, BOS, 0, 0, 0, 0, 0, 0);
  }

  /** ViterbiLattice.append of a node ending at its start + length - 1. */
  append(name: number, cost: number, startPos: number, length: number, kind: number, leftId: number, rightId: number, from: number, to: number): void {
    const end = startPos + length - 1;
    if (this.eosPos < end) this.eosPos = end;
    if (this.lastEnd < end) this.lastEnd = end;
    this.add(name, cost, startPos, length, kind, leftId, rightId, from, to, end, Number.MAX_VALUE);
  }

  /** ViterbiLattice.appendEos: EOS in a list of its own after the last. */
  appendEos(): void {
    const end = this.lastEnd + 1;
    this.eosPos++;
    this.lastEnd = end;
    this.add(-1, 0, this.eosPos, 0, EOS, 0, 0, 0, 0, end, Number.MAX_VALUE);
  }

  private add(
    name: number, cost: number, startPos: number, length: number, kind: number, leftId: number, rightId: number,
    from: number, to: number, end: number, shortest: number,
  ): void {
    if (this.count === this.name.length) this.grow();
    if (end >= this.firstAt.length) this.growEnds(end + 1);
    const i = this.count++;
    this.name[i] = name;
    this.cost[i] = cost;
    this.startPos[i] = startPos;
    this.length[i] = length;
    this.leftId[i] = leftId;
    this.rightId[i] = rightId;
    this.kind[i] = kind;
    this.from[i] = from;
    this.to[i] = to;
    this.prev[i] = -1;
    this.shortest[i] = shortest;
    this.nextAtEnd[i] = -1;
    const last = this.lastAt[end]!;
    if (last < 0) this.firstAt[end] = i;
    else this.nextAtEnd[last] = i;
    this.lastAt[end] = i;
  }

  private grow(): void {
    const n = this.name.length * 2;
    const more = <T extends Int32Array | Uint8Array | Float64Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(n);
      b.set(a);
      return b;
    };
    this.name = more(this.name);
    this.cost = more(this.cost);
    this.startPos = more(this.startPos);
    this.length = more(this.length);
    this.leftId = more(this.leftId);
    this.rightId = more(this.rightId);
    this.kind = more(this.kind);
    this.from = more(this.from);
    this.to = more(this.to);
    this.prev = more(this.prev);
    this.shortest = more(this.shortest);
    this.nextAtEnd = more(this.nextAtEnd);
  }

  private growEnds(min: number): void {
    const first = new Int32Array(min * 2).fill(-1);
    const last = new Int32Array(min * 2).fill(-1);
    first.set(this.firstAt);
    last.set(this.lastAt);
    this.firstAt = first;
    this.lastAt = last;
  }
}

/**
 * kuromoji's ViterbiSearcher.search over a Lattice: the nodes of the best path from BOS to EOS, in order, into
 * `path` (emptied first); none when a node on the way has no predecessor, as kuromoji returns [].
 */
export function bestPath(lattice: Lattice, costs: ConnectionCostTable, path: number[]): number[] {
  path.length = 0;
  const { firstAt, nextAtEnd, startPos, leftId, rightId, cost, shortest, prev, lastEnd } = lattice;
  // forward: for every node, its cheapest predecessor (the first of equal cost, in list order).
  for (let i = 1; i <= lattice.eosPos; i++) {
    for (let node = i <= lastEnd ? firstAt[i]! : -1; node >= 0; node = nextAtEnd[node]!) {
      const before = startPos[node]! - 1;
      let p = before <= lastEnd ? firstAt[before]! : -1;
      if (p < 0) continue;
      let best = Number.MAX_VALUE;
      let from = -1;
      const left = leftId[node]!;
      const own = cost[node]!;
      for (; p >= 0; p = nextAtEnd[p]!) {
        const c = shortest[p]! + costs.get(rightId[p]!, left) + own;
        if (c < best) {
          from = p;
          best = c;
        }
      }
      prev[node] = from;
      shortest[node] = best;
    }
  }
  // backward: from EOS (the one node of the last list) to BOS.
  let node = prev[firstAt[lastEnd]!]!;
  if (node < 0) return path;
  while (lattice.kind[node] !== BOS) {
    path.push(node);
    if (prev[node]! < 0) {
      path.length = 0;
      return path;
    }
    node = prev[node]!;
  }
  return path.reverse();
}

/** Code point `i` of `text` (kuromoji's SurrogateAwareString.charAt). */
function charAt(text: string, units: number[] | null, i: number): string {
  return units ? text.slice(units[i]!, units[i + 1] ?? text.length) : text[i]!;
}

/** doublearray's getBase/getCheck: past the stored length, the values an unused slot holds. */
function baseOf(base: Uint8Array, i: number): number {
  return i * 3 < base.length ? int24(base, i * 3) : -i + 1;
}

function checkOf(check: Uint8Array, i: number): number {
  return i * 3 < check.length ? int24(check, i * 3) : -i - 1;
}

/** The signed 24-bit little-endian value at byte `at` (the trie's 5.4 MB arrays in 4.1 MB each). */
function int24(bytes: Uint8Array, at: number): number {
  return ((bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16)) << 8) >> 8;
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
 * A known word's features from its record in the compact dictionary (see compact-dictionary-build.ts):
 * u8 reading length, u8 base length (0 = same as the surface), u16 part-of-speech tuple, reading
 * (reading-bytes.ts), base (UTF-8). Records are in entry order and only every `step`-th one's offset is kept
 * (recordIndex): the others are reached by skipping records forward, fewer than `step` of them.
 */
export class KnownFeatures {
  constructor(
    private readonly recordIndex: Uint32Array,
    private readonly step: number,
    private readonly records: Uint8Array,
    private readonly tuples: string[][],
  ) {}

  /** The byte offset of entry `entry`'s record. */
  recordAt(entry: number): number {
    const r = this.records;
    const k = Math.floor(entry / this.step);
    let p = this.recordIndex[k]!;
    for (let skip = entry - k * this.step; skip > 0; skip--) p += 4 + r[p]! + r[p + 1]!;
    return p;
  }

  /**
   * The token of entry `entry` matched as `surface` at [start, end): what `features` gives, read straight
   * into the token (no array of fields per token, and a base form equal to the surface is not decoded).
   */
  token(entry: number, surface: string, start: number, end: number): Token {
    const r = this.records;
    const p = this.recordAt(entry);
    const readingLength = r[p]!;
    const baseLength = r[p + 1]!;
    const tuple = this.tuples[r[p + 2]! | (r[p + 3]! << 8)]!;
    const readingAt = p + 4;
    const reading = readingLength === 0 ? '' : decodeReading(r, readingAt, readingAt + readingLength);
    const baseAt = readingAt + readingLength;
    let base = baseLength === 0 ? surface : utf8Decode(r, baseAt, baseAt + baseLength);
    // kuromoji's "*" for no base form: the engine's tokens carry the surface instead.
    if (base === '*') base = surface;
    return {
      surface, pos: tuple[0]!, pos1: tuple[1]!, pos2: tuple[2]!, pos3: tuple[3]!, cType: tuple[4]!, cForm: tuple[5]!,
      base, reading, start, end,
    };
  }

  /** kuromoji's features of entry `entry`, fields 0–8 (surface … reading); `surface` is the matched text. */
  features(entry: number, surface: string): string[] {
    const r = this.records;
    const p = this.recordAt(entry);
    const readingLength = r[p]!;
    const baseLength = r[p + 1]!;
    const tuple = this.tuples[r[p + 2]! | (r[p + 3]! << 8)]!;
    const readingAt = p + 4;
    const reading = decodeReading(r, readingAt, readingAt + readingLength);
    const baseAt = readingAt + readingLength;
    const base = baseLength === 0 ? surface : utf8Decode(r, baseAt, baseAt + baseLength);
    return [surface, tuple[0]!, tuple[1]!, tuple[2]!, tuple[3]!, tuple[4]!, tuple[5]!, base, reading];
  }
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
