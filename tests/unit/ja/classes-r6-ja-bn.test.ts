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

const firstContact = { recipient: 'prospect' as const, firstContact: true, now: '2026-04-20' };
const prospect = { recipient: 'prospect' as const, firstContact: false, now: '2026-04-20' };
const stranger = (lines: string) => `株式会社ツツジ物産\n総務部 ご担当者様\n\n${lines}\n\n小野`;
const following = (lines: string) => `株式会社ツツジ物産\n総務部 森様\n\nお世話になっております。\nリンクス・ジャパンの小野です。\n\n${lines}\n\nよろしくお願いいたします。`;

const coldOutreach: Class[] = [
  {
    name: 'a pitch to a stranger whose ask uses no meeting keyword: an invitation, a slot, leave to visit, a let-us',
    category: 'cold-outreach',
    context: firstContact,
    flagged: [
      stranger('はじめまして、リンクス・ジャパンの小野です。\n経理の締め作業、うちのツールなら半分の時間で終わります。\n今度、ランチでもどうですか？'),
      stranger('初めてご連絡いたします。リンクス・ジャパンの小野です。\n貴社の配送コストを1割下げるご提案がございます。\n来週木曜日の午後はいかがでしょうか。'),
      stranger('リンクスの小野です！\n貴社の倉庫、うちの棚ならもっと入ります。\n今週そちらの方面に行くので、ちょっと寄ってもいいですか？'),
      stranger('突然のご連絡失礼いたします。リンクス・ジャパンの小野です。\n在庫管理のクラウドサービスを月額9,800円から提供しております。\nまずはお気軽に30分、オンラインでお話ししましょう！'),
      stranger('突然のご連絡失礼いたします。リンクス・ジャパンの小野です。\n弊社の検査装置は不良率を半分にした実績がございます。\nぜひ一度、貴社のラインを見学させてください。'),
      stranger('初めまして、リンクス・ジャパンの小野です。\n貴社の物流を効率化するご提案があります。\n一度ご説明したいので、5月12日（火）はどうですか。'),
    ],
    clean: [
      stranger('突然のご連絡失礼いたします。リンクス・ジャパンの小野と申します。\n弊社は在庫管理のクラウドサービスを提供しております。\nご関心がございましたら、資料をお送りいたしますので、お知らせいただけますと幸いです。'),
      stranger('突然のご連絡失礼いたします。リンクス・ジャパンの小野と申します。\n株式会社ミドリ商事の川上様より、倉庫の改装をご検討中と伺い、ご紹介をいただいてご連絡いたしました。\nご都合がよろしければ、一度ご挨拶に伺えれば幸いです。'),
      stranger('このたびはお問い合わせいただき、誠にありがとうございます。リンクス・ジャパンの小野です。\n詳しくご説明したく、来週木曜日の午後はいかがでしょうか。'),
      stranger('突然のご連絡失礼いたします。リンクス・ジャパンの小野と申します。\n弊社の事例集だけでもいかがでしょうか。よろしければお送りいたします。'),
    ],
  },
  {
    name: 'a chase of an unanswered pitch in any wording: a count, a seen-question, a resend, calls that did not reach',
    category: 'cold-outreach',
    context: prospect,
    flagged: [
      following('物流改善のご案内を2回お送りしておりますが、お手元に届いておりますでしょうか。'),
      following('先月お送りしたご提案書、読んでいただけましたか？'),
      following('たびたびすみませんが、念のためもう一度ご案内をお送りします。'),
      following('昨日お電話いたしましたが、ご不在でしたので、改めてお電話いたします。'),
    ],
    clean: [
      following('先日はお時間をいただき、ありがとうございました。\nご依頼のお見積書を再送いたします。'),
      following('ご依頼の資料をお送りいたします。ご不明な点がございましたら、お気軽にお知らせください。'),
      following('先日お打ち合わせでご説明した資料、ご覧いただけましたか？'),
      following('お電話も何度かさせていただいておりますが、つながりませんでした。'),
    ],
  },
];

classTables(coldOutreach);
