import { detectLanguage } from './language';
import type { Line, Sentence } from './types';

/** English abbreviations after which Intl.Segmenter's sentence break must be undone ("Mr. Sato"). */
const ABBREVIATION = /(?:^|[^A-Za-z])(?:Mr|Mrs|Ms|Dr|Prof|St|No|Nos|Co|Inc|Ltd|Corp|Jr|Sr|vs|etc|e\.g|i\.e|approx|dept|Dept|Ref|Fig|a\.m|p\.m|U\.S|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.\s*$/;

const sentenceSegmenter = new Intl.Segmenter('ja', { granularity: 'sentence' });

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
 * so that offsets cover text only.
 */
export function splitSentences(line: Line): Array<{ text: string; start: number; end: number }> {
  const pieces: Array<{ start: number; end: number }> = [];
  for (const seg of sentenceSegmenter.segment(line.text)) {
    const prev = pieces[pieces.length - 1];
    if (prev && ABBREVIATION.test(line.text.slice(prev.start, prev.end))) {
      prev.end = seg.index + seg.segment.length;
    } else {
      pieces.push({ start: seg.index, end: seg.index + seg.segment.length });
    }
  }
  const out: Array<{ text: string; start: number; end: number }> = [];
  for (const p of pieces) {
    let s = p.start;
    let e = p.end;
    while (s < e && /\s/.test(line.text[s]!)) s++;
    while (e > s && /\s/.test(line.text[e - 1]!)) e--;
    if (e > s) out.push({ text: line.text.slice(s, e), start: line.start + s, end: line.start + e });
  }
  return out;
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
