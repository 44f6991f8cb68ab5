import { joinsAfterFullStop } from './abbreviations';
import { detectLanguage, readClause, type TokenizeJapanese } from './language';
import { lazySegmenter } from './lazy-segmenter';
import type { Line, Sentence } from './types';

/** White space looked through after an abbreviation's full stop ("Mr.   Sato"); more is not one sentence. */
const SPACE_REACH = 64;

/**
 * Intl.Segmenter's sentence iteration takes more than linear time in the length of its input (one 100 KB
 * line of "Mr. " took 5 s), so a line is segmented in windows of at most this many code units.
 */
const WINDOW = 1024;
/**
 * The longest sentence handed to rules. A longer run without a sentence break ("-----…", a pasted URL,
 * "Mr. Mr. …") is cut into chunks of at most this many code units, at white space when there is some, else
 * at a grapheme boundary, so that no rule ever works on unbounded text.
 */
export const MAX_SENTENCE = 1000;

const sentenceSegmenter = lazySegmenter('ja', { granularity: 'sentence' });
const graphemeSegmenter = lazySegmenter('ja', { granularity: 'grapheme' });
const SPACE = /\s/;

/** Splits a field into lines (mail is line-oriented: salutations, signatures and lists live on lines). */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let index = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    // A CR before the LF belongs to the break, not the line.
    const textEnd = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    lines.push({ text: text.slice(start, textEnd), start, end: textEnd, index: index++ });
    if (nl < 0) break;
    start = nl + 1;
  }
  return lines;
}

/**
 * Splits one line into sentences with Intl.Segmenter, then repairs what it gets wrong for mail:
 * breaks after English abbreviations are merged back, and surrounding white space is trimmed off
 * so that offsets cover text only. Linear in the line's length: the segmenter sees bounded windows, and
 * a sentence longer than MAX_SENTENCE comes out as several chunks.
 */
export function splitSentences(line: Line, tokenize?: TokenizeJapanese): Array<{ text: string; start: number; end: number }> {
  const text = line.text;
  const pieces: Array<{ start: number; end: number }> = [];
  for (const seg of rawSentences(text)) {
    const prev = pieces[pieces.length - 1];
    if (prev && endsWithAbbreviation(text, prev.start, prev.end, seg.start)) prev.end = seg.end;
    else pieces.push(seg);
  }
  const out: Array<{ text: string; start: number; end: number }> = [];
  const push = (s: number, e: number) => {
    while (s < e && SPACE.test(text[s]!)) s++;
    while (e > s && SPACE.test(text[e - 1]!)) e--;
    if (e <= s) return;
    // "Concerning the discount you asked for: 値引きはできません。", "大変申し訳ございませんが、I'm afraid our lab is
    // booked", "That is out of scope — オンサイト研修はサポート対象外です。": a clause in each language, joined at a break.
    // Each is a sentence in its own language, so that the rules of each language read their own clause.
    const base = s;
    for (const at of languageCuts(text.slice(s, e), tokenize)) {
      let m = base + at;
      while (m > s && SPACE.test(text[m - 1]!)) m--;
      if (m > s) out.push({ text: text.slice(s, m), start: line.start + s, end: line.start + m });
      s = base + at;
      while (s < e && SPACE.test(text[s]!)) s++;
    }
    out.push({ text: text.slice(s, e), start: line.start + s, end: line.start + e });
  };
  for (const p of pieces) {
    let s = p.start;
    while (p.end - s > MAX_SENTENCE) {
      const cut = cutPoint(text, s, s + MAX_SENTENCE);
      push(s, cut);
      s = cut;
    }
    push(s, p.end);
  }
  return out;
}

/** Intl.Segmenter's sentences of a line, found window by window. */
function rawSentences(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let pos = 0;
  while (pos < text.length) {
    const end = cutPoint(text, pos, pos + WINDOW);
    const segs: Array<{ start: number; end: number }> = [];
    for (const seg of sentenceSegmenter().segment(text.slice(pos, end))) {
      segs.push({ start: pos + seg.index, end: pos + seg.index + seg.segment.length });
    }
    if (end >= text.length || segs.length < 2) {
      // The line's end, or a window without a break: keep everything seen.
      out.push(...segs);
      pos = end;
    } else {
      // The window's last sentence may go on past it: segment it again from its start.
      segs.pop();
      out.push(...segs);
      pos = segs[segs.length - 1]!.end;
    }
  }
  return out;
}

/**
 * A piece ending with an abbreviation's full stop (and white space) whose break is to be undone ("Mr. Sato",
 * "Cat. No. NB-4512", not "No. We cannot": abbreviations.ts): looks only at its tail and the next piece's head, so
 * merging costs no rescans.
 */
function endsWithAbbreviation(text: string, start: number, end: number, next: number): boolean {
  let e = end;
  while (e > start && end - e < SPACE_REACH && SPACE.test(text[e - 1]!)) e--;
  if (text[e - 1] !== '.') return false;
  return joinsAfterFullStop(text, start, e - 1, next);
}

