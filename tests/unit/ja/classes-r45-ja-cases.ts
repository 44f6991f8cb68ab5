// Round 45: classes of Japanese from XA–XG (read after their start score), each written as its kind with near misses.
// Read by classes-r45-ja.test.ts.
//   bad news: the stock said to be none with the plain adjective ない (在庫がない。), as a learner writes it — IPADIC tags
//     that ない as the negative auxiliary after a particle; with no verb before it, it is the adjective;
//   pressure: はやく (早く in kana) urging a decision;
//   register: こんにちは / どうも opening a client mail, 〜ない感じです after a verb, うち for one's own company;
//   clean: none said of a fault (今回は遅れはないです: no delay is no news), ない that modifies a noun (在庫がない場合, 在庫が
//     ないわけでは…), うち as "among" or "within" (5個のうち, 今週のうちに, そのうち).
import { at, jaAoba, type MailCase } from '../mail-wrappers';

export const PLAIN_NONE_FLAGGED: MailCase[] = [
  at(jaAoba, 'ジェット6mmは在庫がない。4月の第2週に生産します。', 'ジェット6mmは在庫がない'),
  at(jaAoba, 'ご注文の青色は在庫がないです。', 'ご注文の青色は在庫がないです'),
];
export const PLAIN_NONE_CLEAN: MailCase[] = [
  jaAoba('今回は遅れはないです。予定どおり出荷いたします。'),
  jaAoba('在庫がない場合は、改めてご連絡いたします。'),
  jaAoba('在庫がないわけではございませんので、確認のうえご連絡いたします。'),
];
export const KANA_HURRY_FLAGGED: MailCase[] = [
  at(jaAoba, '今週の金曜日までに注文しなかったら、ことしはもう買えません。はやく決めてください。', 'はやく'),
];
export const CHAT_REGISTER_FLAGGED: MailCase[] = [
  at(jaAoba, 'こんにちは！\n見積書を添付いたします。', 'こんにちは！'),
  at(jaAoba, '残りの7,000個はいつになるか、まだ全然わからない感じです。', 'ない感じです'),
  at(jaAoba, 'うちの工場では対応できます。', 'うちの工場'),
];
export const CHAT_REGISTER_CLEAN: MailCase[] = [
  jaAoba('5個のうち2個は良品です。今週のうちに残りをお送りいたします。'),
  jaAoba('手触りは柔らかい感じです。'),
  jaAoba('どうもありがとうございます。'),
];
export const REST_LATER_FLAGGED: MailCase[] = [
  at(jaAoba, '30箱はすぐ出荷できます。残り20箱は12月中旬になります。', '残り20箱は12月中旬になります'),
  at(jaAoba, '残りの8パレットは来月の便となります。'),
];
export const REST_LATER_CLEAN: MailCase[] = [
  jaAoba('本日半数をお届けし、残りは明日お届けします。'),
  jaAoba('ご指示のとおり、残り20箱は12月中旬の出荷となります。'),
];
export const UNLIKE_LAB_DIP_FLAGGED: MailCase[] = [
  at(jaAoba, '染めあがりの色がラボディップより少し黄色くなりました。ΔEは2.8です。このまま9月10日に出荷します。', '染めあがりの色がラボディップより少し黄色くなりました'),
];
export const UNLIKE_LAB_DIP_CLEAN: MailCase[] = [
  jaAoba('今回の色はラボディップより安定性が向上しています。'),
];
export const NOK_CLEAN: MailCase[] = [
  jaAoba('2027年1月より、押出形材にエネルギーサーチャージ（1kgあたりNOK 0.90）を加算させていただくこととなりました。誠に申し訳ございません。12月にお伺いしてご説明いたします。'),
];

// Third batch, from UA–UF read after their end score: a price above a past period's (去年より12%高いです, 前四半期比で+60ドル
// です); a learner's kana for a delay (2週間おくれます).
export const ABOVE_PERIOD_FLAGGED: MailCase[] = [
  at(jaAoba, '白キヌア：1トン 3,450ドル。去年より12%高いです。', '去年より12%高いです'),
  at(jaAoba, '第3四半期の価格は、トン当たり935米ドルとなります。前四半期比で+60ドルです。', '前四半期比で+60ドルです'),
  at(jaAoba, '10月の出荷は2週間おくれます。', '10月の出荷は2週間おくれます'),
];
export const ABOVE_PERIOD_CLEAN: MailCase[] = [
  jaAoba('売上は前年比で+12%でした。'),
  jaAoba('価格は前年より10%安くなります。'),
  jaAoba('出荷がおくれないように手配いたします。'),
];
export const COMPANY_SAN_FLAGGED: MailCase[] = [
  ['株式会社マルヤマ食品 御中\n\nはじめまして。\nマルヤマ食品さんのピザに合うと思います。\n\nよろしくお願いいたします。', 'マルヤマ食品さん'],
  ['株式会社マルヨシ自然食品\n仕入部 ご担当者様\n\nはじめまして。\nマルヨシさんのお店にぴったりだと思います。\n\nよろしくお願いいたします。', 'マルヨシさん'],
];
export const COMPANY_SAN_CLEAN: MailCase[] = [
  '株式会社マルヤマ食品\n購買部 佐藤様\n\nいつもお世話になっております。\n先日、カワダ食品さんからご紹介いただきました。\n\nよろしくお願いいたします。',
];
export const KAMAWANAI_CLEAN: MailCase[] = [
  jaAoba('ご都合がよろしくないようでしたら、1月12日から15日の間で、ほかの日時でもかまいません。'),
];
export const PRICE_BESIDE_LAST_FLAGGED: MailCase[] = [
  at(jaAoba, '6月納品分のお見積りです。\n\n品名　　　　　　　　　数量　　単価\n能登産こしひかり10kg　20袋　　6,980円（前回5,900円）', '6,980円（前回5,900円）'),
];
