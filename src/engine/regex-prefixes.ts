/**
 * The literal text a regex's every match must begin with, read from its source, as a test that skips the regex on a
 * text holding none of it. A phrase list is tested pattern by pattern against every new sentence (182 English casual
 * words, the Japanese casual forms…), and nearly every pattern finds nothing: each one still costs an `exec`, its scan
 * and matchAll's bookkeeping. When the text holds none of the prefixes a match could start with, the regex cannot
 * match, so not running it gives exactly the same matches (no finding changes).
 *
 * The reading is deliberately conservative. It follows the source only through what it can be sure of: zero-width
 * items before the first character (^, \b, \B, look-arounds — ignored: ignoring a condition only widens what may
 * match), groups and alternatives (each alternative gives its own prefixes), and literal characters (escaped
 * punctuation included). A prefix ends at the first item that is not a plain literal (a class, an escape such as \s,
 * a group, an assertion) and before a literal that may be left out (?, *, {0,…}); a literal that may repeat (+,
 * {n,…}) ends it after one copy. Where an alternative cannot start with a known literal — a class, a class escape
 * (\d, \w, \p…), a dot, a back-reference, an optional first atom, an empty alternative, a `$`, anything newer — the
 * whole regex is unread (undefined: it is always run). Under flag i the prefixes are lower case and looked for in
 * the lower-cased text; a cased letter beyond ASCII there makes it unread (a caseless one — kana, kanji,
 * punctuation — is itself).
 */

import { lookAroundAt, needsOf, pastClass, pastGroup, Unread, type Needs } from './regex-needs';

/** What every match of a regex starts with: one of these prefixes (lower case when `caseless`: find them in the lower-cased text). */
export interface Prefixes {
  caseless: boolean;
  prefixes: string[];
}