/**
 * Where to cut text[from..] so that the part is at most `limit - from` long: after the last white space in
 * the second half, else at the last grapheme boundary before `limit` (clusters looked at in a short span
 * before it), else between code points. Always > from.
 */
function cutPoint(text: string, from: number, limit: number): number {
  if (limit >= text.length) return text.length;
  const half = from + ((limit - from) >> 1);
  for (let i = limit; i > half; i--) if (SPACE.test(text[i - 1]!)) return i;
  const lo = Math.max(from, limit - 64);
  let best = from;
  for (const g of graphemeSegmenter().segment(text.slice(lo, limit + 2))) {
    const at = lo + g.index;
    if (at > limit) break;
    if (g.index > 0) best = at;
  }
  if (best > from) return best;
  const high = text.charCodeAt(limit - 1);
  const low = text.charCodeAt(limit);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff && limit - 1 > from ? limit - 1 : limit;
}

/** Lines and sentences of a field, each sentence with its language; tokens are added later. */
export function segment(text: string, tokenize?: TokenizeJapanese): { lines: Line[]; sentences: Sentence[] } {
  const lines = splitLines(text);
  const sentences: Sentence[] = [];
  for (const line of lines) {
    for (const s of splitSentences(line, tokenize)) {
      sentences.push({ ...s, lang: detectLanguage(s.text, tokenize), line: line.index });
    }
  }
  return { lines, sentences };
}

/** The most script changes with a break a sentence is read at for clauses: a label line has many, a sentence a few. */
const MAX_CUTS = 8;

/**
 * Where the sentence is cut into clauses of different languages (offsets into `text`, ascending; none mostly).
 * A cut can only fall where the script changes between Latin and Japanese letters across a break (、, ":", ";",
 * "—", ", " or a spaced "/"); the stretches between such places are joined while they are not a clause of their
 * own (a label, a name, a term) or are in the same language, and a cut is kept only between a Japanese clause
 * (grammar: a predicate or a particle) and English prose (a finite verb, or function words around its nouns). A quoted phrase (「値引きはできません」 in an English
 * sentence, "Not possible" in a Japanese one) has no break before it and stays inside its sentence.
 */
export function languageCuts(text: string, tokenize?: TokenizeJapanese): number[] {
  const places = scriptBreaks(text);
  if (places.length === 0 || places.length > MAX_CUTS) return [];
  const cuts: number[] = [];
  let from = 0;
  for (let k = 0; k < places.length; k++) {
    const at = places[k]!;
    const next = places[k + 1] ?? text.length;
    const head = readClause(text.slice(from, at), tokenize);
    if (!head.clause && head.lang === 'ja') continue;
    const tail = readClause(text.slice(at, next), tokenize);
    if (tail.lang === head.lang || (!tail.clause && tail.lang === 'ja')) continue;
    // English prose without a finite verb ("Just circling back on my last three emails —", "Regarding your
    // request to ship the seals by air —") is a clause of its own next to a Japanese one; a label or a name is not.
    if (!(head.clause || head.prose) || !(tail.clause || tail.prose)) continue;
    // A Japanese phrase punctuated as English ("Thanks for the drawings – 了解です!", "Noted, 了解です.") is dropped
    // into the English sentence, and the Japanese phrase rules read it there, run by run (japanese-spans.ts).
    if (tail.lang === 'ja' && !ENDS_AS_JAPANESE.test(text.slice(at, next))) continue;
    cuts.push(at);
    from = at;
  }
  return cuts;
}

/** Breaks between two clauses by themselves (、。，：；！？／ : ; — –), and those that are breaks before white space (", " "/ " " - "). */
const BREAK = '、。，：；！？／:;—–';
const BREAK_BEFORE_SPACE = ',.!?/-';

/**
 * The offsets where a run of Latin letters follows Japanese script, or the reverse, across a break: each right
 * after the last break between the two ("Please note: 10月ご注文分から…" is cut before "10月", not inside it).
 */
function scriptBreaks(text: string): number[] {
  const out: number[] = [];
  let last = 0; // 1: Latin, 2: Japanese, 0: none yet
  let lastEnd = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const script = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? 1 : KANA_OR_KANJI.test(text[i]!) ? 2 : 0;
    if (script === 0) continue;
    if (last !== 0 && script !== last) {
      for (let k = i - 1; k >= lastEnd; k--) {
        const ch = text[k]!;
        if (BREAK.includes(ch) || (BREAK_BEFORE_SPACE.includes(ch) && SPACE.test(text[k + 1] ?? ''))) {
          out.push(k + 1);
          break;
        }
      }
    }
    last = script;
    lastEnd = i + 1;
  }
  return out;
}

/** Japanese punctuation or script at the end (white space aside): a Japanese clause, not an interjection in English. */
const ENDS_AS_JAPANESE = /[、。！？」）／\u3040-\u30ff\u3400-\u9fff]\s*$/;

const KANA_OR_KANJI = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff66-\uff9f]/;
