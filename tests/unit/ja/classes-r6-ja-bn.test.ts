// Round 6, bad news and cold outreach in Japanese: classes read from the development sets' misses, in wordings
// of our own (different verbs, units and constructions from the corpus sentences), each with near misses that
// must stay clean. Every mail is wrapped in the usual frame (address, greeting, self-introduction).
import { classTables, type Class } from './refusal-honorific-table';

const client = (lines: string) => `株式会社ミズホ工業\n資材部 川村様\n\nいつもお世話になっております。\nサンコー精機の石原です。\n\n${lines}\n\nよろしくお願いいたします。`;

const badNews: Class[] = [
  {
    name: 'a term given as two figures that moves against the client (up for what they bear, down for what they receive)',
    category: 'bad-news',
    flagged: [
      client('来年1月受注分から、最低発注数量を200個から500個に変更いたします。'),
      client('2027年度より、ソフトウェアの無償保守期間が24か月から12か月になります。'),
      client('来月から定期点検を年4回から年2回に変更させていただきます。'),
      client('次回ロットより、標準リードタイムを10営業日から15営業日といたします。'),
      client('今後、1回あたりの配送上限を30ケースから20ケースに引き下げます。'),
      client('4月以降、割引率は8%から3%となります。'),
      client('年明けから、オンサイト対応は1日2回から1日1回に変わります。'),
    ],
    clean: [
      client('来年1月受注分から、最低発注数量を500個から200個に変更いたします。'),
      client('2027年度より、無償保守期間を12か月から24か月に延長いたします。'),
      client('弊社の装置は、同規模の工場で検査時間を40分から15分に短縮した実績がございます。'),
      client('ご依頼のとおり、納品数を300個から250個に変更いたしました。'),
      client('打ち合わせは4月から6月にかけて3回ほどを予定しております。'),
    ],
  },
  {
    name: 'a rate table: a date moved by an arrow, an old figure beside the new labelled by its period',
    category: 'bad-news',
    flagged: [
      'お世話になっております。\n\n・品番 KX-210\n・出荷日 11/28 → 12/16',
      'お世話になっております。\n\nニッケル：1,450円/kg（前月 1,210円/kg）\nクロム：980円/kg（前月 870円/kg）\n適用：5月1日出荷分より',
    ],
    clean: [
      'お世話になっております。\n\n・品番 KX-210\n・出荷日 12/16 → 11/28',
      'お世話になっております。\n\nニッケル：1,150円/kg（前月 1,210円/kg）',
      'お世話になっております。\n\n・会議室 3F → 5F',
    ],
  },
  {
    name: 'a charge, a cost put on the client, or a later arrival, from a date',
    category: 'bad-news',
    flagged: [
      client('なお、来月から土日の出荷には1回3,000円の手数料がかかります。'),
      client('次回ご注文分より、代引き手数料はお客様のご負担となります。'),
      client('本日発送分はすべて翌々日以降の到着となります。'),
    ],
    clean: [
      client('土日の出荷には1回3,000円の手数料がかかります。'),
      client('今後もお客様のご負担にならないよう努めてまいります。'),
      client('明日の集荷ですが、ドライバーの到着が15時ごろになります。'),
    ],
  },
  {
    name: 'how the client orders, asks or reaches us, changed by us from a date; coverage that ends from a date',
    category: 'bad-news',
    flagged: [
      client('今後、ご注文はすべて受発注システム経由に変更します。'),
      client('7月以降、お問い合わせは専用フォームでのみ受け付けます。'),
      client('来年度から、ご請求は電子請求書に切り替えとなります。'),
      client('旧型コントローラーは2027年3月をもって修理対象外となります。'),
      client('Ver.2系は来年4月以降サポート対象外となります。'),
    ],
    clean: [
      client('ご注文の変更は12月5日まで承ります。'),
      client('ご発注は下記フォームからお願いいたします。'),
      client('今後、ご発注は引き続きFAXでも承ります。'),
      client('ご依頼のとおり、お支払いは月末に変更いたしました。'),
    ],
  },
  {
    name: 'a delay whose planned day is in the sentence before',
    category: 'bad-news',
    flagged: [
      client('ご注文の部品は11月20日にお届けする予定でした。お届けは12月4日となります。'),
      client('検査治具は当初3月10日納品の予定でした。納品は3月24日に変更となります。'),
    ],
    clean: [
      client('ご注文の部品は11月20日にお届けする予定でした。お届けは11月18日となります。'),
      client('前回は11月20日にお届けしました。次回のお届けは12月4日となります。'),
    ],
  },
  {
    name: 'a cause in the sentence itself is a reason; 都合 and 諸般の事情 name no cause',
    category: 'bad-news',
    flagged: [
      client('弊社都合により、出荷は来月中旬以降となります。'),
      client('諸般の事情により、本サービスの提供を3月末で終了いたします。'),
      client('工場の都合で、納品は10月9日から10月23日に変更となります。'),
    ],
    clean: [
      client('原料不足のため出荷は来月中旬以降となります。'),
      client('部品の入荷が止まっているので、納期は来月以降となります。'),
      client('樹脂の相場が上がってるんで、来月からは単価も変わるかもです。'),
      client('ご依頼いただいた納品日の変更ですが、今回は承ることができません。'),
    ],
  },
];

classTables(badNews);
