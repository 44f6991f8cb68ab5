import { beforeAll, describe, expect, it } from 'vitest';
import { sharedNodeTokenizer } from '../../../src/engine/node-dictionary';
import type { Token } from '../../../src/engine/types';
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
    // Round 23: read from the grammar, not the letters counted. A long Japanese term in an English clause…
    ['月末締め翌々月末払い is not acceptable for us.', 'en'],
    ['手形サイト120日 cannot be accepted.', 'en'],
    ['Payment by 手形 (promissory note) 120 days: is not accepted.', 'en'],
    // …English words in a Japanese clause…
    ['このspecではsupportできません。', 'ja'],
    ['Northvale SoftwareのClaire Tremblayです。', 'ja'],
    ['Additional inspection report for lot 2609-A の件、了解しました。', 'ja'],
    // …a quoted Japanese clause in an English sentence, and labels with no clause (counted as before).
    ['You wrote 「値引きはできません」 and we understand.', 'en'],
    ['Nexa Cloud 加藤', 'en'],
    ['場所：オンライン（Google Meet）', 'ja'],
  ] as const)('%s → %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });
});

describe('a clause in each language on one line (round 23), read with kuromoji as the engine reads it', () => {
  let tokenize: (text: string) => Token[];
  beforeAll(async () => {
    const tokenizer = await sharedNodeTokenizer();
    tokenize = (text) => tokenizer.tokenize(text);
  });
  it.each([
    ['That is out of scope — オンサイト研修はサポート対象外です。', [['en', 'That is out of scope —'], ['ja', 'オンサイト研修はサポート対象外です。']]],
    ["大変申し訳ございませんが、I'm afraid our lab is fully booked.", [['ja', '大変申し訳ございませんが、'], ['en', "I'm afraid our lab is fully booked."]]],
    ['Please note: 10月ご注文分から、最低発注数量が変わります。', [['en', 'Please note:'], ['ja', '10月ご注文分から、最低発注数量が変わります。']]],
    ['Just a reminder: 本日中にPOをいただけない場合、this quote is void.', [['en', 'Just a reminder:'], ['ja', '本日中にPOをいただけない場合、'], ['en', 'this quote is void.']]],
    // A label, a bilingual title and a term stay one sentence.
    ['場所 / Where: オンライン（Teams）', [['ja', '場所 / Where: オンライン（Teams）']]],
    ['Re: 返品について / Return of cable assemblies', [['ja', 'Re: 返品について / Return of cable assemblies']]],
    ['The 見積書 stands as issued — we do not re-quote.', [['en', 'The 見積書 stands as issued — we do not re-quote.']]],
  ] as const)('%s', (text, parts) => {
    const { sentences } = segment(text, tokenize);
    expect(sentences.map((s) => [s.lang, s.text])).toEqual(parts);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
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
