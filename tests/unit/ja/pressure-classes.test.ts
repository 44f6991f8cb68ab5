// Pressure on a prospect's decision as a class, in wordings of our own: a decision or an answer asked for
// under a time limit however the date is written (来週月曜までに, 今週中に, 12月15日までに, 早めに), and an
// offer that lapses (以降は…ご提供できません, 過ぎますと…できなくなります, 今だけ). Near misses stay clean:
// the client's own schedule, a quote's validity, our own promise of a date, an invitation on a condition,
// a price held.
import { beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../../src/engine/engine';
import { sharedNodeTokenizer } from '../../../src/engine/node-dictionary';
import type { Finding } from '../../../src/engine/types';
import { japaneseRules } from '../../../src/rules/ja';

let engine: Engine;
beforeAll(async () => {
  engine = new Engine({ rules: japaneseRules, tokenizer: await sharedNodeTokenizer() });
});
const all = (body: string, recipient: 'prospect' | 'client' = 'prospect'): Finding[] =>
  engine.analyze({ body, context: { recipient, firstContact: false, now: '2025-12-01' } });
const pressure = (body: string, recipient: 'prospect' | 'client' = 'prospect') => all(body, recipient).filter((f) => f.category === 'pressure');

describe('pressure on a prospect, in any wording', () => {
  it.each([
    '来週月曜までにイエスかノーかのご回答をお願いします。',
    '今週中にご発注いただけますようお願いいたします。',
    '12月15日までに導入のご判断をお願いいたします。',
    '貴社だけ取り残されるのはもったいないと思いますので、早めにご決断ください。',
    'それ以降は本条件でのご提供はできませんので、ご承知おきください。',
    '今月末を過ぎますと、この特別価格ではご提供できなくなります。',
    'この割引価格は今だけですので、ご検討ください。',
  ])('flags %s', (line) => {
    expect(pressure(line)).toHaveLength(1);
  });

  it.each([
    'お見積りの有効期限は発行日から30日間です。',
    'ご希望の納期に間に合わせるため、5月20日までにご発注いただけますと幸いです。',
    '本日中にお見積りをお送りいたします。',
    '来週月曜までに資料をお送りいたします。',
    'お早めにご連絡いただければ、ご希望の日程で調整いたします。',
    'ご都合のよいときにご回答いただけますと幸いです。',
    '今月末までにお打ち合わせの日程をご連絡いたします。',
    '価格は来期も据え置きといたします。',
    'キャンペーン終了後も、通常価格でご提供いたします。',
  ])('leaves %s alone', (line) => {
    expect(pressure(line)).toEqual([]);
  });

  it('an existing client may be given a date to answer by', () => {
    expect(pressure('来週月曜までにご回答をお願いします。', 'client')).toEqual([]);
  });

  it('a lapsing offer is pressure, not also a refusal', () => {
    const fs = all('それ以降は本条件でのご提供はできませんので、ご承知おきください。');
    expect(fs.map((f) => f.category)).toEqual(['pressure']);
  });
});
