// Round 13b (ja), classes L6, L7 and G1 in wordings of our own (never a corpus's):
// L6 our negated humble act declining a relief the client asked for (手数料の返金はいたしません, キャンセル料の免除は
//    いたしません): a cost topic heading a relief noun is no reassurance; near misses: the cost itself declined
//    (手数料はいただきません), a cushioned …かねます with an alternative, 「ご心配はいりません」, a product spec.
// L7 another buyer's interest and a near time limit on the prospect's commitment, in one sentence or two adjacent
//    ones (either order); near misses: interest with no deadline, a deadline lifted, our own promise by a date.
// G1 the inability during a closure the draft announces is no refusal; still flagged: the same words with no
//    closure announced, or answering the client's request.
import { classTables } from './refusal-honorific-table';

const PROSPECT = { recipient: 'prospect', firstContact: false, now: '2026-06-01' } as const;
const NOTICE = '誠に勝手ながら、下記の期間を夏季休業とさせていただきます。\n\n休業期間：8月12日（水）〜8月16日（日）\n\n';

classTables([
  {
    name: 'L6: a relief of a cost, declined flatly',
    category: 'blunt-refusal',
    flagged: [
      ['規定どおりですので、手数料の返金はいたしません。', '手数料の返金はいたしません'],
      ['キャンセル料の免除はいたしません。', 'キャンセル料の免除はいたしません'],
      ['送料の払い戻しは行っておりません。', '送料の払い戻しは行っておりません'],
      ['追加費用の減額はいたしません。', '追加費用の減額はいたしません'],
      ['お客様都合の場合、違約金の返還はいたしません。', 'いたしません'],
      ['振込手数料の補填は承っておりません。', '振込手数料の補填は承っておりません'],
      ['料金の割引はいたしておりません。', '料金の割引はいたしておりません'],
    ],
    clean: [
      '手数料はいただきません。',
      '追加料金の請求はいたしません。',
      '恐れ入りますが、手数料の返金はいたしかねます。代わりに次回の手数料を無料にいたします。',
      '手数料の返金についてはご心配はいりません。',
      '本製品は防水ではありません。',
      '値上げは行っておりません。',
    ],
  },
  {
    name: 'L7: a rival buyer and a near deadline on the prospect’s commitment',
    category: 'pressure',
    context: PROSPECT,
    flagged: [
      ['この中古フォークリフトは、ほかに3社様からもお問い合わせをいただいております。確保をご希望でしたら、明日までに手付金をお振り込みいただくのが確実です。', '明日までに手付金'],
      ['当該の区画については他の企業様からも引き合いをいただいております。今週中に内金をお支払いいただければ、貴社向けに押さえておきます。', '今週中に内金'],
      ['ほかにも購入をご検討中の方がいらっしゃいます。お取り置きをご希望の場合でも、金曜日までに前金のお振込をお願いしております。', '金曜日までに前金'],
      ['別のお客様からもご相談をいただいている物件でございます。10日までにお申し込みをいただいた方を優先いたします。', '10日までにお申し込み'],
      ['明後日までに手付金をお振り込みいただくのが確実です。実は、ほかに2社様からもお問い合わせをいただいております。', 'ほかに2社様からもお問い合わせ'],
      ['ほかにも購入希望の方がいらっしゃいます。今月20日までに内金をお支払いいただければ、貴社向けにお取り置きします。', '今月20日までに内金'],
    ],
    clean: [
      'ほかに2社様からもお問い合わせをいただいております。ご検討の際は、どうぞご都合のよいときにご連絡ください。',
      '他社様の導入事例をご紹介いたします。明日までに資料をお送りいたします。',
      'ほかに2社様からもお問い合わせをいただいております。急ぎませんので、来月中にご返答いただければ十分です。',
      'ほかにご不明な点がございましたら、お知らせください。今週中にお見積りをお送りいたします。',
      '他のお客様からもお問い合わせをいただいております。明日までに資料をお送りいたします。',
    ],
  },
  {
    name: 'L7: the same to an existing client planning with us',
    category: 'pressure',
    flagged: [],
    clean: ['ほかに2社様からもお問い合わせをいただいております。確保をご希望でしたら、明日までに手付金をお振り込みいただくのが確実です。'],
  },
  {
    name: 'G1: an inability during the closure the draft announces',
    category: 'blunt-refusal',
    flagged: [
      ['休業期間中は出荷の対応ができかねますので、ご了承ください。', '休業期間中は出荷の対応ができかねます'],
      ['年末年始のご挨拶\n\n休業期間中は出荷およびお問い合わせへの対応ができかねますので、ご了承ください。', 'ができかねます'],
      ['来週のご来社の件、承知いたしました。\n休業期間中はお打ち合わせができかねます。', 'お打ち合わせができかねます'],
      ['ご依頼の件ですが、休業期間中は出荷の対応ができかねます。\n誠に勝手ながら、8月12日から16日まで夏季休業とさせていただきます。', '出荷の対応ができかねます'],
      ['ご依頼の件ですが、出荷およびお問い合わせへの対応ができかねますので、ご了承ください。', 'お問い合わせへの対応ができかねます'],
      ['土曜日の出荷をご希望とのことですが、当日の対応ができかねます。', '当日の対応ができかねます'],
    ],
    clean: [
      `${NOTICE}休業期間中は出荷およびお問い合わせへの対応ができかねますので、ご了承ください。`,
      `${NOTICE}休業期間中は出荷およびお問い合わせへの対応ができかねますので、何卒ご了承くださいますようお願い申し上げます。`,
      '誠に勝手ながら、棚卸しのため下記の日程で出荷業務を停止いたします。\n停止期間：3月30日〜3月31日\n\n上記期間中は出荷のご依頼にお応えできかねますので、ご了承ください。',
      '弊社は12月29日から1月4日まで休業いたします。\n\n休業期間：12月29日〜1月4日\n\n期間中はご注文の受付ができかねます。',
      `${NOTICE}なお、休業期間中はお電話での対応ができかねます。\n8月17日より順次対応いたします。`,
      `${NOTICE}休業期間中も、メールでのご連絡は承ります。ただし出荷は休業期間中はいたしかねます。`,
    ],
  },
]);
