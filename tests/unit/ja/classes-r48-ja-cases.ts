// Round 48: Japanese classes written from round 47's read held-out set (HA–HF), never from round 48's, each as its kind
// with near misses. Read by classes-r48-ja.test.ts.
//   bad news: goods cut on an arrow under a lead that names the quantity (年間契約数量につきまして、以下のとおりご通知
//     いたします。・NBSKP：4,000トン → 2,500トン); a rate table whose new column is headed by a day in any writing
//     (品種 | 現行 | 4/1以降) and whose rows hold only names, codes and figures (AuroraBoard 280 | EUR 1,020/t | EUR 1,095/t);
//   clean: a quantity that grows, stock falling (在庫数量), the client's own wish (ご希望数量), a price that falls.
//   register: とこ for ところ and もん for もの (わからないとこがあったら, そういうもんです);
//   clean: いとこ (a cousin), ところ, とことん, もんだい, 正門.
//   refusal (near miss): a negative in its conditional form before いけない / ならない says "must" (送らなきゃいけません,
//     送らないといけません) — no act denied.
//   honorific: 尊敬語 for our own person before a plan's noun (弊社の社長も…お越しになる予定です);
//   clean: the client's person (佐藤様が弊社にお越しになる予定です), a verb that describes people (いらっしゃる予定の皆様).
import { at, jaAoba, type MailCase } from '../mail-wrappers';

export const QUANTITY_TABLE_FLAGGED: MailCase[] = [
  at(jaAoba, '2027年度の年間契約数量につきまして、以下のとおりご通知いたします。\n・NBSKP：4,000トン → 2,500トン', '2,500トン'),
  at(jaAoba, '来年度の供給数量は以下のとおりです。\n・A品：1,200kg → 800kg\n・B品：500kg → 300kg', '800kg'),
  at(jaAoba, '2026年4月1日出荷分からの価格は下記のとおりです。\n\n品種 | 現行 | 4/1以降\nAuroraBoard 280 | EUR 1,020/t | EUR 1,095/t\nAuroraBoard 300 | EUR 1,035/t | EUR 1,110/t', 'EUR 1,095/t'),
  at(jaAoba, '価格は下記のとおりです。\n品番　現行　4月1日以降\nA-1　1,000円　1,100円', '1,100円'),
];
export const QUANTITY_TABLE_CLEAN: MailCase[] = [
  jaAoba('来年度の供給数量は以下のとおりです。\n・A品：800kg → 1,200kg'),
  jaAoba('在庫数量は以下のとおりです。\n・A品：1,200kg → 800kg'),
  jaAoba('ご希望数量は以下のとおりと承りました。\n・A品：1,200kg → 800kg'),
  jaAoba('価格は下記のとおりです。\n品番 | 現行 | 4月以降\nA-1 | EUR 1,095/t | EUR 1,020/t'),
];

export const CONTRACTION_FLAGGED: MailCase[] = [
  at(jaAoba, 'わからないとこがあったら電話ください。', 'とこ'),
  at(jaAoba, 'ちょうど出荷の準備をしているとこです。', 'とこ'),
  at(jaAoba, 'この時期はどうしても遅れるもんです。', 'もん'),
];
export const CONTRACTION_CLEAN: MailCase[] = [
  jaAoba('来月、私のいとこが来日いたします。'),
  jaAoba('確認いたしましたところ、問題はございませんでした。'),
  jaAoba('品質にはとことんこだわっております。'),
  jaAoba('正門で受付をお願いいたします。'),
];

export const OBLIGATION_CLEAN: MailCase[] = [
  jaAoba('輸出書類は、明日までに船会社へ送らなきゃいけません。手配いたします。'),
  jaAoba('通関の関係で、今週中に書類を提出しなければいけません。'),
  jaAoba('検査証明書は出荷前に取得しないといけませんので、準備を進めております。'),
];

export const PLAN_HONORIFIC_FLAGGED: MailCase[] = [
  at(jaAoba, '弊社社長のハルトノも12月に東京へお越しになる予定です。', 'お越しになる'),
  at(jaAoba, '当日は弊社の田中がご説明になる予定です。', 'ご説明になる'),
];
export const PLAN_HONORIFIC_CLEAN: MailCase[] = [
  jaAoba('佐藤様が12月に弊社へお越しになる予定と伺っております。'),
  jaAoba('弊社にいらっしゃる予定の皆様には、入館証をお送りいたします。'),
];
