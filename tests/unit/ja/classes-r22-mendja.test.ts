// Round 22 (r22-mendja): Japanese refusals and a specification false alarm, read from Y's misses as classes.
// K  …かねません after a verb of our own act (出来かねません, 対応いたしかねません, 承りかねません): a learner's double
//    negative of …かねます, meant as the refusal. Near misses: …かねません after a happening (招きかねません — correct
//    Japanese for "may well happen"), the correct …かねます with a cushion, the client's own words quoted.
// N  なし as the verdict on an act they asked for (無償対応はなしです, 値引きはなしとさせていただきます). Near misses:
//    なし of a cost or a problem (追加費用はなしです, 不具合はなしです: good news), a cushioned なし.
// C  a cost put on the client (貴社のご負担になります, 御社のご負担となります). Near misses: our own burden (弊社の負担),
//    a burden denied (ご負担はございません), a cushioned one, terms with no predicate.
// F  an act of supplying we could not do, reported (積み込みができませんでした, 出荷できませんでした, 搭載ができませんでした):
//    a negated potential in the past ending the sentence, on a supply act. Near misses: a call we missed, a clause that
//    goes on to say it was mended, the client's act, a question, a plan still open (出荷できない見込みです is a forecast
//    another rule reads), good news.
// P  a figure on the account moved against the client by a サ変 noun of more or less (常駐SEを2名から1名に減員いたします,
//    生産枠を月1,000台から600台に減産いたします): the figures tell the direction, not the word. Near misses: 増員 (good news), a
//    lower burden (減額 of a fee), a claim about the past (削減した実績), internal mail.
// S  "only X" of a standard, a grade or a model (規格品のみの対応となります) is a specification, not bad news; a service
//    narrowed from a time on (今後はメールのみの受付となります) still is.
import { describe, expect, it } from 'vitest';
import { mail, found, overlapping, type Draft } from './reply-mail';

const K_FLAGGED: [Draft, string][] = [
  [mail('ご依頼の設計書の翻訳ですが、翻訳は出来かねません。', 'Re: 翻訳'), '出来かねません'],
  [mail('土曜日の搬入は対応いたしかねません。', 'Re: 搬入日'), '対応いたしかねません'],
  [mail('ご要望の短納期は、弊社では承りかねません。', 'Re: 納期'), '承りかねません'],
  [mail('返品はお受けかねません。'.replace('お受け', '受け'), 'Re: 返品'), '受けかねません'],
  [mail('現行価格での更新はできかねません。', 'Re: 更新'), 'できかねません'],
  [mail('仕様の変更には応じかねません。', 'Re: 仕様変更'), '応じかねません'],
  [mail('ご提示の条件での契約はいたしかねません。', 'Re: 契約条件'), 'いたしかねません'],
  [mail('夜間の立ち会いは出来かねません。', 'Re: 立ち会い'), '出来かねません'],
  [mail('追加の割引は致しかねません。', 'Re: お見積り'), '致しかねません'],
  [mail('分割でのお支払いは受け付けかねません。', 'Re: お支払い'), '受け付けかねません'],
  [mail('個別のカスタマイズは引き受けかねません。', 'Re: カスタマイズ'), '引き受けかねません'],
  [mail('お問い合わせの件ですが、例外を設けかねません。'), '設けかねません'],
];
const K_CLEAN: Draft[] = [
  mail('このままでは品質問題を招きかねません。', 'Re: 納期'),
  mail('設定を誤ると故障の原因になりかねません。'),
  mail('納期が遅れかねませんので、早めのご発注をお勧めいたします。'),
  mail('恐れ入りますが、翻訳は出来かねます。代わりに翻訳会社をご紹介いたします。', 'Re: 翻訳'),
  mail('誤解を生みかねませんので、資料を修正いたしました。'),
  mail('このままでは誤発注につながりかねません。'),
  mail('放置すると事故を起こしかねません。'),
  { subject: 'Re: 翻訳', to: 'internal', body: '田中さん\n\n事故につながりかねませんので、確認をお願いします。\n\nよろしく。' },
];

