// Round 47: Japanese classes written from the older read corpora's misses (never from the round's held-out set), each as
// its kind with near misses. Read by classes-r47-ja.test.ts.
//   bad news: part of what the client asked, booked or applied for, told as the predicate against it (ご依頼の5名のうち、
//     参画できるのは2名です; ご予約の60ケースに対し、割当は24ケースです); a colleague taking the client over (…が貴社の担当に
//     なります);
//   clean: the same whole sent in parts that add up (2名は4月から、3名は5月から), a whole delivered in full, a contact who stays.
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
