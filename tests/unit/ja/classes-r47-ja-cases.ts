// Round 47: Japanese classes written from the older read corpora's misses (never from the round's held-out set), each as
// its kind with near misses. Read by classes-r47-ja.test.ts.
//   bad news: part of what the client asked, booked or applied for, told as the predicate against it (ご依頼の5名のうち、
//     参画できるのは2名です; ご予約の60ケースに対し、割当は24ケースです); a colleague taking the client over (…が貴社の担当に
//     なります);
//   clean: the same whole sent in parts that add up (2名は4月から、3名は5月から), a whole delivered in full, a contact who stays.
//   bad news: one of ours leaving the client's project (…がプロジェクトから外れることになりました, 本プロジェクトを離れます);
//     the invoicing currency changed from a point (請求通貨を日本円から米ドルに変更いたします);
//   clean: the client's own person leaving (貴社の佐藤様がプロジェクトを離れられる), a successor introduced with a visit.
//   register: うち for our company before から / が / としては; 自分 for "I";
//   clean: うち as "among" or "while" (3社のうちから, 今のうちに), ご自分で, 自分自身.
//   bad news: goods short of what the client specified, with no figure and unit to compare (ご指定の4級を満たしませんでした,
//     ご指定の許容範囲に収まっておりません) — a result found, not a no to their ask;
//   clean: within it, a condition (収まらない場合は), a no on a specification asked for (満たすことはできません: a refusal).
//   bad news: part of a whole put to a later time (3,000枚のうち、500枚は来月の出荷になります), the whole in a bracket after
//     its PO (PO MK-2703（シャツ 3,000枚）のうち);
//   clean: the part sent on as arranged (5台は来月に納品いたします), a split they asked for (ご依頼により).
//   register: a noun's reason left hanging on な (エンジニアがみんなドイツ研修なので。 → 研修ですので。);
//   clean: the same な before a polite main clause (研修なので、来週伺います。), ですので。
import { at, jaAoba, type MailCase } from '../mail-wrappers';

export const PART_OF_ASK_FLAGGED: MailCase[] = [
  at(jaAoba, 'ご依頼いただいた5名のうち、4月から参画できるのは2名です。', '2名です'),
  at(jaAoba, 'ご要望の10拠点のうち、年内に導入できるのは2拠点です。', '2拠点です'),
  at(jaAoba, 'ご予約の60ケースに対し、割当は24ケースです。', '24ケースです'),
  at(jaAoba, 'お申し込みの8名様のうち、受講いただけるのは5名様となります。', '5名様となり'),
  at(jaAoba, '10月分のご注文2トンに対し、弊社からの供給は1.2トンとなります。', '1.2トンとなり'),
  at(jaAoba, 'ご内示の500台に対し、確定できるのは300台のみです。', '300台のみです'),
  at(jaAoba, '4月から、私のかわりにヴァルガが貴社の担当になります。', '担当にな'),
];
export const PART_OF_ASK_CLEAN: MailCase[] = [
  jaAoba('ご依頼の5名のうち、2名は4月から、3名は5月から参画いたします。'),
  jaAoba('ご注文の10ケースのうち、本日出荷したのは10ケースです。'),
  jaAoba('ご依頼の5名のうち、リーダーは山田です。'),
  jaAoba('4月から、引き続き私が貴社の担当になります。'),
  jaAoba('弊社の月300kgの生産枠に対し、下期は月180kgでの割り当てとなります。'),
];

export const LEAVES_PROJECT_FLAGGED: MailCase[] = [
  at(jaAoba, '4月15日付で、テックリードのナイルがプロジェクトから外れることになりました。', 'プロジェクトから外れ'),
  at(jaAoba, '私事ですが、6月末で本プロジェクトを離れます。', 'プロジェクトを離れ'),
  at(jaAoba, '2027年7月以降のご契約分より、請求通貨を日本円からユーロに変更いたします。', '変更'),
];
export const LEAVES_PROJECT_CLEAN: MailCase[] = [
  jaAoba('貴社の佐藤様がプロジェクトを離れられると伺いました。これまで大変お世話になりました。'),
  jaAoba('私事ですが、6月末で本プロジェクトを離れます。後任の山田と近日中にご挨拶に伺います。'),
  jaAoba('請求通貨は、引き続き日本円とさせていただきます。'),
];

export const OUR_SIDE_CASUAL_FLAGGED: MailCase[] = [
  at(jaAoba, 'うちからは自分とクリューガーが出ます。', 'うちから'),
  at(jaAoba, '当日は自分が伺います。', '自分が'),
  at(jaAoba, 'うちとしては来月の出荷を考えております。', 'うちとしては'),
];
export const OUR_SIDE_CASUAL_CLEAN: MailCase[] = [
  jaAoba('3社のうちから1社を選定いたしました。'),
  jaAoba('今のうちにご確認いただけますと幸いです。'),
  jaAoba('ご自分でご確認いただけます。'),
  jaAoba('自分自身で確認いたしました。'),
];

export const NOUN_REASON_FLAGGED: MailCase[] = [
  at(jaAoba, '来週の立ち会いは難しいです。エンジニアがみんなドイツ研修なので。', 'なので'),
  at(jaAoba, '本日は発送できません。倉庫が棚卸しなので。', 'なので'),
];
export const NOUN_REASON_CLEAN: MailCase[] = [
  jaAoba('エンジニアが研修なので、来週伺います。'),
  jaAoba('明日は休業日ですので。'),
];

export const SHORT_OF_SPEC_FLAGGED: MailCase[] = [
  at(jaAoba, 'ロット5521は洗濯堅牢度試験で3級となり、ご指定の4級を満たしませんでした。', '満たしませんでした'),
  at(jaAoba, '今回のロットは、ご指定の許容範囲に収まっておりません。', '収まっておりません'),
];
export const SHORT_OF_SPEC_CLEAN: MailCase[] = [
  jaAoba('今回のロットは、すべてご指定の許容範囲に収まっております。'),
  jaAoba('ご指定の箱に収まらない場合は、別の箱をご提案いたします。'),
];

export const PART_LATER_FLAGGED: MailCase[] = [
  at(jaAoba, '3,000枚のうち、500枚は来月の出荷になります。', '500枚'),
  at(jaAoba, 'PO MK-2703（レディース シャツ 3,000枚）のうち、500枚は来月の出荷になります。', '500枚'),
];
export const PART_LATER_CLEAN: MailCase[] = [
  jaAoba('全20台のうち、5台は来月に納品いたします。'),
  jaAoba('ご依頼により、3,000枚のうち500枚は来月の出荷になります。'),
];

// Round 47, fourth batch (from the held-out set HA–HF, read after its end score): the event named again before the later
// month (4月出荷予定の…は、出荷が6月になります); none of the goods this season (今年は入荷がありません).
export const AFTER_END_FLAGGED: MailCase[] = [
  at(jaAoba, '4月出荷予定のTトップ栓は、出荷が6月になります。', '出荷が6月になります'),
  at(jaAoba, '5月納品予定の部品は、納品日が5月下旬になります。', '5月下旬'),
  at(jaAoba, 'お中元用の天然スモークサーモンは、今年は入荷がありません。', '今年は入荷がありません'),
];
export const AFTER_END_CLEAN: MailCase[] = [
  jaAoba('6月出荷予定のTトップ栓は、出荷が4月になります。'),
  jaAoba('今年は値上げがありません。'),
  jaAoba('今年は入荷が遅れるでしょうか。'),
];
