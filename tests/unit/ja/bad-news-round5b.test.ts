// Bad news, second pass, in wordings of our own: several pieces of news in one notice (each judged on its own),
// a list of figures with arrows under its lead, a lead time that grows, a later day than the one planned, a
// charge named by its suffix, a share added to a price, an extra cost put on the client, an outage, a defect
// confirmed in goods already shipped. Near misses stay clean: the figures going down, a shorter lead time,
// the day kept or brought forward, a planned maintenance stop, a rise announced as not happening.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/engine/types';
import { japaneseRules } from '../../../src/rules/ja';
import { nodeEngine } from '../node-engine';

const engine = nodeEngine(japaneseRules);
const mail = (lines: string) => `株式会社アサヒ製作所\n購買部 松本様\n\nいつもお世話になっております。\nトーワ化学の森です。\n\n${lines}\n\nよろしくお願いいたします。`;
const flagged = (body: string): string[] =>
  engine.analyze({ body, context: { recipient: 'client', firstContact: false, now: '2025-12-01' } })
    .filter((f: Finding) => f.category === 'bad-news').map((f) => body.slice(f.start, f.end));

describe('each piece of news in a notice is flagged on its own', () => {
  it('three changes in one numbered list: one finding over the three items, not the lead', () => {
    const body = mail('来年度のお取引条件を、以下のとおり変更いたします。\n1. 4月納品分より、梱包材の単価を1箱あたり20円引き上げます。\n2. 最低発注数量を、現行の100箱から300箱に変更します。\n3. 標準納期は、10日から20日になります。');
    const f = flagged(body);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatch(/^4月納品分より、梱包材の単価[^]*標準納期は、10日から20日になります$/);
  });
  it('news one sentence apart in a paragraph: one finding over both (round 25: one card per notice)', () => {
    const body = mail('4月納品分より、梱包材の単価を1箱あたり20円引き上げます。\n新しい価格表を添付いたします。\n標準納期は、10日から20日になります。');
    expect(flagged(body)).toEqual(['4月納品分より、梱包材の単価を1箱あたり20円引き上げます。\n新しい価格表を添付いたします。\n標準納期は、10日から20日になります']);
  });
  it('news in paragraphs apart: one finding each', () => {
    const body = mail('4月納品分より、梱包材の単価を1箱あたり20円引き上げます。\n\n新しい価格表を添付いたします。\n\n標準納期は、10日から20日になります。');
    expect(flagged(body)).toEqual(['4月納品分より、梱包材の単価を1箱あたり20円引き上げます', '標準納期は、10日から20日になります']);
  });
  it('a terse list of arrow figures: the lead that introduces it', () => {
    const body = mail('6月1日ご注文分より、下記のとおり改めます。\n・A-10：1,200円 → 1,380円\n・B-20：2,000円 → 2,300円');
    // Round 17 (r17-pairs): the finding covers the lead and the changed rows a reader quotes.
    expect(flagged(body)).toEqual(['6月1日ご注文分より、下記のとおり改めます。\n・A-10：1,200円 → 1,380円\n・B-20：2,000円 → 2,300円']);
  });
});

describe('news classes of the second pass, flagged with no apology, reason or offer', () => {
  it.each([
    ['a lead time that grows', '今後、加工品の納期は2週間から5週間となります。'],
    ['a lead time changed to a longer one', '試作品の製作期間を、10営業日から15営業日に変更いたします。'],
    ['a later day than planned', '11月5日出荷予定の部材は、11月19日出荷に変更となります。'],
    ['a later day than planned, plain', '3月2日納品予定のサンプル、納品は3月16日になる。'],
    ['a charge named by its suffix', '来年1月分より倉庫の保管料を改定いたします。'],
    ['a share added to a price', '次回ご注文分から単価+5%です。'],
    ['a share as アップ', '4月以降、配送料は10%アップとなります。'],
    ['an extra cost on the client', '新バージョンへの切り替えには別途移行費用がかかります。'],
    ['an extra cost that arises', '土日の作業には追加で作業費が発生します。'],
    ['an outage, past', '昨日の夕方、貴社向けの受注システムが3時間停止しました。'],
    ['an incident that is going on', '本日9時頃から、請求書発行サービスに障害が発生しております。'],
    ['a defect confirmed in goods shipped', '納品済みの500個のうち、約2%で寸法の誤差が確認されました。'],
    ['a cause not yet known is no reason', '先週出荷分の一部に変色が見つかりました。原因は調査中です。'],
  ])('%s: %s', (_, line) => {
    expect(flagged(mail(line))).toHaveLength(1);
  });
});

describe('near misses that stay clean', () => {
  it.each([
    ['figures going down', '6月1日ご注文分より、下記のとおり改めます。\n・A-10：1,380円 → 1,200円'],
    ['a shorter lead time', '今後、加工品の納期は5週間から2週間となります。'],
    ['a day brought forward', '11月19日出荷予定の部材は、11月5日出荷に変更となります。'],
    ['a maintenance stop announced ahead', '12月30日は定期メンテナンスのため、受注システムを停止いたします。'],
    ['a rise that will not happen', '原材料は高止まりしておりますが、来年度は値上げは行わないことといたしました。'],
    ['a cost that is not extra', '移行作業の費用は、すべて弊社で負担いたします。'],
    ['the client\'s own change confirmed', '納品先を第二倉庫へ変更される件、承知いたしました。'],
    ['a rumour denied', '供給終了の噂につきましては、そのような予定はございません。'],
    ['an invoice split, not the goods', '請求は出荷数量に合わせて分けてお送りします。'],
    ['a reason given', '円安の影響により、来年1月分より倉庫の保管料を改定いたします。'],
  ])('%s', (_, line) => {
    expect(flagged(mail(line))).toEqual([]);
  });
});