const N_FLAGGED: [Draft, string][] = [
  [mail('夜間リリースの件、社内で確認しました。\n無償対応はなしです。', 'Re: 夜間リリース'), '無償対応はなしです'],
  [mail('今回の値引きはなしとさせていただきます。', 'Re: お見積り'), '値引きはなしとさせていただきます'],
  [mail('未開封品の返品は無しとなります。', 'Re: 返品'), '返品は無しとなります'],
  [mail('納期の延長はなしです。', 'Re: 納期'), '延長はなしです'],
  [mail('送料の割引もなしです。', 'Re: 送料'), '割引もなしです'],
  [mail('ご相談の代替品の提供はなしでございます。', 'Re: 代替品'), '提供はなしでございます'],
  [mail('土曜日の納品はなしです。', 'Re: 納品日'), '納品はなしです'],
  [mail('保証期間の延長はナシです。', 'Re: 保証'), '延長はナシです'],
  [mail('現地での立ち会いはなしとなります。', 'Re: 立ち会い'), '立ち会いはなしとなります'],
  [mail('費用の減額はなしです。', 'Re: 費用'), '減額はなしです'],
  [mail('貴社への技術者の派遣はなしです。', 'Re: 派遣'), '派遣はなしです'],
  [mail('期限後のキャンセルは無しです。', 'Re: キャンセル'), 'キャンセルは無しです'],
];
const N_CLEAN: Draft[] = [
  mail('お見積りの件、追加費用はございません。', 'Re: お見積り'),
  mail('検査の結果、不具合は無しでした。'),
  mail('恐れ入りますが、今回の値引きはなしとさせていただきます。', 'Re: お見積り'),
  mail('大変申し訳ございませんが、無償対応はなしとなります。代わりに割引価格でのご提案をいたします。', 'Re: 夜間リリース'),
  mail('前回からの変更点は特にございません。'),
  mail('来週のお打ち合わせは予定どおりで、延期はございません。'),
  { subject: 'Re: 夜間', to: 'internal', body: '田中さん\n\n費用の件、確認しました。特記事項なしです。\n\nよろしく。' },
  mail('あいにく送料の割引もなしとなります。ご了承ください。', 'Re: 送料'),
];

const C_FLAGGED: [Draft, string][] = [
  [mail('チャーター便への切替は可能ですが、追加費用38万円は貴社のご負担になります。', 'Re: 出荷'), '貴社のご負担になります'],
  [mail('再検査の費用はお客様のご負担とさせていただきます。', 'Re: 再検査'), 'ご負担とさせていただきます'],
  [mail('返品の送料は御社のご負担となります。', 'Re: 返品'), '御社のご負担となります'],
  [mail('出張費は貴社にてご負担となります。', 'Re: 出張'), 'ご負担となります'],
  [mail('振込手数料は貴社のご負担となっております。', 'Re: お支払い'), 'ご負担となっております'],
  [mail('追加の立ち会い費用は、貴社様のご負担になります。', 'Re: 立ち会い'), 'ご負担になります'],
  [mail('データ移行の費用は御社でご負担となります。', 'Re: データ移行'), 'ご負担となります'],
  [mail('保証期間外のため、修理費用はお客様のご負担となります。', 'Re: 修理'), 'ご負担となります'],
  [mail('通関費用は貴社のご負担とさせていただきます。', 'Re: 通関'), 'ご負担とさせていただきます'],
  [mail('特急便の差額は貴店のご負担になります。', 'Re: 配送'), 'ご負担になります'],
  [mail('ご希望の再梱包の費用は貴社のご負担になります。'), 'ご負担になります'],
  [mail('ライセンス追加分の費用は御社のご負担になります。', 'Re: ライセンス'), 'ご負担になります'],
];
const C_CLEAN: Draft[] = [
  mail('返品の送料は弊社の負担となります。', 'Re: 返品'),
  mail('今回の修理費用について、貴社のご負担はございません。', 'Re: 修理'),
  mail('費用は弊社にて負担いたします。', 'Re: 費用'),
  mail('誠に恐れ入りますが、追加費用は貴社のご負担となります。何卒ご了承ください。', 'Re: 追加費用'),
  mail('■ お取引条件\n・振込手数料：貴社ご負担\n・支払条件：月末締め翌月末払い'),
  mail('ご負担をおかけして申し訳ございません。'),
  mail('貴社のご負担を軽減できるよう、分割でのお支払いもご提案いたします。'),
  { subject: 'Re: 費用', to: 'internal', body: '田中さん\n\n送料は先方のご負担になります。\n\nよろしく。' },
];

