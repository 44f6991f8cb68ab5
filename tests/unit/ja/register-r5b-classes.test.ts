// Register classes the round-5 development set showed, in wordings of our own: 〜けど after a plain form as
// well as a polite one (申し訳ないけど), a verb's plain negative carried by です (出せないです), and a
// colleagues' or friends' greeting cut short (お疲れです, あけおめ). Judged per sentence against a client;
// the written forms (〜が, 〜ません, 少ないです) stay clean, and internal mail is clean. Also a case particle
// dropped before the sentence's own verb (添付見てください, 工場行きます), and a casual word inside a blunt
// refusal, which the refusal's rewrite fixes (one finding, not two).
import { describe, expect, it } from 'vitest';
import { japaneseRules } from '../../../src/rules/ja';
import { nodeEngine } from '../node-engine';

const engine = nodeEngine(japaneseRules);
const register = (body: string, recipient: 'client' | 'internal' = 'client') =>
  engine.analyze({ body, context: { recipient, firstContact: false, now: '2026-06-01' } }).filter((f) => f.category === 'register');

describe('register: spoken forms in a mail to a client', () => {
  it.each([
    '急ぎで確認したけど、数量が合いません。',
    '在庫はあるけど、色が違います。',
    'ご提案は高いけど、品質は確かです。',
    '来週は半分しか納められないです。',
    'この仕様ではお受けできないです。',
    '来週は担当者が社内にいないです。',
    'お疲れです、製造部の村田です。',
    'あけおめです、本年もよろしくお願いいたします。',
  ])('flags %s', (line) => {
    expect(register(line).length).toBeGreaterThan(0);
  });

  it.each([
    '急ぎで確認しましたが、数量が合いません。',
    '在庫が少ないです。',
    '来週は半分しか納められません。',
    'もったいないです。',
    'お疲れ様です、製造部の村田です。',
    '新年あけましておめでとうございます。',
  ])('leaves %s alone', (line) => {
    expect(register(line)).toEqual([]);
  });

  it('internal mail may talk as colleagues do', () => {
    expect(register('お疲れです、在庫はあるけど、色が違います。', 'internal')).toEqual([]);
  });
});

describe('register: a particle dropped before the sentence’s verb', () => {
  it.each([
    '添付見てください。',
    '来週の月曜、工場行きます！',
    '明日、見積書送ります。',
    '午後に倉庫寄ります。',
    '新しい図面使ってください。',
    '帰りに事務所寄ります。',
  ])('flags %s', (line) => {
    expect(register(line).length).toBeGreaterThan(0);
  });
  it.each([
    '添付をご覧ください。',
    '心より御礼申し上げます。',
    '特に問題ございません。',
    '全数まとめて出荷いたします。',
    'ご迷惑をおかけします。',
    '追加の作業いただけますか。',
  ])('leaves %s alone', (line) => {
    expect(register(line)).toEqual([]);
  });
});

describe('a casual word inside a blunt refusal', () => {
  it('is the refusal’s to fix', () => {
    const fs = engine.analyze({ body: '翻訳は契約に含まれていないので対応できないです。', context: { recipient: 'client', firstContact: false, now: '2026-06-01' } });
    expect(fs.map((f) => f.category)).toEqual(['blunt-refusal']);
  });
});
