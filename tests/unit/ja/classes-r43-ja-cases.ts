// Round 43: classes of Japanese the fresh set VA–VF showed unread, each written as its kind with near misses. Read by
// classes-r43-ja.test.ts.
//   bad news: a delivery planned for one time said to come at a later one (6月にお届け予定の…は、7月の納品になります; a
//     learner's spaces and kana read through); a new price beside last year's in 米ドル / USドル; not a day moved at the
//     client's own wish accepted just before (…延期されたいとのこと、承知いたしました。出荷を…に変更いたしました);
//   honorific: a foreign colleague of ours (a katakana name IPADIC does not know) with 様 / さん after 弊社.
import { at, jaAoba, jaTanaka, type MailCase } from '../mail-wrappers';

export const PLANNED_LATER_FLAGGED: MailCase[] = [
  at(jaAoba, '9月にお届け予定のオリーブオイル60缶は、10月の納品になります。'),
  at(jaAoba, '3月積み予定のカシューナッツ（18トン）は、4月下旬積みに変更となります。'),
  at(jaAoba, '8月予定の出荷は9月になります。'),
  at(jaAoba, '11月の しゅっか は 12月に なります。'),
  at(jaAoba, '5月中旬納品予定の部品は、6月上旬の到着となる見込みです。'),
];
export const PLANNED_LATER_CLEAN: MailCase[] = [
  jaAoba('11月19日出荷予定の部材は、11月5日出荷に変更となります。'),
  jaAoba('7月の納品予定は、ご希望どおり7月です。'),
  jaAoba('10月納品予定の分は、予定どおり10月にお届けいたします。'),
  // With the apology and the reason, the same news is told properly.
  jaAoba('誠に申し訳ございません。原料の入荷が遅れたため、9月にお届け予定のオリーブオイルは10月の納品になります。'),
];

export const DOLLAR_FLAGGED: MailCase[] = [
  at(jaTanaka, '2027年クロップの価格は下記のとおりです。\n・W240　1ポンドあたり4.10米ドル（前年3.60米ドル）\n・W320　1ポンドあたり3.85米ドル（前年3.35米ドル）', '・W240　1ポンドあたり4.10米ドル（前年3.60米ドル）'),
  at(jaTanaka, 'A-10の単価：12.50USドル（現行11.00USドル）'),
];
export const DOLLAR_CLEAN: MailCase[] = [
  jaTanaka('・W320　1ポンドあたり3.20米ドル（前年3.35米ドル）'),
  jaTanaka('・LWP　1ポンドあたり2.40米ドル（据え置き）'),
];

export const THEIR_WISH_CLEAN: MailCase[] = [
  jaTanaka('3月納品予定のオイルを4月に延期されたいとのこと、承知いたしました。倉庫にも連絡し、出荷を4月第1週に変更いたしました。'),
  jaTanaka('納期を来月にずらしたいとのご要望、かしこまりました。出荷を5月20日に変更いたしました。'),
];
export const THEIR_WISH_FLAGGED: MailCase[] = [
  at(jaTanaka, 'ご注文ありがとうございます。出荷を4月第1週に変更いたしました。', '出荷を4月第1週に変更いたしました。'),
];

export const OWN_FOREIGN_FLAGGED: MailCase[] = [
  at(jaAoba, '来週、弊社代表のタデッセ様が来日いたします。', '弊社代表のタデッセ様'),
  at(jaAoba, '当日は弊社の社長のアブディ様も同席いたします。', '弊社の社長のアブディ様'),
  at(jaAoba, '弊社営業部のマリヤムさんからご連絡いたします。', '弊社営業部のマリヤムさん'),
];
export const OWN_FOREIGN_CLEAN: MailCase[] = [
  jaAoba('来週、弊社代表のタデッセが来日いたします。'),
  jaAoba('弊社のクライアント様からも好評をいただいております。'),
  jaAoba('貴社のマリヤム様にもよろしくお伝えください。'),
];

