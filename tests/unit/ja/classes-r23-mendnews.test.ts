// Round 23 (mendnews), Japanese bad news sent bare, in wordings of our own: (1) a cost moving onto the client from a
// start (〜分より…お客様のご負担となります / とさせていただきます); (2) our goods destroyed or lost whole (廃棄になりました,
// 焼失しました, 全損となりました) of a counted lot. Near misses: a standing payment condition (振込手数料はお客様のご負担と
// なります, no start), our side bearing it, a disposal asked of the client or planned, and (3) a specification of the
// current version (現在のバージョンでは…のみの対応となっております: 現在の before a thing picks it out, no time).
import { classTables } from './refusal-honorific-table';

const CLIENT = { recipient: 'client' as const, firstContact: false, now: '2026-11-20' };

classTables([
  {
    name: 'r23 Japanese bad news sent bare: a cost moved onto the client, goods destroyed',
    category: 'bad-news',
    context: CLIENT,
    flagged: [
      ['来月のご請求分から、送料はお客様のご負担とさせていただきます。', 'ご負担とさ'],
      ['次回ご注文分より、梱包費はお客様負担となります。', 'お客様負担'],
      ['7月1日以降、保守部品の送料は貴社にてご負担いただくことになります。', 'ご負担いただ'],
      ['2月出荷分より、通関手数料は御社のご負担となります。', 'ご負担とな'],
      ['今後、返品時の送料はお客様のご負担となります。', 'ご負担とな'],
      ['チーズ60ケースはすべて廃棄になりました。', '廃棄'],
      ['倉庫の火災で、ご注文の部品3パレットが焼失しました。', '焼失'],
      ['輸送中の事故で、コンテナ1本分の製品が全損となりました。', '全損'],
      ['先週到着した生ハム24箱は、全数廃棄となりました。', '廃棄'],
    ],
    clean: [
      '振込手数料はお客様のご負担となります。',
      'なお、振込手数料はお客様のご負担にてお願いいたします。',
      '4月分より、振込手数料は弊社にて負担いたします。',
      '期限切れのサンプルは、すべて廃棄してください。',
      '不要になった梱包箱は、当社で廃棄いたします。',
      '廃棄の際は、ロット番号を記録してください。',
      // The reason given with it (不備により) is no bare news.
      '温度管理の不備により、今回の入荷分は全量廃棄となりました。',
      '現在のバージョンでは、CSV形式のみの対応となっております。',
      '現在の契約プランでは、平日のみの受付となっております。',
    ],
  },
]);
