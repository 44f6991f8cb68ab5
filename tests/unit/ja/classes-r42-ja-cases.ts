// Round 42: classes of Japanese the fresh set SA–SF showed unread, each written as its kind with near misses. Read by
// classes-r42-ja.test.ts.
//   bad news: less than a quantity of reference (契約数量から2割少ない, 例年の半分程度); a person of ours who has left (退社, 退任);
//   refusals: our act denied by ことはありません (負担する, 返金する, 弊社が…する); in a reply on their ask, a limit told as the
//     reason (…しか…ないので) for our no after it is the refusal's, not news;
//   register: the everyday verbs of giving and doing to a client (来てくれて, 訳してもらえれば, やります).
import { at, jaAoba, jaTanaka, type MailCase } from '../mail-wrappers';

export const BELOW_FLAGGED: MailCase[] = [
  at(jaAoba, '今季の融雪用塩は、当初のご契約数量から2割ほど少ない供給となります。'),
  at(jaAoba, '今月の出荷は、ご注文数量より3割少ない数量となります。'),
  at(jaAoba, '今年は例年の半分程度の数量になります。'),
  at(jaAoba, '今年の収穫量は平年の7割程度の見込みです。'),
];
export const BELOW_CLEAN: MailCase[] = [
  jaAoba('今季は前年より2割多い供給が可能です。'),
  jaAoba('今年の価格は前年より1割低くなります。'),
  jaAoba('出荷数量は当初の予定どおりです。'),
];

export const LEFT_FLAGGED: MailCase[] = [
  at(jaAoba, 'ホジャエフは4月1日付で退社いたしました。'),
  at(jaAoba, '弊社の山本は3月末をもちまして退任いたしました。'),
];
export const LEFT_CLEAN: MailCase[] = [
  jaAoba('本日は17時に退社いたしますので、お電話は明日お願いいたします。'),
];

export const REFUSAL_FLAGGED: MailCase[] = [
  at(jaAoba, '再検査の費用を弊社が負担することはありません。'),
  at(jaAoba, '一度開封された商品を返金することはございません。'),
  at(jaTanaka, '分析証明書の日本語版ですが、現地ラボは英語版しか出していないので、日本語版は作成できません。', '日本語版は作成できません'),
];
export const REFUSAL_CLEAN: MailCase[] = [
  jaAoba('追加費用が発生することはありません。'),
  jaAoba('品質が変わることはありません。'),
  jaAoba('弊社でお客様に費用をご請求することはありません。'),
];

export const GIVING_FLAGGED: MailCase[] = [
  at(jaAoba, '先週の試飲会、来てくれてありがとうございます。'),
  at(jaAoba, '資料を送ってくれてありがとうございます。'),
  at(jaAoba, 'そちらで訳してもらえれば、内容の確認くらいはやりますよ。'),
  at(jaAoba, '確認はこちらでやります。'),
  at(jaAoba, 'サンプルを送ってもらいたいです。'),
];
export const GIVING_CLEAN: MailCase[] = [
  jaAoba('早速ご確認くださってありがとうございます。'),
  jaAoba('弊社とのやり取りについてご案内いたします。'),
  jaAoba('「やる気」が大切だと感じております。'),
  jaAoba('サンプルをお送りいただきありがとうございます。'),
];

// Goods dearer from a point in time with no price word (9%高くなります), a unit price set anew by its object (単価を…円に改めます),
// making or selling a thing stopped from a point to come (来年から…作りません).
export const DEARER_FLAGGED: MailCase[] = [
  at(jaAoba, '1月から、チルド品はすべて9%高くなります。'),
  at(jaAoba, '来月出荷分より、全製品1割ほど高くなります。'),
  at(jaAoba, '11月出荷分から、脱臭ココアバター（品番CB-D20）の単価を1kgあたり1,620円に改めます。'),
];
export const DEARER_CLEAN: MailCase[] = [
  jaAoba('今年の新製品は強度が2割高くなります。'),
  jaAoba('1月から、チルド品はすべて9%安くなります。'),
  jaAoba('見積書の単価を1kgあたり1,620円に改めましたので、ご確認ください。'),
];

export const STOPPED_FLAGGED: MailCase[] = [
  at(jaAoba, '来年から ハニープロセスの コーヒーは 作りません。'),
  at(jaAoba, '4月以降、Lサイズの缶は生産いたしません。'),
  at(jaAoba, '来月から土曜日の配送は行いません。'),
];
export const STOPPED_CLEAN: MailCase[] = [
  jaAoba('来年から値上げは行いません。'),
  jaAoba('今年もハニープロセスのコーヒーを作ります。'),
];
