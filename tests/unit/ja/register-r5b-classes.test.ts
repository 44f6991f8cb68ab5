// Register classes the round-5 development set showed, in wordings of our own: 〜けど after a plain form as
// well as a polite one (申し訳ないけど), a verb's plain negative carried by です (出せないです), and a
// colleagues' or friends' greeting cut short (お疲れです, あけおめ). Judged per sentence against a client;
// the written forms (〜が, 〜ません, 少ないです) stay clean, and internal mail is clean.
import { beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../../src/engine/engine';
import { sharedNodeTokenizer } from '../../../src/engine/node-dictionary';
import { japaneseRules } from '../../../src/rules/ja';

let engine: Engine;
beforeAll(async () => {
  engine = new Engine({ rules: japaneseRules, tokenizer: await sharedNodeTokenizer() });
});
const register = (body: string, recipient: 'client' | 'internal' = 'client') =>
  engine.analyze({ body, context: { recipient, firstContact: false, now: '2026-06-01' } }).filter((f) => f.category === 'register');

describe('register: spoken forms in a mail to a client', () => {
  it.each([
    '急ぎで確認したけど、数量が合いません。',
    '在庫はあるけど、色が違います。',
    'ご提案は高いけど、品質は確かです。',
    '来週は半分しか納められないです。',
    'この仕様ではお受けできないです。',
    '今回の値引きには応じられないです。',
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