const F_FLAGGED: [Draft, string][] = [
  [mail('8月5日出港の予定の本船に、積み込みができませんでした。'), '積み込みができませんでした'],
  [mail('ご注文の部品は、本日出荷できませんでした。'), '出荷できませんでした'],
  [mail('予定していた便への搭載ができませんでした。'), '搭載ができませんでした'],
  [mail('今週中の納品ができませんでした。'), '納品ができませんでした'],
  [mail('ご依頼の交換部品は、昨日の便で発送できませんでした。'), '発送できませんでした'],
  [mail('12月分の原料を確保できませんでした。'), '確保できませんでした'],
  [mail('トラックの手配ができませんでした。'), '手配ができませんでした'],
  [mail('予定数量のサンプルをご用意できませんでした。'), 'ご用意できませんでした'],
  [mail('検査が長引き、金曜日の出荷はできませんでした。'), '出荷はできませんでした'],
  [mail('ご注文の500個のうち、200個しかお届けできませんでした。'), 'お届けできませんでした'],
  [mail('工場の停電で、予定の数量を生産できませんでした。'), '生産できませんでした'],
  [mail('今月の入荷分を、期日までに納入できませんでした。'), '納入できませんでした'],
];
const F_CLEAN: Draft[] = [
  mail('昨日はお電話に出ることができませんでした。失礼いたしました。'),
  mail('昨日は出荷できませんでしたが、本日午前に発送いたしました。'),
  mail('先日はご来社いただいたのに、十分なご説明ができませんでした。'),
  mail('ご注文の品は、本日すべて出荷いたしました。'),
  mail('出荷の手配はできましたので、ご安心ください。'),
  mail('明日の出荷はできませんでしょうか。'),
  mail('貴社の検収が完了できませんでしたとのご連絡、承知いたしました。'),
  mail('全数を予定どおり納品できました。'),
];

const P_FLAGGED: [Draft, string][] = [
  [mail('来月より、貴社に常駐しておりますオンサイトSEを2名から1名に減員いたします。'), '2名から1名に減員いたします'],
  [mail('4月より、サポート窓口の担当を3名から2名に減員いたします。'), '3名から2名に減員いたします'],
  [mail('来月より、貴社向けの生産枠を月1,000台から600台に減産いたします。'), '1,000台から600台に減産いたします'],
  [mail('来月より、配送トラックを2台から1台に減車いたします。'), '2台から1台に減車いたします'],
  [mail('来期より、貴社への割当を1,000台から600台に減量いたします。'), '1,000台から600台に減量いたします'],
  [mail('現地駐在の技術者を4名から2名に減員させていただきます。'), '4名から2名に減員させていただきます'],
  [mail('来月より、夜間の監視要員を2名から1名に減員します。'), '2名から1名に減員します'],
  [mail('来月より、派遣している作業員を8名から5名に減員いたします。'), '8名から5名に減員いたします'],
  [mail('10月より、専任担当を5名から3名に減員いたします。'), '5名から3名に減員いたします'],
  [mail('来年度から、訪問回数を月2回から1回に減数いたします。'), '月2回から1回に減数いたします'],
  [mail('4月より、ヘルプデスクの要員を6名から4名に減員いたします。'), '6名から4名に減員いたします'],
  [mail('年末から、貴社担当のスタッフを3名から2名へ減員いたします。'), '3名から2名へ減員いたします'],
];
const P_CLEAN: Draft[] = [
  mail('来月より、常駐SEを1名から2名に増員いたします。'),
  mail('来月より、配送トラックを1台から2台に増車いたします。'),
  mail('来期より、保守料金を月10万円から8万円に減額いたします。'),
  mail('弊社は昨年、作業時間を12時間から5時間に短縮した実績がございます。'),
  { subject: '要員', to: 'internal', body: '田中さん\n\n来月からA社の常駐を2名から1名に減員します。\n\nよろしく。' },
  mail('4月より、サポート窓口の担当を2名から4名に増員いたします。'),
  mail('最低発注数量を500個から200個に減量いたします。'),
  mail('来月より、貴社向けの生産枠を月600台から1,000台に増産いたします。'),
];

