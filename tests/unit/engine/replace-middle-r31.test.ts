// FactStore.ofSentences keeps one annotator's facts of a field by position; when a paste or a line break changes
// the number of sentences, round 31 moves the tail in place (replaceMiddle) instead of making new arrays. It
// must do exactly what splice does, at every length, and a store walked over drafts of changing lengths must
// give what a fresh store gives.
import { describe, expect, it } from 'vitest';
import { FactStore, replaceMiddle, textFact } from '../../../src/engine/analysis/facts';
import { rng } from '../../../bench/texts';
import type { Sentence } from '../../../src/engine/types';

describe('replaceMiddle', () => {
  it('equals splice for every place, removed count and inserted count', () => {
    for (let n = 0; n <= 7; n++) {
      for (let at = 0; at <= n; at++) {
        for (let removed = 0; at + removed <= n; removed++) {
          for (let added = 0; added <= 5; added++) {
            const base = Array.from({ length: n }, (_, i) => `s${i}`);
            const items = Array.from({ length: added }, (_, i) => `new${i}`);
            const expected = [...base];
            expected.splice(at, removed, ...items);
            const actual = [...base];
            replaceMiddle(actual, at, removed, items);
            expect(actual).toEqual(expected);
            expect(Object.keys(actual).length).toBe(actual.length); // no holes
          }
        }
      }
    }
  });
});

describe('ofSentences over drafts whose sentence count changes', () => {
  const sentence = (text: string, start: number): Sentence => ({ text, start, end: start + text.length, line: 0, lang: 'en' }) as Sentence;
  const fields = (texts: string[]) => {
    let at = 0;
    return texts.map((t) => {
      const s = sentence(t, at);
      at += t.length + 1;
      return s;
    });
  };
  it('gives the values and kept positions a new store gives, after inserts and removals anywhere', () => {
    const annotator = textFact('test.r31/length', (text) => text.length);
    const keep = (n: number) => n % 3 === 0;
    const warm = new FactStore();
    const r = rng(31);
    let texts = Array.from({ length: 12 }, (_, i) => `sentence ${i}${'x'.repeat(i % 4)}`);
    for (let step = 0; step < 200; step++) {
      const at = Math.floor(r() * (texts.length + 1));
      const removed = Math.floor(r() * Math.min(3, texts.length - at + 1));
      const added = Array.from({ length: Math.floor(r() * 4) }, (_, i) => `pasted ${step}.${i}${'y'.repeat(Math.floor(r() * 5))}`);
      texts = [...texts.slice(0, at), ...added, ...texts.slice(at + removed)];
      const sentences = fields(texts);
      const got = warm.ofSentences(annotator, 'body', sentences, keep);
      const fresh = new FactStore().ofSentences(annotator, 'body', sentences, keep);
      expect([...got.values]).toEqual([...fresh.values]);
      expect([...got.kept]).toEqual([...fresh.kept]);
    }
  });
});
