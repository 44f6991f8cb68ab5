import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { detectLanguage } from '../../../src/engine/language';
import { MAX_SENTENCE, segment, splitLines } from '../../../src/engine/segment';

describe('segment', () => {
  it('splits lines and sentences with exact offsets', () => {
    const text = 'Dear Mr. Sato,\r\nThank you. We will call you.\n\nお世話になっております。よろしくお願いいたします。';
    const { sentences } = segment(text);
    expect(sentences.map((s) => s.text)).toEqual([
      'Dear Mr. Sato,', 'Thank you.', 'We will call you.', 'お世話になっております。', 'よろしくお願いいたします。',
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('keeps honorific abbreviations inside the sentence, also right after Japanese', () => {
    const { sentences } = segment('担当は本社のMs. Linda Parkに変わります。Dr. Haddad will join.');
    expect(sentences.map((s) => s.text)).toEqual(['担当は本社のMs. Linda Parkに変わります。', 'Dr. Haddad will join.']);
  });

  it('never loses or invents text: every sentence is a slice at its own offsets', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'B', ' ', '.', '。', '\n', '\r', 'あ', '漢', '!', '？', 'Mr. ', '\u00a0'), { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        const { lines, sentences } = segment(text);
        expect(lines.at(-1)!.end).toBe(text.endsWith('\r') ? text.length - 1 : text.length);
        for (const s of sentences) {
          expect(text.slice(s.start, s.end)).toBe(s.text);
          expect(s.text.trim()).toBe(s.text);
        }
      }),
    );
  });

  it('treats CRLF as one break', () => {
    expect(splitLines('a\r\nb').map((l) => l.text)).toEqual(['a', 'b']);
  });
});

describe('detectLanguage', () => {
  it.each([
    ['お世話になっております。', 'ja'],
    ['Thank you for your order.', 'en'],
    ['来月より、担当は本社のMs. Linda Parkに変わります。', 'ja'],
    ['株式会社ヒビキ化成', 'ja'],
    ['We met at the 展示会 in Tokyo last week and talked about pricing.', 'en'],
  ] as const)('%s → %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });
});

describe('segment on long lines (linear time, bounded sentences)', () => {
  const units = ['-', '。', 'Mr. ', '😀', '!', 'A', ' ', '7', '＞', 'aあ漢😀Ж١ ', 'ok. ', 'e\u0301', '🇯🇵', '👩‍👩‍👧'];

  it.each(units)('a 30 KB line of %j: sentences are slices, at most MAX_SENTENCE long, never splitting a code point', (unit) => {
    const text = unit.repeat(Math.ceil(30_000 / unit.length));
    const { sentences } = segment(text);
    let last = 0;
    for (const s of sentences) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE);
      expect(s.start).toBeGreaterThanOrEqual(last);
      expect(s.text.isWellFormed()).toBe(true);
      last = s.end;
    }
    // Only white space is left out.
    expect(sentences.map((s) => s.text).join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
  });

  it('a cut inside a long run lands on a grapheme boundary (flags and family emoji stay whole)', () => {
    for (const unit of ['🇯🇵', '👩‍👩‍👧', 'e\u0301\u0302']) {
      const { sentences } = segment(unit.repeat(2000));
      for (const s of sentences) expect(s.text.split(unit).join('')).toBe('');
    }
  });

  it('keeps sentences and abbreviations the same across a window edge', () => {
    const text = 'We met Mr. Sato today. '.repeat(200).trim();
    const { sentences } = segment(text);
    expect(new Set(sentences.map((s) => s.text))).toEqual(new Set(['We met Mr. Sato today.']));
    expect(sentences).toHaveLength(200);
  });
});
