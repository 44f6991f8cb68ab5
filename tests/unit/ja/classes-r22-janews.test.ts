// Round 22 (r22-janews), Japanese bad news given as figures, price lines, counts and status lines, in wordings of our
// own (never a corpus's): stock at zero (在庫ゼロ, 在庫0, 欠品中) for what the client ordered; a rise by an amount
// said with a サ変 noun of rise (1件あたり2,000円アップ, kgあたりUSD 1.20アップ, 月300円増); a property of our goods that
// changes by figures from a batch on (内容量が500gから450gに, グレーズ率が10%から15%に); a day on an arrow that crosses
// the year (12月上旬 → 1月中旬); a part shipped on a label line and the rest on the next (今回の便に載るのは：16ケース /
// 残り24ケース：次の便); a row under a header of ordered against allocated counts; an occasion of ours as a label with
// 中止 / 延期 as its value. Near misses: the same figures in a notice with an apology, a reason and an offer to explain;
// good news (値下げ, 前倒し, 在庫あり, 据え置き); the client's own figures; an order confirmation; internal mail; a
// verdict 「X：不可」 answering the client's ask (a refusal, not news).
import { classTables, inCategory } from './refusal-honorific-table';
import { expect, it } from 'vitest';

const CLIENT = { recipient: 'client' as const, firstContact: false, now: '2026-11-20' };

classTables([
  {
    name: 'r22 bad news as figures, price lines, counts and status lines (no apology, reason or offer)',
    category: 'bad-news',
    context: CLIENT,
    flagged: [
      ['ご注文いただいた交換用フィルターは在庫ゼロです。', '在庫ゼロ'],
      ['ご発注のガスケット（200個）は、現在在庫が0です。', '在庫が0'],
      ['ご注文分の状況です。\n・パッキンA：在庫ゼロ\n・パッキンB：出荷済み', '在庫ゼロ'],
      ['前回お見積りの保管料は、来月より1パレットあたり500円アップとなります。', '500円アップ'],
      ['2027年度の価格表をお送りします。\n・冷凍ホタテ（1kg）：kgあたりUSD 1.20アップ\n・冷凍エビ：据え置き', 'USD 1.20アップ'],
      ['来月より運賃が1ケースあたり80円アップします。', '80円アップ'],
      ['8月出荷分より、内容量が500gから450gに変わります。', '500gから450g'],
      ['次回ロットより、ホタテのグレーズ率が10%から15%に変わります。', '10%から15%'],
      ['進捗をご報告します。\n・ギフトセット：12月下旬 → 2月上旬に変更', '12月下旬 → 2月上旬'],
      ['ご注文分の出荷です。\n12/5出航の便に載るのは：20ケース\n・残り30ケース：次の便（12/26出航）', '20ケース'],
      ['2027年の割当数量が確定しましたので、お知らせします。\n\n銘柄                    | ご注文数 | 割当数\nHighland Reserve 12年   | 60本     | 24本\nIsle Cask 18年          | 30本     | 30本', '60本     | 24本'],
      ['来月の予定です。\n3月4日 ジョンソン来日：中止\n3月10日 工場監査：予定どおり', '中止'],
      ['今後の日程です。\n・11月の新製品説明会：延期（日程未定）', '延期'],
      ['次回ご発注分より単価を5%改定します。', '改定'],
      ['ご注文分の状況です。\n・Shiraz 750mlの出荷数：120本 → 36本', '120本 → 36本'],
      ['料金改定のご案内です。\n・保管料 月300円アップ', '300円アップ'],
      ['保管料は来月から1パレット500円増となります。', '500円増'],
      ['ご注文のフィルターは在庫がゼロの状態です。', '在庫がゼロ'],
      // An occasion of ours called off, with the courtesy お・ご a shared meeting or our own visit carries.
      ['12月10日（木）のお打ち合わせは中止します。', '中止'],
      ['7月に予定しておりました弊社部長の御社ご訪問は、中止となりました。\nご承知おきください。', '中止'],
      // A past call is no offer to meet (先日のお電話で).
      ['先日のお電話で田中様がおっしゃっていた件、承知いたしました。\nなお、次回納品は4月8日から4月22日に変更となります。', '4月8日から4月22日'],
      // A meeting proposed on another topic is no offer to explain the news.
      ['来月のお打ち合わせの件、10月7日の午前中はいかがでしょうか。\n通関手数料は10月より1件あたり2,000円アップとなります。', '2,000円アップ'],
    ],
    clean: [
      // The same figures with an apology, a reason and an offer to explain.
      '誠に恐縮ながら、燃料費高騰のため、保管料は来月より1パレットあたり500円アップとなります。改めてご説明に伺います。',
      '大変申し訳ございませんが、ご注文いただいた交換用フィルターは在庫ゼロです。入荷の見通しを含め、お電話でご説明いたします。',
      // Good news.
      '2027年度の価格表をお送りします。\n・冷凍ホタテ（1kg）：kgあたりUSD 1.20値下げ\n・冷凍エビ：据え置き',
      '進捗をご報告します。\n・ギフトセット：2月上旬 → 12月下旬に前倒し',
      'ご注文いただいた交換用フィルターは在庫ありです。明日出荷いたします。',
      '次回ロットより、内容量が450gから500gに増えます。',
      // The client's own figures, an order confirmation, a quote.
      'ご注文内容を確認いたしました。\n・Highland Reserve 12年：60本\n・Isle Cask 18年：30本',
      '2027年の割当数量が確定しましたので、お知らせします。\n\n銘柄                    | ご注文数 | 割当数\nHighland Reserve 12年   | 60本     | 60本\nIsle Cask 18年          | 30本     | 30本',
      'お見積りは以下のとおりです。\n・通関手数料：1件あたり2,000円\n・保管料：1パレットあたり月500円',
      'ご指摘の件、「在庫ゼロ」と表示されていたのはシステムの表示誤りでした。実際には在庫がございます。',
      // The client's meeting or order they call off is theirs, not our news; a deadline of theirs put off is time given.
      'ご依頼いただいた12月10日のお打ち合わせは、ご都合が悪いとのことで中止いたしました。',
      'ご注文を取りやめられる場合は、前日までにご連絡ください。',
      'ご請求書の件です。\n・お支払い期限：延期\n・金額：変更なし',
      // An allocation whose figures match the order, and a meeting offered to explain the rise.
      '2027年の割当数量が確定しましたので、お知らせします。',
      '通関手数料は10月より1件あたり2,000円アップとなります。\nこの件につきまして、ご説明のお時間をいただけますでしょうか。',
      // Our rise in figures that are not a price (sales, shipments) is no charge to the client.
      '今期の実績です。\n・出荷数：20%増\n・売上：1,200万円増',
      '在庫ゼロを目指して改善を進めております。',
      'ポイント還元：1,000円アップ',
      // A fall of goods on an arrow that the client asked for, or of defects.
      'ご依頼のとおり、ご注文数を変更いたしました。\n・Shiraz 750ml：120本 → 36本',
      '不良数の推移です。\n・A-100：120個 → 36個',
      // A verdict on the client's ask is a refusal, not news.
      'ご要望への回答です。\n・返品：不可\n・分納：可',
    ],
  },
]);

it('internal mail with the same figures is clean', () => {
  const internal = { ...CLIENT, recipient: 'internal' as const };
  expect(inCategory('Oリングキットは在庫ゼロです。\n保管料は来月より1パレットあたり500円アップとなります。', 'bad-news', internal)).toEqual([]);
});
