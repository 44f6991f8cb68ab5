// The document layout annotator: address block, greeting, body, closing, signature and quoted history.
import { describe, expect, it } from 'vitest';
import { FactStore } from '../../../src/engine/analysis/facts';
import { layoutOf, mailLayout } from '../../../src/engine/analysis/layout';
import { FieldParser } from '../../../src/engine/parse';
import { splitLines } from '../../../src/engine/segment';

const MAIL = [
  '株式会社ABC', // 0
  '営業部 佐藤様', // 1
  '', // 2
  'いつもお世話になっております。', // 3
  '株式会社XYZの山田です。', // 4
  '見積書をお送りいたします。', // 5
  'よろしくお願いいたします。', // 6
  '山田太郎', // 7
  '', // 8
  '-----Original Message-----', // 9
  'よろしくお願いします。', // 10
].join('\n');

describe('mail layout', () => {
  it('finds each part of a mail', () => {
    const l = mailLayout(splitLines(MAIL));
    expect(l.salutation.map((x) => x.text)).toEqual(['株式会社ABC', '営業部 佐藤様']);
    expect(l.greeting).toBe(3);
    expect(l.bodyStart).toBe(3);
    expect(l.closing).toBe(6);
    expect(l.signatureStart).toBe(7);
    expect(l.quotedFrom).toBe(9);
  });
  it('has no greeting, closing or history when the mail has none', () => {
    const l = mailLayout(splitLines('佐藤様\n\n見積書をお送りします。'));
    expect([l.greeting, l.closing, l.quotedFrom]).toEqual([-1, -1, 3]);
  });
  it('the closing of quoted history is not the mail\'s closing', () => {
    expect(mailLayout(splitLines('見積書をお送りします。\n\n-----元のメッセージ-----\nよろしくお願いいたします。')).closing).toBe(-1);
  });
  it('is cached per text in the FactStore', () => {
    const facts = new FactStore();
    expect(layoutOf({ text: MAIL, facts })).toBe(layoutOf({ text: MAIL, facts }));
  });
  it('read from the parsed lines and own part, equals the layout of the text split again', () => {
    const parser = new FieldParser(null);
    const texts = [
      MAIL,
      MAIL.replace('-----Original Message-----', 'On Mon, Dec 1, 2025 at 10:00 Sato <s@example.com> wrote:'),
      MAIL.replace('-----Original Message-----\n', ''),
      '見積書をお送りします。\n\n-----元のメッセージ-----\nよろしくお願いいたします。',
      'From: 佐藤\nTo: 山田\n件名: 見積\n\n本文です。',
      '',
    ];
    for (const text of texts) {
      const parsed = parser.parse(text);
      const facts = new FactStore();
      expect(layoutOf({ text, facts, lines: parsed.lines, own: parsed.own })).toEqual(mailLayout(splitLines(text)));
    }
  });
  it('keeps only the latest few field texts, not one per keystroke', () => {
    const facts = new FactStore();
    let computed = 0;
    const texts = Array.from({ length: 10 }, (_, i) => `${MAIL}${'あ'.repeat(i)}`);
    for (const text of texts) facts.ofText('layout-test', text, () => ++computed);
    expect(computed).toBe(10);
    facts.ofText('layout-test', texts[9]!, () => ++computed);
    expect(computed).toBe(10);
    facts.ofText('layout-test', texts[0]!, () => ++computed);
    expect(computed).toBe(11);
  });
});