/** Characters that are syntax outside a class and so cannot be read as themselves. */
const SYNTAX = new Set(['(', ')', '[', ']', '{', '}', '|', '*', '+', '?', '.', '^', '$', '\\']);
/** Escapes of a character that stands for itself (identity escapes of punctuation, in u mode and out of it). */
const IDENTITY_ESCAPE = /^[\^$\\.*+?()[\]{}|/\-,:;=!<>#&~%@'"`_ ]$/;
/** Blocks with no cased character: as match-all.ts CASELESS (general punctuation, CJK symbols, kana, ideographs, fullwidth signs). */
const CASELESS = /^[\u2010-\u206f\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff20\uff3b-\uff40\uff5b-\uff65]$/;


/** The prefixes of `re`'s matches, or undefined when they cannot be read (see the file's comment). */
export function prefixesOf(re: RegExp): Prefixes | undefined {
  try {
    const reader = new Reader(re.source, re.ignoreCase);
    const prefixes = reader.alternatives();
    if (reader.at < re.source.length) return undefined;
    return { caseless: re.ignoreCase, prefixes: [...new Set(prefixes)] };
  } catch (e) {
    if (e instanceof Unread) return undefined;
    throw e;
  }
}

class Reader {
  at = 0;
  constructor(private readonly src: string, private readonly caseless: boolean) {}

  /** Alternatives up to a `)` or the end, each read to its prefixes, each stepped over to its end. */
  alternatives(): string[] {
    const out: string[] = [];
    for (;;) {
      out.push(...this.sequence());
      this.skipToAlternativeEnd();
      if (this.src[this.at] !== '|') return out;
      this.at++;
    }
  }

  /** One alternative's prefixes: zero-width items skipped, then a group's prefixes or a run of literals. */
  private sequence(): string[] {
    const { src } = this;
    for (;;) {
      const c = src[this.at];
      if (c === undefined || c === '|' || c === ')') throw new Unread(); // an alternative that may match nothing
      if (c === '^') { this.at++; continue; }
      if (c === '\\' && (src[this.at + 1] === 'b' || src[this.at + 1] === 'B')) {
        this.at += 2;
        if (this.quantified()) throw new Unread();
        continue;
      }
      if (lookAroundAt(this.src, this.at)) {
        this.at = pastGroup(this.src, this.at);
        if (this.quantified()) throw new Unread();
        continue;
      }
      if (c === '(') {
        this.at++;
        if (src[this.at] === '?') {
          if (src[this.at + 1] === ':') this.at += 2;
          else if (src[this.at + 1] === '<') {
            const close = src.indexOf('>', this.at);
            if (close < 0 || !/^<[A-Za-z_$][\w$]*>$/.test(src.slice(this.at + 1, close + 1))) throw new Unread();
            this.at = close + 1;
          } else throw new Unread(); // modifiers or anything newer: not read
        }
        const inner = this.alternatives();
        if (src[this.at] !== ')') throw new Unread();
        this.at++;
        if (this.optional()) throw new Unread();
        return inner;
      }
      // A run of literals: the first must be there; the run ends at anything else.
      let prefix = '';
      for (;;) {
        const ch = this.literalAt();
        if (ch === undefined) break;
        const quantifier = src[this.at + ch.width];
        if (quantifier === '?' || quantifier === '*' || (quantifier === '{' && /^\{0[,}]/.test(src.slice(this.at + ch.width)))) break; // may be left out
        this.at += ch.width;
        prefix += this.folded(ch.char);
        if (quantifier === '+' || quantifier === '{') break; // repeats: one copy is sure, what follows is not adjacent
      }
      if (prefix === '') throw new Unread();
      return [prefix];
    }
  }

  /** The literal character at the reading position (and how many source characters it takes), or undefined. */
  private literalAt(): { char: string; width: number } | undefined {
    const { src } = this;
    const c = src[this.at];
    if (c === undefined) return undefined;
    if (c === '\\') {
      const e = src[this.at + 1];
      return e !== undefined && IDENTITY_ESCAPE.test(e) ? { char: e, width: 2 } : undefined;
    }
    if (SYNTAX.has(c)) return undefined;
    const code = c.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdfff) return undefined;
    return { char: c, width: 1 };
  }

  /** The character as the prefix holds it: lower case under flag i (a cased letter beyond ASCII is not read). */
  private folded(c: string): string {
    if (!this.caseless || c.charCodeAt(0) < 128) return this.caseless ? c.toLowerCase() : c;
    if (CASELESS.test(c)) return c;
    throw new Unread();
  }

  /** Whether a quantifier follows that lets the item before it match nothing (?, *, {0…}); a + or {n≥1…} is stepped over. */
  private optional(): boolean {
    const { src } = this;
    const q = src[this.at];
    if (q === '?' || q === '*') return true;
    if (q === '+') {
      this.at++;
      if (src[this.at] === '?') this.at++;
      return false;
    }
    if (q === '{') {
      const m = /^\{(\d+)(?:,\d*)?\}/.exec(src.slice(this.at));
      if (!m) throw new Unread();
      if (Number(m[1]) === 0) return true;
      this.at += m[0].length;
      if (src[this.at] === '?') this.at++;
    }
    return false;
  }

  /** Whether any quantifier follows (a quantified assertion is not read). */
  private quantified(): boolean {
    const q = this.src[this.at];
    return q === '?' || q === '*' || q === '+' || q === '{';
  }



  /** The rest of the current alternative, up to its `|`, the enclosing group's `)` or the end. */
  private skipToAlternativeEnd(): void {
    const { src } = this;
    while (this.at < src.length) {
      const c = src[this.at]!;
      if (c === '|' || c === ')') return;
      if (c === '\\') this.at += 2;
      else if (c === '[') this.at = pastClass(this.src, this.at);
      else if (c === '(') this.at = pastGroup(this.src, this.at);
      else this.at++;
    }
  }
}

/** A text as the prefixes are looked for in it: as written, and lower-cased when a caseless regex asks. */
export class SearchedText {
  private lower: string | undefined;
  constructor(readonly text: string) {}

  get lowered(): string {
    return (this.lower ??= this.text.toLowerCase());
  }
}

