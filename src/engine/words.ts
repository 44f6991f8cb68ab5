import { lazySegmenter } from './lazy-segmenter';
import type { Word } from './types';

const wordSegmenter = lazySegmenter('en', { granularity: 'word' });

/** Word-like segments of an English sentence ("can't" stays one word), offsets plus `offset`. */
export function englishWords(text: string, offset = 0): Word[] {
  const out: Word[] = [];
  for (const seg of wordSegmenter().segment(text)) {
    if (!seg.isWordLike) continue;
    out.push({ text: seg.segment, lower: seg.segment.toLowerCase(), start: offset + seg.index, end: offset + seg.index + seg.segment.length });
  }
  return out;
}

/**
 * `text` without its trailing run of characters that `isTrailing` accepts, in one backward pass. A regular
 * expression such as /[、:\s]+$/ retries from every position of a long run (quadratic); this never does.
 */
export function stripTrailing(text: string, isTrailing: (ch: string) => boolean): string {
  let end = text.length;
  while (end > 0 && isTrailing(text[end - 1]!)) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** The address block's trailing punctuation and white space: 、,，：: and spaces. */
export const isAddressTrailing = (ch: string): boolean => '、,，：:'.includes(ch) || /\s/.test(ch);
