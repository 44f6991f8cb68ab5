import { lazySegmenter } from './lazy-segmenter';
import type { Suggestion, SuggestionEdit } from './types';

/**
 * The engine's invariant on offsets: a finding's start/end and every edit of its suggestions lie on grapheme
 * boundaries of the field (never inside a surrogate pair, an emoji ZWJ sequence, a flag, a base letter and
 * its combining marks, CR LF). Applied where findings are made (engine.ts `emit`, and custom rules), so no
 * rule can break a character in the draft, whatever its regex does.
 *
 * - A range is widened to the whole graphemes it touches (the highlight covers "😀", not half of it).
 * - An edit that would leave half a surrogate pair behind is first narrowed to keep the whole character
 *   (a rule whose match ran into an emoji's first half did not mean to delete the emoji), then widened to
 *   grapheme boundaries with the neighbouring text carried into its replacement: the result is the same text
 *   the rule asked for, and the edit's range is whole characters.
 * - A match that starts or ends inside a surrogate pair of the draft is no match at all when `strict` (an
 *   organisation's phrase made of a lone surrogate must not find half of every emoji): it is dropped.
 */
export interface Ranged {
  start: number;
  end: number;
  suggestions?: Suggestion[];
}

const graphemes = lazySegmenter(undefined, { granularity: 'grapheme' });

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Clusters are looked at in this many code units on each side of a position. */
const REACH = 64;

/**
 * Grapheme boundaries of one text, decided locally: a short span around the position is segmented (ICU's
 * `containing()` costs time in proportion to the whole text, too slow on a long draft). A cluster longer
 * than the span (dozens of combining marks on one letter) falls back to code-point boundaries.
 */
export class Boundaries {
  private readonly memo = new Map<number, { floor: number; ceil: number }>();

  constructor(readonly text: string) {}

  /** True when `i` splits a surrogate pair. */
  splitsPair(i: number): boolean {
    return i > 0 && i < this.text.length && isHigh(this.text.charCodeAt(i - 1)) && isLow(this.text.charCodeAt(i));
  }

  /** The grapheme boundary at or before `i`. */
  floor(i: number): number {
    if (i <= 0) return 0;
    if (i >= this.text.length) return this.text.length;
    if (this.plain(i)) return i;
    return this.cluster(i).floor;
  }

  /** The grapheme boundary at or after `i`. */
  ceil(i: number): number {
    if (i <= 0) return 0;
    if (i >= this.text.length) return this.text.length;
    if (this.plain(i)) return i;
    return this.cluster(i).ceil;
  }

  isBoundary(i: number): boolean {
    return this.floor(i) === i;
  }

  /**
   * A sure boundary between two characters that never join anything: ASCII (but CR LF) and the common
   * Japanese blocks (kana without the combining sound marks, CJK ideographs, full-width forms).
   */
  private plain(i: number): boolean {
    const t = this.text;
    const a = t.charCodeAt(i - 1);
    const b = t.charCodeAt(i);
    if (a === 13 && b === 10) return false;
    if (simple(a) && simple(b)) return true;
    if (this.splitsPair(i)) return false;
    // Otherwise by the code points on either side: sure when neither takes part in a joining rule.
    const before = isLow(a) && i >= 2 && isHigh(t.charCodeAt(i - 2)) ? t.slice(i - 2, i) : t[i - 1]!;
    const after = String.fromCodePoint(t.codePointAt(i)!);
    return !JOINS_PREVIOUS.test(after) && !JOINS_NEXT.test(before);
  }

  private cluster(i: number): { floor: number; ceil: number } {
    const known = this.memo.get(i);
    if (known) return known;
    const found = this.segmentAround(i);
    this.memo.set(i, found);
    return found;
  }

  private segmentAround(i: number): { floor: number; ceil: number } {
    const t = this.text;
    let lo = Math.max(0, i - REACH);
    if (this.splitsPair(lo)) lo--;
    // Flags pair regional indicators from the start of their run: start the span at the run's start.
    while (lo >= 2 && isRegional(t, lo - 2) && i - lo < 16 * REACH) lo -= 2;
    let hi = Math.min(t.length, i + REACH);
    if (this.splitsPair(hi)) hi++;
    let floor = -1;
    let ceil = -1;
    for (const g of graphemes().segment(t.slice(lo, hi))) {
      const at = lo + g.index;
      if (at > i) break;
      const end = at + g.segment.length;
      // The span's first boundary is only sure at the text's start; its last only at the text's end.
      if (g.index > 0 || lo === 0) floor = at;
      if (at === i) ceil = i;
      else if (i < end && (end < hi || hi === t.length)) ceil = end;
      if (floor >= 0 && at === i) break;
    }
    const point = this.splitsPair(i);
    if (floor < 0 || floor > i) floor = point ? i - 1 : i;
    if (ceil < i) ceil = point ? i + 1 : i;
    return { floor, ceil };
  }
}

/**
 * Code points that join the one before them (marks, extenders, ZWJ, emoji modifiers, regional indicators,
 * Hangul jamo and syllables, the spacing marks that are letters) or the one after (marks: an Indic virama
 * links consonants; ZWJ; prepended concatenation marks; regional indicators; Hangul).
 */