const S_CLEAN: Draft[] = [
  mail('お問い合わせありがとうございます。HygieniQ-5の保護等級はIP69Kで、グリースはNSF H1規格品のみの対応となります。'),
  mail('本機種は単相200Vのみの対応となります。'),
  mail('本製品はUSB Type-Cのみの対応となります。'),
  mail('対応OSの仕様は、Windows 11のみの対応となります。'),
  mail('このモデルは英語表示のみの対応となります。'),
  mail('定格電圧は100Vのみの対応となります。'),
  mail('型番末尾Sの機種は、屋内設置のみの対応となります。'),
  mail('本機はJIS規格品のボルトのみの対応となります。'),
];
const S_FLAGGED: [Draft, string][] = [
  [mail('今後はメールのみの受付となります。'), 'メールのみの受付となります'],
];

describe('K: …かねません after our own act is the refusal it means', () => {
  it.each(K_FLAGGED)('flags %j', (d, part) => {
    expect(overlapping(found(d, 'blunt-refusal'), d, part).length).toBeGreaterThan(0);
  });
  it.each(K_CLEAN)('leaves %j', (d) => {
    expect(found(d, 'blunt-refusal')).toEqual([]);
  });
});

describe('N: なし as the verdict on an act they asked for is a refusal', () => {
  it.each(N_FLAGGED)('flags %j', (d, part) => {
    expect(overlapping(found(d, 'blunt-refusal'), d, part).length).toBeGreaterThan(0);
  });
  it.each(N_CLEAN)('leaves %j', (d) => {
    expect(found(d, 'blunt-refusal')).toEqual([]);
  });
});

describe('C: a cost put on the client is a refusal unless cushioned', () => {
  it.each(C_FLAGGED)('flags %j', (d, part) => {
    expect(overlapping(found(d, 'blunt-refusal'), d, part).length).toBeGreaterThan(0);
  });
  it.each(C_CLEAN)('leaves %j', (d) => {
    expect(found(d, 'blunt-refusal')).toEqual([]);
  });
});

describe('F: an act of supplying we could not do, reported, is bad news', () => {
  it.each(F_FLAGGED)('flags %j', (d, part) => {
    expect(overlapping(found(d, 'bad-news'), d, part).length).toBeGreaterThan(0);
  });
  it.each(F_CLEAN)('leaves %j', (d) => {
    expect(found(d, 'bad-news')).toEqual([]);
  });
});

describe('P: a figure moved against the client by a word of more or less is bad news', () => {
  it.each(P_FLAGGED)('flags %j', (d, part) => {
    expect(overlapping(found(d, 'bad-news'), d, part).length).toBeGreaterThan(0);
  });
  it.each(P_CLEAN)('leaves %j', (d) => {
    expect(found(d, 'bad-news')).toEqual([]);
  });
});

describe('S: "only X" of a standard or a model is a specification, not bad news', () => {
  it.each(S_CLEAN)('leaves %j', (d) => {
    expect(found(d, 'bad-news')).toEqual([]);
  });
  it.each(S_FLAGGED)('flags %j', (d, part) => {
    expect(overlapping(found(d, 'bad-news'), d, part).length).toBeGreaterThan(0);
  });
});