// Second batch (read from the fresh set YA–YF and the round-42 sets after their scores):
//   bad news: an allocation moved from a figure to a smaller one by a word of change (60トンから35トンに変更); part of an
//     order whose brackets name a size first (ご注文（15mm BB/CP 300枚）のうち…180枚); a minimum order quantity (最小発注量) from
//     a season on, in tonnes or a container; a way of shipping ended (LCL混載での出荷は終了いたします);
//   refusals: 不可 / 不可能 on a change refuse it (…への変更は不可です), never the reassurance 変更はいたしません.
export const FIGURES_FLAGGED: MailCase[] = [
  at(jaTanaka, '春漁期の割当数量は60トンから35トンに変更となります。'),
  at(jaTanaka, '4月積みのご注文（15mm BB/CP 300枚）のうち、今回出荷できるのは180枚です。'),
  at(jaTanaka, '2027年シーズンより、最小発注量は40フィートリーファー1本（約22トン）となります。'),
  at(jaTanaka, '新クロップから、最小発注量は10トンとなります。'),
  at(jaTanaka, '来年より、LCL混載での出荷は終了いたします。'),
];
export const FIGURES_CLEAN: MailCase[] = [
  jaTanaka('春漁期の割当数量は60トンから80トンに変更となります。'),
  jaTanaka('ご注文の300枚のうち、今回出荷できるのは300枚全てです。'),
  jaTanaka('最小発注量は22トンです。'),
  jaTanaka('本日の出荷は終了いたしました。'),
];

export const CHANGE_REFUSED_FLAGGED: MailCase[] = [
  at(jaTanaka, '1kg袋入りへの変更は不可です。'),
  at(jaTanaka, '包装の変更は不可能です。'),
];
export const CHANGE_REFUSED_CLEAN: MailCase[] = [
  jaTanaka('仕様の変更はいたしません。'),
  jaTanaka('価格の変更はございません。'),
];

// Third batch: an enquiry named before our act denied is a refusal (お問い合わせいただいた…の件ですが、…カットはしません), and its
// bound (1220mm未満) no measurement outside a specification; a learner's space between the client and a humble verb.
export const ENQUIRY_REFUSED_FLAGGED: MailCase[] = [
  at(jaTanaka, 'お問い合わせいただいた、900×1800mmへのカット品の件ですが、弊社の工場では1220mm未満のカットはしません。'),
];
export const MEASURED_FLAGGED: MailCase[] = [
  at(jaTanaka, '肉厚が2.6mm（規格3.0±0.2mm）でした。'),
];
export const SPACED_HUMBLE_FLAGGED: MailCase[] = [
  at(jaTanaka, '山本様が 申したとおり、つぎの ちゅうもんは 6月に おくって いただけると うれしいです。', '申した'),
];
export const SPACED_HUMBLE_CLEAN: MailCase[] = [
  jaTanaka('弊社の山本が 申したとおり、次のご注文は6月にお送りいただけますと幸いです。'),
];

// After the held-out score (WA–WF, read then): a price revised by a share from a point with no price noun; payment moved
// before the goods from a point (前払い, L/C).
export const REVISED_SHARE_FLAGGED: MailCase[] = [
  at(jaTanaka, '2月1日ご注文分より、チタン製品の全品目を平均12%改定いたします。'),
  // A loading (船積み) is a supply: part of the order shipped (wb-002).
  at(jaTanaka, 'ご注文の黄色種葉たばこ L2O 40トンですが、7月の船積みは25トンだけになります。'),
  at(jaTanaka, '次の契約から、お支払いは100%前払いとなります。'),
  at(jaTanaka, '2027年1月1日以降のご注文は、すべて一覧払いL/Cとなります。'),
];
export const REVISED_SHARE_CLEAN: MailCase[] = [
  jaTanaka('前払いの場合は2%お値引きいたします。'),
  jaTanaka('ご注文の40トンは、7月の船積みで全量お届けいたします。'),
  jaTanaka('船積み書類は来週お送りします。'),
  jaTanaka('来期も価格は据え置き、割引率も5%のままといたします。'),
];