const JOINS_PREVIOUS = /[\p{M}\p{Grapheme_Extend}\p{Emoji_Modifier}\u200c\u200d\p{Regional_Indicator}\u0e33\u0eb3\u1100-\u11ff\ua960-\ua97f\uac00-\ud7ff]/u;
const JOINS_NEXT = /[\p{M}\u200d\p{Regional_Indicator}\u0600-\u0605\u06dd\u070f\u0890\u0891\u08e2\u0d4e\u1100-\u11ff\ua960-\ua97f\uac00-\ud7ff\u{110bd}\u{110cd}\u{111c2}\u{111c3}\u{1193f}\u{11941}\u{11a3a}\u{11a84}-\u{11a89}\u{11d46}\u{11f02}]/u;

/** A regional indicator symbol (half of a flag) at t[i], t[i + 1]. */
function isRegional(t: string, i: number): boolean {
  return t.charCodeAt(i) === 0xd83c && t.charCodeAt(i + 1) >= 0xdde6 && t.charCodeAt(i + 1) <= 0xddff;
}

function simple(c: number): boolean {
  return (c >= 0x20 && c < 0x7f) || c === 10 || c === 13 || c === 9 ||
    (c >= 0x3000 && c <= 0x3029) || (c >= 0x3041 && c <= 0x3096) || (c >= 0x30a1 && c <= 0x30fc) ||
    (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xff01 && c <= 0xff5e);
}

/**
 * Aligns reports (or findings) of one field to grapheme boundaries; see the module comment. Reports with an
 * invalid range pass through unchanged (the caller drops them).
 */
export function onGraphemes<T extends Ranged>(reports: readonly T[], text: string, options: { strict?: boolean } = {}): T[] {
  if (reports.length === 0) return reports as T[];
  const b = new Boundaries(text);
  const out: T[] = [];
  for (const r of reports) {
    if (!(r.start >= 0 && r.start < r.end && r.end <= text.length)) {
      out.push(r);
      continue;
    }
    if (options.strict && (b.splitsPair(r.start) || b.splitsPair(r.end))) continue;
    const start = b.floor(r.start);
    const end = b.ceil(r.end);
    const suggestions = r.suggestions?.flatMap((s) => alignSuggestion(b, r, { start, end }, s));
    if (start === r.start && end === r.end && suggestions?.every((s, i) => s === r.suggestions![i]) !== false) {
      out.push(r);
      continue;
    }
    out.push({ ...r, start, end, ...(suggestions ? { suggestions } : {}) });
  }
  return out;
}

/** One suggestion with its edits on grapheme boundaries; [] when its edits are unusable (overlapping). */
function alignSuggestion(b: Boundaries, was: Ranged, now: { start: number; end: number }, s: Suggestion): Suggestion[] {
  const explicit = s.edits && s.edits.length > 0;
  const raw: SuggestionEdit[] = explicit ? s.edits! : [{ start: was.start, end: was.end, text: s.text }];
  if (raw.some((e) => !(e.start >= 0 && e.start <= e.end && e.end <= b.text.length))) return [];
  if (raw.every((e) => b.isBoundary(e.start) && b.isBoundary(e.end)) && !(!explicit && (now.start !== was.start || now.end !== was.end))) {
    return [s];
  }
  const narrow = raw.map((e) => wholeCodePoints(b, e)).sort((x, y) => x.start - y.start || x.end - y.end);
  for (let i = 1; i < narrow.length; i++) if (narrow[i]!.start < narrow[i - 1]!.end) return [];
  const edits = widen(b, narrow);
  if (!explicit && edits.length === 1 && edits[0]!.start === now.start && edits[0]!.end === now.end) {
    return [{ ...s, text: edits[0]!.text }];
  }
  return [{ ...s, edits }];
}

/** An edit that neither removes nor keeps half a surrogate pair of the text. */
function wholeCodePoints(b: Boundaries, e: SuggestionEdit): SuggestionEdit {
  let { start, end, text } = e;
  const t = b.text;
  if (b.splitsPair(start)) {
    // Replaces the second half of a character: keep the character; if the replacement starts with that same
    // half, it meant to keep it anyway.
    if (text.charCodeAt(0) === t.charCodeAt(start)) text = text.slice(1);
    start += 1;
    if (end < start) end = start;
  }
  if (b.splitsPair(end) && end > start) {
    if (text.charCodeAt(text.length - 1) === t.charCodeAt(end - 1)) text = text.slice(0, -1);
    end -= 1;
  } else if (b.splitsPair(end) && end === start) {
    end = start = end + 1;
  }
  return { start, end, text };
}

/**
 * Widens sorted, non-overlapping edits to grapheme boundaries, carrying the text around them into their
 * replacement; edits that come to share or touch a grapheme are merged into one.
 */
function widen(b: Boundaries, edits: SuggestionEdit[]): SuggestionEdit[] {
  const out: SuggestionEdit[] = [];
  let group: SuggestionEdit[] = [];
  let gStart = 0;
  let gEnd = 0;
  const flush = () => {
    if (group.length === 0) return;
    let text = '';
    let at = gStart;
    for (const e of group) {
      text += b.text.slice(at, e.start) + e.text;
      at = e.end;
    }
    text += b.text.slice(at, gEnd);
    out.push({ start: gStart, end: gEnd, text });
    group = [];
  };
  for (const e of edits) {
    const s = b.floor(e.start);
    const en = b.ceil(e.end);
    if (group.length > 0 && s <= gEnd) {
      group.push(e);
      gEnd = Math.max(gEnd, en);
      continue;
    }
    flush();
    group = [e];
    gStart = s;
    gEnd = en;
  }
  flush();
  return out;
}
