// The `news` fact on its own: every cue entry of dictionaries/ja/news.json on its own sentences (has / hasNot),
// then the structures no word list holds — a higher amount after a lower one, part of an order, a date that
// moves — with the look-alikes that must stay no news: a range of prices, a cut in price, a person running
// late, the client's own change confirmed, a question, a condition, a mention.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeJapanese } from '../../../src/engine/analysis/ja';
import { sharedNodeTokenizer } from '../../../src/engine/node-dictionary';
import type { JapaneseTokenizer } from '../../../src/engine/tokenizer';
import { NEWS } from '../../../src/rules/ja/lib/dictionaries';

let tokenizer: JapaneseTokenizer;
beforeAll(async () => {
  tokenizer = await sharedNodeTokenizer();
});
const news = (text: string) => analyzeJapanese(text, tokenizer.tokenize(text, 0)).news;

describe('each news entry on its own examples', () => {
  for (const e of NEWS.entries) {
    it.each(e.has)(`${e.id}: %s is ${e.kind} news`, (text) => {
      expect(news(text)?.kind).toBe(e.kind);
    });
    it.each(e.hasNot)(`${e.id}: %s is no news`, (text) => {
      expect(news(text)).toBeUndefined();
    });
  }
});

describe('news told by its figures and shapes', () => {
  it.each([
    ['次回更新より、年間保守料は120万円から168万円になります。', 'price', '120万円から168万円'],
    ['保守料金を月額5,000円から6,000円に改定いたします。', 'price', '5,000円から6,000円'],
    ['来期の利用料は、１ライセンス３万円から３万５千円へ変わります。', 'price', '３万円から３万５千円'],
    ['ご依頼の原料500kgは、今期は200kgしか出せません。', 'shortage', 'しか出せません'],
    ['ご注文の100台のうち、今月は60台しかご用意できません。', 'shortage', 'しかご用意できません'],
    ['今四半期の供給量は、ご発注量の6割となります。', 'shortage', '割'],
    ['第1四半期はフォーキャストの40%のみの供給となります。', 'shortage', '%'],
    ['ご注文の制御盤の納品は、来月中旬以降になります。', 'delay', '納品は、来月中旬以降になります'],
    ['12月10日にお届け予定でしたが、12月24日のお届けとなります。', 'delay', 'お届けとなります'],
    ['出荷は未定です。', 'delay', '出荷は未定です'],
    ['お届け日が6月3日に変更となりました。', 'delay', 'お届け日が6月3日に変更となりました'],
    // Round 12 (J3): a schedule moved from one day to a later one, whatever the verb of moving.
    ['新商品の発売日は、3月5日から3月26日になります。', 'delay', '3月5日から3月26日になります'],
    ['本稼働は、予定の12月から翌年1月にスライドします。', 'delay', '12月から翌年1月にスライドします'],
    ['サイトの公開時期は4月から第3四半期へと移ります。', 'delay', '4月から第3四半期へと移ります'],
    ['竣工は、2026年11月30日から2027年1月29日に延びます。', 'delay', '2026年11月30日から2027年1月29日に延びます'],
    ['補充分の入荷時期は未定となっております。', 'delay', '入荷時期は未定となっております'],
  ] as const)('%s → %s', (text, kind, cue) => {
    const n = news(text);
    expect(n?.kind).toBe(kind);
    expect(text.slice(n!.start, n!.end)).toContain(cue);
  });

  it.each([
    ['a range of prices', '費用は120万円から150万円程度です。'],
    ['a price going down', '月額6,000円から5,000円にお値下げいたします。'],
    ['a person running late', '田中が10分ほど遅れます。'],
    ['our manager running late', '私が会議に少し遅れます。'],
    ['a date the client asked for', 'ご依頼のとおり、納品日を12月20日に変更いたしました。'],
    ['a date that stands', '納品は12月10日を予定しております。'],
    ['a question about a date', '出荷日は変更になりますか。'],
    ['a conditional price', '年内にご契約いただけない場合、来年からは20%の値上げとなります。'],
    ['a product introduction', '新製品のご紹介をさせていただきます。'],
    ['a quantity secured', 'ご注文の数量はすべてご用意できます。'],
    ['only one thing asked for', 'ご確認いただくのは1点のみです。'],
    ['a quoted complaint', '「納品が遅れている」とのご指摘をいただきました。'],
    ['an ending meeting', '本日の打ち合わせは16時に終了いたします。'],
    ['a launch brought forward', '発売日は、3月26日から3月5日に早まります。'],
    ['a launch moved earlier in words of change', '発売日は、3月26日から3月5日に変更になります。'],
    ['a period of sale, not a move', '販売期間は3月5日から3月26日となります。'],
    ['a meeting moved, not a schedule of goods', 'お打ち合わせは3月5日から3月12日に変更になります。'],
  ])('%s is no news', (_what, text) => {
    expect(news(text)).toBeUndefined();
  });
});
