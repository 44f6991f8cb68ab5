// What the engine worker's top level no longer builds (perfready31): the Intl.Segmenters of segment.ts, words.ts
// and boundaries.ts (the first one loads ICU's break-iteration data) and the romanised-name sets of
// rules/en/lib/names.ts. Each is made on first use, once, and gives the answers it gave when made at import.
import { afterEach, describe, expect, it, vi } from 'vitest';

const RealSegmenter = Intl.Segmenter;
const RealSet = globalThis.Set;
afterEach(() => {
  (Intl as { Segmenter: typeof Intl.Segmenter }).Segmenter = RealSegmenter;
  globalThis.Set = RealSet;
  vi.resetModules();
});

/** Counts the segmenters made from now on (by granularity). */
function countSegmenters(): string[] {
  const made: string[] = [];
  (Intl as { Segmenter: typeof Intl.Segmenter }).Segmenter = class extends RealSegmenter {
    constructor(locales?: Intl.LocalesArgument, options?: Intl.SegmenterOptions) {
      super(locales, options);
      made.push(options?.granularity ?? 'grapheme');
    }
  };
  return made;
}

describe('segmenters made on first use', () => {
  it('importing the engine makes none; segmenting makes each once', async () => {
    vi.resetModules();
    const made = countSegmenters();
    const { segment } = await import('../../../src/engine/segment');
    const { englishWords } = await import('../../../src/engine/words');
    const { onGraphemes } = await import('../../../src/engine/boundaries');
    expect(made).toEqual([]);
    const text = 'お世話になっております。本日はありがとうございました。\nThanks, see you soon. Best regards.';
    const first = segment(text).sentences.map((s) => s.text);
    expect(first).toEqual(['お世話になっております。', '本日はありがとうございました。', 'Thanks, see you soon.', 'Best regards.']);
    expect(englishWords("we can't ship", 5).map((w) => [w.text, w.start])).toEqual([['we', 5], ["can't", 8], ['ship', 14]]);
    const line = 'see 👨‍👩‍👧 ok';
    const family = line.indexOf('👨');
    expect(onGraphemes([{ start: family + 1, end: family + 2 }], line)).toEqual([{ start: family, end: family + '👨‍👩‍👧'.length }]);
    expect(made.sort()).toEqual(['grapheme', 'sentence', 'word']);
    // Again: the same segmenters, none made.
    expect(segment(text).sentences.map((s) => s.text)).toEqual(first);
    englishWords('again and again');
    onGraphemes([{ start: family + 1, end: family + 2 }], line);
    expect(made.length).toBe(3);
  });
});

describe('romanised-name sets built on first use', () => {
  it('importing names.ts builds neither set; the first question builds them and the answers stand', async () => {
    vi.resetModules();
    const large: number[] = [];
    globalThis.Set = class<T> extends RealSet<T> {
      constructor(values?: Iterable<T> | null) {
        const list = values ? [...values] : [];
        super(list);
        if (list.length > 1000) large.push(list.length);
      }
    } as SetConstructor;
    const names = await import('../../../src/rules/en/lib/names');
    expect(large).toEqual([]);
    expect(names.isJapaneseSurname('Sato')).toBe(true);
    expect(names.isJapaneseGivenName('Takuya')).toBe(true);
    expect(names.isJapaneseName('Smith')).toBe(false);
    expect(large.length).toBe(2);
    names.isJapaneseName('Tanaka');
    expect(large.length).toBe(2);
  });
});
