// The parser takes the lines before and after an edit from its last parse of the same field and moves the
// Sentence objects of lines that moved instead of making new ones. Whatever the edits, a warm parser must give
// what a fresh one gives: the same lines, own part, quoted ranges and sentences, with tokens and words at their
// absolute offsets, whether or not they were read before the sentence moved.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeDraft } from '../../../bench/texts';
import { sharedNodeTokenizer } from '../../../src/engine/node-dictionary';
import { FieldParser, type ParsedField } from '../../../src/engine/parse';
import type { JapaneseTokenizer } from '../../../src/engine/tokenizer';

let tokenizer: JapaneseTokenizer;
beforeAll(async () => {
  tokenizer = await sharedNodeTokenizer();
});

type Edit = { kind: 'insert' | 'delete' | 'copy-line' | 'replace'; at: number; to: number; text: string };

const PIECES = [
  'あ', '。', '\n', '\r\n', '\n\n', 'x', ' ', 'Mr. ', '御社', '了解しました。', 'No, that is out of scope. ',
  '\n> 引用です。\n', '\n＞ quoted\n', '\n-----Original Message-----\n', '\nOn Mon, 1 Dec 2025 at 10:00, Sato wrote:\n',
  '\nFrom: 佐藤\nSent: Monday\nTo: 田中\n', '\nいつもお世話になっております。\n', '\r',
];

function apply(text: string, e: Edit): string {
  const at = Math.min(e.at, text.length);
  const to = Math.min(text.length, at + e.to);
  switch (e.kind) {
    case 'insert':
      return text.slice(0, at) + e.text + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(to);
    case 'replace':
      return text.slice(0, at) + e.text + text.slice(to);
    case 'copy-line': {
      // The line holding `at`, copied to `to` characters further on: the same line text twice in the field.
      const start = text.lastIndexOf('\n', at - 1) + 1;
      const end = text.indexOf('\n', at);
      const line = text.slice(start, end < 0 ? text.length : end);
      const where = Math.min(text.length, start + e.to * 7);
      return `${text.slice(0, where)}\n${line}\n${text.slice(where)}`;
    }
  }
}

const edit = fc.record({
  kind: fc.constantFrom('insert', 'insert', 'delete', 'copy-line', 'replace'),
  at: fc.nat({ max: 2500 }),
  to: fc.nat({ max: 300 }),
  text: fc.constantFrom(...PIECES),
}) as fc.Arbitrary<Edit>;

/** Everything a rule can read of a parse, as plain data (tokens and words read, which moves them). */
function plain(p: ParsedField) {
  return {
    text: p.text,
    own: p.own,
    lines: p.lines.map((l) => ({ ...l })),
    quoted: p.quoted,
    sentences: p.sentences.map((s) => ({ text: s.text, start: s.start, end: s.end, lang: s.lang, line: s.line, tokens: s.tokens, words: s.words })),
  };
}

describe('a warm parser after edits = a fresh parser', () => {
  it.each(['ja', 'mixed', 'en'] as const)('%s draft, random edits, some sentences read between them', (mix) => {
    const start = makeDraft(mix, 2, 5);
    fc.assert(
      fc.property(fc.array(fc.tuple(edit, fc.nat({ max: 7 })), { minLength: 1, maxLength: 15 }), (edits) => {
        const warm = new FieldParser(tokenizer);
        let text = start;
        warm.parse(text, 'body');
        for (const [e, every] of edits) {
          text = apply(text, e);
          const got = warm.parse(text, 'body');
          // Read some sentences' tokens or words now (they are then fixed at this place) and leave the rest
          // unread, so that the next edit moves both kinds.
          got.sentences.forEach((s, i) => every > 0 && i % every === 0 && (s.tokens ?? s.words));
          expect(plain(got)).toEqual(plain(new FieldParser(tokenizer).parse(text)));
        }
      }),
      { numRuns: 40, seed: 13 },
    );
  }, 240_000);

  it('fields parsed in turn under their own keys, and under none', () => {
    const warm = new FieldParser(tokenizer);
    const body = makeDraft('mixed', 2, 3);
    const subject = 'お見積りの件\nRe: quotation';
    for (const [key, text] of [['subject', subject], ['body', body], ['', body], ['subject', `${subject}。`], ['body', `追記。\n${body}`], ['', body.slice(5)], ['body', body]] as const) {
      expect(plain(warm.parse(text, key))).toEqual(plain(new FieldParser(tokenizer).parse(text)));
    }
  });

  it('the same line twice: each occurrence has its own sentences at its own place, before and after moves', () => {
    const warm = new FieldParser(tokenizer);
    const line = 'いつもお世話になっております。資料をお送りします。';
    const texts = [`${line}\n${line}`, `前置き。\n${line}\n${line}`, `前置き。\n${line}\n中。\n${line}`, `${line}\n中。\n${line}`, `${line}\n\n${line}\n${line}`];
    for (const text of texts) {
      const got = warm.parse(text, 'body');
      expect(plain(got)).toEqual(plain(new FieldParser(tokenizer).parse(text)));
      for (const s of got.sentences) for (const t of s.tokens!) expect(text.slice(t.start, t.end)).toBe(t.surface);
      expect(new Set(got.sentences).size).toBe(got.sentences.length);
    }
  });

  it('unchanged lines above an edit keep their Sentence objects; lines below it keep theirs, moved', () => {
    const warm = new FieldParser(tokenizer);
    const text = '佐藤様\n\n資料をお送りします。\n見積書を添付いたします。ご確認ください。\nよろしくお願いいたします。';
    const before = warm.parse(text, 'body').sentences;
    const beforeStarts = before.map((s) => s.start);
    const edited = text.replace('資料', '書類と資料');
    const after = warm.parse(edited, 'body').sentences;
    expect(after[0]).toBe(before[0]);
    expect(after.slice(2)).toEqual(before.slice(2));
    after.slice(2).forEach((s, i) => {
      expect(s).toBe(before[i + 2]);
      expect(s.start).toBe(beforeStarts[i + 2]! + 3);
      for (const t of s.tokens!) expect(edited.slice(t.start, t.end)).toBe(t.surface);
    });
  });
  it('a placed sentence has no accessor of its own: its tokens and words are read through its class', () => {
    // An object literal with a getter is kept by V8 in dictionary mode (every property read a hash look-up):
    // placed sentences are instances of one class, the accessors on its prototype, and still move lazily.
    const warm = new FieldParser(tokenizer);
    const text = '佐藤様\n資料をお送りします。Thanks for the call.\n見積書を添付いたします。';
    warm.parse(text, 'body');
    const edited = 'はい。' + text;
    const after = warm.parse(edited, 'body').sentences;
    for (const s of after) {
      expect(Object.getOwnPropertyDescriptor(s, 'tokens')).toBeUndefined();
      expect(Object.getOwnPropertyDescriptor(s, 'words')).toBeUndefined();
      expect(Object.getPrototypeOf(s)).toBe(Object.getPrototypeOf(after[0]));
      for (const t of s.tokens ?? s.words ?? []) expect(edited.slice(t.start, t.end)).toBe('surface' in t ? t.surface : t.text);
    }
    expect(after.some((s) => s.words !== undefined) && after.some((s) => s.tokens !== undefined)).toBe(true);
  });
});
