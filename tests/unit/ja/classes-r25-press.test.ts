// Round 25 (press): Japanese and mixed pressure on a prospect that the readers recognised but a guard or a hand-over
// stopped in a context the development drafts lacked (/work/BRIEF25.md; AB's misses ab-a-028, ab-a-040, ab-b-044, the
// development set's dp-037 and dp-070, r23's zja-b-003), in wordings of our own written before the code. C: a count of
// what is left given as the reason for a hurry inside a follow-up (the chase no longer takes the words from pressure).
// D: the time after the seller's limit named by its own hour or date (17時以降は, 明日正午以降は, 4月以降は) rather than
// by それ, with a loss after it. E: the decision as the object before the time limit (ご発注を今日中に, 内示だけでも今週中に),
// and the price held only on that act. F: a Japanese sentence after an English one on the same line, where the writer
// mixes the languages inside the sentences (no restatement to hand over to). G: a quote's validity given as the reason
// for a hurried decision (有効期限が明日までですので、至急…) no longer exempts the sentence. Near misses: our own act or schedule, a
// holiday notice, a validity stated softly, the scarcity with the time given back, a chase with no scarcity, internal
// mail, a mixed sentence with no loss.
import { classTables } from './refusal-honorific-table';

const PROSPECT = { recipient: 'prospect' as const, firstContact: false, now: '2026-09-01' };
const INTERNAL = { recipient: 'internal' as const, firstContact: false, now: '2026-09-01' };
const mail = (body: string) => `株式会社ミドリ工業\n田中様\n\nお世話になっております。アクメの佐藤です。\n\n${body}\n\nよろしくお願いいたします。\n佐藤`;

