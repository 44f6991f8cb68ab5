// Refusals in any verb, read from the analysis: our side's negated act with no cushion is blunt-refusal,
// whatever the verb; states, specifications, the client's own no and cushioned refusals stay clean.
import { describe, expect, it } from 'vitest';
import { applySuggestion } from '../../../src/engine/apply';
import { nodeEngine } from '../node-engine';

const engine = nodeEngine();
const analyze = (body: string) => engine.analyze({ body, context: { recipient: 'client', now: '2025-12-01' } });
const refusals = (body: string) => analyze(body).filter((f) => f.category === 'blunt-refusal');

describe('a no in any verb is flagged', () => {
  it.each([
    'そのようなカスタマイズはやりません。', '当社は個人のお客様とは取引しません。', 'なお、見積書は郵送しません。', '今回のイベントには出展しません。',
    'データは共有しません。', 'サンプルはお送りしません。', 'その件にはお答えしません。', 'この条件では署名しないことにしました。',
    '弊社では中古品は買い取りません。', 'その日程ではお伺いできません。', '納期の短縮は承れません。', 'その価格では応じられません。',
    'サンプルは送れません。', '私どもでは設計の変更は引き受けません。',
    // A standing policy in the progressive, spelled out or contracted; a change asked for, declined.
    '弊社ではやっておりません。', 'その作業は弊社ではやってないです。', 'そういうサービスは扱ってないです。', '返品は受け付けてないです。',
    '前日のご依頼での日程変更は受けられません。', '仕様の変更は承れません。', 'その日程は無理です。', '土曜日の対応は不可です。',
  ])('%s', (text) => {
    expect(refusals(text).length).toBeGreaterThan(0);
  });
});

describe('near misses stay clean', () => {
  it.each([
    '申し訳ございませんが、そのようなカスタマイズはいたしかねます。', 'あいにく、今回はお受けいたしかねます。', '本機は屋外ではご使用になれません。',
    '現在、在庫はございません。', '追加料金は発生しません。', 'まだ確認できておりません。', '佐藤様は明日いらっしゃらないとのことです。',
    '何か問題はありませんか？', 'ご心配には及びません。', '費用はかかりません。', 'ご迷惑はおかけしません。', '価格は変わりません。',
    '明日は休みなので、出社しません。', '資料はまだ届いておりません。', '来週の会議には参加できませんか？',
    // ござる says what there is; a cost denied is good news; a status is not a policy; a cushion that apologises.
    '日程の変更は差し支えございません。', '間違いございません。', '費用の追加はいたしません。', '追加費用の請求はしません。',
    'まだ送ってないです。', '東京ではやっている製品です。', 'ご期待に沿えず申し訳ございません。土曜日は対応できません。',
    'お役に立てず心苦しいのですが、その価格ではお受けできません。',
  ])('%s', (text) => {
    expect(refusals(text)).toEqual([]);
  });
});

describe('the suggestion keeps the verb and the content, and raises nothing new', () => {
  it.each([
    ['当社は個人のお客様とは取引しません。', '申し訳ございませんが、当社は個人のお客様とはお取引いたしかねます。'],
    ['サンプルはお送りしません。', '申し訳ございませんが、サンプルはお送りいたしかねます。'],
    ['データは共有しません。', '申し訳ございませんが、データはご共有いたしかねます。'],
  ])('%s → %s', (text, out) => {
    const f = refusals(text).find((x) => x.ruleId === 'ja.blunt-refusal.negated-act')!;
    expect(applySuggestion(text, f, 0)).toBe(out);
    expect(analyze(out)).toEqual([]);
  });
});
