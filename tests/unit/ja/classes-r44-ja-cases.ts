// Round 44: classes of Japanese the fresh set OA–OF showed unread, each written as its kind with near misses. Read by
// classes-r44-ja.test.ts.
//   refusal: a split delivery (分けての分納) turned down — the て-form joined by の modifies its noun, so the no after the
//     noun governs it: no news of a split;
//   bad news: only a part of a whole named with …のうち shipped (4コンテナのご注文のうち2コンテナだけ出荷できます) — not an option
//     offered, unless sent ahead or one way among others (先に / ことも);
//   cold outreach: a learner's kana for the reply (まだおへんじがありません) in a chase;
//   clean: a way named as an example (分納などの形で調整いたします), a line of agenda (議題：…価格の見直し), a feeling that
//     cannot be helped (今も忘れることができません, 喜びを隠すことができません).
import { at, jaAoba, jaTanaka, type MailCase } from '../mail-wrappers';

export const SPLIT_REFUSED_FLAGGED: MailCase[] = [
  at(jaAoba, 'HC-36 240個の件、ご連絡ありがとうございました。\n3回に分けての分納については、弊社では対応しておりません。', '弊社では対応しておりません'),
  at(jaAoba, '2回に分けての納品は、弊社では行っておりません。', '弊社では行っておりません'),
];
export const SPLIT_NEWS_FLAGGED: MailCase[] = [
  at(jaAoba, 'ご注文分は2回に分けての納品となります。'),
  at(jaAoba, 'ご注文品は3回に分けて出荷いたします。'),
];

export const PART_OF_WHOLE_FLAGGED: MailCase[] = [
  at(jaTanaka, '10月船積みのW320は、4コンテナのご注文のうち2コンテナだけ出荷できます。'),
  at(jaTanaka, '5,000個のうち3,000個だけお届けできる見込みです。'),
  at(jaTanaka, 'ご注文の500ケースのうち、今月は300ケースのみ納品できます。'),
];
export const PART_OF_WHOLE_CLEAN: MailCase[] = [
  jaTanaka('全10品目のうち、お急ぎの品目だけ先に出荷することもできます。'),
  jaTanaka('ご注文のうち、ご希望の分だけ先に出荷できます。'),
];

export const OPTION_AGENDA_CLEAN: MailCase[] = [
  jaTanaka('時期が難しい場合はご遠慮なくご相談ください。分納などの形で本社と調整いたします。'),
  jaTanaka('議題：2027年の数量（予定 18トン）、有機JAS認証の更新、価格の見直し'),
  jaTanaka('■議題 / Agenda：新価格の件、納期の変更について'),
];

export const FEELING_CLEAN: MailCase[] = [
  jaTanaka('昨年10月に東京でお目にかかった際のおもてなしは、今も忘れることができません。'),
  jaTanaka('新工場の完成を前に、喜びを隠すことができません。'),
  jaTanaka('皆様へのお礼の気持ちは、言葉で言い表すことができません。'),
  jaTanaka('あの日のおもてなしは忘れられません。'),
];
export const FEELING_NEAR_FLAGGED: MailCase[] = [
  at(jaTanaka, '土曜日の搬入はできません。'),
];

/** A prospect's silence chased in a learner's kana. */
export const KANA_CHASE = (body: string) => `株式会社ヒカリ食品\n開発部 ご担当者様\n\nお世話になっております。ラヴィナラ・エピスのファンジャです。\n${body}\n\nよろしくおねがいします。`;