const known = new WeakMap<RegExp, Prefixes | null>();

/** prefixesOf(re), read the first time it is asked and kept with the regex (null: not readable). */
export function prefixesKept(re: RegExp): Prefixes | null {
  let prefixes = known.get(re);
  if (prefixes === undefined) known.set(re, (prefixes = prefixesOf(re) ?? null));
  return prefixes;
}

/** Whether the text holds one of the prefixes (`foldsApart`: see mayMatch). */
function holds(p: Prefixes | null, text: SearchedText, foldsApart: boolean): boolean {
  if (p === null || (foldsApart && p.caseless)) return true;
  const t = p.caseless ? text.lowered : text.text;
  for (let k = 0; k < p.prefixes.length; k++) if (t.includes(p.prefixes[k]!)) return true;
  return false;
}

/**
 * Whether `re` may match in the text: false only when the text holds none of the prefixes every match starts with.
 * `foldsApart` (the text has a character /iu folds onto ASCII: ſ, the Kelvin sign, or a surrogate — match-all.ts
 * plainText) keeps every caseless regex.
 */
export function mayMatch(re: RegExp, text: SearchedText, foldsApart: boolean): boolean {
  return holds(prefixesKept(re), text, foldsApart) && holdsNeeds(needsKept(re), text, foldsApart);
}

const knownNeeds = new WeakMap<RegExp, Needs | null>();
/** needsOf(re) (regex-needs.ts), read the first time it is asked and kept with the regex (null: not readable). */
function needsKept(re: RegExp): Needs | null {
  let needs = knownNeeds.get(re);
  if (needs === undefined) knownNeeds.set(re, (needs = needsOf(re) ?? null));
  return needs;
}

/** Whether the text holds one of the texts every match holds (`foldsApart`: see mayMatch). */
function holdsNeeds(n: Needs | null, text: SearchedText, foldsApart: boolean): boolean {
  if (n === null || (foldsApart && n.caseless)) return true;
  const t = n.caseless ? text.lowered : text.text;
  for (let k = 0; k < n.anyOf.length; k++) if (t.includes(n.anyOf[k]!)) return true;
  return false;
}

/** A prefix of the k-th regex of a list, as ListPrefixes looks it up by its first characters. */
interface Entry {
  k: number;
  prefix: string;
}

/** Buckets of the first-characters table: a power of two; a collision costs one `startsWith` more, never a miss. */
const BUCKETS = 1024;
const pairBucket = (first: number, second: number): number => (first * 31 + second) & (BUCKETS - 1);

/**
 * The prefixes of a fixed list of regexes (a phrase list), read once for the list and filed in a table by their first
 * two characters (one-character prefixes in a second table by that character): a search reads the text once, a table
 * slot per position and a `startsWith` per prefix filed there, instead of looking for every prefix in the text.
 * `marks` gives, per regex of the list, 1 when it may match (0 only when the text holds none of its prefixes, or since
 * round 45 none of the texts its matches need — what mayMatch says of it alone).
 */
export class ListPrefixes {
  private readonly unread: Uint8Array;
  private readonly caseless: Uint8Array;
  /** Per case mode (0: as written, 1: lower-cased), the table of prefixes by their first two characters. */
  private readonly pairs: Array<Array<Entry[] | undefined>> = [new Array(BUCKETS), new Array(BUCKETS)];
  /** The same for one-character prefixes, by that character. */
  private readonly singles: Array<Array<Entry[] | undefined>> = [new Array(BUCKETS), new Array(BUCKETS)];
  private readonly single: boolean;
  private readonly anyCaseless: boolean;
  private readonly anyCased: boolean;
  /**
   * Round 45: the regexes whose needs (regex-needs.ts) say more than their prefixes, with those needs. The j-th one's
   * texts are filed in the same tables as the prefixes, as a slot n + j past the list's own: the one scan of the text
   * that finds the prefixes finds them too (an `includes` per text cost more than the regex runs it saved).
   */
  private readonly needs: Array<{ k: number; needs: Needs }> = [];

