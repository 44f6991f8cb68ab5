// The structural bounds that allowed-polynomial.json relies on (issue 15): whatever the input, a sentence
// handed to rules is at most MAX_SENTENCE code units, so a polynomial pattern run on one sentence is linear
// in the draft. No timing is asserted.
import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE, segment } from '../../../src/engine/segment';

const INPUTS = [
  'a'.repeat(5000),
  ' '.repeat(5000) + 'x',
  '、'.repeat(5000),
  'Mr. '.repeat(2000),
  'あ'.repeat(3000) + '。' + 'い'.repeat(3000),
  '😀'.repeat(2500),
  ('word '.repeat(300) + '\n').repeat(3),
  'http://example.com/' + 'x'.repeat(4000),
];

describe('segmenting bounds every sentence (segment.ts MAX_SENTENCE)', () => {
  it.each(INPUTS.map((s, i) => [i, s] as const))('input %i: every sentence ≤ MAX_SENTENCE and inside the text', (_i, text) => {
    const { sentences } = segment(text);
    expect(sentences.length).toBeGreaterThan(0);
    for (const s of sentences) {
      expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE);
      expect(text.slice(s.start, s.end)).toBe(s.text);
    }
  });
});
