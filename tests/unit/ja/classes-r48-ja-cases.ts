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
  // (dev-r48/YD, read) a bare kaomoji after Japanese text.
  at(jaAoba, '2月中旬には初回サンプルをお送りできる見込みです^^', '^^'),
];
export const CONTRACTION_CLEAN: MailCase[] = [
  jaAoba('来月、私のいとこが来日いたします。'),
  jaAoba('確認いたしましたところ、問題はございませんでした。'),
  jaAoba('品質にはとことんこだわっております。'),
  jaAoba('正門で受付をお願いいたします。'),
  jaAoba('面積は2^2で4平方メートルです。'),
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

// Bad-news classes read from the round's Japanese development set (dev-r48/YA, written blind to the rules, read — so no
// longer evidence): a katakana compound ending in a charge (アロイサーチャージを引き上げます); a marked list set off by a blank
// line under its lead; goods in cases on an arrow announced with になります (3,000cs → 1,800csになります); an allocation that
// stays at a figure (にとどまります); goods out of tolerance (公差外, 規格外, 公差を下回る).
// Clean: a charge lowered (引き下げ, 減額), days moved earlier on arrows (4月24日 → 4月17日), a volume-discount threshold
// passed (基準である500kgを超えました), impurities below the limit.
export const DEV_NEWS_FLAGGED: MailCase[] = [
  at(jaAoba, '2027年2月出荷分より、アロイサーチャージを下記のとおり引き上げます。', 'アロイサーチャージを下記のとおり引き上げます'),
  at(jaAoba, '来期の年間契約数量は、下記のとおり調整させていただきます。\n\n・ボイルマダコ（ベトナム産）：60トン → 40トン\n・イカ短冊：36トン → 30トン', '60トン → 40トン'),
  at(jaAoba, '8月分のむきエビ、3,000cs → 1,800csになります。', '3,000cs → 1,800cs'),
  at(jaAoba, '第3四半期の割当量は、月間8トン（第2四半期：月間14トン）にとどまります。', 'にとどまります'),
  at(jaAoba, '納品いたしました18本のうち5本について、幅寸法が公差を下回っていることが判明いたしました。', '公差を下回'),
  at(jaAoba, '今回のロットのうち3箱が規格外となっておりました。', '規格外'),
];
export const DEV_NEWS_CLEAN: MailCase[] = [
  jaAoba('2月出荷分より、燃料サーチャージを引き下げます。'),
  jaAoba('4月より、追加料金を減額いたします。'),
  jaAoba('予定より1週間早く出荷できることになりました。\n\n・出荷日：4月24日 → 4月17日\n・横浜港着予定：5月8日 → 5月1日'),
  jaAoba('本年のご購入数量が年間数量値引きの基準である500kgを超えましたので、10月ご注文分より下記の単価を適用させていただきます。\n現行単価：98,000円/kg\n新単価：91,500円/kg'),
  jaAoba('検査の結果、すべて規格値を下回る不純物量でした。'),
];
