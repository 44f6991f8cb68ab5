// Round 41 (newsja41): classes of Japanese bad news a blind writer's class corpus (DJN, round 41) showed unread, written as
// their kinds rather than their wordings. Read by classes-r41-ja-news.test.ts; a flagged case names the sentence that
// carries the news, a clean one must raise no bad-news finding.
//   1 a new contact for the client from a point in time (ja-news-mishaps.ts contactFromPoint); near misses: the writer
//     named as contact with no point in time, a contact that stays;
//   2 goods or a mail of ours that went wrong (sentWrong); near misses: a check so that it does not happen, a question;
//   3 dealings on terms worse for the client from a point on (dealingsWorse), a payment term made shorter by days
//     (ja-news-moves.ts paymentSooner); near misses: made longer, no point in time;
//   4 less allotted than the client asked (allottedBelowAsk); near miss: the full amount;
//   5 a new price for a product named in brackets, with a unit of several digits (ja-news.ts newPrice).
import { at, jaAoba, type MailCase } from '../mail-wrappers';

export const CONTACT_FLAGGED: MailCase[] = [
  at(jaAoba, '来月より、貴社のご担当は名古屋営業所の村上となります。'),
  at(jaAoba, '10月以降は、本社営業部の田島が貴社を担当いたします。'),
  at(jaAoba, '9月末で、私は貴社の担当を離れます。'),
];
export const CONTACT_CLEAN: MailCase[] = [
  jaAoba('本件の担当は山本となります。'),
  jaAoba('4月以降も、引き続き私が貴社を担当いたします。'),
];

export const SENT_WRONG_FLAGGED: MailCase[] = [
  at(jaAoba, 'M8ボルトの在庫が切れており、次回入荷は来月下旬の見込みです。'),
  at(jaAoba, '3日出荷分は、M8ボルトではなくM6ボルトが出荷されておりました。'),
  at(jaAoba, '本日午前にお送りしたメールには、別のお客様の見積書を誤って添付しておりました。'),
];
export const SENT_WRONG_CLEAN: MailCase[] = [
  jaAoba('誤って添付することのないよう、送信前の確認を徹底いたします。'),
  jaAoba('M8ボルトではなくM6ボルトをご希望でしょうか。'),
];

export const TERMS_FLAGGED: MailCase[] = [
  at(jaAoba, '次回ご注文分より、前払いでのお取引とさせていただきます。'),
  at(jaAoba, '8月締め分より、お支払条件は月末締め翌月末払いから月末締め翌月20日払いに変わります。'),
];
export const TERMS_CLEAN: MailCase[] = [
  jaAoba('8月締め分より、お支払条件を月末締め翌月末払いから月末締め翌々月末払いに変更いたします。'),
  jaAoba('前払いでのお取引をご希望の場合は、お知らせください。'),
];

export const ALLOTTED_FLAGGED: MailCase[] = [
  at(jaAoba, 'ご注文の月500kgに対し、来期は月320kgでのご用意となります。'),
];
export const ALLOTTED_CLEAN: MailCase[] = [
  jaAoba('ご注文の月500kgに対し、来期も月500kgでのご用意となります。'),
];

export const PRICE_FLAGGED: MailCase[] = [
  at(jaAoba, '7月出荷分より、精密ボルト「TX-8」の単価は100本あたり3,600円となります。'),
];
export const PRICE_CLEAN: MailCase[] = [
  jaAoba('精密ボルト「TX-8」のお見積り金額は100本あたり3,600円となります。'),
];
