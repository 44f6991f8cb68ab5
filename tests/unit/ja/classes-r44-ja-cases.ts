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

/** A wish of theirs named, turned down with a statement of what we do, an alternative after it but no regret. */
export const WISH_STATED_NO_FLAGGED: MailCase[] = [
  at(jaAoba, 'T字コルクの頭部に蔵のロゴを焼印で入れたいとのご要望の件、確認いたしました。\n焼印は1万個以上のご注文からとなっており、3,000個でのご注文には対応しておりません。\n無地の頭部であれば、3,000個でも11月末までにお届けできます。', '3,000個でのご注文には対応しておりません'),
];
/** The same shape answering a question (お問い合わせ), or with regret after it: cushioned. */
export const WISH_STATED_NO_CLEAN: MailCase[] = [
  jaAoba('外国籍の従業員の方の年末調整についてお問い合わせいただき、ありがとうございます。\nヒンディー語の画面表示は、現時点では対応予定がございません。\nなお、英語画面では補足のヘルプを表示できますので、必要でしたら設定方法をご案内いたします。'),
  jaAoba('ロゴを焼印で入れたいとのご要望の件、確認いたしました。\n3,000個でのご注文には対応しておりません。\nご期待に沿えず申し訳ございません。'),
];

/** The client's people (ご担当の方, 担当の方) honoured with いらっしゃる: no own side. */
export const THEIR_PERSON_CLEAN: MailCase[] = [
  jaAoba('貴社ご出席者：調達部 石田様（ほかご担当の方がいらっしゃればぜひ）'),
  jaAoba('他にご担当の方がいらっしゃいましたら、ご紹介いただけますと幸いです。'),
];
export const OWN_PERSON_FLAGGED: MailCase[] = [
  at(jaAoba, '担当の鈴木がおっしゃっていました。', 'おっしゃって'),
];

/** The supply as the topic right before its share (半分, 3割): cut to that share. */
export const SUPPLY_SHARE_FLAGGED: MailCase[] = [
  at(jaTanaka, '今月の入荷が半分（1.5トン）になります。', '今月の入荷が半分（1.5トン）になります'),
  at(jaTanaka, '今月の出荷は3割になります。'),
];
export const SUPPLY_SHARE_CLEAN: MailCase[] = [
  jaTanaka('今月の出荷は120%になります。'),
  jaTanaka('出荷の半分は東京向けです。'),
];

/** A new price in dollars with the old one marked by the time it held until; a month's supply become impossible. */
export const UNTIL_PRICE_FLAGGED: MailCase[] = [
  at(jaTanaka, '10月積みからウォレガ産ゴマは1トン2,150ドルです（9月積みまでは1,890ドル）。', '10月積みからウォレガ産ゴマは1トン2,150ドルです（9月積みまでは1,890ドル）'),
  at(jaTanaka, '単価は1,200円です（3月末までは1,000円）。'),
];
export const UNTIL_PRICE_CLEAN: MailCase[] = [
  jaTanaka('10月積みからゴマは1トン1,750ドルです（9月積みまでは1,890ドル）。'),
];
export const MONTH_IMPOSSIBLE_FLAGGED: MailCase[] = [
  at(jaTanaka, '12月積みは無理になりました。1月の第3週に積みます。', '12月積みは無理になりました'),
  at(jaTanaka, '1月の出荷が難しくなりました。'),
];
export const MONTH_IMPOSSIBLE_CLEAN: MailCase[] = [
  jaTanaka('12月積みが無理になる場合は、事前にご連絡いたします。'),
  jaTanaka('12月積みは無理にならないよう、工場と調整しております。'),
];

/** The terms of trade changed by a verb of change; payment become advance payment (前払いになります). */
export const TERMS_CHANGED_FLAGGED: MailCase[] = [
  at(jaTanaka, '8月のご注文から、取引条件はCIF横浜からFCAオルシャ工場に変わります。'),
  at(jaTanaka, '来季から、お支払い条件は前払いになります。'),
];
export const TERMS_CHANGED_CLEAN: MailCase[] = [
  jaTanaka('取引条件に変更はございません。'),
  jaTanaka('ご要望どおり、お支払い条件を翌々月末払いに変更いたしました。'),
];

/** After the held-out score (ZA–ZF, read): an arrow between amounts in a currency code (NOK 32,000 → NOK 41,000); not a model code. */
export const CODE_ARROW_FLAGGED: MailCase[] = [
  at(jaTanaka, '2027年1月1日から、新規金型の費用が変わります。\n・中実形材用：NOK 32,000 → NOK 41,000', '・中実形材用：NOK 32,000 → NOK 41,000'),
];
export const CODE_ARROW_CLEAN: MailCase[] = [
  jaTanaka('・型番：ABC 100 → ABC 200'),
];

/** After the held-out score (ZA–ZF, read): a quantity as the topic brought down to a smaller one; advice and a forecast refuse nothing. */
export const FIGURE_DOWN_FLAGGED: MailCase[] = [
  at(jaTanaka, '12月出荷予定の黒胡椒 550g/l 40トンは、20トンに減らします。'),
];
export const FIGURE_DOWN_CLEAN: MailCase[] = [
  jaTanaka('単価1,200円は、1,000円になります。'),
  jaTanaka('12月出荷予定の黒胡椒 40トンは、60トンに増やします。'),
];
export const ADVICE_CLEAN: MailCase[] = [
  jaTanaka('この時期の球根は、十分な開花が期待できません。'),
  jaTanaka('3月の植え付けは、正直なところあまりおすすめできません。'),
];
