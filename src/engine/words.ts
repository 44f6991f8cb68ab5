import type { Word } from './types';

const wordSegmenter = new Intl.Segmenter('en', { granularity: 'word' });

/** Word-like segments of an English sentence ("can't" stays one word), offsets plus `offset`. */
export function englishWords(text: string, offset = 0): Word[] {
  const out: Word[] = [];
  for (const seg of wordSegmenter.segment(text)) {
    if (!seg.isWordLike) continue;
    out.push({ text: seg.segment, lower: seg.segment.toLowerCase(), start: offset + seg.index, end: offset + seg.index + seg.segment.length });
  }
  return out;
}