classTables([
  {
    name: 'r25 press C: a count left as the reason for a hurry, also inside a follow-up',
    category: 'pressure',
    context: PROSPECT,
    flagged: [
      [mail('先日お送りしたご案内、ご覧いただけましたでしょうか。\nなお、今期の導入枠は残り3社のみですので、お早めにご返信ください。'), '残り3社のみ'],
      [mail('先々週にお送りしたメール、ご覧いただけましたか？\n今月の導入枠はあと2社のみですので、早めにご連絡ください。'), 'あと2社のみ'],
      mail('あと1社様のみとなりましたので、至急ご連絡ください。'),
      mail('今月の施工枠も残り2件だけですので、お早めにご発注ください。'),
      mail('説明会の席はあと5名様のみとなっておりますので、お早めにお申し込みください。'),
    ],
    clean: [
      mail('残り3枠となっておりますが、ご検討はどうぞごゆっくりお進めください。'),
      [mail('先日お送りした資料、ご覧いただけましたでしょうか。ご不明点があればお気軽にご連絡ください。'), 'ご不明点'],
      mail('今月の導入枠はあと2社ですが、来月以降も十分にご用意できますので、ご都合のよいときにご連絡ください。'),
      mail('残り2台の在庫は貴社向けに確保しておりますので、ご安心ください。'),
      mail('あと2週間ほどで資料が完成しますので、でき次第お送りいたします。'),
      mail('あと1点だけ確認させてください。'),
      mail('残り3件の課題につきましては、来週のお打ち合わせでご説明いたします。'),
      mail('あと少しで梅雨も明けますので、工場見学はその後がよろしいかと存じます。'),
    ],
  },
  {
    name: 'r25 press D: the time after the limit named by its own hour or date, a loss after it',
    category: 'pressure',
    context: PROSPECT,
    flagged: [
      [mail('お見積りを添付します。\n見積有効期限：本日17時（日本時間）まで。\n17時以降は部材を他案件に回します。'), '17時以降は'],
      [mail('お見積りを添付いたします。\n見積有効期限：明日正午まで。\n明日正午以降は、確保している在庫を他のお客様にお回しします。'), '明日正午以降は'],
      [mail('9月30日までにご発注をお願いいたします。10月以降は価格改定となります。'), '10月以降は'],
      [mail('3月13日（金）までに仮発注をいただけますでしょうか。\n4月以降は為替の関係で約8％の値上がりが確実でございます。'), '4月以降は'],
      [mail('回答期限：10月5日（月）17時\n17時を過ぎた場合は、枠を別の案件に割り当てます。'), '17時を過ぎた'],
      [mail('ご注文の締切は11月20日です。11月21日以降は、ラインを他のお客様の案件に振り替えます。'), '11月21日以降は'],
      [mail('ご回答は今週金曜日までにお願いします。週明け以降は、この条件でのご提供はできかねます。'), '週明け以降は'],
      // A table cell and a list line: the layout states, the time after the limit with a loss still presses.
      [mail('| 項目 | 内容 |\n| 単価 | 4.85ドル |\n| 有効期限 | 本日17時まで（以降は他案件に充当） |'), '以降は他案件に充当'],
      [mail('・単価：4.85ドル\n・有効期限：明日正午まで\n・期限以降：部材は他案件に回します'), '期限以降'],
    ],
    clean: [
      mail('見積有効期限：発行日より30日間。\nご検討のほど、よろしくお願いいたします。'),
      mail('年末年始は12月28日まで営業いたします。12月29日以降のお問い合わせは、1月5日より順次対応いたします。'),
      mail('お見積りは明日17時までにお送りいたします。17時以降はお電話でも対応いたします。'),
      mail('ご発注いただいた分は、10月以降に出荷いたします。'),
      mail('工場は8月15日まで夏季休業です。8月16日以降は通常どおり営業いたします。'),
      mail('ご希望の納期に間に合わせるため、10月10日までにご発注いただけますと幸いです。'),
      mail('4月以降は新しいオフィスでお迎えいたします。'),
      mail('サンプルは9月末までにお届けします。10月以降は量産品の手配に移ります。'),
      mail('| 項目 | 内容 |\n| 単価 | 4.85ドル |\n| 有効期限 | 発行日より30日間 |'),
      mail('・有効期限：9月30日まで\n・納期：ご発注後4週間'),
      mail('・受付：9月30日まで（以降は事務局までお問い合わせください）'),
    ],
  },
  {
    name: 'r25 press E: the decision as the object before a time limit, the price held only on it',
    category: 'pressure',
    context: PROSPECT,
    flagged: [
      mail('ご契約を今週中にいただけますでしょうか。'),
      mail('ご発注を今日中にいただけますか。'),
      mail('発注書だけでも本日中にいただけますか。'),
      [mail('稟議の前に、まず田中様のご判断で内示だけでも今日中にいただけますか。'), '今日中'],
      mail('まずは内示だけでも今週中に頂戴できれば、価格は確保いたします。'),
      mail('内示だけでも明日までにいただければ、この価格は維持いたします。'),
    ],
    clean: [
      mail('資料を今日中にお送りいたします。'),
      mail('内示をいただければ、すぐに手配いたします。'),
      mail('ご発注いただいた製品は、今週中に出荷いたします。'),
      mail('ご契約書は来週中にお送りいたします。'),
      mail('ご検討の結果は、ご都合のよいときにお知らせいただければ幸いです。'),
      mail('ご質問へのご回答を今週中にいたします。'),
      mail('お打ち合わせの日程を今週中にお知らせいただけますか。'),
      mail('価格は来年3月まで維持いたしますので、ご検討はごゆっくりどうぞ。'),
    ],
  },
  {
    name: 'r25 press F: a Japanese sentence after a mixed English one on its line (no restatement)',
    category: 'pressure',
    context: PROSPECT,
    flagged: [
      [mail('Honestly, I strongly recommend to 決裁 within March. 4月から price table が変わるので、来年度予算を待つと 約15% 高くなってしまいます。'), '来年度予算を待つと'],
      [mail('I know your budget starts in April. 来年度まで待つと、price は約10%上がってしまいます。'), '来年度まで待つと'],
      [mail('Please check the attached 見積. 来月まで決めないと、この価格は維持できなくなります。'), '来月まで決めないと'],
    ],
    clean: [
      mail('Please check the attached 見積. ご不明点があればお気軽にご連絡ください。'),
      mail('Thank you for the meeting. 来年度予算のタイミングで改めてご相談させてください。'),
      mail('The 見積 is attached. ご検討はどうぞごゆっくりお進めください。'),
      mail('I will be in Osaka next week. ご都合がよろしければ、お打ち合わせをお願いできますでしょうか。'),
      mail('The price table is attached. 4月から price table が変わりますが、お見積りの価格はそのまま維持いたします。'),
      mail('We received your PO. 来週中に出荷いたします。'),
      mail('Thank you for your questions. 回答を添付いたしますので、ご確認ください。'),
      mail('Our office is closed next week. 再来週以降にご連絡いただけますと幸いです。'),
    ],
  },
  {
    name: 'r25 press G: a quote validity given as the reason for a hurried decision is the seller\'s clock',
    category: 'pressure',
    context: PROSPECT,
    flagged: [
      mail('見積有効期限は本日17時までですので、本日中にご発注ください。'),
      mail('有効期限が明日までとなっておりますので、至急ご判断をお願いいたします。'),
      mail('お見積りの有効期限が今週金曜日のため、今週中にご決断いただけますでしょうか。'),
    ],
    clean: [
      mail('見積有効期限は発行日より30日間ですので、それまでにご検討いただければ幸いです。'),
      mail('お見積りの有効期限は30日間ですので、ご都合のよいときにご検討ください。'),
      mail('有効期限は3か月ございますので、急ぎませんのでごゆっくりご検討ください。'),
      mail('お見積りの有効期限は12月末までですので、年内にご検討いただければ幸いです。'),
      mail('見積有効期限は30日間ですが、期限が過ぎましても再発行いたしますので、お急ぎいただく必要はございません。'),
      mail('見積有効期限：発行日より30日間。期限を過ぎた場合は、改めてお見積りいたします。'),
      mail('お見積りの有効期限は発行日より1か月です。ご検討のほどよろしくお願いいたします。'),
      mail('ご希望の納期に間に合わせるため、今週中にご発注いただけますと幸いです。'),
    ],
  },
  {
    name: 'r25 press: internal mail',
    category: 'pressure',
    context: INTERNAL,
    flagged: [],
    clean: [
      '田中さん\n\n導入枠はあと2社のみなので、早めに連絡ください。\n\n佐藤',
      '田中さん\n\n見積有効期限は本日17時まで。17時以降は部材を他案件に回します。\n\n佐藤',
      '田中さん\n\n発注書だけでも本日中にもらえますか。\n\n佐藤',
    ],
  },
]);
