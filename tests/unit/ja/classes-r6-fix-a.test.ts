// Round 6 (fix-a). A holiday closure (年末年始休業, 夏季休業) or a maintenance stop is a routine notice, not bad
// news, as in English; a site closed for good stays bad news. An end of support that answers the client's
// question (ご質問の旧版は、3月以降はサポート対象外となります) is one finding, bad news: the refusal rule gives
// way to it through its yieldsTo, and still reports a refusal where no news is read.
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../src/engine/engine';
import { sharedNodeTokenizer } from '../../../src/engine/node-dictionary';
import { RULES } from '../../../src/rules';
import { analyze, classTables } from './refusal-honorific-table';

classTables([
  {
    name: 'a holiday or maintenance closure is not bad news',
    category: 'bad-news',
    flagged: [
      '大阪工場は3月末をもって閉鎖いたします。',
      '名古屋サービスセンターは8月31日をもって営業を終了いたします。',
    ],
    clean: [
      '年末年始休業のお知らせ\n誠に勝手ながら、弊社は12月29日から1月3日まで休業いたします。',
      '夏季休業のため、8月11日から8月16日まで出荷を停止いたします。',
      'システムメンテナンスのため、3月2日2時から5時までサービスを停止いたします。',
    ],
  },
]);

const END_OF_SUPPORT = [
  'ご質問の旧バージョンですが、2027年3月以降はサポート対象外となります。',
  'ご依頼の件ですが、旧モデルは9月末以降は修理対象外となります。',
  'お問い合わせいただいたTX-40は、来年4月以降はサポート対象外となります。',
];

describe('an end of support that answers a question is one finding', () => {
  it.each(END_OF_SUPPORT)('%s → bad news only', (text) => {
    expect(analyze(text).map((f) => f.ruleId)).toEqual(['ja.bad-news.blunt-bad-news']);
  });
  it.each(END_OF_SUPPORT)('%s → a refusal once the bad-news rule is off', async (text) => {
    const engine = new Engine({ rules: RULES.filter((r) => r.id !== 'ja.bad-news.blunt-bad-news'), tokenizer: await sharedNodeTokenizer() });
    const context = { recipient: 'client', firstContact: false, now: '2025-12-01' } as const;
    expect(engine.analyze({ body: text, context }).map((f) => f.ruleId)).toEqual(['ja.blunt-refusal.unsoftened-refusal']);
  });
  it.each(['ご提案いただいた共同開発は、今回は見合わせます。', 'ご相談いただいた追加出荷は、今月は見送らせていただきます。'])(
    '%s → a decision on their request stays a refusal, not news', (text) => {
      expect(analyze(text).map((f) => f.ruleId)).toEqual(['ja.blunt-refusal.unsoftened-refusal']);
    });
  it('a refusal with no news in it is still a refusal', () => {
    expect(analyze('ご依頼の追加加工は請け負っておりません。').map((f) => f.ruleId)).toEqual(['ja.blunt-refusal.unsoftened-refusal']);
  });
});