  constructor(regexes: readonly RegExp[]) {
    const n = regexes.length;
    let single = false;
    let anyCaseless = false;
    let anyCased = false;
    const file = (at: number, text: string, mode: number) => {
      const first = text.charCodeAt(0);
      let table: Array<Entry[] | undefined>;
      let slot: number;
      if (text.length === 1) {
        single = true;
        table = this.singles[mode]!;
        slot = first & (BUCKETS - 1);
      } else {
        table = this.pairs[mode]!;
        slot = pairBucket(first, text.charCodeAt(1));
      }
      (table[slot] ??= []).push({ k: at, prefix: text });
    };
    regexes.forEach((re, k) => {
      const p = prefixesKept(re);
      const needs = needsKept(re);
      const sameAsPrefixes = p !== null && needs !== null && needs.caseless === p.caseless && needs.anyOf.length === p.prefixes.length &&
        needs.anyOf.every((x) => p.prefixes.includes(x));
      if (needs !== null && !sameAsPrefixes) this.needs.push({ k, needs });
    });
    this.unread = new Uint8Array(n + this.needs.length);
    this.caseless = new Uint8Array(n + this.needs.length);
    regexes.forEach((re, k) => {
      const p = prefixesKept(re);
      if (p === null) {
        this.unread[k] = 1;
        return;
      }
      if (p.caseless) {
        this.caseless[k] = 1;
        anyCaseless = true;
      } else anyCased = true;
      for (const prefix of p.prefixes) file(k, prefix, p.caseless ? 1 : 0);
    });
    this.needs.forEach(({ needs }, j) => {
      if (needs.caseless) {
        this.caseless[n + j] = 1;
        anyCaseless = true;
      } else anyCased = true;
      for (const text of needs.anyOf) file(n + j, text, needs.caseless ? 1 : 0);
    });
    this.single = single;
    this.anyCaseless = anyCaseless;
    this.anyCased = anyCased;
  }

  /**
   * Per regex of the list, 1 when it may match in the text (`foldsApart`: see mayMatch). Past the list's length the
   * array holds the needs' slots (see `needs`): read only the list's own.
   */
  marks(text: SearchedText, foldsApart: boolean): Uint8Array {
    const marks = this.unread.slice();
    if (foldsApart) for (let k = 0; k < marks.length; k++) if (this.caseless[k]) marks[k] = 1;
    if (this.anyCased) this.scan(text.text, 0, marks);
    if (this.anyCaseless && !foldsApart) this.scan(text.lowered, 1, marks);
    // Round 45: a regex that may start here but whose later words are not in the text cannot match either.
    const n = marks.length - this.needs.length;
    for (let j = 0; j < this.needs.length; j++) if (marks[n + j] === 0) marks[this.needs[j]!.k] = 0;
    return marks;
  }

  private scan(t: string, mode: number, marks: Uint8Array): void {
    const pairs = this.pairs[mode]!;
    const singles = this.singles[mode]!;
    const n = t.length;
    let first = n > 0 ? t.charCodeAt(0) : 0;
    for (let i = 0; i < n; i++) {
      const second = i + 1 < n ? t.charCodeAt(i + 1) : -1;
      if (second >= 0) {
        const entries = pairs[pairBucket(first, second)];
        if (entries !== undefined) mark(entries, t, i, marks);
      }
      if (this.single) {
        const entries = singles[first & (BUCKETS - 1)];
        if (entries !== undefined) mark(entries, t, i, marks);
      }
      first = second;
    }
  }
}

/** Marks the regexes of the entries whose prefix starts at `i` of the text. */
function mark(entries: readonly Entry[], t: string, i: number, marks: Uint8Array): void {
  for (let e = 0; e < entries.length; e++) {
    const { k, prefix } = entries[e]!;
    if (marks[k] === 0 && t.startsWith(prefix, i)) marks[k] = 1;
  }
}
