import { detectLanguage } from './language';
import type { Line, Sentence } from './types';

/** English abbreviations after which Intl.Segmenter's sentence break must be undone ("Mr. Sato"). */
const ABBREVIATION = /[^A-Za-z](?:Mr|Mrs|Ms|Dr|Prof|St|No|Nos|Co|Inc|Ltd|Corp|Jr|Sr|vs|etc|e\.g|i\.e|approx|dept|Dept|Ref|Fig|a\.m|p\.m|U\.S|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$/;
/** Enough code units before a full stop to hold the longest abbreviation above and the character before it. */
const ABBREVIATION_REACH = 8;
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

const sentenceSegmenter = new Intl.Segmenter('ja', { granularity: 'sentence' });
const graphemeSegmenter = new Intl.Segmenter('ja', { granularity: 'grapheme' });
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
export function splitSentences(line: Line): Array<{ text: string; start: number; end: number }> {
  const text = line.text;
  const pieces: Array<{ start: number; end: number }> = [];
  for (const seg of rawSentences(text)) {
    const prev = pieces[pieces.length - 1];
    if (prev && endsWithAbbreviation(text, prev.start, prev.end)) prev.end = seg.end;
    else pieces.push(seg);
  }
  const out: Array<{ text: string; start: number; end: number }> = [];
  const push = (s: number, e: number) => {
    while (s < e && SPACE.test(text[s]!)) s++;
    while (e > s && SPACE.test(text[e - 1]!)) e--;
    if (e <= s) return;
    // "Concerning the discount you asked for: 値引きはできません。" is an English lead-in and a Japanese
    // sentence: each part is a sentence in its own language, so that the Japanese rules read the Japanese one.
    const at = japaneseClauseAt(text.slice(s, e));
    if (at > 0) {
      let m = s + at;
      while (m > s && SPACE.test(text[m - 1]!)) m--;
      out.push({ text: text.slice(s, m), start: line.start + s, end: line.start + m });
      s += at;
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
    for (const seg of sentenceSegmenter.segment(text.slice(pos, end))) {
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

/** A piece ending with "Mr." (and white space): looks only at its tail, so merging costs no rescans. */
function endsWithAbbreviation(text: string, start: number, end: number): boolean {
  let e = end;
  while (e > start && end - e < SPACE_REACH && SPACE.test(text[e - 1]!)) e--;
  if (text[e - 1] !== '.') return false;
  const from = Math.max(start, e - ABBREVIATION_REACH);
  return ABBREVIATION.test((from === start ? ' ' : '') + text.slice(from, e));
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
  for (const g of graphemeSegmenter.segment(text.slice(lo, limit + 2))) {
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
export function segment(text: string): { lines: Line[]; sentences: Sentence[] } {
  const lines = splitLines(text);
  const sentences: Sentence[] = [];
  for (const line of lines) {
    for (const s of splitSentences(line)) {
      sentences.push({ ...s, lang: detectLanguage(s.text), line: line.index });
    }
  }
  return { lines, sentences };
}

/** A break (":", ";", "—", ",") and white space right before the first Japanese character. */
const SCRIPT_BREAK = /[:;：；,—–]\s+$/;
const KANA = /[\u3040-\u30ff]/;
const CJK = /[\u3040-\u30ff\u3400-\u9fff]/;

/**
 * Where a Japanese clause starts after an English lead-in within one English sentence (-1 when none): the
 * lead-in holds no Japanese script and ends with a break, and the rest is Japanese by itself and holds kana
 * and ends as Japanese (a clause, not a name or a label's value). A quoted Japanese phrase (「…」) stays inside its
 * English sentence.
 */
function japaneseClauseAt(text: string): number {
  const at = text.search(CJK);
  if (at < 2 || !KANA.test(text) || detectLanguage(text) !== 'en') return -1;
  if (!SCRIPT_BREAK.test(text.slice(Math.max(0, at - 16), at))) return -1;
  // Ended as Japanese (。！？ or the Japanese itself), not as English ("Thanks for the drawings – 了解です!").
  const rest = text.slice(at);
  return /[。！？」\u3040-\u30ff\u3400-\u9fff]$/.test(rest) && detectLanguage(rest) === 'ja' && KANA.test(rest) ? at : -1;
}
